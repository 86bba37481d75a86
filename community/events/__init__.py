"""Events of the communities: agendas, event pages, calendars and reminders."""
