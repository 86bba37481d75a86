"""Connect the activity log to publications, new answers and chosen reference answers."""

from django.db.models.signals import post_save
from django_comments_xtd.models import XtdComment
from wagtail.signals import page_published

from qa.threads import answer_page, answers_moved, reference_answer_chosen

from .recording import (
    move_answers,
    page_kinds,
    record_answer,
    record_publication,
    record_reference_answer,
)


def on_page_published(sender, instance, revision=None, **kwargs):
    record_publication(instance, revision)


def on_answer_saved(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    page = answer_page(instance)
    if page is not None:
        record_answer(instance, page)


def on_reference_answer_chosen(sender, question, answer, **kwargs):
    if answer is not None:
        record_reference_answer(question, answer)


def on_answers_moved(sender, answer_ids, page, **kwargs):
    move_answers(answer_ids, page)


def connect():
    for model in page_kinds():
        page_published.connect(
            on_page_published, sender=model, dispatch_uid=f"activity-{model.__name__}"
        )
    post_save.connect(on_answer_saved, sender=XtdComment, dispatch_uid="activity-answer")
    reference_answer_chosen.connect(on_reference_answer_chosen, dispatch_uid="activity-reference")
    answers_moved.connect(on_answers_moved, dispatch_uid="activity-moved-answers")
