"""The personal feed addresses shown on the account page, beside the personal calendar."""

import pytest
from django.urls import reverse

from community.models import MembershipStatus, PersonalToken

from .conftest import client_of, member_of, personal_url

ACCOUNT_URL = reverse("account:profile")


@pytest.fixture
def member(community, reserved_community):
    user = member_of(community)
    member_of(reserved_community, user=user)
    return user


def test_account_page_lists_personal_feeds(member, community, reserved_community):
    token = PersonalToken.for_user(member)

    content = client_of(member).get(ACCOUNT_URL).content.decode()

    assert 'id="flux-personnels"' in content
    for format in ("rss", "atom"):
        assert f"http://testserver{personal_url(token, format)}" in content
        for joined in (community, reserved_community):
            assert f"http://testserver{personal_url(token, format, joined)}" in content


def test_account_page_without_token_has_no_feeds(member):
    response = client_of(member).get(ACCOUNT_URL)

    assert response.status_code == 200
    assert b'id="flux-personnels"' not in response.content
    assert not PersonalToken.objects.filter(user=member).exists()


def test_account_page_omits_pending_community(community, reserved_community):
    user = member_of(community)
    member_of(reserved_community, user=user, status=MembershipStatus.PENDING)
    token = PersonalToken.for_user(user)

    content = client_of(user).get(ACCOUNT_URL).content.decode()

    assert personal_url(token, "rss", community) in content
    assert personal_url(token, "rss", reserved_community) not in content
