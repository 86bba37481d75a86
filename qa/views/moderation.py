"""Site moderation: a member reports an answer, a facilitator turns a thread into a question.

Refusals name nothing. An answer that the user may not see, or that readers no longer see, is
a 404. A visible answer that the user may not act on is a 403.
"""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_comments_xtd.models import XtdComment

from community.privacy import can_see_page

from .. import conversion
from ..forms.moderation import ConvertThreadForm, ReportAnswerForm
from ..models import AnswerReport, QuestionIndexPage
from ..notifications import notify_new_question
from ..permissions import can_moderate, community_of, is_member
from ..threads import answer_page, is_commentable

logger = logging.getLogger(__name__)


def visible_answer_or_404(user, answer_id):
    """Return the answer and its specific page if `user` may see both, else raise Http404."""
    answer = XtdComment.objects.filter(pk=answer_id).select_related("content_type").first()
    if answer is None or not answer.is_public or answer.is_removed:
        raise Http404
    page = answer_page(answer)
    if page is None or not is_commentable(page) or not can_see_page(user, page):
        raise Http404
    return answer, page


def answer_url(request, answer, page):
    return f"{page.get_url(request=request)}#reponse-{answer.pk}"


@require_http_methods(["GET", "POST"])
@login_required
def report_answer(request, answer_id):
    """Show the report form of an answer, and on a valid POST store the report.

    Active members of the page's community report answers of others, once per answer.
    """
    answer, page = visible_answer_or_404(request.user, answer_id)
    community = community_of(page)
    if not is_member(request.user, community) or answer.user_id == request.user.pk:
        raise PermissionDenied

    back_url = answer_url(request, answer, page)
    if AnswerReport.objects.filter(answer=answer, reporter=request.user).exists():
        return already_reported(request, back_url)

    form = ReportAnswerForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        report = form.save(commit=False)
        report.answer = answer
        report.reporter = request.user
        try:
            with transaction.atomic():
                report.save()
        except IntegrityError:
            # Another request of the same member stored its report first.
            return already_reported(request, back_url)
        logger.info("Answer %s reported by user %s (%s)", answer.pk, request.user.pk, report.reason)
        messages.success(
            request,
            _("Thank you. The facilitators of the community will review this answer."),
        )
        return redirect(back_url)

    context = {
        "target_page": page,
        "answer": answer,
        "form": form,
        "back_url": back_url,
        "ancestors": page.get_ancestors(inclusive=True),
    }
    status = 400 if form.is_bound else 200
    return render(request, "qa/report_answer.html", context, status=status)


def already_reported(request, back_url):
    messages.info(
        request,
        _(
            "You have already reported this answer. "
            "The facilitators of the community will review it."
        ),
    )
    return redirect(back_url)


@require_http_methods(["GET", "POST"])
@login_required
def convert_thread(request, answer_id):
    """Show the form that turns a comment thread into a question, and on POST convert it.

    Facilitators of the community convert a thread that a visible comment starts on an
    instruction, reporting or article page.
    """
    comment, page = visible_answer_or_404(request.user, answer_id)
    if not conversion.is_convertible_page(page) or not conversion.is_convertible_comment(comment):
        raise Http404
    community = community_of(page)
    if not can_moderate(request.user, community):
        raise PermissionDenied
    if not QuestionIndexPage.objects.child_of(community).exists():
        raise Http404

    if request.method == "POST":
        form = ConvertThreadForm(request.POST)
    else:
        form = ConvertThreadForm(initial={"title": conversion.suggested_title(comment.comment)})

    if form.is_bound and form.is_valid():
        try:
            question = conversion.convert_thread(
                comment,
                page,
                form.cleaned_data["title"],
                form.cleaned_data["tags"],
                user=request.user,
            )
        except conversion.ConversionError:
            messages.error(
                request,
                _("This comment changed or moved in the meantime, so it was not converted."),
            )
            return redirect(page.get_url(request=request))
        notify_new_question(question)
        messages.success(
            request,
            _("The thread is now the question “%(title)s”, with its replies as answers.")
            % {"title": question.title},
        )
        return redirect(question.get_url(request=request))

    context = {
        "target_page": page,
        "comment": comment,
        "reply_count": XtdComment.norel_objects.filter(thread_id=comment.thread_id)
        .exclude(pk=comment.pk)
        .count(),
        "form": form,
        "back_url": answer_url(request, comment, page),
        "ancestors": page.get_ancestors(inclusive=True),
    }
    status = 400 if form.is_bound else 200
    return render(request, "qa/convert_thread.html", context, status=status)
