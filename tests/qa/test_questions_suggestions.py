"""Similar questions and reference pages: matching, privacy, the endpoint and the no-JS step."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from qa.asking import MAX_SUGGESTIONS, significant_words, similar_pages
from qa.models import QuestionPage
from tests.factories import (
    InstructionPageFactory,
    QuestionPageFactory,
    question_index,
    reference_index,
)

from .conftest import member_of

HOSTILE_QUERIES = [
    "'",
    '"',
    "%",
    "_",
    "\\",
    "%%%%_\\'\"",
    "logement' OR '1'='1",
    "🏠🏚️ logement 🏠",
    "\x00 logement",
    "<script>alert(1)</script>",
    "é" * 300,
    "logement " * 1200,
    "x" * 10_000,
    "",
    "   ",
]


def suggestions_url(community):
    return reverse("qa:suggestions", args=[community.pk])


def titles(suggestions):
    return [suggestion.page.title for suggestion in suggestions]


@pytest.fixture
def vacancy_question(community, asker):
    return QuestionPageFactory(
        parent=question_index(community),
        title="Comment prouver la vacance d'un logement ?",
        asker=asker,
        owner=asker,
    )


# Words


def test_significant_words_drop_short_and_stop_words():
    assert significant_words("Comment prouver la vacance d'un logement pour la taxe ?") == [
        "prouver",
        "vacance",
        "logement",
        "taxe",
    ]


def test_significant_words_distinct_and_bounded():
    words = significant_words("Logement logement " + " ".join(f"mot{n}abc" for n in range(20)))

    assert words[0] == "logement"
    assert words.count("logement") == 1
    assert len(words) <= 8


def test_significant_words_ignore_symbols():
    assert significant_words("%%% ___ \\\\ 🏠 ''' 1234") == []


# Matching


@pytest.mark.django_db
def test_similar_question_found(community, member, vacancy_question):
    suggestions = similar_pages(member, community, "Quelle preuve de vacance pour un logement ?")

    assert titles(suggestions) == [vacancy_question.title]
    assert suggestions[0].question is not None


@pytest.mark.django_db
def test_reference_page_found_by_summary(community, member):
    InstructionPageFactory(
        parent=reference_index(community),
        title="Instruction sur la taxe",
        summary="Conditions de la vacance des logements.",
    )

    suggestions = similar_pages(member, community, "Vacance et logements du centre-bourg")

    assert titles(suggestions) == ["Instruction sur la taxe"]
    assert suggestions[0].question is None


@pytest.mark.django_db
def test_more_matching_words_first(community, member):
    index = question_index(community)
    QuestionPageFactory(parent=index, title="La vacance en zone rurale")
    QuestionPageFactory(parent=index, title="Vacance d'un logement social en zone rurale")

    suggestions = similar_pages(member, community, "Vacance d'un logement social")

    assert titles(suggestions)[0] == "Vacance d'un logement social en zone rurale"


@pytest.mark.django_db
def test_capitalised_accented_word_found(community, member):
    QuestionPageFactory(parent=question_index(community), title="École rénovée en paille")

    suggestions = similar_pages(member, community, "Une école en bottes de paille")

    assert titles(suggestions) == ["École rénovée en paille"]


@pytest.mark.django_db
def test_at_most_five_suggestions(community, member):
    for number in range(MAX_SUGGESTIONS + 3):
        QuestionPageFactory(
            parent=question_index(community), title=f"Vacance des logements, cas {number}"
        )

    assert len(similar_pages(member, community, "Vacance des logements")) == MAX_SUGGESTIONS


@pytest.mark.django_db
def test_no_match_gives_nothing(community, member, vacancy_question):
    assert similar_pages(member, community, "Isolation en laine de mouton") == []


# Privacy


@pytest.mark.django_db
def test_other_community_not_suggested(community, member, reserved_question):
    assert similar_pages(member, community, "Question confidentielle Castelbrune") == []


@pytest.mark.django_db
def test_restricted_question_not_suggested(community, member):
    hidden = QuestionPageFactory(
        parent=question_index(community), title="Vacance des logements Belvédère"
    )
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Groupe Belvédère"))

    assert similar_pages(member, community, "Vacance des logements Belvédère") == []


@pytest.mark.django_db
def test_draft_not_suggested(community, member):
    QuestionPageFactory(
        parent=question_index(community), title="Brouillon sur la vacance", publish=False
    )

    assert similar_pages(member, community, "Brouillon sur la vacance") == []


@pytest.mark.django_db
def test_reserved_member_gets_reserved_suggestions(reserved_question):
    reader = member_of(reserved_question.community)

    suggestions = similar_pages(reader, reserved_question.community, "confidentielle Castelbrune")

    assert titles(suggestions) == [reserved_question.title]


# Endpoint


@pytest.mark.django_db
def test_endpoint_lists_suggestions(client, community, member, vacancy_question):
    client.force_login(member)

    response = client.get(suggestions_url(community), {"titre": "vacance logement"})

    html = response.content.decode()
    assert response.status_code == 200
    assert vacancy_question.title.replace("'", "&#x27;") in html
    assert 'data-count="1"' in html
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_endpoint_hostile_query_answers_200(client, community, member, vacancy_question, query):
    client.force_login(member)

    response = client.get(suggestions_url(community), {"titre": query})

    assert response.status_code == 200


@pytest.mark.django_db
def test_endpoint_without_query(client, community, member):
    client.force_login(member)

    response = client.get(suggestions_url(community))

    assert response.status_code == 200
    assert 'data-count="0"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "outsider", "pending_member"])
def test_endpoint_refuses_non_members(client, community, vacancy_question, persona, request):
    if persona != "visitor":
        client.force_login(request.getfixturevalue(persona))

    response = client.get(suggestions_url(community), {"titre": "vacance logement"})

    assert response.status_code == 403
    assert "vacance" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "outsider", "member"])
def test_endpoint_reserved_refuses_outsiders(client, reserved_question, persona, request):
    if persona != "visitor":
        client.force_login(request.getfixturevalue(persona))

    response = client.get(
        suggestions_url(reserved_question.community), {"titre": "confidentielle Castelbrune"}
    )

    assert response.status_code == 403
    assert "Castelbrune" not in response.content.decode()


@pytest.mark.django_db
def test_endpoint_rejects_post(client, community, member):
    client.force_login(member)

    assert client.post(suggestions_url(community), {"titre": "vacance"}).status_code == 405


# Confirmation step without JavaScript


@pytest.fixture
def no_notifications(monkeypatch):
    monkeypatch.setattr("qa.asking.notify_new_question", lambda question: None)


def similar_question_data(**overrides):
    data = {
        "title": "Quelle preuve de vacance d'un logement ?",
        "details": "Le propriétaire conteste.\n\nQue faire ?",
        "tags": "vacance, taxe",
        "related_page": "",
        "confirmed": "",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_first_post_asks_confirmation(
    client, community, member, vacancy_question, no_notifications
):
    client.force_login(member)

    response = client.post(reverse("qa:ask", args=[community.pk]), similar_question_data())

    assert response.status_code == 200
    assert response.context["ask_confirmation"]
    assert titles(response.context["suggestions"]) == [vacancy_question.title]
    assert QuestionPage.objects.count() == 1


@pytest.mark.django_db
def test_confirmation_keeps_typed_data(
    client, community, member, vacancy_question, instruction, no_notifications
):
    client.force_login(member)

    response = client.post(
        reverse("qa:ask", args=[community.pk]),
        similar_question_data(related_page=str(instruction.pk)),
    )

    html = response.content.decode()
    assert 'value="Quelle preuve de vacance d&#x27;un logement ?"' in html
    assert "Le propriétaire conteste.\n\nQue faire ?" in html
    assert 'value="vacance, taxe"' in html
    assert f'name="related_page" value="{instruction.pk}"' in html
    assert 'name="confirmed" id="id_confirmed" value="1"' in html


@pytest.mark.django_db
def test_confirmed_post_publishes(client, community, member, vacancy_question, no_notifications):
    client.force_login(member)

    response = client.post(
        reverse("qa:ask", args=[community.pk]), similar_question_data(confirmed="1")
    )

    assert response.status_code == 302
    assert QuestionPage.objects.count() == 2


@pytest.mark.django_db
def test_no_similar_page_publishes_at_once(client, community, member, no_notifications):
    client.force_login(member)

    response = client.post(reverse("qa:ask", args=[community.pk]), similar_question_data())

    assert response.status_code == 302
    assert QuestionPage.objects.count() == 1


@pytest.mark.django_db
def test_confirmation_hides_other_communities(
    client, community, member, reserved_question, no_notifications
):
    client.force_login(member)

    response = client.post(
        reverse("qa:ask", args=[community.pk]),
        similar_question_data(title="Question confidentielle Castelbrune bis"),
    )

    assert response.status_code == 302
    assert QuestionPage.objects.filter(title__contains="bis").exists()
