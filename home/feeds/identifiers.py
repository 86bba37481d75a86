"""The "tag:" URIs (RFC 4151) that identify the feeds and their items.

An item's URI is made of what the activity entry is about (page, kind, answer and, for an
update, its day), never of the entry's primary key: `rebuild_activity` renumbers the entries,
and a feed reader would then show every item again.
"""

from django.conf import settings
from django.utils import timezone

from home.activity.models import ActivityKind

# The date part of the tagging entity. Changing it changes every identifier.
TAG_DATE = "2025"


def tag_uri(specific):
    return f"tag:{settings.FEED_ID_DOMAIN},{TAG_DATE}:{specific}"


def item_tag_uri(item):
    """Return the identifier of the ActivityItem `item`.

    For example "tag:…,2025:page-12/answer_new/answer-34".

    Updates of a reference page on one day make one entry, whose time moves to the last update,
    so an update is identified by its day in the site's time zone.
    """
    parts = [f"page-{item.page_id}", item.kind]
    if item.answer_id is not None:
        parts.append(f"answer-{item.answer_id}")
    if item.kind == ActivityKind.REFERENCE_UPDATED:
        day = timezone.localdate(item.occurred_at, timezone.get_default_timezone())
        parts.append(day.isoformat())
    return tag_uri("/".join(parts))


def feed_tag_uri(name):
    """Return the identifier of the feed `name`, e.g. "community-3" or "portal"."""
    return tag_uri(f"feed/{name}")
