"""Provision the groups, permissions, collection and view restriction of a community.

Every function here is idempotent: it creates what is missing and corrects what drifted.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
)

from .models import CommunityAccess, Membership, MembershipStatus, Role
from .privacy import forget_user_groups

logger = logging.getLogger(__name__)

FACILITATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
FACILITATOR_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
GROUP_NAME_MAX_LENGTH = 150


@transaction.atomic
def ensure_community_access(community):
    """Create or update the groups, permissions, collection and restriction of `community`."""
    access = _get_or_create_access(community)
    _name_groups(access, community)
    _grant_facilitator_permissions(access, community)
    sync_view_restriction(community, access)
    return access


def sync_view_restriction(community, access):
    """Restrict a reserved community and its collection to its groups; lift it when public."""
    groups = [access.members_group, access.facilitators_group]
    if community.is_reserved:
        page_restriction, _created = PageViewRestriction.objects.get_or_create(
            page=community, restriction_type=PageViewRestriction.GROUPS
        )
        page_restriction.groups.set(groups)
        collection_restriction, _created = CollectionViewRestriction.objects.get_or_create(
            collection=access.collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        collection_restriction.groups.set(groups)
    else:
        PageViewRestriction.objects.filter(page=community).delete()
        CollectionViewRestriction.objects.filter(collection=access.collection).delete()


def _get_or_create_access(community):
    try:
        return community.access
    except CommunityAccess.DoesNotExist:
        pass

    logger.info("Provisioning access of community %s", community.pk)
    root_collection = Collection.get_first_root_node()
    collection = root_collection.add_child(name=_collection_name(community))
    return CommunityAccess.objects.create(
        community=community,
        members_group=Group.objects.create(name=f"community-{community.pk}-members"),
        facilitators_group=Group.objects.create(name=f"community-{community.pk}-facilitators"),
        collection=collection,
    )


def _name_groups(access, community):
    """Keep the group and collection names readable in the admin when the title changes."""
    names = {
        access.members_group: _("%(community)s: members"),
        access.facilitators_group: _("%(community)s: facilitators"),
    }
    for group, pattern in names.items():
        name = _unique_group_name(pattern % {"community": community.title}, community, group)
        if group.name != name:
            group.name = name
            group.save(update_fields=["name"])

    collection_name = _collection_name(community)
    if access.collection.name != collection_name:
        access.collection.name = collection_name
        access.collection.save(update_fields=["name"])


def _unique_group_name(name, community, group):
    suffix = f" (#{community.pk})"
    name = name[: GROUP_NAME_MAX_LENGTH - len(suffix)]
    if Group.objects.filter(name=name).exclude(pk=group.pk).exists():
        return name + suffix
    return name


def _collection_name(community):
    return community.title[:255]


def _grant_facilitator_permissions(access, community):
    group = access.facilitators_group
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    group.permissions.add(access_admin)

    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        codename__in=FACILITATOR_PAGE_PERMISSIONS,
    )
    community_page = Page.objects.get(pk=community.pk)
    for permission in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=community_page, permission=permission
        )

    for app_label, codename in FACILITATOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=access.collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def sync_user_groups(user, community):
    """Put `user` in the groups of `community` that their membership gives, and only those."""
    access = CommunityAccess.objects.filter(community=community).first()
    if access is None:
        # Only while the community itself is being deleted: its groups are going too.
        return
    membership = Membership.objects.filter(user=user, community=community).first()
    is_member = membership is not None and membership.status == MembershipStatus.ACTIVE
    is_facilitator = is_member and membership.role == Role.FACILITATOR

    for group, belongs in (
        (access.members_group, is_member),
        (access.facilitators_group, is_facilitator),
    ):
        if belongs:
            user.groups.add(group)
        else:
            user.groups.remove(group)
    forget_user_groups(user)
