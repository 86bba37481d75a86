"""Context of an event page: its dates, state, documents, online link and location."""

from urllib.parse import urlencode

from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from knowledge.templatetags.document_access import can_see_document

from .access import can_read_online_link, communities_with_links
from .models import BEFORE_KINDS, DocumentKind

# Short names of the kinds of documents, shown before each document title.
DOCUMENT_KIND_NAMES = {
    DocumentKind.AGENDA: pgettext_lazy("meeting document", "Agenda"),
    DocumentKind.PREPARATION: pgettext_lazy("meeting document", "Preparatory document"),
    DocumentKind.MINUTES: pgettext_lazy("meeting document", "Minutes"),
    DocumentKind.SLIDES: pgettext_lazy("meeting document", "Presentation slides"),
}
OPENSTREETMAP_URL = "https://www.openstreetmap.org/"
MAP_ZOOM = 17


class OnlineLink:
    """States of the online meeting link on an event page, for one reader."""

    SHOWN = "shown"
    # The reader is a member, but the editor has not entered the link.
    NOT_YET_PUBLISHED = "not_yet_published"
    MEMBERS_ONLY = "members_only"
    NONE = ""


def event_page_context(event, request):
    user = request.user
    now = timezone.now()
    has_date = event.starts_at is not None
    documents_before, documents_after = visible_documents(event, request)
    return {
        "community": event.community,
        "has_ended": has_date and event.has_ended(now),
        "in_progress": has_date and event.has_started(now) and not event.has_ended(now),
        "start_iso": start_iso(event) if has_date else "",
        "documents_before": documents_before,
        "documents_after": documents_after,
        "online_link": online_link_state(event, user),
        "location": location(event),
    }


def start_iso(event):
    """Format the start for a `datetime` attribute: a date for an all-day event, else a time."""
    if event.all_day:
        return event.start_date.isoformat()
    return event.local_start.isoformat()


def visible_documents(event, request):
    """Return the documents before and after `event` that the reader may open.

    Each item has `document` and `label`, the shape the document link block template reads.
    A document of a reserved collection linked from a public event is left out.
    """
    context = {"request": request}
    before, after = [], []
    for item in event.documents.select_related("document__collection"):
        if not can_see_document(context, item.document):
            continue
        kind_name = DOCUMENT_KIND_NAMES.get(item.kind, item.get_kind_display())
        link = {
            "document": item.document,
            "label": gettext("%(kind)s: %(title)s") % {"kind": kind_name, "title": item.title},
        }
        (before if item.kind in BEFORE_KINDS else after).append(link)
    return before, after


def online_link_state(event, user):
    """Return one of the OnlineLink values for `event` and the reader `user`."""
    if not event.is_online:
        return OnlineLink.NONE
    community_ids = communities_with_links(user)
    if can_read_online_link(user, event, community_ids):
        return OnlineLink.SHOWN
    community = event.community
    is_member = community_ids is None or (community is not None and community.pk in community_ids)
    return OnlineLink.NOT_YET_PUBLISHED if is_member else OnlineLink.MEMBERS_ONLY


def location(event):
    """Return the coordinates of the venue and a link to them on OpenStreetMap, or None."""
    if event.latitude is None or event.longitude is None:
        return None
    latitude, longitude = f"{event.latitude:.6f}", f"{event.longitude:.6f}"
    query = urlencode({"mlat": latitude, "mlon": longitude})
    return {
        "latitude": latitude,
        "longitude": longitude,
        "map_url": f"{OPENSTREETMAP_URL}?{query}#map={MAP_ZOOM}/{latitude}/{longitude}",
    }
