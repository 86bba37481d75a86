"""Members choose how they hear about a community, on its page and in their account."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext

from community.models import MembershipStatus
from home.activity.models import ActivityEntry
from home.digests.forms import INVALID_FREQUENCY
from home.digests.models import Frequency, Subscription

from ...factories import UserFactory
from .conftest import member_of, publish_instruction, subscription_of

pytestmark = pytest.mark.django_db


def frequency_url(community):
    return reverse("digests:frequency", args=[community.pk])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.mark.parametrize("frequency", ["each", "daily", "weekly", "none"])
def test_valid_choice_is_saved(member_client, member, community, frequency):
    response = member_client.post(frequency_url(community), {"frequency": frequency})

    assert subscription_of(member, community).frequency == frequency
    assert response.status_code == 302
    assert response.url == community.url


def test_choice_confirms_in_message(member_client, community):
    response = member_client.post(frequency_url(community), {"frequency": "daily"})

    expected = gettext("You will receive a daily digest of %(community)s.") % {
        "community": community.title
    }
    assert messages_of(response) == [expected]


def test_choice_leads_back_to_next(member_client, community):
    next_url = "/comptes/mon-compte/#courriels-communautes"

    response = member_client.post(frequency_url(community), {"frequency": "each", "next": next_url})

    assert response.url == next_url


def test_external_next_is_ignored(member_client, community):
    response = member_client.post(
        frequency_url(community), {"frequency": "each", "next": "https://example.org/"}
    )

    assert response.url == community.url


@pytest.mark.parametrize("value", ["", "monthly", "EACH", "none ", "<script>", "é" * 300])
def test_invalid_choice_is_rejected(member_client, member, community, value):
    response = member_client.post(frequency_url(community), {"frequency": value})

    assert response.status_code == 302
    assert messages_of(response) == [str(INVALID_FREQUENCY)]
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_missing_choice_is_rejected(member_client, member, community):
    response = member_client.post(frequency_url(community), {})

    assert messages_of(response) == [str(INVALID_FREQUENCY)]
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_non_member_is_rejected(client, community):
    outsider = UserFactory()
    client.force_login(outsider)

    response = client.post(frequency_url(community), {"frequency": "each"})

    assert response.status_code == 302
    assert messages_of(response) == [
        gettext("Only the active members of a community can choose how to hear about it.")
    ]
    assert not Subscription.objects.filter(user=outsider).exists()


def test_pending_member_is_rejected(client, community):
    pending = member_of(community, status=MembershipStatus.PENDING)
    client.force_login(pending)

    client.post(frequency_url(community), {"frequency": "each"})

    assert not Subscription.objects.filter(user=pending).exists()


def test_reserved_community_not_found_for_outsider(client, reserved_community):
    client.force_login(UserFactory())

    response = client.post(frequency_url(reserved_community), {"frequency": "each"})

    assert response.status_code == 404


@pytest.mark.parametrize("community_id", ["999999", "0", "999999999999999999"])
def test_unknown_community_not_found(member_client, community_id):
    response = member_client.post(f"/abonnements/{community_id}/", {"frequency": "each"})

    assert response.status_code == 404


def test_anonymous_is_sent_to_login(client, community):
    response = client.post(frequency_url(community), {"frequency": "each"})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account:login"))


def test_get_leads_to_community_page(member_client, member, community):
    response = member_client.get(frequency_url(community), {"frequency": "none"})

    assert response.url == community.url
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_post_without_csrf_token_is_refused(member, community):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(frequency_url(community), {"frequency": "none"})

    assert response.status_code == 403
    assert subscription_of(member, community).frequency == Frequency.WEEKLY


def test_coming_back_from_nothing_skips_old_items(member_client, member, community, later):
    member_client.post(frequency_url(community), {"frequency": "none"})
    later()
    publish_instruction(community, "Instruction publiée pendant le silence")

    member_client.post(frequency_url(community), {"frequency": "weekly"})

    latest = ActivityEntry.objects.latest("pk").pk
    assert subscription_of(member, community).last_entry_id == latest


def test_changing_frequency_keeps_pending_items(member_client, member, community, later):
    later()
    publish_instruction(community, "Instruction en attente")

    member_client.post(frequency_url(community), {"frequency": "daily"})

    assert subscription_of(member, community).last_entry_id == 0


# The forms on the pages


def test_community_page_shows_choice_to_member(member_client, member, community):
    Subscription.objects.filter(user=member).update(frequency=Frequency.DAILY)

    html = member_client.get(community.url).content.decode()

    assert f'action="{frequency_url(community)}"' in html
    assert 'name="frequency" value="daily" checked' in html
    for frequency in Frequency:
        assert f'value="{frequency.value}"' in html


def test_community_page_hides_choice_from_others(client, community):
    outsider_html = client.get(community.url).content.decode()
    client.force_login(UserFactory())
    logged_in_html = client.get(community.url).content.decode()

    assert frequency_url(community) not in outsider_html
    assert frequency_url(community) not in logged_in_html


def test_account_lists_each_community(client, community, other_community, reserved_community):
    user = member_of(community)
    member_of(other_community, user=user)
    member_of(reserved_community, user=user, status=MembershipStatus.PENDING)
    Subscription.objects.filter(user=user, community=other_community).update(
        frequency=Frequency.NONE
    )
    client.force_login(user)

    html = client.get(reverse("account:profile")).content.decode()

    assert f'action="{frequency_url(community)}"' in html
    assert f'action="{frequency_url(other_community)}"' in html
    assert frequency_url(reserved_community) not in html
    assert f'id="digest-{other_community.pk}-none" name="frequency" value="none" checked' in html
    assert f'id="digest-{community.pk}-weekly" name="frequency" value="weekly" checked' in html
