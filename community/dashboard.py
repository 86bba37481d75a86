"""Scope shared by the admin dashboard panels of every app: the communities a user facilitates.

The mutual help, proposals and next events panels each show the items of these communities
only, and name the community of an item when the user facilitates several.
"""

from django.utils.functional import cached_property
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from .models import CommunityPage, Membership, Role


def facilitated_communities(user):
    """Return the communities that `user` facilitates: all for superusers, none for visitors."""
    if not user.is_authenticated or not user.is_active:
        return CommunityPage.objects.none()
    if user.is_superuser:
        return CommunityPage.objects.all()
    facilitated = Membership.objects.active().filter(user=user, role=Role.FACILITATOR)
    return CommunityPage.objects.filter(pk__in=facilitated.values("community"))


def age_label(moment, now=None):
    """Return how long ago `moment` was, in its largest unit, e.g. "for 3 days"."""
    # Translators: how long an item has been waiting, e.g. "depuis 3 jours".
    return _("for %(duration)s") % {"duration": timesince(moment, now, depth=1)}


class DashboardScope:
    """The communities whose items one user's dashboard panels show, read in one query."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def communities(self):
        return list(
            facilitated_communities(self.user).only("pk", "title", "path").order_by("title")
        )

    def __bool__(self):
        return bool(self.communities)

    def community_of_path(self, path):
        for community in self.communities:
            if path.startswith(community.path):
                return community
        return None
