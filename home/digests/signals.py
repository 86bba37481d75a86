"""Subscribe members to the weekly digest when they join, and forget it when they leave."""

from django.db.models.signals import post_delete, post_save

from community.models import Membership

from .subscriptions import subscribe_new_member, unsubscribe_former_member


def on_membership_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        subscribe_new_member(instance)


def on_membership_deleted(sender, instance, **kwargs):
    unsubscribe_former_member(instance.user_id, instance.community_id)


def connect():
    post_save.connect(on_membership_saved, sender=Membership, dispatch_uid="digests-join")
    post_delete.connect(on_membership_deleted, sender=Membership, dispatch_uid="digests-leave")
