"""Hostile input in the question forms, filters and topics: NUL characters, which PostgreSQL
rejects, and text made of invisible characters."""

import pytest
from django.urls import reverse

from community.models import Role
from qa.forms.moderation import ConvertThreadForm
from qa.forms.questions import TAG_MAX_LENGTH, AskQuestionForm
from qa.models import QuestionPage, Topic
from qa.text import has_visible_text, strip_invisible
from qa.threads import post_answer
from tests.factories import QuestionPageFactory, question_index

from .conftest import member_of

INVISIBLE = " \u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3164\t"
TITLE = "Quel bois local pour une charpente publique ?"
NUL_MESSAGE = "Le caractère nul n’est pas autorisé."


def question_data(**overrides):
    data = {"title": TITLE, "details": "", "tags": "", "related_page": "", "confirmed": "1"}
    data.update(overrides)
    return data


def field_errors(response, field):
    return response.context["form"].errors.get(field, [])


def question_with_topic(community):
    asker = member_of(community)
    question = QuestionPageFactory(
        parent=question_index(community), title="Vacance d'un logement ?", asker=asker, owner=asker
    )
    question.tags.add("vacance")
    question.save()
    return question


# qa.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u200b Bonjour \ufeff", "Bonjour"),
        ("\u2060\u200c\u200da b\u200b", "a b"),
        ("a\u200db", "a\u200db"),
        (INVISIBLE, ""),
        ("", ""),
    ],
)
def test_strip_invisible(text, expected):
    assert strip_invisible(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(INVISIBLE, False), ("", False), ("\u2800\u115f", False), (INVISIBLE + "?", True)],
)
def test_has_visible_text(text, expected):
    assert has_visible_text(text) is expected


# Invisible text in the ask form


def test_invisible_title_rejected():
    form = AskQuestionForm(question_data(title=INVISIBLE * 3))

    assert not form.is_valid()
    assert form.errors["title"] == ["Rédigez votre question."]


def test_padded_title_too_short():
    form = AskQuestionForm(question_data(title=INVISIBLE * 3 + "Bois ?" + INVISIBLE))

    assert not form.is_valid()
    assert form.errors["title"][0].startswith("Rédigez votre question en 10 caractères au moins")


def test_invisible_padding_stripped():
    form = AskQuestionForm(
        question_data(
            title=INVISIBLE + TITLE + INVISIBLE,
            details=INVISIBLE + "Le détail." + INVISIBLE,
            tags=f"{INVISIBLE}, \u200bbois\u200b, #\ufeffchanvre",
        )
    )

    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == TITLE
    assert form.cleaned_data["details"] == "Le détail."
    assert form.cleaned_data["tags"] == ["bois", "chanvre"]


def test_invisible_details_empty():
    form = AskQuestionForm(question_data(details=INVISIBLE * 5))

    assert form.is_valid(), form.errors
    assert form.details_rich_text() == ""


@pytest.mark.django_db
def test_invisible_title_not_published(client, community):
    client.force_login(member_of(community))

    response = client.post(
        reverse("qa:ask", args=[community.pk]), question_data(title="\u200b" * 20 + "   ")
    )

    assert response.status_code == 200
    assert field_errors(response, "title") == ["Rédigez votre question."]
    assert not QuestionPage.objects.exists()


# NUL characters


@pytest.mark.django_db
@pytest.mark.parametrize("parameter", ["theme", "statut", "tri", "page", "mes-questions"])
def test_nul_filter_ignored(client, community, parameter):
    question = question_with_topic(community)
    index_url = question_index(community).url

    response = client.get(index_url, {parameter: "vacance\x00"})

    assert response.status_code == 200
    assert [listed.title for listed in response.context["questions"]] == [question.title]
    assert response.context["filters_active"] is False


@pytest.mark.django_db
def test_nul_suggestions_ignored(client, community):
    question_with_topic(community)
    client.force_login(member_of(community))

    response = client.get(
        reverse("qa:suggestions", args=[community.pk]), {"titre": "vacance\x00 logement"}
    )

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["title", "details", "tags"])
def test_nul_in_ask_form_rejected(client, community, field):
    client.force_login(member_of(community))
    value = {"title": TITLE, "details": "Le détail.", "tags": "bois"}[field]

    response = client.post(
        reverse("qa:ask", args=[community.pk]),
        question_data(**{field: value[:4] + "\x00" + value[4:]}),
    )

    assert response.status_code == 200
    assert field_errors(response, field) == [NUL_MESSAGE]
    assert not QuestionPage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["title", "details", "tags"])
def test_nul_in_edit_form_rejected(client, community, field):
    question = question_with_topic(community)
    client.force_login(question.asker)
    data = {"title": TITLE, "details": "Le détail.", "tags": "bois"}
    data[field] = data[field][:4] + "\x00" + data[field][4:]

    response = client.post(reverse("qa:edit-question", args=[question.pk]), data)

    assert response.status_code == 200
    assert field_errors(response, field) == [NUL_MESSAGE]
    assert QuestionPage.objects.get(pk=question.pk).title == question.title


@pytest.mark.django_db
def test_nul_autocomplete_term_ignored(client, community):
    question_with_topic(community)
    client.force_login(member_of(community, Role.FACILITATOR))

    response = client.get("/admin/tag-autocomplete/qa/topic/", {"term": "vac\x00"})

    assert response.status_code == 200
    assert response.json() == []


# Conversion of a thread into a question


@pytest.mark.parametrize(
    ("tags", "message_start"),
    [
        ("t" * 150, "Le thème « tttttttttttttttttttt… » est trop long : 40"),
        ("a, b, c, d, e, f", "Indiquez 5 thèmes au maximum"),
        ("t" * 301, "Raccourcissez"),
        ("bo\x00is", NUL_MESSAGE),
    ],
)
def test_convert_form_limits_topics(tags, message_start):
    form = ConvertThreadForm({"title": TITLE, "tags": tags})

    assert not form.is_valid()
    assert form.errors["tags"][0].startswith(message_start)


def test_convert_form_parses_topics_like_ask_form():
    form = ConvertThreadForm({"title": TITLE, "tags": "Bois, bois, \u200bchanvre\u200b"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["tags"] == ["Bois", "chanvre"]


def test_convert_form_rejects_invisible_title():
    form = ConvertThreadForm({"title": INVISIBLE * 4, "tags": ""})

    assert not form.is_valid()
    assert form.errors["title"] == ["Saisissez la question."]


@pytest.mark.django_db
def test_long_topic_conversion_no_error(client, community, instruction, asker):
    root = post_answer(instruction, asker, "Faut-il un justificatif de vacance ?")
    client.force_login(member_of(community, Role.FACILITATOR))

    response = client.post(
        reverse("qa:convert-thread", args=[root.pk]), {"title": TITLE, "tags": "t" * 150}
    )

    # The conversion view returns an invalid form with 400 Bad Request.
    assert response.status_code == 400
    assert str(TAG_MAX_LENGTH) in field_errors(response, "tags")[0]
    assert not QuestionPage.objects.exists()
    assert not Topic.objects.exists()
