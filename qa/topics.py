"""Autocompletion of question topics in the Wagtail editor.

Wagtail's tag widget requests `/admin/tag-autocomplete/<app_label>/<model_name>/` for the
topics that start with what the editor types, and Wagtail's own view there returns every
topic. This view, mounted before the Wagtail admin URLs, returns only the topics of the
questions that the editor may see.
"""

from django.http import JsonResponse
from wagtail.admin.auth import require_admin_access

from community.privacy import visible_pages

from .models import QuestionPage, Topic
from .text import contains_nul

# As many suggestions as Wagtail's own tag autocompletion gives.
MAX_SUGGESTIONS = 10
TERM_MAX_LENGTH = 100


@require_admin_access
def topic_autocomplete(request):
    """Return a JSON list of the names of visible topics that start with the `term` parameter."""
    term = request.GET.get("term", "")
    if not term or len(term) > TERM_MAX_LENGTH or contains_nul(term):
        return JsonResponse([], safe=False)

    questions = visible_pages(request.user, QuestionPage.objects.all())
    names = (
        Topic.objects.filter(question_tags__content_object__in=questions, name__istartswith=term)
        .distinct()
        .order_by("name")
        .values_list("name", flat=True)[:MAX_SUGGESTIONS]
    )
    response = JsonResponse(list(names), safe=False)
    response["Cache-Control"] = "private, no-store"
    return response
