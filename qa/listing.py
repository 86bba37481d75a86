"""Context of the question pages: the filtered list of an index, the thread of a question."""


def question_list_context(index_page, request):
    return {}


def question_page_context(question, request):
    return {}
