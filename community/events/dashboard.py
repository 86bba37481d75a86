"""The "next events" panel of the admin dashboard: upcoming events of the user's communities.

Drafts and scheduled events are listed too, with their status, since the facilitator prepares
them here before they go live.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component

from community.dashboard import DashboardScope

from .dates import event_when
from .models import EventIndexPage, EventPage

PANEL_ITEM_COUNT = 5


def in_communities(scope):
    condition = Q(pk__in=[])
    for community in scope.communities:
        condition |= Q(path__startswith=community.path)
    return condition


def upcoming_events(scope, now):
    """Return the events of `scope`'s communities that have not ended, soonest first."""
    return EventPage.objects.filter(in_communities(scope)).upcoming(now)


class NextEventsPanel(Component):
    """The next events of the communities a user facilitates, with their date and status.

    Rendering runs four queries whatever the number of events, after the communities of the
    scope: the count, the listed events, their workflow states and the agendas where the user
    adds an event.
    """

    name = "community_next_events"
    template_name = "community/admin/dashboard_next_events.html"
    order = 100

    def __init__(self, scope):
        self.scope = scope

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        events = upcoming_events(self.scope, now)
        listed = list(
            events.prefetch_workflow_states().annotate_approved_schedule()[:PANEL_ITEM_COUNT]
        )
        for event in listed:
            event.when = event_when(event)
            event.community_of_event = self.scope.community_of_path(event.path)
            event.in_progress = event.starts_at <= now
        agendas = list(EventIndexPage.objects.filter(in_communities(self.scope)).only("pk", "path"))
        for agenda in agendas:
            agenda.community_of_agenda = self.scope.community_of_path(agenda.path)
        agendas.sort(key=lambda agenda: agenda.community_of_agenda.title)
        return {
            "request": parent_context.get("request") if parent_context else None,
            "count": events.count(),
            "events": listed,
            "agendas": agendas,
            "show_community": len(self.scope.communities) > 1,
        }


def add_next_events_panel(request, panels):
    scope = DashboardScope(request.user)
    if scope:
        panels.append(NextEventsPanel(scope))
