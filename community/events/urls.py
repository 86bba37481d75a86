"""Addresses of the event features that are not pages: reminders and personal calendars."""

from django.urls import path

from . import calendar_views, reminder_views

app_name = "events"

urlpatterns = [
    path("<id:event_id>/rappel/", reminder_views.set_reminder, name="reminder"),
    path("calendrier-personnel/renouveler/", calendar_views.renew_token, name="renew_token"),
    path("calendrier-personnel/revoquer/", calendar_views.revoke_token, name="revoke_token"),
    path("calendrier-personnel/<str:key>/", calendar_views.personal_calendar, name="personal"),
]
