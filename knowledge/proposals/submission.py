"""Turn a valid proposal into a draft field report under moderation."""

import datetime
import logging
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.log_actions import log

from ..geo import format_location
from ..models import FieldReportPage
from ..moderation import ensure_moderation_workflow

logger = logging.getLogger(__name__)

MAX_PROPOSALS_PER_PERIOD = 5
RATE_LIMIT_PERIOD = datetime.timedelta(hours=1)
SLUG_MAX_LENGTH = 80
DEFAULT_SLUG = "remontee-terrain"


def is_rate_limited(user):
    """Tell whether `user` has reached the number of proposals allowed per period.

    The count is of the field report drafts that `user` owns and that got a revision during the
    period, so a published proposal no longer counts. Drafts owned by a facilitator and edited
    in the admin count too.
    """
    since = timezone.now() - RATE_LIMIT_PERIOD
    recent_drafts = FieldReportPage.objects.filter(
        owner=user, live=False, latest_revision_created_at__gte=since
    )
    return recent_drafts.count() >= MAX_PROPOSALS_PER_PERIOD


@transaction.atomic
def submit_proposal(community, index, user, data, photos):
    """Create a draft field report owned by `user` under `index` and start its moderation.

    `data` is the `cleaned_data` of a FieldReportProposalForm and `photos` its `photos()`.
    Return the page. Without a workflow for the index, the draft stays unmoderated and an
    error is logged.
    NOTE: the files of the photos stay in storage if the transaction is rolled back later.
    """
    images = [save_photo(photo, community, user) for photo in photos]
    page = FieldReportPage(
        title=data["title"],
        slug=_available_slug(index, data["title"]),
        summary=data["summary"],
        address=data["address"],
        location=format_location(data["point"]),
        status=data["status"],
        year=data["year"],
        project_owner=data["project_owner"],
        designer=data["designer"],
        floor_area=data["floor_area"],
        cost=data["cost"],
        body=build_body(data["description"], images, photos),
        owner=user,
        live=False,
    )
    page.categories = list(data["categories"])
    index.add_child(instance=page)
    page.save_revision(user=user)
    log(instance=page, action="wagtail.create", user=user, content_changed=True)

    workflow = ensure_moderation_workflow(community)
    if workflow is None:
        logger.error(
            "No moderation workflow for field report %s of community %s", page.pk, community.pk
        )
        return page
    workflow.start(page, user)
    logger.info("User %s proposed field report %s in community %s", user.pk, page.pk, community.pk)
    return page


def save_photo(photo, community, user):
    """Save `photo` as a Wagtail image in the collection of `community`."""
    image = get_image_model()(
        title=photo.alt_text,
        description=photo.alt_text,
        file=photo.file,
        collection=community.access.collection,
        uploaded_by_user=user,
    )
    # Wagtail's image forms fill the size and hash this way before saving.
    image._set_image_file_metadata()
    image.save()
    return image


def build_body(description, images, photos):
    """Return the raw StreamField data of the description and of a gallery of the photos."""
    body = []
    if description:
        body.append({"type": "description", "value": linebreaks(description, autoescape=True)})
    if images:
        items = [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {
                    "image": image.pk,
                    "alt_text": photo.alt_text,
                    "caption": "",
                    "credit": photo.credit,
                },
            }
            for image, photo in zip(images, photos, strict=True)
        ]
        body.append({"type": "gallery", "value": {"title": "", "photos": items}})
    return body


def _available_slug(index, title):
    slug = slugify(title)[:SLUG_MAX_LENGTH].strip("-") or DEFAULT_SLUG
    return find_available_slug(index, slug)
