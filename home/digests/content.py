"""The content of one digest e-mail: a member's new items, grouped by community and by kind."""

import dataclasses

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..activity.items import ActivityItem, build_items
from ..activity.models import ActivityEntry, ActivityKind
from ..activity.queries import visible_entries

# A busy community's weekly digest shows its newest items and links to its "Quoi de neuf" page
# for the rest, so that the e-mail stays readable.
MAX_ITEMS_PER_COMMUNITY = 30

# Group headings, in the order the e-mail shows the groups of a community.
GROUP_LABELS = {
    ActivityKind.REFERENCE_NEW: _("New reference pages"),
    ActivityKind.REFERENCE_UPDATED: _("Updated reference pages"),
    ActivityKind.FIELD_REPORT_NEW: _("New field reports"),
    ActivityKind.QUESTION_NEW: _("New questions"),
    ActivityKind.ANSWER_NEW: _("New answers"),
    ActivityKind.REFERENCE_ANSWER: _("New reference answers"),
    ActivityKind.EVENT_NEW: _("New events"),
}


@dataclasses.dataclass
class KindGroup:
    label: str
    items: list[ActivityItem]


@dataclasses.dataclass
class CommunitySection:
    """The new items of one community, grouped by kind, and the subscription they come from."""

    subscription: object
    groups: list[KindGroup]
    item_count: int
    more_count: int = 0

    @property
    def community(self):
        return self.subscription.community


@dataclasses.dataclass
class Digest:
    """The e-mail of one member: one section per community with something new."""

    user: object
    sections: list[CommunitySection]

    @property
    def item_count(self):
        return sum(section.item_count + section.more_count for section in self.sections)

    @property
    def subscriptions(self):
        return [section.subscription for section in self.sections]


def pending_entries(user, subscriptions, latest_id):
    """Return the entries of `subscriptions` that `user` may see now and has not been sent.

    An entry is pending when it is newer than the subscription's cursor, no newer than
    `latest_id` (the newest entry when the run started), happened after the subscription was
    created and was not done by `user`. Newest first.
    """
    pending = Q()
    for subscription in subscriptions:
        pending |= Q(
            community_id=subscription.community_id,
            pk__gt=subscription.last_entry_id,
            occurred_at__gte=subscription.created_at,
        )
    # Members hear about what others did, not about their own questions and answers.
    entries = ActivityEntry.objects.filter(pending, pk__lte=latest_id).exclude(actor=user)
    return visible_entries(user, entries)


def build_digest(user, subscriptions, latest_id):
    """Return the Digest of `user` for `subscriptions`, or None when nothing is new.

    Costs a fixed number of queries whatever the number of items and communities.
    """
    if not subscriptions:
        return None
    rows = list(pending_entries(user, subscriptions, latest_id).values_list("pk", "community_id"))
    if not rows:
        return None

    community_of_entry = dict(rows)
    entries = ActivityEntry.objects.filter(pk__in=community_of_entry).order_by(
        "-occurred_at", "-pk"
    )
    items = build_items(entries)

    sections = []
    for subscription in sorted(subscriptions, key=lambda s: (s.community.title, s.pk)):
        community_items = [
            item for item in items if community_of_entry[item.entry_id] == subscription.community_id
        ]
        if community_items:
            sections.append(build_section(subscription, community_items))
    return Digest(user=user, sections=sections) if sections else None


def build_section(subscription, items):
    """Group `items` (newest first) of one community by kind, keeping the newest ones."""
    shown = items[:MAX_ITEMS_PER_COMMUNITY]
    groups = []
    for kind, label in GROUP_LABELS.items():
        kind_items = [item for item in shown if item.kind == kind]
        if kind_items:
            groups.append(KindGroup(label=label, items=kind_items))
    return CommunitySection(
        subscription=subscription,
        groups=groups,
        item_count=len(shown),
        more_count=len(items) - len(shown),
    )
