"""Context of the agendas: upcoming events or the archive, filtered and paginated."""


def agenda_context(agenda, request, past):
    """Return the template context of `agenda` (an EventIndexPage or the AgendaPage)."""
    return {"events": [], "past": past}
