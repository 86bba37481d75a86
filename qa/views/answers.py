"""The only endpoints that change a thread: post, edit, delete, vote, mark, follow.

The comments-xtd URLs and API are not mounted, so every rule lives here. The page must be a
live commentable page that the user may see, else the view returns 404 whether it exists or
not. Then qa.permissions decides who may do what, else the view returns a 403 page that names
nothing.
"""

import datetime
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG, XtdComment
from wagtail.models import Page

from community.privacy import can_see_page

from .. import notifications, threads
from ..forms.answers import MAX_ANSWER_LENGTH, AnswerForm, EditAnswerForm
from ..models import Follow, QuestionPage
from ..permissions import can_change_answer, can_mark_reference, can_post

logger = logging.getLogger(__name__)

MAX_ANSWERS_PER_PERIOD = 20
RATE_LIMIT_PERIOD = datetime.timedelta(minutes=10)


# Lookups shared by the views


def commentable_page_or_404(user, page_id):
    """Return the specific live page `page_id` if it takes answers and `user` may see it."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = page.specific
    if not threads.is_commentable(page) or not can_see_page(user, page):
        raise Http404
    return page


def answer_or_404(user, answer_id):
    """Return a visible answer and its page if `user` may see the page, else raise Http404.

    Removed and hidden answers are not found: nobody edits, votes for or marks them.
    """
    answer = XtdComment.objects.filter(
        pk=answer_id, site_id=settings.SITE_ID, is_public=True, is_removed=False
    ).first()
    if answer is None:
        raise Http404
    page = threads.answer_page(answer)
    if page is None or not threads.is_commentable(page) or not can_see_page(user, page):
        raise Http404
    return answer, page


def page_url(request, page, answer=None):
    url = page.get_url(request) or "/"
    return f"{url}#reponse-{answer.pk}" if answer is not None else url


def login_to_continue(request, page):
    """Send a visitor to the login page, then back to `page` rather than to a POST-only URL."""
    return redirect_to_login(page_url(request, page))


def is_rate_limited(user):
    """Tell whether `user` posted the maximum number of answers in the last period.

    Removed and hidden answers count too, so deleting does not reset the limit.
    """
    since = timezone.now() - RATE_LIMIT_PERIOD
    recent = XtdComment.norel_objects.filter(user=user, submit_date__gte=since)
    return recent.count() >= MAX_ANSWERS_PER_PERIOD


def rate_limit_message():
    minutes = int(RATE_LIMIT_PERIOD.total_seconds() // 60)
    return ngettext(
        "You have posted %(count)s answers in the last minute, the maximum allowed. "
        "Your text is kept below: send it again later.",
        "You have posted %(count)s answers in the last %(minutes)s minutes, the maximum "
        "allowed. Your text is kept below: send it again later.",
        minutes,
    ) % {"count": MAX_ANSWERS_PER_PERIOD, "minutes": minutes}


# Posting


@require_POST
def post_answer(request, page_id):
    """Publish an answer on a page, or a reply to one of its answers.

    A refused submission shows the form again with the text typed: 200 for an invalid text,
    400 for a parent answer that cannot be replied to, 429 when the rate limit is reached.
    """
    page = commentable_page_or_404(request.user, page_id)
    if not request.user.is_authenticated:
        return login_to_continue(request, page)
    if not can_post(request.user, page):
        raise PermissionDenied

    form = AnswerForm(page, request.POST)
    if is_rate_limited(request.user):
        form.add_error(None, rate_limit_message())
        logger.info("Rate limit rejected an answer by user %s on %s", request.user.pk, page.pk)
        return render_refused_answer(request, page, form, status=429)
    if not form.is_valid():
        status = 400 if form.parent_refused else 200
        return render_refused_answer(request, page, form, status=status)

    try:
        with transaction.atomic():
            answer = threads.post_answer(
                page,
                request.user,
                form.cleaned_data["text"],
                parent=form.cleaned_data["parent"],
                ip_address=request.META.get("REMOTE_ADDR"),
            )
            Follow.objects.get_or_create(user=request.user, page_id=page.pk)
    except threads.ThreadTooDeep:
        # The form checks the depth already. This covers a parent that another request moved.
        form.add_error(None, _("Replies cannot go deeper at this point of the thread."))
        return render_refused_answer(request, page, form, status=400)

    notifications.notify_new_answer(answer, page)
    if isinstance(page, QuestionPage):
        messages.success(request, _("Your answer has been published."))
    else:
        messages.success(request, _("Your message has been published."))
    return redirect(page_url(request, page, answer))


def render_refused_answer(request, page, form, status):
    parent = form.cleaned_data.get("parent") if hasattr(form, "cleaned_data") else None
    context = {
        "commented_page": page,
        "ancestors": [*page.get_ancestors(), page],
        "form": form,
        "text": form.data.get("text", ""),
        "text_errors": form.errors.get("text", []),
        "general_errors": [*form.non_field_errors(), *form.errors.get("parent", [])],
        "parent": parent,
        "parent_id": form.data.get("parent", "") if "parent" not in form.errors else "",
        "max_length": MAX_ANSWER_LENGTH,
        "is_question": isinstance(page, QuestionPage),
    }
    return render(request, "qa/answer_refused.html", context, status=status)


# Changing one's own answer


@require_http_methods(["GET", "POST"])
def edit_answer(request, answer_id):
    answer, page = answer_or_404(request.user, answer_id)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_change_answer(request.user, answer, page):
        raise PermissionDenied

    if request.method == "POST":
        form = EditAnswerForm(request.POST)
        if form.is_valid():
            threads.edit_answer(answer, page, form.cleaned_data["text"])
            messages.success(request, _("Your answer has been updated."))
            return redirect(page_url(request, page, answer))
    else:
        form = EditAnswerForm(initial={"text": answer.comment})

    context = {
        "commented_page": page,
        "ancestors": [*page.get_ancestors(), page],
        "answer": answer,
        "form": form,
        "page_url": page_url(request, page, answer),
    }
    return render(request, "qa/edit_answer.html", context)


@require_http_methods(["GET", "POST"])
def delete_answer(request, answer_id):
    """Confirm, then delete an answer. Its replies stay under an "answer deleted" placeholder."""
    answer, page = answer_or_404(request.user, answer_id)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_change_answer(request.user, answer, page):
        raise PermissionDenied

    if request.method == "POST":
        threads.remove_answer(answer, page)
        logger.info("User %s deleted answer %s on page %s", request.user.pk, answer.pk, page.pk)
        messages.success(request, _("Your answer has been deleted."))
        return redirect(page_url(request, page))

    context = {
        "commented_page": page,
        "ancestors": [*page.get_ancestors(), page],
        "answer": answer,
        "has_replies": answer.nested_count > 0,
        "page_url": page_url(request, page, answer),
    }
    return render(request, "qa/delete_answer.html", context)


# Votes, reference answer, following


@require_POST
def vote_useful(request, answer_id):
    """Add or withdraw the user's "useful" vote on an answer by someone else."""
    answer, page = answer_or_404(request.user, answer_id)
    if not request.user.is_authenticated:
        return login_to_continue(request, page)
    if not can_post(request.user, page) or answer.user_id == request.user.pk:
        raise PermissionDenied

    vote, created = CommentFlag.objects.get_or_create(
        user=request.user,
        comment=answer,
        flag=LIKEDIT_FLAG,
        defaults={"flag_date": timezone.now()},
    )
    if created:
        messages.success(request, _("Your vote has been counted."))
    else:
        vote.delete()
        messages.success(request, _("Your vote has been withdrawn."))
    return redirect(page_url(request, page, answer))


