"""Publishing a community provisions its groups, permissions, collection, restriction and index."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    PageViewRestriction,
)

from community.models import CommunityAccess, CommunityPage, Visibility
from knowledge.models import ReferenceIndexPage
from tests.factories import CommunityPageFactory

FACILITATOR_PAGE_PERMISSIONS = {
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
}
PROVISIONED_MODELS = [
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    CommunityAccess,
    ReferenceIndexPage,
]


def publish(community, **changes):
    """Publish a new revision of `community` with `changes`, as the editor does."""
    page = CommunityPage.objects.get(pk=community.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return CommunityPage.objects.get(pk=community.pk)


def save_draft(community, **changes):
    """Save a draft revision of `community` with `changes`, without publishing it."""
    page = CommunityPage.objects.get(pk=community.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision()
    return CommunityPage.objects.get(pk=community.pk)


@pytest.mark.django_db
def test_community_gets_members_group(community):
    assert Group.objects.filter(pk=community.access.members_group_id).exists()


@pytest.mark.django_db
def test_community_gets_facilitators_group(community):
    assert Group.objects.filter(pk=community.access.facilitators_group_id).exists()


@pytest.mark.django_db
def test_community_groups_are_named_after_it(community):
    names = {community.access.members_group.name, community.access.facilitators_group.name}

    assert all(community.title in name for name in names)


@pytest.mark.django_db
def test_facilitators_get_page_permissions_on_community_subtree(community):
    permissions = GroupPagePermission.objects.filter(group=community.access.facilitators_group)

    granted = {(permission.page_id, permission.permission.codename) for permission in permissions}

    assert granted == {(community.pk, codename) for codename in FACILITATOR_PAGE_PERMISSIONS}


@pytest.mark.django_db
def test_facilitators_may_access_admin(community):
    group = community.access.facilitators_group

    assert group.permissions.filter(codename="access_admin").exists()


@pytest.mark.django_db
def test_members_get_no_page_permission(community):
    group = community.access.members_group

    assert not GroupPagePermission.objects.filter(group=group).exists()


@pytest.mark.django_db
def test_community_gets_collection_under_root(community):
    collection = community.access.collection

    assert collection.get_parent() == Collection.get_first_root_node()


@pytest.mark.django_db
def test_facilitators_get_collection_permissions(community):
    access = community.access

    permissions = GroupCollectionPermission.objects.filter(group=access.facilitators_group)

    assert {permission.collection_id for permission in permissions} == {access.collection_id}


@pytest.mark.django_db
def test_community_gets_published_reference_index(community):
    index = ReferenceIndexPage.objects.child_of(community).get()

    assert index.live


@pytest.mark.django_db
def test_public_community_has_no_view_restriction(community):
    assert not PageViewRestriction.objects.filter(page=community).exists()


@pytest.mark.django_db
def test_public_community_collection_has_no_view_restriction(community):
    collection = community.access.collection

    assert not CollectionViewRestriction.objects.filter(collection=collection).exists()


@pytest.mark.django_db
def test_reserved_community_restricted_to_its_groups(reserved_community):
    access = reserved_community.access

    restriction = PageViewRestriction.objects.get(page=reserved_community)

    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.all()) == {access.members_group, access.facilitators_group}


@pytest.mark.django_db
def test_reserved_community_collection_restricted_to_its_groups(reserved_community):
    access = reserved_community.access

    restriction = CollectionViewRestriction.objects.get(collection=access.collection)

    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert set(restriction.groups.all()) == {access.members_group, access.facilitators_group}


@pytest.mark.django_db
@pytest.mark.parametrize("model", PROVISIONED_MODELS, ids=lambda model: model.__name__)
def test_republishing_community_duplicates_nothing(model):
    community = CommunityPageFactory(visibility=Visibility.RESERVED)
    count = model.objects.count()

    publish(community)
    publish(community)

    assert model.objects.count() == count


@pytest.mark.django_db
def test_publishing_reserved_visibility_adds_view_restriction(community):
    publish(community, visibility=Visibility.RESERVED)

    assert PageViewRestriction.objects.filter(page=community).exists()


@pytest.mark.django_db
def test_publishing_reserved_visibility_adds_collection_restriction(community):
    publish(community, visibility=Visibility.RESERVED)

    collection = community.access.collection
    assert CollectionViewRestriction.objects.filter(collection=collection).exists()


@pytest.mark.django_db
def test_publishing_public_visibility_removes_view_restriction(reserved_community):
    publish(reserved_community, visibility=Visibility.PUBLIC)

    assert not PageViewRestriction.objects.filter(page=reserved_community).exists()


@pytest.mark.django_db
def test_publishing_public_visibility_removes_collection_restriction(reserved_community):
    publish(reserved_community, visibility=Visibility.PUBLIC)

    collection = reserved_community.access.collection
    assert not CollectionViewRestriction.objects.filter(collection=collection).exists()


@pytest.mark.django_db
def test_draft_of_public_visibility_keeps_view_restriction(reserved_community):
    save_draft(reserved_community, visibility=Visibility.PUBLIC)

    assert PageViewRestriction.objects.filter(page=reserved_community).exists()


@pytest.mark.django_db
def test_draft_of_reserved_visibility_adds_no_view_restriction(community):
    save_draft(community, visibility=Visibility.RESERVED)

    assert not PageViewRestriction.objects.filter(page=community).exists()


@pytest.mark.django_db
def test_publishing_new_title_renames_members_group(community):
    publish(community, title="Filières biosourcées")

    community.access.members_group.refresh_from_db()
    assert community.access.members_group.name.startswith("Filières biosourcées")


@pytest.mark.django_db
def test_communities_with_same_title_get_distinct_groups():
    first = CommunityPageFactory(title="Revitalisation", slug="revitalisation")
    second = CommunityPageFactory(title="Revitalisation", slug="revitalisation-2")

    assert first.access.members_group.name != second.access.members_group.name
