"""Remove the answers of a page when the page is deleted.

django-comments-xtd links comments to their object by content type and id only, so without
this the answers of a deleted page would stay in the database, and in the admin, forever.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from django_comments_xtd.models import XtdComment

from .threads import commentable_models


def delete_page_answers(sender, instance, **kwargs):
    content_type = ContentType.objects.get_for_model(sender, for_concrete_model=True)
    XtdComment.objects.filter(
        content_type=content_type, object_pk=str(instance.pk), site_id=settings.SITE_ID
    ).delete()


def connect():
    for model in commentable_models():
        post_delete.connect(delete_page_answers, sender=model, dispatch_uid=f"qa-{model.__name__}")
