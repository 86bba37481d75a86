"""The address of the personal calendar of the logged-in user, for the account page."""

from django import template
from django.urls import reverse

from community.models import PersonalToken

register = template.Library()


@register.simple_tag(takes_context=True)
def personal_calendar_url(context):
    """Return the absolute address of the user's personal calendar, or "" if they have none.

    Reading the page never creates an address: the user asks for one with a button.
    """
    request = context["request"]
    if not request.user.is_authenticated:
        return ""
    token = PersonalToken.objects.filter(user=request.user).first()
    if token is None:
        return ""
    return request.build_absolute_uri(reverse("events:personal", args=[token.key]))
