"""Rebuild the activity log from the pages and answers in the database.

Used once on a database that holds content from before the log existed, and by the demo,
whose content is dated in the past.
"""

import datetime

from django.db import transaction
from django_comments_xtd.models import XtdComment

from .models import ActivityEntry, ActivityKind
from .recording import author_of, page_kinds

# A reference page published again more than this after its first publication was updated.
UPDATE_THRESHOLD = datetime.timedelta(hours=1)


@transaction.atomic
def rebuild_activity():
    """Replace every entry by those the current pages and answers imply; return their number."""
    from community.models import CommunityPage
    from qa.models import QuestionPage
    from qa.threads import answer_page

    ActivityEntry.objects.all().delete()
    communities = list(CommunityPage.objects.all())
    entries = []
    for model, kind in page_kinds().items():
        for page in model.objects.exclude(first_published_at=None):
            community = next((c for c in communities if page.path.startswith(c.path)), None)
            if community is not None:
                entries.extend(page_entries(page, kind, community))
    answers = XtdComment.objects.filter(submit_date__isnull=False).order_by("submit_date")
    for answer in answers:
        page = answer_page(answer)
        community = page and next((c for c in communities if page.path.startswith(c.path)), None)
        if community is None:
            continue
        entries.append(answer_entry(answer, page, community, ActivityKind.ANSWER_NEW))
        if isinstance(page, QuestionPage) and page.reference_answer_id == answer.pk:
            entries.append(answer_entry(answer, page, community, ActivityKind.REFERENCE_ANSWER))
    ActivityEntry.objects.bulk_create(sorted(entries, key=lambda entry: entry.occurred_at))
    # The new entries have new ids: the digests start after them, so a rebuild sends nothing.
    move_digest_cursors()
    return len(entries)


def move_digest_cursors():
    from home.digests.models import Subscription
    from home.digests.subscriptions import latest_entry_id

    Subscription.objects.update(last_entry_id=latest_entry_id())


def page_entries(page, kind, community):
    yield ActivityEntry(
        kind=kind,
        page=page,
        community=community,
        actor_id=author_of(page),
        occurred_at=page.first_published_at,
    )
    updated = page.last_published_at
    if (
        kind == ActivityKind.REFERENCE_NEW
        and updated
        and updated - page.first_published_at > UPDATE_THRESHOLD
    ):
        yield ActivityEntry(
            kind=ActivityKind.REFERENCE_UPDATED,
            page=page,
            community=community,
            actor_id=page.owner_id,
            occurred_at=updated,
        )


def answer_entry(answer, page, community, kind):
    return ActivityEntry(
        kind=kind,
        page_id=page.pk,
        community=community,
        answer=answer,
        actor_id=answer.user_id,
        occurred_at=answer.submit_date,
    )
