"""Keep groups, permissions and index pages in step with communities and memberships."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .access import ensure_community_access, sync_user_groups
from .models import CommunityAccess, CommunityPage, Membership
from .pages import ensure_community_subpages


@receiver(post_save, sender=CommunityPage)
def provision_community_access(sender, instance, update_fields=None, **kwargs):
    # Wagtail saves drafts with update_fields, leaving the published visibility in place, so
    # only a full save (creation or publication) may change the restriction.
    if update_fields is None:
        ensure_community_access(instance)


@receiver(page_published, sender=CommunityPage)
def provision_community_subpages(sender, instance, **kwargs):
    ensure_community_subpages(instance)


@receiver(post_save, sender=Membership)
def sync_groups_on_membership_save(sender, instance, **kwargs):
    sync_user_groups(instance.user, instance.community)


@receiver(post_delete, sender=Membership)
def sync_groups_on_membership_delete(sender, instance, **kwargs):
    community = CommunityPage.objects.filter(pk=instance.community_id).first()
    if community is not None:
        sync_user_groups(instance.user, community)


@receiver(post_delete, sender=CommunityAccess)
def delete_community_groups(sender, instance, **kwargs):
    # The collection stays: its documents may still be linked from elsewhere.
    instance.members_group.delete()
    instance.facilitators_group.delete()
