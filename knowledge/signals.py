"""Invalidate the cached GeoJSON and CSV payloads of the map when what they show changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from community.models import CommunityPage

from .map_data import invalidate_map_data
from .models import Commune, Department, FieldReportCategory, FieldReportPage


# A community's title is a property of its reports in the payloads.
@receiver(page_published, sender=FieldReportPage)
@receiver(page_published, sender=CommunityPage)
@receiver(page_unpublished, sender=FieldReportPage)
@receiver(post_delete, sender=FieldReportPage)
def invalidate_on_page_change(sender, **kwargs):
    invalidate_map_data()


# Any page move, because moving an index or a community moves the reports below it.
@receiver(post_page_move)
def invalidate_on_page_move(sender, **kwargs):
    invalidate_map_data()


@receiver(post_save, sender=FieldReportCategory)
@receiver(post_delete, sender=FieldReportCategory)
@receiver(post_save, sender=Commune)
@receiver(post_delete, sender=Commune)
@receiver(post_save, sender=Department)
@receiver(post_delete, sender=Department)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def invalidate_on_reference_data_change(sender, **kwargs):
    invalidate_map_data()


# Cache keys already contain the restricted paths each user may not see. A changed
# restriction also invalidates, so that no entry built before the change outlives it.
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def invalidate_on_view_restriction_change(sender, **kwargs):
    invalidate_map_data()
