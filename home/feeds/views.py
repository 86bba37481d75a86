"""The activity feeds: the portal's and each public community's, and a member's personal feeds.

Public feeds are built for a visitor, whatever the session of the request, so a member's
browser never receives a reserved item at an address that a cache or a colleague may keep.
Personal feeds are built for the owner of a personal token, the key of the personal calendar:
anyone with the address reads them without logging in, as a feed reader does.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from community.events.calendar_views import KEY_PATTERN
from community.models import PersonalToken
from community.privacy import can_see_page
from home.activity.items import build_items
from home.activity.models import ActivityEntry
from home.activity.queries import community_entries, visible_entries

from .feeds import FEED_CLASSES, FeedContent, feed_response
from .identifiers import feed_tag_uri

# Number of the latest items in every feed.
MAX_ITEMS = 50


@require_safe
def portal_feed(request, format):
    """Serve the feed of every public community."""
    entries = visible_entries(AnonymousUser())
    content = FeedContent(
        title=site_title(_("What's new: every public community")),
        description=_(
            "New and updated reference pages, field reports, questions, answers and events "
            "of every public community of %(site)s."
        )
        % {"site": settings.WAGTAIL_SITE_NAME},
        link=request.build_absolute_uri(reverse("activity:portal")),
        feed_url=request.build_absolute_uri(reverse(f"feeds:portal_{format}")),
        feed_id=feed_tag_uri("portal"),
        items=latest_items(entries, request),
    )
    return feed_response(request, content, format)


def community_feed(request, community, format):
    """Serve the feed of a public community; a reserved community has none.

    Wagtail has applied the community's view restriction, which sends a visitor to the log-in
    page. A member who passes it gets a 404 here, because the feed is built for a visitor.
    """
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    visitor = AnonymousUser()
    if format not in FEED_CLASSES or not can_see_page(visitor, community):
        raise Http404
    content = FeedContent(
        title=site_title(_("What's new: %(community)s") % {"community": community.title}),
        description=community_description(community),
        link=community_url(community, "activity", request),
        feed_url=community_url(community, f"activity_{format}", request),
        feed_id=feed_tag_uri(f"community-{community.pk}"),
        items=latest_items(community_entries(visitor, community), request),
    )
    return feed_response(request, content, format)


@require_safe
def personal_feed(request, key, format):
    """Serve the feed of every community the owner of `key` is an active member of."""
    owner = token_owner(key)
    communities = owner.memberships.active().values("community_id")
    entries = visible_entries(owner, ActivityEntry.objects.filter(community_id__in=communities))
    content = FeedContent(
        title=site_title(_("What's new: my communities")),
        description=_(
            "New and updated reference pages, field reports, questions, answers and events "
            "of your communities, reserved communities included. This feed is personal: do "
            "not share its address."
        ),
        link=request.build_absolute_uri(reverse("activity:portal")),
        feed_url=request.build_absolute_uri(reverse(f"feeds:personal_{format}", args=[key])),
        feed_id=feed_tag_uri(f"personal-{owner.pk}"),
        items=latest_items(entries, request),
    )
    return keep_secret(feed_response(request, content, format))


@require_safe
def personal_community_feed(request, key, community_id, format):
    """Serve the feed of one community of the owner of `key`, as the owner sees it.

    The owner must be an active member of the community now, else the response is a 404, the
    same as for an unknown key.
    """
    owner = token_owner(key)
    membership = (
        owner.memberships.active()
        .select_related("community")
        .filter(community_id=community_id)
        .first()
    )
    if membership is None or not can_see_page(owner, membership.community):
        raise Http404
    community = membership.community
    content = FeedContent(
        title=site_title(
            _("What's new: %(community)s (personal feed)") % {"community": community.title}
        ),
        description=community_description(community)
        + " "
        + _("This feed is personal: do not share its address."),
        link=community_url(community, "activity", request),
        feed_url=request.build_absolute_uri(
            reverse(f"feeds:personal_community_{format}", args=[key, community.pk])
        ),
        feed_id=feed_tag_uri(f"personal-{owner.pk}/community-{community.pk}"),
        items=latest_items(community_entries(owner, community), request),
    )
    return keep_secret(feed_response(request, content, format))


def token_owner(key):
    """Return the active owner of the personal token `key`, else raise Http404.

    Malformed, unknown and revoked keys and inactive owners get the same 404, so the response
    reveals nothing about which keys exist. A malformed key costs no query.
    """
    if not KEY_PATTERN.fullmatch(key):
        raise Http404
    token = PersonalToken.objects.select_related("user").filter(key=key).first()
    if token is None or not token.user.is_active:
        raise Http404
    return token.user


def keep_secret(response):
    # The address is a secret: no cache may keep the feed, no search engine index it, and the
    # links of the items must not send it on as a Referer.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


def latest_items(entries, request):
    return build_items(entries[:MAX_ITEMS], request)


def site_title(title):
    return f"{title} – {settings.WAGTAIL_SITE_NAME}"


def community_description(community):
    return _(
        "New and updated reference pages, field reports, questions, answers and events of "
        "the community %(community)s."
    ) % {"community": community.title}


def community_url(community, route_name, request):
    """Return the absolute address of the route `route_name` of `community`."""
    return community.get_full_url(request) + community.reverse_subpage(route_name)
