"""Create the index pages that every community has."""

import logging

from django.utils.translation import gettext as _
from wagtail.models import Page

from knowledge.models import FieldReportIndexPage, ReferenceIndexPage
from knowledge.moderation import ensure_moderation_workflow
from qa.models import QuestionIndexPage

from .models import EventIndexPage

logger = logging.getLogger(__name__)


def ensure_community_subpages(community):
    """Create the missing index pages and field report moderation workflow of `community`.

    Return the index pages created.
    """
    index_pages = [
        (ReferenceIndexPage, _("Reference information"), "informations-de-reference"),
        (FieldReportIndexPage, _("Field reports"), "remontees-terrain"),
        (QuestionIndexPage, _("Mutual help"), "entraide"),
        (EventIndexPage, _("Agenda"), "agenda"),
    ]
    # Read the parent afresh: the instance given by a signal may carry a stale child count,
    # and treebeard derives the new child's path from it.
    parent = Page.objects.get(pk=community.pk)
    created = []
    for page_class, title, slug in index_pages:
        if page_class.objects.child_of(parent).exists():
            continue
        page = parent.add_child(instance=page_class(title=title, slug=slug))
        page.save_revision().publish()
        parent.refresh_from_db()
        logger.info("Created %s %s under community %s", page_class.__name__, page.pk, parent.pk)
        created.append(page)
    ensure_moderation_workflow(community)
    return created
