from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.text import capfirst

from community.events.dates import clock_time

register = template.Library()


@register.filter
def long_date(value):
    """Format a date the French way, "1er mars 2026" or "12 mars 2026"; empty for no date."""
    if not value:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {format_date(value, 'F Y')}"


@register.filter
def day_heading(value):
    """Format a day as a heading, "Jeudi 12 mars 2026", or return "" for no date."""
    if not value:
        return ""
    return capfirst(f"{format_date(value, 'l')} {long_date(value)}")


@register.filter
def clock(value):
    """Format the Paris time of an aware datetime the French way, "14 h" or "8 h 05"."""
    if not value:
        return ""
    return clock_time(timezone.localtime(value))
