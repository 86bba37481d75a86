"""The signed links of the digest e-mails: confirm on GET, stop on POST, reject forged tokens."""

import re

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from home.digests.models import Frequency, Subscription
from home.digests.tokens import SALT, make_token
from qa.unsubscribe import make_token as make_qa_token

from ...factories import UserFactory
from .conftest import member_of, publish_instruction, send, subscription_of

pytestmark = pytest.mark.django_db


def unsubscribe_url(token):
    return reverse("digests:unsubscribe", kwargs={"token": token})


def frequencies(user):
    return dict(Subscription.objects.filter(user=user).values_list("community_id", "frequency"))


@pytest.fixture
def two_communities(community, other_community, member):
    member_of(other_community, user=member)
    return community, other_community


@pytest.fixture
def csrf_client():
    """A client that enforces CSRF, as a mail client posting the one-click request would."""
    return Client(enforce_csrf_checks=True)


def test_get_confirms_without_change(csrf_client, member, community):
    response = csrf_client.get(unsubscribe_url(make_token(member, community)))

    assert response.status_code == 200
    assert community.title in response.content.decode()
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_head_answers_without_change(csrf_client, member, community):
    response = csrf_client.head(unsubscribe_url(make_token(member, community)))

    assert response.status_code == 200
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_post_stops_one_community(csrf_client, member, two_communities):
    community, other_community = two_communities

    response = csrf_client.post(
        unsubscribe_url(make_token(member, community)), {"action": "community"}
    )

    assert response.status_code == 200
    assert frequencies(member) == {
        community.pk: Frequency.NONE,
        other_community.pk: Frequency.WEEKLY,
    }


def test_community_link_can_stop_all(csrf_client, member, two_communities):
    community, other_community = two_communities

    csrf_client.post(unsubscribe_url(make_token(member, community)), {"action": "all"})

    assert set(frequencies(member).values()) == {Frequency.NONE}


def test_all_link_stops_every_community(csrf_client, member, two_communities):
    csrf_client.post(unsubscribe_url(make_token(member)), {"action": "community"})

    assert set(frequencies(member).values()) == {Frequency.NONE}


def test_one_click_post_stops_link_scope(csrf_client, member, two_communities):
    community, other_community = two_communities

    response = csrf_client.post(
        unsubscribe_url(make_token(member, community)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert frequencies(member)[community.pk] == Frequency.NONE
    assert frequencies(member)[other_community.pk] == Frequency.WEEKLY


def test_other_users_are_untouched(csrf_client, member, community):
    neighbour = member_of(community)

    csrf_client.post(unsubscribe_url(make_token(member)), {"action": "all"})

    assert subscription_of(neighbour, community).frequency == Frequency.WEEKLY


@pytest.mark.parametrize(
    "token",
    [
        "abc",
        "",
        "eyJ1IjoxfQ:1vztB6:not-a-signature",
        "%00",
        "é" * 200,
    ],
)
def test_malformed_token_is_rejected(csrf_client, member, token):
    url = f"/abonnements/desabonnement/{token}/"

    responses = [csrf_client.get(url), csrf_client.post(url, {"action": "all"})]

    assert {response.status_code for response in responses} <= {400, 404}
    assert subscription_of(member, member.subscriptions.get().community).frequency == "weekly"


def test_tampered_token_is_rejected(csrf_client, member, community):
    token = make_token(member, community)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")

    response = csrf_client.post(unsubscribe_url(tampered), {"action": "all"})

    assert response.status_code == 400
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_token_for_another_user_is_rejected(csrf_client, member, community):
    victim = member_of(community)
    token = make_token(member)
    payload, signature = token.split(":", 1)
    # Put the victim's id in the payload and keep the attacker's signature.
    forged = signing.b64_encode(f'{{"u":{victim.pk}}}'.encode()).decode() + ":" + signature

    response = csrf_client.post(unsubscribe_url(forged), {"action": "all"})

    assert response.status_code == 400
    assert subscription_of(victim, community).frequency == Frequency.WEEKLY


def test_mutual_help_token_is_rejected(csrf_client, member, community):
    response = csrf_client.post(unsubscribe_url(make_qa_token(member)), {"action": "all"})

    assert response.status_code == 400
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_token_of_deleted_user_is_rejected(csrf_client, community):
    user = UserFactory()
    token = make_token(user, community)
    user.delete()

    response = csrf_client.get(unsubscribe_url(token))

    assert response.status_code == 400


def test_token_of_deleted_community_stops_all(csrf_client, member, other_community):
    member_of(other_community, user=member)
    token = signing.dumps({"u": member.pk, "c": 999999}, salt=SALT, compress=True)

    response = csrf_client.post(unsubscribe_url(token))

    assert response.status_code == 200
    assert set(frequencies(member).values()) == {Frequency.NONE}


def test_former_member_does_not_see_reserved_title(csrf_client, reserved_community):
    former = member_of(reserved_community)
    token = make_token(former, reserved_community)
    former.memberships.all().delete()

    html = csrf_client.get(unsubscribe_url(token)).content.decode()

    assert reserved_community.title not in html


# The links of a real digest


def test_email_links_stop_their_scope(csrf_client, member, two_communities, later, mailoutbox):
    community, other_community = two_communities
    later()
    publish_instruction(community, "Instruction chanvre")
    publish_instruction(other_community, "Instruction logements")
    send()
    body = mailoutbox[0].body
    links = re.findall(r"http://localhost(/abonnements/desabonnement/[^/\s]+/)", body)

    # One link per community, in the order of the sections, then the link for all.
    assert len(links) == 3
    csrf_client.post(links[0], {"action": "community"})

    assert frequencies(member) == {
        community.pk: Frequency.NONE,
        other_community.pk: Frequency.WEEKLY,
    }


def test_list_unsubscribe_headers(csrf_client, member, community, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction chanvre")
    send()
    headers = mailoutbox[0].extra_headers

    match = re.fullmatch(
        r"<http://localhost(/abonnements/desabonnement/[^>]+)>", headers["List-Unsubscribe"]
    )
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    csrf_client.post(
        match.group(1),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert subscription_of(member, community).frequency == Frequency.NONE


def test_header_of_several_communities_stops_all(member, two_communities, later, mailoutbox):
    community, other_community = two_communities
    later()
    publish_instruction(community, "Instruction chanvre")
    publish_instruction(other_community, "Instruction logements")
    send()

    header = mailoutbox[0].extra_headers["List-Unsubscribe"]

    assert make_token(member) in header
