"""Joining and leaving a community from its page."""

import pytest
from django.urls import reverse

from community.models import Membership, MembershipStatus
from tests.factories import CommunityPageFactory, MembershipFactory

LOGIN_PATH = "/comptes/connexion/"


def join_url(community):
    return reverse("membership:join", args=[community.pk])


def leave_url(community):
    return reverse("membership:leave", args=[community.pk])


@pytest.fixture
def agent_client(client, user):
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_join_public_community_activates_membership(agent_client, user, community):
    agent_client.post(join_url(community))

    membership = Membership.objects.get(user=user, community=community)
    assert membership.status == MembershipStatus.ACTIVE


@pytest.mark.django_db
def test_join_public_community_redirects_to_it(agent_client, community):
    response = agent_client.post(join_url(community))

    assert response.url == community.url


@pytest.mark.django_db
def test_join_reserved_community_creates_pending_request(agent_client, user, reserved_community):
    agent_client.post(join_url(reserved_community))

    membership = Membership.objects.get(user=user, community=reserved_community)
    assert membership.status == MembershipStatus.PENDING


@pytest.mark.django_db
def test_join_twice_keeps_one_membership(agent_client, user, community):
    agent_client.post(join_url(community))
    agent_client.post(join_url(community))

    assert Membership.objects.filter(user=user, community=community).count() == 1


@pytest.mark.django_db
def test_join_again_keeps_facilitator_role(agent_client, user, community):
    membership = MembershipFactory(user=user, community=community, role="facilitator")

    agent_client.post(join_url(community))

    membership.refresh_from_db()
    assert membership.role == "facilitator"


@pytest.mark.django_db
def test_join_by_get_changes_nothing(agent_client, user, community):
    response = agent_client.get(join_url(community))

    assert response.status_code == 302
    assert not Membership.objects.filter(user=user, community=community).exists()


@pytest.mark.django_db
def test_join_unpublished_community_not_found(agent_client):
    draft = CommunityPageFactory(publish=False)

    response = agent_client.post(join_url(draft))

    assert response.status_code == 404


@pytest.mark.django_db
def test_join_by_visitor_redirects_to_login(client, community):
    response = client.post(join_url(community))

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_PATH)


@pytest.mark.django_db
def test_join_by_visitor_creates_no_membership(client, community):
    client.post(join_url(community))

    assert not Membership.objects.exists()


@pytest.mark.django_db
def test_leave_deletes_membership(agent_client, user, community):
    MembershipFactory(user=user, community=community)

    agent_client.post(leave_url(community))

    assert not Membership.objects.filter(user=user, community=community).exists()


@pytest.mark.django_db
def test_leave_cancels_pending_request(agent_client, user, reserved_community):
    MembershipFactory(user=user, community=reserved_community, status=MembershipStatus.PENDING)

    agent_client.post(leave_url(reserved_community))

    assert not Membership.objects.filter(user=user, community=reserved_community).exists()


@pytest.mark.django_db
def test_leave_reserved_community_redirects_to_account(agent_client, user, reserved_community):
    MembershipFactory(user=user, community=reserved_community)

    response = agent_client.post(leave_url(reserved_community))

    assert response.url == reverse("account:profile")


@pytest.mark.django_db
def test_leave_by_get_keeps_membership(agent_client, user, community):
    MembershipFactory(user=user, community=community)

    response = agent_client.get(leave_url(community))

    assert response.status_code == 200
    assert Membership.objects.filter(user=user, community=community).exists()


@pytest.mark.django_db
def test_join_ignores_external_next(agent_client, community):
    response = agent_client.post(join_url(community), {"next": "https://evil.example/"})

    assert response.url == community.url


@pytest.mark.django_db
def test_join_ignores_scheme_relative_next(agent_client, community):
    response = agent_client.post(join_url(community), {"next": "//evil.example/"})

    assert response.url == community.url


@pytest.mark.django_db
def test_leave_ignores_external_next(agent_client, user, community):
    MembershipFactory(user=user, community=community)

    response = agent_client.post(leave_url(community), {"next": "https://evil.example/"})

    assert response.url == community.url


@pytest.mark.django_db
def test_join_follows_local_next(agent_client, home, community):
    response = agent_client.post(join_url(community), {"next": home.url})

    assert response.url == home.url
