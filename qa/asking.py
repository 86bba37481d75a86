"""Asking a question from the site: who may ask, the rate limit, publishing, editing and the
suggestions of similar questions and reference pages.
"""

import datetime
import enum
import logging
import re
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Page

from community.privacy import can_see_page, visible_pages

from .models import Follow, QuestionIndexPage, QuestionPage, Topic
from .notifications import notify_new_question
from .permissions import can_moderate, is_member

logger = logging.getLogger(__name__)

MAX_QUESTIONS_PER_PERIOD = 5
RATE_LIMIT_PERIOD = datetime.timedelta(hours=1)
# How long the asker may still edit a question after asking it. Facilitators may at any time.
EDIT_WINDOW = datetime.timedelta(hours=24)
SLUG_MAX_LENGTH = 80
DEFAULT_SLUG = "question"

MAX_SUGGESTIONS = 5
# Only the start of a title is read, so a very long query string costs no more than a title.
SUGGESTION_INPUT_MAX_LENGTH = 200
MAX_SUGGESTION_WORDS = 8
SUGGESTION_WORD_MIN_LENGTH = 4
WORD_PATTERN = re.compile(r"[^\W\d_]+")
# French words of four letters or more that say nothing about the subject of a question.
_STOP_WORDS_TEXT = """
    ainsi alors aucun aucune aupres aussi autre autres avant avec avez avoir avons bien
    cela celle celles celui ceux cette chez combien comme comment dans depuis deux
    doit doivent donc dont elle elles encore entre etre etait faire fait faut
    leur leurs lors lorsque mais meme moins nous notre part pendant peut peuvent
    plus pour pourquoi pourrait quand quel quelle quelles quels quelque quelques
    quoi sans selon sera sont sous suis tous tout toute toutes tres vers votre vous
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
# Accented forms of the stop words above, compared after lowercasing.
STOP_WORDS |= {"auprès", "être", "était", "même", "très"}


class Suggestion(NamedTuple):
    """A page similar to the title being typed; `question` is None for a reference page."""

    page: Page
    question: "QuestionPage | None"


class EditAccess(enum.Enum):
    ALLOWED = "allowed"
    WINDOW_CLOSED = "window_closed"
    DENIED = "denied"


def question_index_of(community):
    """Return the live "Entraide" index of `community`, or None."""
    return QuestionIndexPage.objects.child_of(community).live().first()


def can_ask(user, community):
    """Tell whether `user` may ask in `community`: an active member of a community they see."""
    if not user.is_authenticated or community is None:
        return False
    return can_see_page(user, community) and is_member(user, community)


def is_rate_limited(user):
    """Tell whether `user` has asked the number of questions allowed per period.

    Questions that `user` both asked and owns count, so a thread that a facilitator turns
    into a question does not count against its author.
    """
    since = timezone.now() - RATE_LIMIT_PERIOD
    recent = QuestionPage.objects.filter(asker=user, owner=user, first_published_at__gte=since)
    return recent.count() >= MAX_QUESTIONS_PER_PERIOD


def related_reference_page(user, community, page_id):
    """Return the reference page `page_id` of `community` if `user` may see it, else None.

    Reference pages are instructions, reporting and articles. Any other id gives None.
    """
    from knowledge.models import ArticlePage, InstructionPage, ReportingPage

    if page_id is None:
        return None
    page = (
        Page.objects.descendant_of(community)
        .type(InstructionPage, ReportingPage, ArticlePage)
        .filter(pk=page_id)
        .first()
    )
    if page is None or not can_see_page(user, page):
        return None
    return page


@transaction.atomic
def _publish_question(index, user, title, details, tags, related_page):
    question = QuestionPage(
        title=title,
        slug=available_slug(index, title),
        details=details,
        asker=user,
        owner=user,
        related_page=related_page,
        live=False,
    )
    question.tags.set(existing_tag_spellings(tags, user))
    index.add_child(instance=question)

    revision = question.save_revision(user=user)
    log(instance=question, action="wagtail.create", user=user, content_changed=True)
    # Members have no Wagtail publish permission: can_ask has decided for the site.
    revision.publish(user=user, skip_permission_checks=True)
    question.refresh_from_db()

    Follow.objects.get_or_create(user=user, page=question)
    logger.info("User %s asked question %s under index %s", user.pk, question.pk, index.pk)
    return question


def create_question(index, user, title, details, tags, related_page=None):
    """Publish a question by `user` under `index`, make `user` follow it and notify.

    `details` is rich text made safe by the form, `tags` a list of topic names. Return the
    question.
    """
    question = _publish_question(index, user, title, details, tags, related_page)
    notify_new_question(question)
    return question


@transaction.atomic
def update_question(question, user, title, details, tags):
    """Publish a new revision of `question` by `user` with a new title, details and topics.

    The revision starts from the live question read afresh, because the answer count and
    status that the thread updates are stored in each revision too.
    """
    question = QuestionPage.objects.get(pk=question.pk)
    question.title = title
    question.details = details
    question.tags.set(existing_tag_spellings(tags, user))
    revision = question.save_revision(user=user, log_action=True)
    # Askers have no Wagtail publish permission: edit_access has decided for the site.
    revision.publish(user=user, skip_permission_checks=True)
    question.refresh_from_db()
    logger.info("User %s edited question %s", user.pk, question.pk)
    return question


def existing_tag_spellings(names, user):
    """Replace each name by the spelling of a topic that differs only by case.

    Only topics of questions that `user` may see are reused, so a topic used only in a
    hidden question never lends its spelling to a question that others may see. A name
    left as typed becomes a new topic, unless a topic has exactly that name.
    NOTE: taggit gives a new topic a unique slug by appending "_1", "_2"… when another topic
    slugifies the same, so the slug of the new topic shows that such a topic exists.
    """
    visible_questions = visible_pages(user, QuestionPage.objects.all())
    visible_topics = Topic.objects.filter(question_tags__content_object__in=visible_questions)
    spellings = []
    for name in names:
        topic = visible_topics.filter(name__iexact=name).order_by("pk").first()
        spellings.append(topic.name if topic is not None else name)
    return spellings


def available_slug(index, title):
    slug = slugify(title)[:SLUG_MAX_LENGTH].strip("-") or DEFAULT_SLUG
    return find_available_slug(index, slug)


def edit_deadline(question):
    """Return when the asker stops being allowed to edit `question`."""
    asked_at = question.first_published_at or question.latest_revision_created_at
    return (asked_at or timezone.now()) + EDIT_WINDOW


def edit_access(user, question):
    """Tell whether `user` may edit `question` now, may not any more, or never may.

    Facilitators of the community always may. The asker may while an active member and
    within EDIT_WINDOW after asking.
    """
    if not user.is_authenticated or not can_see_page(user, question):
        return EditAccess.DENIED
    community = question.community
    if can_moderate(user, community):
        return EditAccess.ALLOWED
    if question.asker_id != user.pk or not is_member(user, community):
        return EditAccess.DENIED
    if timezone.now() >= edit_deadline(question):
        return EditAccess.WINDOW_CLOSED
    return EditAccess.ALLOWED


def significant_words(title):
    """Return the distinct words of `title` that may tell its subject, lowercased, in order."""
    words = []
    for word in WORD_PATTERN.findall(title[:SUGGESTION_INPUT_MAX_LENGTH].lower()):
        if len(word) < SUGGESTION_WORD_MIN_LENGTH or word in STOP_WORDS or word in words:
            continue
        words.append(word)
        if len(words) == MAX_SUGGESTION_WORDS:
            break
    return words


def similar_pages(user, community, title, exclude_pk=None):
    """Return up to MAX_SUGGESTIONS Suggestions: questions and reference pages of `community`
    whose text resembles `title`.

    A page matches when it contains a significant word of `title`, with the site search's
    French matching (stems, accents, case), so "logement" and "logements" find each other.
    Pages with more of the words usually come first. Only pages that `user` may see are
    returned.
    """
    from home.search.engine import search_any_word
    from knowledge.models import ArticlePage, InstructionPage, ReportingPage

    words = significant_words(title)
    if not words:
        return []

    pages = Page.objects.descendant_of(community)
    pages = pages.type(QuestionPage, InstructionPage, ReportingPage, ArticlePage)
    if exclude_pk is not None:
        pages = pages.exclude(pk=exclude_pk)
    candidates = search_any_word(user, pages, " ".join(words), MAX_SUGGESTIONS)
    return [
        Suggestion(page, page if isinstance(page, QuestionPage) else None) for page in candidates
    ]
