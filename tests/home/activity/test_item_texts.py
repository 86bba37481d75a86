"""What an activity item shows of its page and answer: plain text, and the answer's right page."""

import pytest

from home.activity.items import build_items
from home.activity.models import ActivityEntry, ActivityKind
from home.activity.queries import visible_entries
from qa.conversion import convert_thread
from qa.threads import post_answer

from ...factories import QuestionPageFactory, question_index

pytestmark = pytest.mark.django_db

RICH_DETAILS = (
    "<p>Premier paragraphe R&amp;D &lt;b&gt;x&lt;/b&gt; fin.</p><p>Second paragraphe.</p>"
)


def test_rich_text_summary_is_plain_text(community, member, clock, user):
    QuestionPageFactory(
        parent=question_index(community),
        title="Taxe et R&D",
        details=RICH_DETAILS,
        asker=member,
        owner=member,
    )

    [item] = build_items(visible_entries(user))

    assert item.summary == "Premier paragraphe R&D <b>x</b> fin. Second paragraphe."


def test_plain_summary_is_kept_as_typed(instruction, user):
    [item] = build_items(visible_entries(user))

    assert item.summary == "Les pièces à demander pour un chantier en chanvre."


def test_moved_answers_follow_their_new_question(instruction, member, second_member):
    root = post_answer(instruction, member, "Faut-il une déclaration préalable pour l'enduit ?")
    reply = post_answer(instruction, second_member, "Oui, en secteur protégé.", root)

    question = convert_thread(root, instruction, "Déclaration préalable pour un enduit")

    entry = ActivityEntry.objects.get(answer_id=reply.pk, kind=ActivityKind.ANSWER_NEW)
    assert entry.page_id == question.pk


@pytest.fixture
def second_member(community):
    from .conftest import member_of

    return member_of(community, user__first_name="Chloé", user__last_name="Seconde")


def test_item_without_author_names_nobody(instruction, user):
    ActivityEntry.objects.filter(page_id=instruction.pk).update(actor=None)

    [item] = build_items(visible_entries(user))

    assert item.author == ""


def test_activity_page_gives_french_time(instruction, client):
    response = client.get("/quoi-de-neuf/")

    assert ">10 h</time>" in response.content.decode()
