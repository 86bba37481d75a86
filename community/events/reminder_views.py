"""Members ask for, change or cancel the reminder e-mail of an event."""

from django.http import HttpResponse


def set_reminder(request, event_id):
    return HttpResponse(status=501)
