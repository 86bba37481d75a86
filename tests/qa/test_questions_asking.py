"""Asking a question from the site: posting rights, publication, rate limit and pre-filling."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from community.models import MembershipStatus, Role
from qa import asking
from qa.asking import MAX_QUESTIONS_PER_PERIOD
from qa.models import Follow, QuestionPage, QuestionStatus
from tests.factories import (
    ArticlePageFactory,
    QuestionPageFactory,
    StandardPageFactory,
    question_index,
    reference_index,
)

from .conftest import member_of

LOGIN_PATH = "/comptes/connexion/"
TITLE = "Quelle pièce fournir pour une déclaration de chanvre isolant ?"


def ask_url(community):
    return reverse("qa:ask", args=[community.pk])


def question_data(**overrides):
    # `confirmed` skips the confirmation step, which test_questions_suggestions covers.
    data = {
        "title": TITLE,
        "details": "Premier paragraphe.\n\nSecond paragraphe.",
        "tags": "chanvre, isolation",
        "related_page": "",
        "confirmed": "1",
    }
    data.update(overrides)
    return data


@pytest.fixture
def notified(monkeypatch):
    """Record the questions passed to notify_new_question instead of sending e-mails."""
    questions = []
    monkeypatch.setattr(asking, "notify_new_question", questions.append)
    return questions


# Posting rights


@pytest.mark.django_db
def test_visitor_redirected_to_login(client, community):
    response = client.get(ask_url(community))

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_PATH)


@pytest.mark.django_db
def test_visitor_post_creates_nothing(client, community):
    client.post(ask_url(community), question_data())

    assert not QuestionPage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["outsider", "pending_member"])
def test_non_member_gets_403(client, community, persona, request):
    client.force_login(request.getfixturevalue(persona))

    get_response = client.get(ask_url(community))
    post_response = client.post(ask_url(community), question_data())

    assert get_response.status_code == 403
    assert post_response.status_code == 403
    assert not QuestionPage.objects.exists()


@pytest.mark.django_db
def test_403_names_no_reserved_community(client, reserved_community, outsider):
    client.force_login(outsider)

    response = client.get(ask_url(reserved_community))

    assert response.status_code == 403
    assert reserved_community.title not in response.content.decode()


@pytest.mark.django_db
def test_member_of_other_community_gets_403(client, community, reserved_community):
    client.force_login(member_of(reserved_community))

    assert client.get(ask_url(community)).status_code == 403


@pytest.mark.django_db
def test_unknown_community_gets_404(client, member):
    client.force_login(member)

    assert client.get(reverse("qa:ask", args=[999999])).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.MEMBER, Role.EXPERT, Role.FACILITATOR])
def test_active_roles_see_form(client, community, role):
    client.force_login(member_of(community, role))

    response = client.get(ask_url(community))

    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


@pytest.mark.django_db
def test_reserved_member_may_ask(client, reserved_community, notified):
    asker = member_of(reserved_community)
    client.force_login(asker)

    response = client.post(ask_url(reserved_community), question_data())

    assert response.status_code == 302
    question = QuestionPage.objects.get()
    assert question.get_parent().specific == question_index(reserved_community)


# Publication


@pytest.mark.django_db
def test_question_published_under_index(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data())

    question = QuestionPage.objects.get()
    assert response.status_code == 302
    assert response.url == question.url
    assert question.live
    assert not question.has_unpublished_changes
    assert question.get_parent().pk == question_index(community).pk
    assert question.title == TITLE
    assert question.status == QuestionStatus.UNANSWERED


@pytest.mark.django_db
def test_question_owned_by_asker(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data())

    question = QuestionPage.objects.get()
    assert question.owner == member
    assert question.asker == member
    assert question.live_revision.user == member


@pytest.mark.django_db
def test_question_creation_logged(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data())

    question = QuestionPage.objects.get()
    actions = set(
        PageLogEntry.objects.filter(page=question, user=member).values_list("action", flat=True)
    )
    assert "wagtail.create" in actions
    assert "wagtail.publish" in actions


@pytest.mark.django_db
def test_question_tags_and_details_saved(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data(tags=" Chanvre ,isolation, chanvre,, "))

    question = QuestionPage.objects.get()
    assert sorted(tag.name for tag in question.tags.all()) == ["Chanvre", "isolation"]
    assert question.details == "<p>Premier paragraphe.</p><p>Second paragraphe.</p>"


@pytest.mark.django_db
def test_tag_reuses_existing_spelling(client, community, member, notified):
    earlier = QuestionPageFactory(parent=question_index(community))
    earlier.tags.add("OPAH-RU")
    earlier.save()
    client.force_login(member)

    client.post(ask_url(community), question_data(tags="opah-ru"))

    question = QuestionPage.objects.exclude(pk=earlier.pk).get()
    assert [tag.name for tag in question.tags.all()] == ["OPAH-RU"]


@pytest.mark.django_db
def test_asker_follows_question(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data())

    question = QuestionPage.objects.get()
    assert Follow.objects.filter(user=member, page=question).exists()


@pytest.mark.django_db
def test_new_question_notified(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data())

    assert [question.pk for question in notified] == [QuestionPage.objects.get().pk]


@pytest.mark.django_db
def test_success_message_shown(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(), follow=True)

    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1


@pytest.mark.django_db
def test_slugs_unique_for_same_title(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data())
    client.post(ask_url(community), question_data())

    slugs = list(QuestionPage.objects.values_list("slug", flat=True))
    assert len(slugs) == 2
    assert len(set(slugs)) == 2


@pytest.mark.django_db
def test_slug_of_title_without_letters(client, community, member, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data(title="???? !!!! ???? !!!!"))

    assert QuestionPage.objects.get().slug == asking.DEFAULT_SLUG


# Validation


@pytest.mark.django_db
@pytest.mark.parametrize(
    "title",
    ["", "Vacance ?", "x" * 201],
    ids=["missing", "nine characters", "201 characters"],
)
def test_invalid_title_rejected(client, community, member, notified, title):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(title=title))

    assert response.status_code == 200
    assert response.context["form"].errors["title"]
    assert not QuestionPage.objects.exists()


@pytest.mark.django_db
def test_invalid_form_keeps_typed_text(client, community, member, notified):
    client.force_login(member)

    response = client.post(
        ask_url(community),
        question_data(title="Court", details="Mon contexte détaillé", tags="taxe, vacance"),
    )

    html = response.content.decode()
    assert 'value="Court"' in html
    assert "Mon contexte détaillé" in html
    assert 'value="taxe, vacance"' in html


@pytest.mark.django_db
def test_too_many_tags_rejected(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(tags="a1, b2, c3, d4, e5, f6"))

    assert response.context["form"].errors["tags"]
    assert not QuestionPage.objects.exists()


@pytest.mark.django_db
def test_too_long_tag_rejected(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(tags="x" * 41))

    assert response.context["form"].errors["tags"]


@pytest.mark.django_db
def test_tag_without_letter_rejected(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(tags="🏠, ---"))

    assert response.context["form"].errors["tags"]


@pytest.mark.django_db
def test_null_character_rejected(client, community, member, notified):
    client.force_login(member)

    response = client.post(ask_url(community), question_data(title="Une question \x00 piégée ?"))

    assert response.status_code == 200
    assert response.context["form"].errors["title"]


# Rate limit


def ask_earlier_questions(community, user, count, hours_ago=0):
    published_at = timezone.now() - datetime.timedelta(hours=hours_ago)
    for _number in range(count):
        question = QuestionPageFactory(parent=question_index(community), asker=user, owner=user)
        QuestionPage.objects.filter(pk=question.pk).update(first_published_at=published_at)


@pytest.mark.django_db
def test_rate_limit_returns_429(client, community, member, notified):
    ask_earlier_questions(community, member, MAX_QUESTIONS_PER_PERIOD)
    client.force_login(member)

    response = client.post(
        ask_url(community), question_data(title="Une sixième question ce jour ?")
    )

    assert response.status_code == 429
    assert QuestionPage.objects.count() == MAX_QUESTIONS_PER_PERIOD
    assert notified == []


@pytest.mark.django_db
def test_rate_limit_keeps_typed_text(client, community, member, notified):
    ask_earlier_questions(community, member, MAX_QUESTIONS_PER_PERIOD)
    client.force_login(member)

    response = client.post(
        ask_url(community),
        question_data(title="Une sixième question ce jour ?", details="Contexte conservé"),
    )

    html = response.content.decode()
    assert 'value="Une sixième question ce jour ?"' in html
    assert "Contexte conservé" in html
    assert response.context["form"].non_field_errors()


@pytest.mark.django_db
def test_rate_limit_below_maximum(client, community, member, notified):
    ask_earlier_questions(community, member, MAX_QUESTIONS_PER_PERIOD - 1)
    client.force_login(member)

    response = client.post(ask_url(community), question_data())

    assert response.status_code == 302


@pytest.mark.django_db
def test_rate_limit_period_expires(client, community, member, notified):
    ask_earlier_questions(community, member, MAX_QUESTIONS_PER_PERIOD, hours_ago=2)
    client.force_login(member)

    response = client.post(ask_url(community), question_data())

    assert response.status_code == 302


@pytest.mark.django_db
def test_rate_limit_counts_own_questions_only(client, community, member, asker, notified):
    ask_earlier_questions(community, asker, MAX_QUESTIONS_PER_PERIOD)
    client.force_login(member)

    response = client.post(ask_url(community), question_data())

    assert response.status_code == 302


# Related reference page


@pytest.mark.django_db
def test_related_page_prefilled(client, community, member, instruction, notified):
    client.force_login(member)

    response = client.get(ask_url(community), {"page": instruction.pk})

    assert response.context["related_page"].pk == instruction.pk
    assert f'value="{instruction.pk}"' in response.content.decode()


@pytest.mark.django_db
def test_related_page_saved(client, community, member, instruction, notified):
    client.force_login(member)

    client.post(ask_url(community), question_data(related_page=str(instruction.pk)))

    assert QuestionPage.objects.get().related_page_id == instruction.pk


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["abc", "-1", "0", "99999999999999999999999", "1 OR 1=1", "%", "'", "\\", "🏠"],
)
def test_related_page_hostile_value_ignored(client, community, member, value, notified):
    client.force_login(member)

    get_response = client.get(ask_url(community), {"page": value})
    post_response = client.post(ask_url(community), question_data(related_page=value))

    assert get_response.status_code == 200
    assert get_response.context["related_page"] is None
    assert post_response.status_code == 302
    assert QuestionPage.objects.get().related_page_id is None


@pytest.mark.django_db
def test_related_page_of_other_community_ignored(
    client, community, reserved_community, member, notified
):
    other = ArticlePageFactory(parent=reference_index(reserved_community), title="Note interne")
    client.force_login(member)

    get_response = client.get(ask_url(community), {"page": other.pk})
    client.post(ask_url(community), question_data(related_page=str(other.pk)))

    assert get_response.context["related_page"] is None
    assert "Note interne" not in get_response.content.decode()
    assert QuestionPage.objects.get().related_page_id is None


@pytest.mark.django_db
def test_related_page_not_reference_ignored(client, community, member, question, notified):
    standard = StandardPageFactory()
    client.force_login(member)

    for page in (standard, question, community, question_index(community)):
        response = client.get(ask_url(community), {"page": page.pk})
        assert response.context["related_page"] is None


@pytest.mark.django_db
def test_related_page_draft_ignored(client, community, member, notified):
    draft = ArticlePageFactory(parent=reference_index(community), publish=False)
    client.force_login(member)

    response = client.get(ask_url(community), {"page": draft.pk})

    assert response.context["related_page"] is None


@pytest.mark.django_db
def test_pending_membership_keeps_403_on_reserved(client, reserved_community):
    client.force_login(member_of(reserved_community, status=MembershipStatus.PENDING))

    assert client.get(ask_url(reserved_community)).status_code == 403
