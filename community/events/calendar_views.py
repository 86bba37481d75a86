"""iCalendar responses: one event, one agenda, and a member's personal calendar."""

from django.http import HttpResponse


def event_calendar(event, request):
    return HttpResponse(status=501)


def agenda_calendar(agenda, request):
    return HttpResponse(status=501)


def personal_calendar(request, key):
    return HttpResponse(status=501)


def renew_token(request):
    return HttpResponse(status=501)


def revoke_token(request):
    return HttpResponse(status=501)
