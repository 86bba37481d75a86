"""Answers as django-comments-xtd comments: reading a page's thread and changing it.

Removing or hiding an answer uses `QuerySet.update`, because comments-xtd unpublishes every
reply of a comment saved as removed or hidden; here the replies stay and the thread shows a
placeholder where the answer was.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max
from django.dispatch import Signal
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.search import index

MAX_DEPTH = settings.COMMENTS_XTD_MAX_THREAD_LEVEL

# The reference pages, whose readers may ask about them where they read them.
REFERENCE_MODELS = (
    "knowledge.InstructionPage",
    "knowledge.ReportingPage",
    "knowledge.ArticlePage",
)
# The page types whose readers may ask and answer in a thread.
COMMENTABLE_MODELS = ("qa.QuestionPage", *REFERENCE_MODELS)


# Sent with `question` and `answer` (None when the choice is withdrawn).
reference_answer_chosen = Signal()
# Sent with `answer_ids` and `page` when answers move to another page.
answers_moved = Signal()


class ThreadTooDeep(Exception):
    """A reply to a comment already at the deepest level."""


def commentable_models():
    return tuple(apps.get_model(label) for label in COMMENTABLE_MODELS)


def reference_models():
    return tuple(apps.get_model(label) for label in REFERENCE_MODELS)


def is_commentable(page):
    return isinstance(page, commentable_models())


def comments_of(page):
    """Return every comment on `page`, hidden and removed ones included, in thread order."""
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=True)
    return XtdComment.objects.filter(
        content_type=content_type, object_pk=str(page.pk), site_id=settings.SITE_ID
    ).order_by("thread_id", "order")


def visible_answers(page):
    """Return the comments on `page` that every reader of the page is shown."""
    return comments_of(page).filter(is_public=True, is_removed=False)


def answer_page(answer):
    """Return the specific page an answer is on, or None if it is on something else."""
    from wagtail.models import Page

    model = answer.content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    return model.objects.filter(pk=answer.object_pk).first()


@transaction.atomic
def post_answer(page, user, text, parent=None, ip_address=None):
    """Store `text` by `user` as an answer on `page`, or as a reply to `parent`.

    Raise ThreadTooDeep when `parent` is at the deepest level, before anything is saved.
    """
    if parent is not None and parent.level >= MAX_DEPTH:
        raise ThreadTooDeep
    answer = XtdComment(
        content_type=ContentType.objects.get_for_model(page, for_concrete_model=True),
        object_pk=str(page.pk),
        site_id=settings.SITE_ID,
        user=user,
        user_name=user.get_full_name() or user.get_username(),
        user_email=user.email,
        comment=text,
        submit_date=timezone.now(),
        ip_address=ip_address,
        is_public=True,
        is_removed=False,
        parent_id=parent.pk if parent is not None else 0,
    )
    answer.save()
    refresh_page(page)
    return answer


@transaction.atomic
def edit_answer(answer, page, text):
    from .models import AnswerEdit

    XtdComment.objects.filter(pk=answer.pk).update(comment=text)
    answer.comment = text
    AnswerEdit.objects.update_or_create(answer=answer, defaults={"edited_at": timezone.now()})
    refresh_page(page)


def remove_answer(answer, page):
    """Delete an answer for good; its replies stay under a placeholder."""
    _set_answer_state(answer, page, is_removed=True)


def hide_answer(answer, page):
    """Hide an answer from readers until a facilitator restores it."""
    _set_answer_state(answer, page, is_public=False)


def restore_answer(answer, page):
    _set_answer_state(answer, page, is_public=True)


@transaction.atomic
def _set_answer_state(answer, page, **state):
    XtdComment.objects.filter(pk=answer.pk).update(**state)
    for field, value in state.items():
        setattr(answer, field, value)
    refresh_page(page)


def refresh_page(page):
    """Bring a question's status, count and activity date, and its search entry, up to date.

    A removed reference answer stops being the reference answer. A hidden one stays chosen but
    does not resolve the question until a facilitator restores it.
    """
    from .models import QuestionPage, QuestionStatus

    if not isinstance(page, QuestionPage):
        return
    visible = visible_answers(page)
    answer_count = visible.count()
    latest = visible.aggregate(latest=Max("submit_date"))["latest"]
    reference_id = page.reference_answer_id
    reference = comments_of(page).filter(pk=reference_id).first() if reference_id else None
    if reference is None or reference.is_removed:
        reference_id = None
    if reference_id and reference.is_public:
        status = QuestionStatus.RESOLVED
    elif answer_count:
        status = QuestionStatus.ANSWERED
    else:
        status = QuestionStatus.UNANSWERED
    started = page.first_published_at or page.latest_revision_created_at or timezone.now()
    fields = {
        "answer_count": answer_count,
        "status": status,
        "reference_answer_id": reference_id,
        "last_activity_at": max(filter(None, [latest, started])),
    }
    QuestionPage.objects.filter(pk=page.pk).update(**fields)
    for field, value in fields.items():
        setattr(page, field, value)
    transaction.on_commit(lambda: _reindex(page.pk))


def _reindex(page_id):
    from .models import QuestionPage

    page = QuestionPage.objects.filter(pk=page_id).first()
    if page is not None:
        index.insert_or_update_object(page)


@transaction.atomic
def set_reference_answer(question, answer):
    """Make `answer` (or nothing, with None) the reference answer of `question`."""
    from .models import QuestionPage

    QuestionPage.objects.filter(pk=question.pk).update(
        reference_answer_id=answer.pk if answer is not None else None
    )
    question.reference_answer_id = answer.pk if answer is not None else None
    refresh_page(question)
    reference_answer_chosen.send(sender=QuestionPage, question=question, answer=answer)
