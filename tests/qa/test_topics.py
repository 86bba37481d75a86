"""Question topics: kept apart from other tags, and never shown outside the questions that
name them, in the editor's autocompletion, the index filter, its select or reused spellings."""

import pytest
from django.urls import resolve, reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.admin.widgets import AdminTagWidget

from community.models import Role
from qa.models import QuestionPage, Topic
from qa.topics import topic_autocomplete
from tests.factories import ImageFactory, QuestionPageFactory, question_index

from .conftest import member_of

pytestmark = pytest.mark.django_db

SECRET_TOPIC = "Castelbrune-Secret"
SECRET_SLUG = "castelbrune-secret"
PUBLIC_TOPIC = "Castanea"
AUTOCOMPLETE_URL = "/admin/tag-autocomplete/qa/topic/"


def tag_question(question, *names):
    question.tags.add(*names)
    question.save()
    return question


@pytest.fixture
def secret_topic(reserved_question):
    tag_question(reserved_question, SECRET_TOPIC)
    return Topic.objects.get(name=SECRET_TOPIC)


@pytest.fixture
def public_question(community, asker):
    question = QuestionPageFactory(
        parent=question_index(community),
        title="Quelle essence de bois pour un bardage ?",
        asker=asker,
        owner=asker,
    )
    return tag_question(question, PUBLIC_TOPIC)


@pytest.fixture
def reserved_facilitator(reserved_community):
    return member_of(reserved_community, Role.FACILITATOR)


def autocomplete(client, user, term):
    client.force_login(user)
    response = client.get(AUTOCOMPLETE_URL, {"term": term})
    assert response.status_code == 200
    return response.json()


def index_response(client, community, **query):
    response = client.get(question_index(community).url, query)
    assert response.status_code == 200
    return response


def listed_titles(response):
    return [question.title for question in response.context["questions"]]


def topic_options(response):
    return [option["label"] for option in response.context["filter_options"]["topics"]]


# A model of their own


def test_topics_separate_from_tags(secret_topic, public_question):
    image = ImageFactory()
    image.tags.add("castelbrune-image")

    assert not Tag.objects.filter(name__in=[SECRET_TOPIC, PUBLIC_TOPIC]).exists()
    assert not Topic.objects.filter(name="castelbrune-image").exists()
    assert sorted(Topic.objects.values_list("name", flat=True)) == [PUBLIC_TOPIC, SECRET_TOPIC]


def test_topic_verbose_name():
    with translation.override("en"):
        assert str(Topic._meta.verbose_name) == "topic"


# Autocompletion in the Wagtail editor


def test_widget_url_served_by_topic_view():
    widget = AdminTagWidget(tag_model=Topic)
    context = widget.get_context("tags", "", {})
    url = context["widget"]["attrs"]["data-w-tag-url-value"]

    assert url == AUTOCOMPLETE_URL
    assert url == reverse("qa_topic_autocomplete")
    assert resolve(url).func is topic_autocomplete


def test_autocomplete_hides_topic_from_other_facilitator(
    client, community_facilitator, secret_topic, public_question
):
    names = autocomplete(client, community_facilitator, "cast")

    assert names == [PUBLIC_TOPIC]


def test_autocomplete_shows_topic_to_its_facilitator(
    client, reserved_facilitator, secret_topic, public_question
):
    names = autocomplete(client, reserved_facilitator, "cast")

    assert names == [PUBLIC_TOPIC, SECRET_TOPIC]


def test_autocomplete_without_term_is_empty(client, reserved_facilitator, secret_topic):
    assert autocomplete(client, reserved_facilitator, "") == []


def test_autocomplete_ignores_topic_of_draft(client, community_facilitator, community):
    draft = QuestionPageFactory(parent=question_index(community), title="Brouillon ?")
    tag_question(draft, "castel-brouillon")
    QuestionPage.objects.filter(pk=draft.pk).update(live=False)

    assert autocomplete(client, community_facilitator, "castel") == []


def test_generic_tag_autocomplete_lists_no_topic(client, community_facilitator, secret_topic):
    client.force_login(community_facilitator)

    response = client.get(reverse("wagtailadmin_tag_autocomplete"), {"term": "castel"})

    assert response.status_code == 200
    assert response.json() == []


def test_autocomplete_rejects_visitor(client, secret_topic):
    response = client.get(AUTOCOMPLETE_URL, {"term": "castel"})

    assert response.status_code == 302
    assert SECRET_TOPIC.encode() not in response.content


def test_autocomplete_rejects_member_without_admin(client, community, secret_topic):
    client.force_login(member_of(community))

    response = client.get(AUTOCOMPLETE_URL, {"term": "castel"})

    assert response.status_code == 302
    assert SECRET_TOPIC.encode() not in response.content


