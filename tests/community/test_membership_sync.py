"""Saving or deleting a membership keeps the user's community groups in step."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from community.models import CommunityAccess, MembershipStatus, Role
from tests.factories import (
    CommunityPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    reference_index,
)


def community_groups(user, community):
    """Return the groups of `community` that `user` belongs to."""
    access = community.access
    return set(user.groups.filter(pk__in=[access.members_group_id, access.facilitators_group_id]))


@pytest.mark.django_db
def test_active_member_joins_members_group(community, user):
    MembershipFactory(user=user, community=community, role=Role.MEMBER)

    assert community_groups(user, community) == {community.access.members_group}


@pytest.mark.django_db
def test_active_expert_joins_members_group(community, user):
    MembershipFactory(user=user, community=community, role=Role.EXPERT)

    assert community_groups(user, community) == {community.access.members_group}


@pytest.mark.django_db
def test_active_facilitator_joins_both_groups(community, user):
    MembershipFactory(user=user, community=community, role=Role.FACILITATOR)

    access = community.access
    assert community_groups(user, community) == {access.members_group, access.facilitators_group}


@pytest.mark.django_db
def test_pending_member_joins_no_group(community, user):
    MembershipFactory(user=user, community=community, status=MembershipStatus.PENDING)

    assert community_groups(user, community) == set()


@pytest.mark.django_db
def test_pending_facilitator_joins_no_group(community, user):
    MembershipFactory(
        user=user, community=community, role=Role.FACILITATOR, status=MembershipStatus.PENDING
    )

    assert community_groups(user, community) == set()


@pytest.mark.django_db
def test_activated_request_joins_members_group(community, user):
    membership = MembershipFactory(user=user, community=community, status=MembershipStatus.PENDING)

    membership.activate()

    assert community_groups(user, community) == {community.access.members_group}


@pytest.mark.django_db
def test_facilitator_turned_member_leaves_facilitators_group(community, user):
    membership = MembershipFactory(user=user, community=community, role=Role.FACILITATOR)

    membership.role = Role.MEMBER
    membership.save()

    assert community_groups(user, community) == {community.access.members_group}


@pytest.mark.django_db
def test_deleted_membership_leaves_both_groups(community, user):
    membership = MembershipFactory(user=user, community=community, role=Role.FACILITATOR)

    membership.delete()

    assert community_groups(user, community) == set()


@pytest.mark.django_db
def test_membership_of_other_community_adds_no_group_here(community, user):
    other = CommunityPageFactory()

    MembershipFactory(user=user, community=other, role=Role.FACILITATOR)

    assert community_groups(user, community) == set()


@pytest.mark.django_db
def test_deleting_community_succeeds(community):
    InstructionPageFactory(parent=reference_index(community))

    community.delete()

    assert not type(community).objects.filter(pk=community.pk).exists()


@pytest.mark.django_db
def test_deleting_community_deletes_its_groups(community):
    group_ids = [community.access.members_group_id, community.access.facilitators_group_id]

    community.delete()

    assert not Group.objects.filter(pk__in=group_ids).exists()


@pytest.mark.django_db
def test_deleting_community_with_members_succeeds(community):
    MembershipFactory(community=community, role=Role.FACILITATOR)

    community.delete()

    # A commit checks the deferred foreign keys; check them now as the commit would.
    connection.check_constraints()


@pytest.mark.django_db
def test_deleting_community_with_members_deletes_its_groups():
    group_count = Group.objects.count()
    community = CommunityPageFactory()
    for role in (Role.MEMBER, Role.EXPERT, Role.FACILITATOR):
        MembershipFactory(community=community, role=role)

    community.delete()

    assert Group.objects.count() == group_count


@pytest.mark.django_db
def test_deleting_community_with_members_leaves_no_access(community):
    MembershipFactory(community=community, role=Role.FACILITATOR)

    community.delete()

    assert not CommunityAccess.objects.exists()
