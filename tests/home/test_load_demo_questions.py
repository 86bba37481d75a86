"""`manage.py load_demo`: the questions of each community, their answer threads, and the thread
on an instruction page."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django_comments_xtd.models import XtdComment

from community.models import CommunityPage, Membership
from home.demo import content, questions
from knowledge.models import InstructionPage
from qa.models import QuestionPage, QuestionStatus, QuestionTag, Topic
from qa.threads import comments_of, visible_answers

COUNTED_MODELS = {
    "questions": QuestionPage,
    "comments": XtdComment,
    "question tags": QuestionTag,
    "topics": Topic,
    "memberships": Membership,
    "users": get_user_model(),
}
COMMUNITY_SLUGS = [community["slug"] for community in content.COMMUNITIES]
RESERVED_SLUG = "reseau-chefs-projet-ort"
RESERVED_WORDS = ["castelbrune", "comité de pilotage", "revue annuelle"]
DEMO_SLUGS = [question["slug"] for question in questions.QUESTIONS]


def load_demo():
    """Run the command and return its standard output."""
    output = io.StringIO()
    call_command("load_demo", stdout=output, stderr=io.StringIO())
    return output.getvalue()


def count_objects():
    return {name: model.objects.count() for name, model in COUNTED_MODELS.items()}


def question_text(question):
    """Return the title, details and answers of a demo question as one lower-case text."""
    texts = [question["title"], question["details"], question["tags"]]
    texts += [answer["text"] for answer in questions.iter_thread(question["answers"])]
    return json.dumps(texts, ensure_ascii=False).lower()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice in one transaction, rolled back at the end of the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = load_demo()
        first_counts = count_objects()
        second_output = load_demo()
        second_counts = count_objects()
        yield {
            "first output": first_output,
            "first counts": first_counts,
            "second output": second_output,
            "second counts": second_counts,
        }
        transaction.set_rollback(True)


@pytest.fixture
def demo_questions(demo):
    return list(QuestionPage.objects.filter(slug__in=DEMO_SLUGS).select_related("asker"))


def community_questions(slug):
    community = CommunityPage.objects.get(slug=slug)
    return QuestionPage.objects.descendant_of(community)


@pytest.mark.django_db
def test_first_load_creates_every_demo_question(demo_questions):
    assert sorted(question.slug for question in demo_questions) == sorted(DEMO_SLUGS)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_community_has_three_to_five_questions(demo, slug):
    assert 3 <= community_questions(slug).count() <= 5


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_community_questions_have_every_status(demo, slug):
    statuses = set(community_questions(slug).values_list("status", flat=True))

    assert statuses == set(QuestionStatus.values)


@pytest.mark.django_db
def test_every_demo_question_is_live(demo_questions):
    assert [question.slug for question in demo_questions if not question.live] == []


@pytest.mark.django_db
def test_demo_question_published_as_revision(demo_questions):
    unpublished = [
        question.slug
        for question in demo_questions
        if question.live_revision_id is None
        or question.live_revision_id != question.latest_revision_id
    ]

    assert unpublished == []


@pytest.mark.django_db
def test_demo_question_owned_by_asker(demo_questions):
    expected = {question["slug"]: question["asker"] for question in questions.QUESTIONS}

    wrong = [
        question.slug
        for question in demo_questions
        if question.asker.username != expected[question.slug]
        or question.owner_id != question.asker_id
    ]

    assert wrong == []


@pytest.mark.django_db
def test_demo_asker_is_active_member(demo_questions):
    outsiders = [
        question.slug
        for question in demo_questions
        if not Membership.objects.active()
        .filter(user=question.asker, community=question.community)
        .exists()
    ]

    assert outsiders == []


@pytest.mark.django_db
def test_demo_answer_authors_are_active_members(demo_questions):
    outsiders = [
        (question.slug, answer.user.username)
        for question in demo_questions
        for answer in comments_of(question).select_related("user")
        if not Membership.objects.active()
        .filter(user=answer.user, community=question.community)
        .exists()
    ]

    assert outsiders == []


@pytest.mark.django_db
def test_demo_question_has_tags(demo_questions):
    assert [question.slug for question in demo_questions if not question.tags.exists()] == []


@pytest.mark.django_db
def test_demo_question_published_in_past(demo_questions):
    now = timezone.now()

    recent = [
        question.slug
        for question in demo_questions
        if question.first_published_at >= now - timezone.timedelta(hours=12)
        or question.last_published_at != question.first_published_at
    ]

    assert recent == []


@pytest.mark.django_db
def test_demo_answers_follow_their_question(demo_questions):
    now = timezone.now()

    misdated = [
        (question.slug, answer.pk)
        for question in demo_questions
        for answer in comments_of(question)
        if not question.first_published_at < answer.submit_date < now
    ]

    assert misdated == []


@pytest.mark.django_db
def test_demo_replies_follow_their_parent(demo):
    replies = XtdComment.objects.filter(level__gt=0)
    parents = XtdComment.objects.in_bulk([reply.parent_id for reply in replies])

    misdated = [
        reply.pk for reply in replies if reply.submit_date <= parents[reply.parent_id].submit_date
    ]

    assert replies.exists()
    assert misdated == []


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_community_has_reply_at_second_level(demo, slug):
    levels = {
        answer.level for question in community_questions(slug) for answer in comments_of(question)
    }

    assert levels == {0, 1, 2}


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_facilitator_answers_in_community(demo, slug):
    community = next(community for community in content.COMMUNITIES if community["slug"] == slug)
    facilitators = [
        username for username, role in community["memberships"] if role == "facilitator"
    ]

    answers = [
        answer
        for question in community_questions(slug)
        for answer in comments_of(question).filter(user__username__in=facilitators)
    ]

    assert answers


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["habitat-ancien", "logements-vacants"])
def test_expert_answers_in_community(demo, slug):
    answers = [
        answer
        for question in community_questions(slug)
        for answer in comments_of(question).filter(user__username="expert.fiscalite")
    ]

    assert answers


@pytest.mark.django_db
def test_reference_answer_visible_in_thread(demo_questions):
    resolved = [q for q in demo_questions if q.status == QuestionStatus.RESOLVED]

    misplaced = [
        question.slug
        for question in resolved
        if not visible_answers(question).filter(pk=question.reference_answer_id).exists()
    ]

    assert resolved
    assert misplaced == []


@pytest.mark.django_db
def test_demo_reference_answer_matches_data(demo_questions):
    expected = {
        question["slug"]: next(
            (a["text"] for a in questions.iter_thread(question["answers"]) if a.get("reference")),
            None,
        )
        for question in questions.QUESTIONS
    }

    actual = {
        question.slug: question.reference_answer.comment if question.reference_answer else None
        for question in demo_questions
    }

    assert actual == expected


@pytest.mark.django_db
def test_demo_answer_count_matches_thread(demo_questions):
    wrong = [
        question.slug
        for question in demo_questions
        if question.answer_count != visible_answers(question).count()
    ]

    assert wrong == []


@pytest.mark.django_db
def test_demo_last_activity_is_latest_answer(demo_questions):
    wrong = []
    for question in demo_questions:
        dates = [answer.submit_date for answer in visible_answers(question)]
        expected = max(dates, default=question.first_published_at)
        if question.last_activity_at != expected:
            wrong.append(question.slug)

    assert wrong == []


@pytest.mark.django_db
def test_demo_question_links_instruction(demo_questions):
    linked = [question for question in demo_questions if question.related_page_id]

    misplaced = [
        question.slug
        for question in linked
        if not InstructionPage.objects.descendant_of(question.community)
        .filter(pk=question.related_page_id)
        .exists()
    ]

    assert linked
    assert misplaced == []


@pytest.mark.django_db
def test_instruction_thread_has_question_and_replies(demo):
    data = questions.INSTRUCTION_THREAD
    page = InstructionPage.objects.get(slug=data["page"])

    comments = list(comments_of(page))

    assert [comment.level for comment in comments] == [0, 1, 2]
    assert page.get_parent().get_parent().specific.visibility == "public"


@pytest.mark.django_db
@pytest.mark.parametrize("name", COUNTED_MODELS)
def test_second_load_creates_nothing(demo, name):
    assert demo["second counts"][name] == demo["first counts"][name]


@pytest.mark.django_db
def test_second_load_reports_nothing_changed(demo):
    assert "nothing changed" in demo["second output"]


@pytest.mark.django_db
@pytest.mark.parametrize("data", questions.USERS, ids=lambda data: data["username"])
def test_load_prints_question_account(demo, data):
    assert data["username"] in demo["first output"]


@pytest.mark.django_db
def test_every_demo_question_renders_for_superuser(client, demo_questions):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())

    statuses = {question.url: client.get(question.url).status_code for question in demo_questions}

    assert {url: status for url, status in statuses.items() if status != 200} == {}


@pytest.mark.django_db
def test_demo_question_page_shows_answers(client, demo_questions):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    answered = [question for question in demo_questions if question.answer_count]

    missing = []
    for question in answered:
        html = client.get(question.url).content.decode()
        for answer in visible_answers(question).select_related("user"):
            # The first 30 characters of every demo answer contain no line break or Markdown.
            if escape(answer.comment[:30]) not in html:
                missing.append((question.slug, answer.comment[:30]))

    assert answered
    assert missing == []


@pytest.mark.django_db
def test_instruction_page_with_thread_renders(client, demo):
    client.force_login(get_user_model().objects.filter(is_superuser=True).first())
    page = InstructionPage.objects.get(slug=questions.INSTRUCTION_THREAD["page"])

    response = client.get(page.url)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "slug",
    [
        question["slug"]
        for question in questions.QUESTIONS
        if question["community"] != RESERVED_SLUG
    ],
)
def test_public_question_avoids_reserved_words(slug):
    question = next(question for question in questions.QUESTIONS if question["slug"] == slug)

    text = question_text(question)

    assert [word for word in RESERVED_WORDS if word in text] == []


def test_reserved_questions_name_castelbrune():
    reserved = [q for q in questions.QUESTIONS if q["community"] == RESERVED_SLUG]

    assert reserved
    assert all("castelbrune" in question_text(question) for question in reserved)


def test_instruction_thread_avoids_reserved_words():
    text = json.dumps(questions.INSTRUCTION_THREAD, ensure_ascii=False).lower()

    assert [word for word in RESERVED_WORDS if word in text] == []


@pytest.mark.parametrize("question", questions.QUESTIONS, ids=lambda question: question["slug"])
def test_demo_thread_stays_within_two_levels(question):
    def depth(comments):
        return max((1 + depth(c.get("replies", [])) for c in comments), default=0)

    # Level 0 is an answer, so two levels of replies make a depth of three.
    assert depth(question["answers"]) <= 3


@pytest.mark.parametrize("question", questions.QUESTIONS, ids=lambda question: question["slug"])
def test_demo_question_at_most_one_reference(question):
    references = [a for a in questions.iter_thread(question["answers"]) if a.get("reference")]

    assert len(references) <= 1