# Filter of the index and its select


@pytest.mark.parametrize("reader", ["visitor", "outsider", "community_facilitator", "member"])
def test_hidden_topic_filter_like_unknown(
    client, request, community, reader, secret_topic, public_question
):
    if reader != "visitor":
        user = member_of(community) if reader == "member" else request.getfixturevalue(reader)
        client.force_login(user)

    unfiltered = index_response(client, community)
    unknown = index_response(client, community, theme="theme-inconnu")
    hidden = index_response(client, community, theme=SECRET_SLUG)

    assert listed_titles(hidden) == listed_titles(unknown) == listed_titles(unfiltered)
    assert listed_titles(hidden) == [public_question.title]
    assert hidden.context["filters"]["topic"] is None
    assert hidden.context["filters_active"] is False
    assert hidden.content.decode().count("Aucune question") == unknown.content.decode().count(
        "Aucune question"
    )


def test_visible_topic_still_filters(client, community, public_question, asker):
    other = QuestionPageFactory(parent=question_index(community), title="Sans thème ?")

    response = index_response(client, community, theme=public_question.tags.get().slug)

    assert listed_titles(response) == [public_question.title]
    assert other.title not in listed_titles(response)
    assert response.context["filters"]["topic"].name == PUBLIC_TOPIC


def test_topic_of_other_index_ignored(client, reserved_community, secret_topic, public_question):
    """A topic that the reader sees elsewhere but that this index does not use is ignored."""
    client.force_login(secret_topic.question_tags.get().content_object.asker)

    response = index_response(client, reserved_community, theme=public_question.tags.get().slug)

    assert response.context["filters"]["topic"] is None
    assert listed_titles(response) == ["Question confidentielle Castelbrune"]


@pytest.mark.parametrize("reader", ["visitor", "outsider", "community_facilitator"])
def test_select_hides_reserved_topic(
    client, request, community, reader, secret_topic, public_question
):
    if reader != "visitor":
        client.force_login(request.getfixturevalue(reader))

    response = index_response(client, community)

    assert topic_options(response) == [PUBLIC_TOPIC]
    assert SECRET_TOPIC not in response.content.decode()
    assert SECRET_SLUG not in response.content.decode()


def test_select_shows_topic_to_members(client, reserved_community, secret_topic):
    client.force_login(secret_topic.question_tags.get().content_object.asker)

    response = index_response(client, reserved_community)

    assert topic_options(response) == [SECRET_TOPIC]


# Spelling reuse when asking


def ask(client, user, community, tags):
    client.force_login(user)
    data = {
        "title": "Quel bois local pour une charpente publique ?",
        "details": "",
        "tags": tags,
        "related_page": "",
        "confirmed": "1",
    }
    response = client.post(reverse("qa:ask", args=[community.pk]), data)
    assert response.status_code == 302
    return QuestionPage.objects.get(title=data["title"])


def test_ask_keeps_own_spelling_of_hidden_topic(client, community, secret_topic):
    question = ask(client, member_of(community), community, SECRET_SLUG)

    assert [topic.name for topic in question.tags.all()] == [SECRET_SLUG]
    assert question.tags.get().pk != secret_topic.pk
    assert Topic.objects.get(pk=secret_topic.pk).name == SECRET_TOPIC


def test_ask_then_select_hides_hidden_spelling(client, community, secret_topic):
    ask(client, member_of(community), community, SECRET_SLUG.upper())
    client.logout()

    response = index_response(client, community)

    assert topic_options(response) == [SECRET_SLUG.upper()]
    assert SECRET_TOPIC not in response.content.decode()


def test_ask_reuses_visible_spelling(client, community, public_question):
    question = ask(client, member_of(community), community, "castanea")

    assert [topic.name for topic in question.tags.all()] == [PUBLIC_TOPIC]


def test_member_reuses_spelling_of_own_community(client, reserved_community, secret_topic):
    asker = secret_topic.question_tags.get().content_object.asker

    question = ask(client, asker, reserved_community, SECRET_SLUG)

    assert [topic.name for topic in question.tags.all()] == [SECRET_TOPIC]


@pytest.mark.parametrize("name", ["Suivi", "SUIVI", "élus", "suivi des élus", "OPAH-RU"])
def test_topic_slug_ignores_hidden_topics(name, reserved_question):
    """A new topic's slug is the same whether or not a hidden topic has a similar name."""
    expected = Topic(name=name).slugify(name)
    reserved_question.tags.add(name.lower(), "suivi")
    reserved_question.save()
    Topic.objects.filter(name=name).delete()

    topic = Topic.objects.create(name=name)

    assert topic.slug == expected
    assert not topic.slug.endswith("_1")
