"""The addresses of the personal activity feeds of the logged-in user."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from community.models import PersonalToken

register = template.Library()


@register.simple_tag(takes_context=True)
def personal_feeds(context, community=None):
    """Return the user's personal feeds as dicts with `title`, `rss` and `atom` addresses.

    Without `community`: the feed of all their communities, then one per community they are an
    active member of. With `community`: its feed only, if they are an active member of it. The
    list is empty when the user has no personal token: reading a page never creates one.
    """
    request = context["request"]
    if not request.user.is_authenticated:
        return []
    token = PersonalToken.objects.filter(user=request.user).first()
    if token is None:
        return []

    memberships = request.user.memberships.active().select_related("community")
    if community is not None:
        memberships = memberships.filter(community_id=community.pk)
    feeds = [
        feed_addresses(request, membership.community.title, token.key, membership.community.pk)
        for membership in memberships.order_by("community__title")
    ]
    if community is None:
        feeds.insert(0, feed_addresses(request, _("All my communities"), token.key))
    return feeds


def feed_addresses(request, title, key, community_id=None):
    if community_id is None:
        names, args = ("feeds:personal_rss", "feeds:personal_atom"), [key]
    else:
        names = ("feeds:personal_community_rss", "feeds:personal_community_atom")
        args = [key, community_id]
    return {
        "title": title,
        "rss": request.build_absolute_uri(reverse(names[0], args=args)),
        "atom": request.build_absolute_uri(reverse(names[1], args=args)),
    }
