"""Template tags of the digest choice forms on community pages and the account page."""

from django import template

from home.digests.models import Frequency
from home.digests.subscriptions import active_member_subscriptions, frequency_of

register = template.Library()


@register.simple_tag
def frequency_choices():
    """Return the (value, label) pairs of the frequencies a member may choose."""
    return Frequency.choices


@register.simple_tag(takes_context=True)
def community_frequency(context, community):
    """Return how often the request's user hears about `community`."""
    return frequency_of(context["request"].user, community)


@register.simple_tag(takes_context=True)
def member_frequencies(context):
    """Return (membership, frequency) pairs for the active memberships of the request's user."""
    return active_member_subscriptions(context["request"].user)
