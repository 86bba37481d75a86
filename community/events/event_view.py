"""Context of an event page: its dates in words, documents, link, calendar and reminder."""


def event_page_context(event, request):
    return {}
