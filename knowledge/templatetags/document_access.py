from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def can_see_document(context, document):
    """Tell whether the reader passes the view restrictions of the document's collection.

    An editor may link a document of a reserved collection from a public page. Readers who may
    not open the document must not learn its title, file name or size either.
    """
    request = context.get("request")
    if document is None or request is None:
        return False
    restrictions = document.collection.get_view_restrictions()
    return all(restriction.accept_request(request) for restriction in restrictions)
