"""The privacy rule of the activity log, applied when entries are read."""

from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page

from community.privacy import visible_pages

from .models import ActivityEntry, ActivityKind


def visible_entries(user, queryset=None):
    """Filter `queryset` (every entry by default) down to the entries `user` may see now.

    The page must be one `user` may see, and an answer must still be shown to readers. A
    reference answer entry lasts as long as that answer stays the question's reference answer.
    """
    from qa.models import QuestionPage

    entries = ActivityEntry.objects.all() if queryset is None else queryset
    entries = entries.filter(page__in=visible_pages(user, Page.objects.all()).values("pk"))
    shown_answer = Q(answer__is_public=True, answer__is_removed=False)
    entries = entries.filter(Q(answer__isnull=True) | shown_answer)
    still_chosen = QuestionPage.objects.filter(
        pk=OuterRef("page_id"), reference_answer_id=OuterRef("answer_id")
    )
    entries = entries.exclude(Q(kind=ActivityKind.REFERENCE_ANSWER) & ~Exists(still_chosen))
    return entries.order_by("-occurred_at", "-pk")


def community_entries(user, community):
    return visible_entries(user, ActivityEntry.objects.filter(community=community))
