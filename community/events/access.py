"""The readers of an event's online meeting link: the active members of its community."""

from ..models import Membership


def communities_with_links(user):
    """Return the ids of the communities whose online meeting links `user` may read.

    None means every community (superusers). Reading the set once lets a listing or a
    calendar decide for many events without one query each.
    """
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return None
    return frozenset(
        Membership.objects.active().filter(user=user).values_list("community_id", flat=True)
    )


def can_read_online_link(user, event, community_ids=None):
    """Tell whether `user` may read the online link of `event`.

    Pass `community_ids` from `communities_with_links(user)` when deciding for many events;
    `event.community` must then be known without a query, so that the check costs none.
    """
    if not event.online_url:
        return False
    if community_ids is None and user.is_authenticated and user.is_superuser:
        return True
    if community_ids is None:
        community_ids = communities_with_links(user)
        if community_ids is None:
            return True
    community = event.community
    return community is not None and community.pk in community_ids