@require_POST
def mark_reference(request, answer_id):
    """Make an answer the reference answer of its question, replacing the previous one."""
    answer, page = answer_or_404(request.user, answer_id)
    if not isinstance(page, QuestionPage):
        raise Http404
    if not request.user.is_authenticated:
        return login_to_continue(request, page)
    if not can_mark_reference(request.user, page):
        raise PermissionDenied

    if page.reference_answer_id == answer.pk:
        messages.info(request, _("This answer is already the reference answer."))
    else:
        threads.set_reference_answer(page, answer)
        logger.info("User %s marked answer %s of question %s", request.user.pk, answer.pk, page.pk)
        notifications.notify_reference_answer(page, answer, marked_by=request.user)
        messages.success(
            request, _("This answer is now the reference answer: the question is resolved.")
        )
    return redirect(page_url(request, page, answer))


@require_POST
def withdraw_reference(request, page_id):
    page = commentable_page_or_404(request.user, page_id)
    if not isinstance(page, QuestionPage):
        raise Http404
    if not request.user.is_authenticated:
        return login_to_continue(request, page)
    if not can_mark_reference(request.user, page):
        raise PermissionDenied

    if page.reference_answer_id is None:
        messages.info(request, _("This question has no reference answer."))
    else:
        threads.set_reference_answer(page, None)
        logger.info("User %s withdrew the reference answer of %s", request.user.pk, page.pk)
        messages.success(request, _("The reference answer has been withdrawn."))
    return redirect(page_url(request, page))


@require_POST
def toggle_follow(request, page_id):
    """Follow or stop following the answers on a page.

    Members of the page's community may follow; anyone who follows may stop, even after leaving
    the community. A safe `next` address brings the reader back where they clicked.
    """
    page = commentable_page_or_404(request.user, page_id)
    if not request.user.is_authenticated:
        return login_to_continue(request, page)

    follow = Follow.objects.filter(user=request.user, page_id=page.pk).first()
    if follow is not None:
        follow.delete()
        messages.success(request, _("You no longer receive e-mails about these answers."))
    elif can_post(request.user, page):
        Follow.objects.get_or_create(user=request.user, page_id=page.pk)
        messages.success(request, _("You will receive an e-mail for each new answer."))
    else:
        raise PermissionDenied
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect(page_url(request, page) + "#reponses")
