from django import template

from community.events.dates import event_when as describe_when

register = template.Library()


@register.filter
def event_when(event):
    """When `event` takes place, in French words: {{ event|event_when }}."""
    return describe_when(event)
