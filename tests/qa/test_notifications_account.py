"""The "Entraide" section of the account page and the e-mail preference form."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.models import Membership
from qa.models import EmailPreference, Follow, QuestionStatus

from ..factories import QuestionPageFactory, question_index
from .conftest import member_of

PROFILE = "account:profile"
PREFERENCES = "qa:email-preferences"


def emails_enabled(user):
    preference = EmailPreference.objects.filter(user=user).first()
    return preference is None or preference.enabled


@pytest.mark.django_db
def test_section_lists_own_questions(client, question, asker, community):
    client.force_login(asker)

    response = client.get(reverse(PROFILE))

    content = response.content.decode()
    assert response.status_code == 200
    assert question.url in content
    assert question.title.replace("'", "&#x27;") in content
    assert f"Communauté : {community.title}" in content
    assert str(QuestionStatus.UNANSWERED.label) in content


@pytest.mark.django_db
def test_section_hides_questions_after_leaving(client, reserved_community, reserved_question):
    asker = reserved_question.asker
    client.force_login(asker)
    assert "Castelbrune" in client.get(reverse(PROFILE)).content.decode()

    Membership.objects.filter(user=asker, community=reserved_community).delete()
    content = client.get(reverse(PROFILE)).content.decode()

    assert "Castelbrune" not in content
    assert reserved_community.title not in content


@pytest.mark.django_db
def test_section_lists_followed_threads(client, question, instruction, member):
    Follow.objects.create(user=member, page=question)
    Follow.objects.create(user=member, page=instruction)
    client.force_login(member)

    content = client.get(reverse(PROFILE)).content.decode()

    assert instruction.title in content
    assert question.url in content
    for page in (question, instruction):
        assert f'action="{reverse("qa:follow", args=[page.pk])}"' in content


@pytest.mark.django_db
def test_section_hides_followed_reserved_after_leaving(
    client, reserved_community, reserved_question
):
    former = member_of(reserved_community)
    Follow.objects.create(user=former, page=reserved_question)
    Membership.objects.filter(user=former, community=reserved_community).delete()
    client.force_login(former)

    content = client.get(reverse(PROFILE)).content.decode()

    assert "Castelbrune" not in content
    assert f'action="{reverse("qa:follow", args=[reserved_question.pk])}"' not in content


@pytest.mark.django_db
def test_section_queries_do_not_grow(client, community, asker, instruction):
    index = question_index(community)
    client.force_login(asker)

    def count_queries(question_count):
        for _number in range(question_count):
            question = QuestionPageFactory(parent=index, asker=asker, owner=asker)
            Follow.objects.create(user=asker, page=question)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse(PROFILE))
        assert response.status_code == 200
        return len(queries)

    count_queries(1)  # Warm the caches of sites and content types.
    assert count_queries(2) == count_queries(8)


@pytest.mark.django_db
def test_preference_form_shows_state(client, member):
    client.force_login(member)
    content = client.get(reverse(PROFILE)).content.decode()
    assert 'id="qa-emails-on" name="enabled" value="1" checked' in content

    EmailPreference.objects.create(user=member, enabled=False)
    content = client.get(reverse(PROFILE)).content.decode()
    assert 'id="qa-emails-off" name="enabled" value="0" checked' in content


@pytest.mark.django_db
def test_preference_post_turns_off_and_on(client, member):
    client.force_login(member)

    response = client.post(reverse(PREFERENCES), {"enabled": "0"})
    assert response.status_code == 302
    assert response.url == reverse(PROFILE)
    assert not emails_enabled(member)

    response = client.post(reverse(PREFERENCES), {"enabled": "1", "next": "/comptes/mon-compte/"})
    assert response.status_code == 302
    assert emails_enabled(member)


@pytest.mark.django_db
def test_preference_rejects_other_host(client, member):
    client.force_login(member)

    response = client.post(reverse(PREFERENCES), {"enabled": "0", "next": "https://exemple.org/"})

    assert response.url == reverse(PROFILE)


@pytest.mark.django_db
def test_preference_needs_login(client, member):
    response = client.post(reverse(PREFERENCES), {"enabled": "0"})

    assert response.status_code == 302
    assert reverse(PREFERENCES) in response.url
    assert not EmailPreference.objects.exists()


@pytest.mark.django_db
def test_preference_get_changes_nothing(client, member):
    client.force_login(member)

    response = client.get(reverse(PREFERENCES), {"enabled": "0"})

    assert response.status_code == 405
    assert emails_enabled(member)


@pytest.mark.django_db
def test_preference_needs_csrf(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(reverse(PREFERENCES), {"enabled": "0"})

    assert response.status_code == 403
    assert emails_enabled(member)
