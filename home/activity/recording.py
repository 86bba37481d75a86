"""Write activity entries when pages are published and answers posted or chosen."""

import datetime

from django.utils import timezone

from .models import ActivityEntry, ActivityKind


def page_kinds():
    """Map each page model that makes news to the kind of its first publication."""
    from community.events.models import EventPage
    from knowledge.models import ArticlePage, FieldReportPage, InstructionPage, ReportingPage
    from qa.models import QuestionPage

    return {
        InstructionPage: ActivityKind.REFERENCE_NEW,
        ReportingPage: ActivityKind.REFERENCE_NEW,
        ArticlePage: ActivityKind.REFERENCE_NEW,
        FieldReportPage: ActivityKind.FIELD_REPORT_NEW,
        QuestionPage: ActivityKind.QUESTION_NEW,
        EventPage: ActivityKind.EVENT_NEW,
    }


def community_of(page):
    from community.models import CommunityPage

    return CommunityPage.objects.ancestor_of(page).first()


def author_of(page, revision=None):
    """Return the id of the user credited with a publication: the asker, else the owner."""
    asker_id = getattr(page, "asker_id", None)
    if asker_id:
        return asker_id
    if page.owner_id:
        return page.owner_id
    return revision.user_id if revision is not None else None


def record_publication(page, revision=None, when=None):
    """Record the first publication of `page`, or an update of a reference page.

    Later publications of other page types are corrections, not news. Updates of a reference
    page on one day make one entry, dated by the last of them.
    """
    kind = page_kinds().get(type(page))
    community = community_of(page) if kind else None
    if community is None:
        return None
    when = when or timezone.now()
    earlier = ActivityEntry.objects.filter(page=page, answer=None)
    if not earlier.exists():
        return ActivityEntry.objects.create(
            kind=kind,
            page=page,
            community=community,
            actor_id=author_of(page, revision),
            occurred_at=page.first_published_at or when,
        )
    if kind != ActivityKind.REFERENCE_NEW:
        return None
    return record_update(page, community, revision, when)


def record_update(page, community, revision, when):
    same_day = earlier_on_same_day(page, when)
    if same_day is not None:
        same_day.occurred_at = when
        same_day.save(update_fields=["occurred_at"])
        return same_day
    return ActivityEntry.objects.create(
        kind=ActivityKind.REFERENCE_UPDATED,
        page=page,
        community=community,
        actor_id=revision.user_id if revision is not None else page.owner_id,
        occurred_at=when,
    )


def earlier_on_same_day(page, when):
    local = timezone.localtime(when)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + datetime.timedelta(days=1)
    return (
        ActivityEntry.objects.filter(
            page=page,
            kind__in=[ActivityKind.REFERENCE_NEW, ActivityKind.REFERENCE_UPDATED],
            occurred_at__gte=start,
            occurred_at__lt=end,
        )
        .order_by("-occurred_at")
        .first()
    )


def record_answer(answer, page):
    """Record a new answer (a comment) on a question or a reference page."""
    community = community_of(page)
    if community is None:
        return None
    return ActivityEntry.objects.create(
        kind=ActivityKind.ANSWER_NEW,
        page_id=page.pk,
        community=community,
        answer_id=answer.pk,
        actor_id=answer.user_id,
        occurred_at=answer.submit_date or timezone.now(),
    )


def record_reference_answer(question, answer):
    """Record that `answer` became the reference answer of `question`, once per answer."""
    community = community_of(question)
    if community is None:
        return None
    entry, _created = ActivityEntry.objects.get_or_create(
        kind=ActivityKind.REFERENCE_ANSWER,
        page_id=question.pk,
        answer_id=answer.pk,
        defaults={
            "community": community,
            "actor_id": answer.user_id,
            "occurred_at": timezone.now(),
        },
    )
    return entry


def move_answers(answer_ids, page):
    """Attach the entries of the answers `answer_ids` to `page`, where they now are."""
    community = community_of(page)
    if community is None:
        return
    entries = ActivityEntry.objects.filter(answer_id__in=answer_ids)
    entries.update(page_id=page.pk, community=community)
