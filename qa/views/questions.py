"""Asking a question from the site, the suggestions shown while typing it, and editing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from community.models import CommunityPage

from ..asking import (
    EDIT_WINDOW,
    MAX_QUESTIONS_PER_PERIOD,
    EditAccess,
    can_ask,
    create_question,
    edit_access,
    edit_deadline,
    is_rate_limited,
    question_index_of,
    related_reference_page,
    similar_pages,
    update_question,
)
from ..forms.questions import AskQuestionForm, EditQuestionForm, parse_page_id, rich_text_to_text
from ..models import QuestionPage


def _asking_context(request, community_id):
    """Return the community and its index if the user may ask there, else raise.

    A community that is not live gives a 404. Anyone but an active member of a community
    they may see gets a 403 page that names no community.
    """
    community = get_object_or_404(CommunityPage.objects.live(), pk=community_id)
    if not can_ask(request.user, community):
        raise PermissionDenied
    index = question_index_of(community)
    if index is None:
        raise Http404
    return community, index


@require_http_methods(["GET", "POST"])
@login_required
def ask_question(request, community_id):
    """Show the ask form, and publish the question on a valid POST.

    A first POST whose title resembles visible questions or reference pages shows them and
    asks for confirmation before publishing, unless the form says they were already seen.
    """
    community, index = _asking_context(request, community_id)
    user = request.user
    if request.method == "POST":
        related_id = parse_page_id(request.POST.get("related_page", ""))
    else:
        related_id = parse_page_id(request.GET.get("page", ""))
    related_page = related_reference_page(user, community, related_id)

    rate_limited = is_rate_limited(user)
    status = 200
    suggestions = []
    if request.method == "POST":
        form = AskQuestionForm(request.POST)
        if rate_limited:
            form.add_error(None, rate_limit_message())
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            if not data["confirmed"]:
                suggestions = similar_pages(user, community, data["title"])
            if not suggestions:
                question = create_question(
                    index,
                    user,
                    title=data["title"],
                    details=form.details_rich_text(),
                    tags=data["tags"],
                    related_page=related_page,
                )
                messages.success(
                    request,
                    _(
                        "Your question has been published. The members of the community can "
                        "now answer it, and you will receive an e-mail for each answer."
                    ),
                )
                return redirect(question.url)
    else:
        form = AskQuestionForm(initial={"related_page": related_page.pk if related_page else ""})

    context = {
        "community": community,
        "index_page": index,
        "ancestors": [community, index],
        "form": form,
        "related_page": related_page,
        "suggestions": suggestions,
        "ask_confirmation": bool(suggestions),
        "rate_limited": rate_limited,
        "rate_limit_message": rate_limit_message() if rate_limited else "",
    }
    return render(request, "qa/ask_question.html", context, status=status)


def rate_limit_message():
    return _(
        "You have asked %(count)s questions in the last hour, the maximum allowed. Try again "
        "later: what you typed is kept below."
    ) % {"count": MAX_QUESTIONS_PER_PERIOD}


@require_GET
def suggestions(request, community_id):
    """Return the HTML list of pages similar to the title in `titre`, for the ask form script.

    The same rule as the ask form applies: anyone but an active member gets a 403.
    """
    community = get_object_or_404(CommunityPage.objects.live(), pk=community_id)
    if not can_ask(request.user, community):
        raise PermissionDenied
    title = request.GET.get("titre", "")
    pages = similar_pages(request.user, community, title)
    response = render(request, "qa/includes/suggestions.html", {"suggestions": pages})
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def edit_question(request, page_id):
    """Let the asker, within the edit window, or a facilitator change a question.

    The change is published at once as a new revision by the user who made it.
    """
    question = get_object_or_404(QuestionPage, pk=page_id)
    access = edit_access(request.user, question)
    if access == EditAccess.DENIED:
        raise PermissionDenied
    context = {
        "question": question,
        "ancestors": [*question.get_ancestors(), question],
        "edit_deadline": edit_deadline(question),
        "edit_window_hours": int(EDIT_WINDOW.total_seconds() // 3600),
        "window_closed": access == EditAccess.WINDOW_CLOSED,
    }
    if access == EditAccess.WINDOW_CLOSED:
        return render(request, "qa/edit_question.html", context, status=403)

    original_details = rich_text_to_text(question.details)
    if request.method == "POST":
        form = EditQuestionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            # Details left as they were keep their stored rich text, so formatting that a
            # facilitator added in the admin survives an edit of the title.
            if data["details"].strip() == original_details:
                details = question.details
            else:
                details = form.details_rich_text()
            question = update_question(question, request.user, data["title"], details, data["tags"])
            messages.success(request, _("Your changes to the question have been published."))
            return redirect(question.url)
    else:
        form = EditQuestionForm(
            initial={
                "title": question.title,
                "details": original_details,
                "tags": ", ".join(sorted(tag.name for tag in question.tags.all())),
            }
        )
    context["form"] = form
    context["is_moderator_edit"] = question.asker_id != request.user.pk
    return render(request, "qa/edit_question.html", context)
