"""Activity entries turned into what a page, a feed or an e-mail shows of them."""

import dataclasses
import datetime
import itertools

from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from .models import ActivityKind

SUMMARY_WORDS = 40
# The fields of page_summary that hold HTML.
RICH_TEXT_FIELDS = {"details", "intro"}


@dataclasses.dataclass(frozen=True)
class ActivityItem:
    entry_id: int
    kind: str
    kind_label: str
    title: str
    url: str
    summary: str
    community_title: str
    community_url: str
    author: str
    occurred_at: datetime.datetime
    page_id: int | None = None
    answer_id: int | None = None

    @property
    def day(self):
        return timezone.localdate(self.occurred_at)


def kind_label(kind):
    labels = {
        ActivityKind.REFERENCE_NEW: _("New reference page"),
        ActivityKind.REFERENCE_UPDATED: _("Updated reference page"),
        ActivityKind.FIELD_REPORT_NEW: _("New field report"),
        ActivityKind.QUESTION_NEW: _("New question"),
        ActivityKind.ANSWER_NEW: _("New answer"),
        ActivityKind.REFERENCE_ANSWER: _("Reference answer"),
        ActivityKind.EVENT_NEW: _("New event"),
    }
    return labels[kind]


def build_items(entries, request=None):
    """Turn `entries` (already filtered for the reader) into ActivityItems, in their order.

    Pages are read in one query per page type, whatever the number of entries.
    """
    entries = list(entries.select_related("community", "answer", "actor"))
    pages = Page.objects.filter(pk__in={entry.page_id for entry in entries}).specific()
    pages_by_id = {page.pk: page for page in pages}
    items = []
    for entry in entries:
        page = pages_by_id.get(entry.page_id)
        if page is not None:
            items.append(build_item(entry, page, request))
    return items


def build_item(entry, page, request):
    url = page.get_full_url(request) or ""
    summary = page_summary(page)
    if entry.answer_id:
        url = f"{url}#reponse-{entry.answer_id}"
        summary = entry.answer.comment
    return ActivityItem(
        entry_id=entry.pk,
        kind=entry.kind,
        kind_label=kind_label(entry.kind),
        title=page.title,
        url=url,
        summary=Truncator(summary).words(SUMMARY_WORDS),
        community_title=entry.community.title,
        community_url=entry.community.get_full_url(request) or "",
        author=author_name(entry),
        occurred_at=entry.occurred_at,
        page_id=entry.page_id,
        answer_id=entry.answer_id,
    )


def page_summary(page):
    """Return the page's own short text as plain text: its summary, else its details or intro.

    Rich text loses its tags and entities, and its paragraphs are joined with a space; the
    templates escape the result once.
    """
    for field in ("summary", "search_description", "details", "intro"):
        value = getattr(page, field, "") or ""
        text = get_text_for_indexing(value) if field in RICH_TEXT_FIELDS else value
        text = " ".join(text.split())
        if text:
            return text
    return ""


def author_name(entry):
    if entry.answer_id:
        return entry.answer.user_name
    if entry.actor is not None:
        return entry.actor.get_full_name() or entry.actor.get_username()
    return ""


def group_by_day(items):
    """Return (day, items of that day) pairs in the order of `items`."""
    return [(day, list(group)) for day, group in itertools.groupby(items, key=lambda i: i.day)]
