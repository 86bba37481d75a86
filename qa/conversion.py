"""Turning a comment thread on a reference page into a question of its own.

The root comment becomes the question, asked by its author on the date it was posted. Its
replies move to the question as answers, with their authors, dates and nesting, and leave the
reference page so that no answer appears in two places.
"""

import logging
import re

from django.contrib.contenttypes.models import ContentType
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django_comments_xtd.models import XtdComment
from wagtail.coreutils import find_available_slug

from .models import Follow, QuestionIndexPage, QuestionPage
from .permissions import community_of
from .text import text_to_rich_text
from .threads import answers_moved, reference_models, refresh_page

logger = logging.getLogger(__name__)

# The reference page types whose threads a facilitator may turn into a question.
MAX_TITLE_LENGTH = 255

# A sentence ends at ".", "?", "!" or "…" followed by a space or the end of the text. French
# puts a space before "?" and "!", which the lazy match keeps inside the sentence.
SENTENCE_END = re.compile(r"^(.+?[.?!…])(?:\s|$)", re.DOTALL)


class ConversionError(Exception):
    """The comment can no longer be turned into a question: it moved, changed or was hidden."""


def is_convertible_page(page):
    """Tell whether `page` is a reference page, whose comment threads may become questions."""
    return isinstance(page, reference_models())


def is_convertible_comment(comment):
    """Tell whether `comment` starts a thread and every reader of its page sees it."""
    return comment.parent_id == comment.pk and comment.is_public and not comment.is_removed


def suggested_title(text):
    """Return the first sentence of `text` on one line, shortened to fit a page title."""
    text = " ".join(text.split())
    match = SENTENCE_END.match(text)
    sentence = match.group(1) if match else text
    if sentence.endswith("."):
        sentence = sentence[:-1]
    return Truncator(sentence).chars(MAX_TITLE_LENGTH)


def convert_thread(comment, reference_page, title, tags=(), user=None):
    """Publish `comment` as a new question, move its replies there and return the question.

    Raise ConversionError when the comment no longer starts a visible thread on
    `reference_page`, or when the community has no "Entraide" index.
    """
    # The plain manager joins no nullable relation, which PostgreSQL cannot lock.
    comment = XtdComment.norel_objects.select_for_update().filter(pk=comment.pk).first()
    reference_type = ContentType.objects.get_for_model(reference_page)
    if (
        comment is None
        or not is_convertible_comment(comment)
        or comment.content_type_id != reference_type.pk
        or comment.object_pk != str(reference_page.pk)
    ):
        raise ConversionError("The comment no longer starts a visible thread on this page.")
    index = QuestionIndexPage.objects.child_of(community_of(reference_page)).first()
    if index is None:
        raise ConversionError("The community has no mutual help index.")

    question = _publish_question(comment, reference_page, index, title, tags, user)
    moved = _move_replies(comment, question)
    XtdComment.objects.filter(pk=comment.pk).delete()
    _copy_followers(reference_page, question)
    refresh_page(question)

    logger.info(
        "Comment %s on page %s converted into question %s with %s replies by user %s",
        comment.pk,
        reference_page.pk,
        question.pk,
        moved,
        getattr(user, "pk", None),
    )
    return question


def _publish_question(comment, reference_page, index, title, tags, user):
    author = comment.user
    slug = find_available_slug(index, slugify(title)[:255] or slugify(_("question")))
    question = QuestionPage(
        title=title,
        slug=slug,
        details=text_to_rich_text(comment.comment),
        asker=author,
        owner=author or user,
        related_page_id=reference_page.pk,
        # Publishing keeps a first publication date that is already set.
        first_published_at=comment.submit_date,
    )
    if tags:
        # The cluster manager keeps the tags in memory until `add_child` saves the page.
        question.tags.add(*tags)
    index.add_child(instance=question)
    question.save_revision(user=user, log_action=True).publish(user=user)
    return QuestionPage.objects.get(pk=question.pk)


def _move_replies(root, question):
    """Attach the replies of `root` to `question`: its children start threads of their own.

    Thread order is a pre-order walk, so a reply always comes after its parent and each new
    thread numbers its comments from 1 in the same sequence. Returns how many were moved.
    """
    question_type = ContentType.objects.get_for_model(QuestionPage)
    replies = list(
        XtdComment.norel_objects.filter(thread_id=root.thread_id)
        .exclude(pk=root.pk)
        .order_by("order")
    )
    thread_of = {}
    next_order = {}
    for reply in replies:
        if reply.parent_id == root.pk:
            thread_id = reply.pk
            reply.parent_id = reply.pk
        else:
            thread_id = thread_of[reply.parent_id]
        thread_of[reply.pk] = thread_id
        reply.thread_id = thread_id
        reply.level -= 1
        reply.order = next_order.get(thread_id, 1)
        next_order[thread_id] = reply.order + 1
        reply.content_type = question_type
        reply.object_pk = str(question.pk)

    XtdComment.norel_objects.bulk_update(
        replies, ["content_type", "object_pk", "thread_id", "parent_id", "level", "order"]
    )
    answers_moved.send(
        sender=QuestionPage, answer_ids=[reply.pk for reply in replies], page=question
    )
    return len(replies)


def _copy_followers(reference_page, question):
    follower_ids = Follow.objects.filter(page_id=reference_page.pk).values_list(
        "user_id", flat=True
    )
    Follow.objects.bulk_create(
        [Follow(user_id=user_id, page_id=question.pk) for user_id in follower_ids],
        ignore_conflicts=True,
    )
