"""Joining gives a weekly subscription that starts after the newest item; leaving ends it."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from community.models import Membership, MembershipStatus
from home.activity.models import ActivityEntry
from home.activity.rebuild import rebuild_activity
from home.digests.models import Frequency, Subscription

from ...factories import UserFactory
from .conftest import member_of, publish_instruction, send, subscription_of

pytestmark = pytest.mark.django_db


def test_joining_public_community_subscribes_weekly(client, community, clock):
    publish_instruction(community, "Instruction publiée avant l'adhésion")
    user = UserFactory()
    client.force_login(user)

    client.post(reverse("membership:join", args=[community.pk]))

    subscription = subscription_of(user, community)
    assert subscription.frequency == Frequency.WEEKLY
    assert subscription.last_entry_id == ActivityEntry.objects.latest("pk").pk


def test_pending_request_has_no_subscription(client, reserved_community, clock):
    user = UserFactory()
    client.force_login(user)

    client.post(reverse("membership:join", args=[reserved_community.pk]))

    assert not Subscription.objects.filter(user=user).exists()


def test_approved_request_subscribes_weekly(reserved_community, clock):
    user = member_of(reserved_community, status=MembershipStatus.PENDING)
    membership = Membership.objects.get(user=user)

    membership.activate()

    assert subscription_of(user, reserved_community).frequency == Frequency.WEEKLY


def test_saving_membership_again_keeps_choice(community, clock):
    user = member_of(community)
    Subscription.objects.filter(user=user).update(frequency=Frequency.DAILY)
    membership = Membership.objects.get(user=user)

    membership.role = "expert"
    membership.save()

    assert subscription_of(user, community).frequency == Frequency.DAILY
    assert Subscription.objects.filter(user=user).count() == 1


def test_leaving_deletes_subscription(client, community, clock):
    user = member_of(community)
    client.force_login(user)

    client.post(reverse("membership:leave", args=[community.pk]))

    assert not Subscription.objects.filter(user=user).exists()


def test_joining_again_starts_weekly(client, community, clock):
    user = member_of(community)
    Subscription.objects.filter(user=user).update(frequency=Frequency.NONE)
    client.force_login(user)
    client.post(reverse("membership:leave", args=[community.pk]))

    client.post(reverse("membership:join", args=[community.pk]))

    assert subscription_of(user, community).frequency == Frequency.WEEKLY


def test_migration_subscribes_existing_members(community, reserved_community, clock):
    migration = importlib.import_module("home.migrations.0005_subscribe_active_members")
    member = member_of(community)
    chose_daily = member_of(reserved_community)
    pending = member_of(community, status=MembershipStatus.PENDING)
    Subscription.objects.filter(user=member).delete()
    Subscription.objects.filter(user=chose_daily).update(frequency=Frequency.DAILY)
    entry = publish_instruction(community, "Instruction existante")

    migration.subscribe_active_members(apps, None)

    subscription = subscription_of(member, community)
    assert subscription.frequency == Frequency.WEEKLY
    assert subscription.last_entry_id == ActivityEntry.objects.get(page=entry).pk
    assert subscription_of(chose_daily, reserved_community).frequency == Frequency.DAILY
    assert not Subscription.objects.filter(user=pending).exists()


def test_rebuild_sends_nothing_again(community, member, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction du jour")
    send()

    rebuild_activity()
    report = send()

    latest = ActivityEntry.objects.latest("pk").pk
    assert subscription_of(member, community).last_entry_id == latest
    assert report.sent == 0
    assert len(mailoutbox) == 1
