"""Unsubscribe links: signed tokens, a confirmation on GET, the change on POST."""

import pytest
from django.core import mail, signing
from django.urls import reverse

from community.models import Membership
from qa.models import EmailPreference, Follow
from qa.notifications import notify_new_answer
from qa.threads import post_answer
from qa.unsubscribe import InvalidToken, make_token, read_token

from .conftest import member_of


def unsubscribe_path(token):
    return reverse("qa:unsubscribe", kwargs={"token": token})


def emails_enabled(user):
    preference = EmailPreference.objects.filter(user=user).first()
    return preference is None or preference.enabled


@pytest.fixture
def follower(question):
    user = member_of(question.community)
    Follow.objects.create(user=user, page=question)
    return user


# Tokens


@pytest.mark.django_db
def test_token_round_trip(question, follower):
    unsubscription = read_token(make_token(follower, question))
    assert unsubscription.user == follower
    assert unsubscription.page.pk == question.pk

    unsubscription = read_token(make_token(follower))
    assert unsubscription.user == follower
    assert unsubscription.page is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "make_bad_token",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token.split(":")[0] + ":" + token.split(":", 1)[1][::-1],
        lambda token: "pas-un-jeton",
        lambda token: signing.dumps({"u": 1}),
        lambda token: signing.dumps({"u": "1"}, salt="qa.unsubscribe"),
        lambda token: signing.dumps([1, 2], salt="qa.unsubscribe"),
    ],
    ids=["changed-signature", "changed-payload", "garbage", "other-salt", "text-id", "list"],
)
def test_token_rejected(make_bad_token, follower, question):
    with pytest.raises(InvalidToken):
        read_token(make_bad_token(make_token(follower, question)))


@pytest.mark.django_db
def test_token_of_deleted_user_rejected(follower, question):
    token = make_token(follower, question)
    follower.delete()
    with pytest.raises(InvalidToken):
        read_token(token)


# The page behind the link


@pytest.mark.django_db
def test_get_changes_nothing(client, question, follower):
    response = client.get(unsubscribe_path(make_token(follower, question)))

    assert response.status_code == 200
    assert Follow.objects.filter(user=follower, page=question).exists()
    assert emails_enabled(follower)
    content = response.content.decode()
    assert question.title.replace("'", "&#x27;") in content
    assert 'method="post"' in content
    assert 'value="unfollow"' in content
    assert 'value="all"' in content
    assert '<html lang="fr">' in content


@pytest.mark.django_db
def test_post_unfollows_page(client, question, follower):
    other = member_of(question.community)
    Follow.objects.create(user=other, page=question)

    response = client.post(unsubscribe_path(make_token(follower, question)), {"action": "unfollow"})

    assert response.status_code == 200
    assert not Follow.objects.filter(user=follower, page=question).exists()
    assert Follow.objects.filter(user=other, page=question).exists()
    assert emails_enabled(follower)


@pytest.mark.django_db
def test_post_turns_all_off(client, question, follower):
    response = client.post(unsubscribe_path(make_token(follower, question)), {"action": "all"})

    assert response.status_code == 200
    assert not emails_enabled(follower)
    assert Follow.objects.filter(user=follower, page=question).exists()


@pytest.mark.django_db
def test_general_token_turns_all_off(client, expert):
    path = unsubscribe_path(make_token(expert))

    response = client.get(path)
    assert response.status_code == 200
    assert 'value="unfollow"' not in response.content.decode()
    assert emails_enabled(expert)

    response = client.post(path, {"action": "all"})
    assert response.status_code == 200
    assert not emails_enabled(expert)


@pytest.mark.django_db
def test_one_click_post_applies_link(client, question, follower):
    # RFC 8058: the mail client POSTs this body without a form token or a session.
    response = client.post(
        unsubscribe_path(make_token(follower, question)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not Follow.objects.filter(user=follower, page=question).exists()
    assert emails_enabled(follower)


@pytest.mark.django_db
def test_post_needs_no_csrf_token(question, follower):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(unsubscribe_path(make_token(follower)), {"action": "all"})

    assert response.status_code == 200
    assert not emails_enabled(follower)


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_tampered_token_is_400(client, question, follower, method):
    token = make_token(follower, question)
    tampered = token[:-2] + ("xx" if not token.endswith("xx") else "yy")

    response = getattr(client, method)(unsubscribe_path(tampered), {"action": "all"})

    assert response.status_code == 400
    assert "qa/unsubscribe.html" in [template.name for template in response.templates]
    assert '<html lang="fr">' in response.content.decode()
    assert Follow.objects.filter(user=follower, page=question).exists()
    assert emails_enabled(follower)


@pytest.mark.django_db
def test_link_from_email_works(client, django_capture_on_commit_callbacks, question, follower):
    answerer = member_of(question.community)
    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, answerer, "Une attestation sur l'honneur suffit.")
        notify_new_answer(answer, question)
    (message,) = [message for message in mail.outbox if message.to == [follower.email]]
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    path = url.removeprefix("http://localhost")
    assert path.startswith("/entraide/desabonnement/")

    assert client.get(path).status_code == 200
    assert Follow.objects.filter(user=follower, page=question).exists()
    assert client.post(path, {"action": "unfollow"}).status_code == 200
    assert not Follow.objects.filter(user=follower, page=question).exists()


@pytest.mark.django_db
def test_reserved_title_hidden_after_leaving(client, reserved_community, reserved_question):
    former = member_of(reserved_community)
    Follow.objects.create(user=former, page=reserved_question)
    token = make_token(former, reserved_question)
    Membership.objects.filter(user=former, community=reserved_community).delete()

    response = client.get(unsubscribe_path(token))

    assert response.status_code == 200
    assert "Castelbrune" not in response.content.decode()
    response = client.post(unsubscribe_path(token), {"action": "unfollow"})
    assert "Castelbrune" not in response.content.decode()
    assert not Follow.objects.filter(user=former, page=reserved_question).exists()
