"""Context of the question pages: the filtered list of an index, the details of a question.

Filters come from the query string and an unknown value is ignored, never an error.
"""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from community.models import Membership
from community.privacy import can_see_page, visible_pages

from .asking import EditAccess, edit_access
from .models import QuestionPage, QuestionStatus, Topic
from .text import contains_nul

PAGE_SIZE = 20
# Query string values of the status filter, in the order of the select.
STATUS_FILTERS = {
    "sans-reponse": QuestionStatus.UNANSWERED,
    "repondue": QuestionStatus.ANSWERED,
    "resolue": QuestionStatus.RESOLVED,
}
ORDERINGS = {
    "activite": ("-last_activity_at", _("Most recent activity first")),
    "recentes": ("-first_published_at", _("Newest questions first")),
}
DEFAULT_ORDERING = "activite"
TAG_SLUG_MAX_LENGTH = 100


def question_list_context(index_page, request):
    """Return the questions of `index_page` that the reader may see, filtered and paginated.

    Query string: `statut` (a key of STATUS_FILTERS), `theme` (a topic slug), `mes-questions=1`
    (the reader's own questions), `tri` (a key of ORDERINGS) and `page`.
    """
    user = request.user
    query = request.GET
    community = index_page.community
    questions = visible_pages(user, QuestionPage.objects.child_of(index_page))

    status = query.get("statut", "")
    if status in STATUS_FILTERS:
        filtered = questions.filter(status=STATUS_FILTERS[status])
    else:
        status = ""
        filtered = questions

    # The topics offered are those of the questions the reader may see, so that neither the
    # select nor the filter reveals whether a topic used only in a hidden question exists.
    topics = topics_of_questions(questions)
    topic = _selected_topic(topics, query.get("theme", ""))
    if topic is not None:
        filtered = filtered.filter(tagged_items__tag=topic)

    mine = user.is_authenticated and query.get("mes-questions") == "1"
    if mine:
        filtered = filtered.filter(asker=user)

    ordering = query.get("tri", "")
    if ordering not in ORDERINGS:
        ordering = DEFAULT_ORDERING
    filtered = filtered.order_by(ORDERINGS[ordering][0], "-pk")

    filtered = filtered.select_related("asker").prefetch_related("tags")
    paginator = Paginator(filtered, PAGE_SIZE)
    page_obj = paginator.get_page(query.get("page"))

    membership = None
    if user.is_authenticated and community is not None:
        membership = Membership.objects.filter(user=user, community=community).first()

    return {
        "community": community,
        "index_url": index_page.get_url(request),
        "questions": page_obj,
        "membership": membership,
        "can_ask": bool(membership and membership.is_active) and can_see_page(user, community),
        "filters_active": bool(status or topic or mine),
        "filters": {
            "status": status,
            "topic": topic,
            "mine": mine,
            "ordering": ordering,
        },
        "filter_options": {
            "statuses": [
                {
                    "value": value,
                    "label": QuestionStatus(choice).label,
                    "selected": value == status,
                }
                for value, choice in STATUS_FILTERS.items()
            ],
            "topics": [
                {"value": tag.slug, "label": tag.name, "selected": tag == topic} for tag in topics
            ],
            "orderings": [
                {"value": value, "label": label, "selected": value == ordering}
                for value, (_field, label) in ORDERINGS.items()
            ],
        },
    }


def topics_of_questions(questions):
    """Return the topics used by `questions`, a queryset of question pages, sorted by name."""
    return (
        Topic.objects.filter(question_tags__content_object__in=questions)
        .distinct()
        .order_by("name")
    )


def _selected_topic(topics, slug):
    """Return the topic of `topics` whose slug is `slug`, or None.

    A slug with a NUL byte is ignored like an unknown one, because PostgreSQL rejects NUL
    in text parameters.
    """
    if not slug or len(slug) > TAG_SLUG_MAX_LENGTH or contains_nul(slug):
        return None
    return topics.filter(slug=slug).first()


def question_page_context(question, request):
    """Return what the question page shows besides the question: its topics, the reference
    page it is about when the reader may see it, and whether the reader may edit it.
    """
    user = request.user
    related_page = None
    if question.related_page_id:
        page = question.related_page
        if page is not None and can_see_page(user, page):
            related_page = page
    return {
        "community": question.community,
        "index_page": question.get_parent(),
        "topics": sorted(question.tags.all(), key=lambda tag: tag.name.lower()),
        "related_page": related_page,
        "can_edit": edit_access(user, question) == EditAccess.ALLOWED,
    }
