"""Creating subscriptions when members join, and changing how often they hear from a community."""

import logging

from django.db.models import Max, OuterRef, Subquery

from community.models import Membership

from ..activity.models import ActivityEntry
from .models import Frequency, Subscription

logger = logging.getLogger(__name__)


def latest_entry_id():
    """Return the id of the newest activity entry, or 0 when there is none."""
    return ActivityEntry.objects.aggregate(latest=Max("pk"))["latest"] or 0


def subscribe_new_member(membership):
    """Give an active member a weekly subscription to the community, unless they have one.

    The cursor starts at the newest entry, so the first digest holds only what happens next.
    """
    if not membership.is_active:
        return None
    subscription, created = Subscription.objects.get_or_create(
        user_id=membership.user_id,
        community_id=membership.community_id,
        defaults={"frequency": Frequency.WEEKLY, "last_entry_id": latest_entry_id()},
    )
    if created:
        logger.info(
            "Subscribed user %s to the weekly digest of community %s",
            membership.user_id,
            membership.community_id,
        )
    return subscription


def unsubscribe_former_member(user_id, community_id):
    """Delete the subscription of a member who left, so that joining again starts afresh."""
    Subscription.objects.filter(user_id=user_id, community_id=community_id).delete()


def set_frequency(user, community, frequency):
    """Save how often `user` hears about `community`, and return the subscription.

    Coming back from "nothing" moves the cursor to the newest entry: the member asked to hear
    about what happens from now on, not about what happened while they had asked for nothing.
    """
    latest = latest_entry_id()
    subscription, created = Subscription.objects.get_or_create(
        user=user,
        community=community,
        defaults={"frequency": frequency, "last_entry_id": latest},
    )
    if created or subscription.frequency == frequency:
        return subscription

    if subscription.frequency == Frequency.NONE:
        subscription.last_entry_id = max(subscription.last_entry_id, latest)
    subscription.frequency = frequency
    subscription.save(update_fields=["frequency", "last_entry_id", "updated_at"])
    return subscription


def frequency_of(user, community):
    """Return how often `user` hears about `community`: weekly when no choice is stored."""
    subscription = Subscription.objects.filter(user=user, community=community).first()
    return subscription.frequency if subscription is not None else Frequency.WEEKLY


def active_member_subscriptions(user):
    """Return the (membership, frequency) pairs of the active memberships of `user`.

    Ordered by community title, in one query.
    """
    chosen = Subscription.objects.filter(user=OuterRef("user"), community=OuterRef("community"))
    memberships = (
        Membership.objects.active()
        .filter(user=user)
        .select_related("community")
        .annotate(frequency=Subquery(chosen.values("frequency")[:1]))
        .order_by("community__title")
    )
    return [(membership, membership.frequency or Frequency.WEEKLY) for membership in memberships]
