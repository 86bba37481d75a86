"""Item identifiers (RSS guid, Atom id): stable across requests and rebuilds of the log."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings

from community.models import PersonalToken
from home.activity.models import ActivityEntry
from tests.factories import InstructionPageFactory, reference_index

from .conftest import client_of, community_url, feed_tree, parse, personal_url, portal_url

FORMATS = ["rss", "atom"]
FIRST_DAY = datetime.datetime(2025, 3, 4, 9, 0, tzinfo=datetime.UTC)
NEXT_DAY = datetime.datetime(2025, 3, 5, 9, 0, tzinfo=datetime.UTC)


def item_ids(url):
    return [entry.id for entry in parse(client_of().get(url)).entries]


@pytest.mark.parametrize("format", FORMATS)
def test_ids_stable_across_requests(format, public_news, community):
    url = community_url(community, format)

    assert item_ids(url) == item_ids(url)


@pytest.mark.parametrize("format", FORMATS)
def test_ids_unique_in_feed(format, public_news, community):
    ids = item_ids(community_url(community, format))

    assert len(ids) == 6
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("format", FORMATS)
def test_ids_stable_across_rebuild(format, public_news, community):
    url = community_url(community, format)
    ids_before = item_ids(url)
    entry_pks_before = set(ActivityEntry.objects.values_list("pk", flat=True))

    call_command("rebuild_activity", stdout=io.StringIO())

    assert set(ActivityEntry.objects.values_list("pk", flat=True)).isdisjoint(entry_pks_before)
    assert sorted(item_ids(url)) == sorted(ids_before)


def test_rss_guid_is_not_permalink(public_news, community):
    response = client_of().get(community_url(community, "rss"))

    guids = list(feed_tree(response).iter("guid"))
    assert len(guids) == 6
    for guid in guids:
        assert guid.get("isPermaLink") == "false"
        assert guid.text.startswith("tag:rencontre-des-territoires.example.org,2025:page-")


@override_settings(FEED_ID_DOMAIN="flux.example.gouv.fr")
def test_ids_use_configured_domain(public_news, community):
    ids = item_ids(community_url(community, "atom"))

    assert ids
    for item_id in ids:
        assert item_id.startswith("tag:flux.example.gouv.fr,2025:"), item_id


def test_same_item_same_id_in_every_feed(public_news, community, author):
    token = PersonalToken.for_user(author)
    community_ids = set(item_ids(community_url(community, "atom")))

    assert set(item_ids(portal_url("rss"))) == community_ids
    assert set(item_ids(personal_url(token, "rss"))) == community_ids
    assert set(item_ids(personal_url(token, "atom", community))) == community_ids


@pytest.fixture
def updated_instruction(community):
    """An instruction published on 4 March 2025 and published again twice on 5 March."""
    with time_machine.travel(FIRST_DAY, tick=False):
        instruction = InstructionPageFactory(
            parent=reference_index(community), title="Instruction mise à jour"
        )
    for hours in (0, 3):
        with time_machine.travel(NEXT_DAY + datetime.timedelta(hours=hours), tick=False):
            instruction.save_revision().publish()
    return instruction


def test_update_id_names_its_day(updated_instruction, community):
    ids = item_ids(community_url(community, "atom"))

    page_id = updated_instruction.pk
    assert ids == [
        f"tag:rencontre-des-territoires.example.org,2025:page-{page_id}/reference_updated/2025-03-05",
        f"tag:rencontre-des-territoires.example.org,2025:page-{page_id}/reference_new",
    ]


def test_update_id_stable_across_rebuild(updated_instruction, community):
    url = community_url(community, "rss")
    ids_before = item_ids(url)

    call_command("rebuild_activity", stdout=io.StringIO())

    assert item_ids(url) == ids_before
