"""Template context shared by every page of the site."""

from django.contrib.contenttypes.models import ContentType
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from community.models import AgendaPage, CommunityPage
from community.privacy import visible_pages

from .models import StandardPage

LEGAL_NOTICE_SLUG = "mentions-legales"
ACCESSIBILITY_SLUG = "declaration-accessibilite"


def site_navigation(request):
    """Add the menu pages the user may see and the footer's legal pages, evaluated lazily.

    The communities and the portal agenda come from one query, read on first use.
    """
    user = getattr(request, "user", None)
    if user is None:
        return {}

    def menu_pages():
        pages = Page.objects.type(CommunityPage, AgendaPage)
        pages = visible_pages(user, pages).order_by("path")
        return list(pages.only("title", "url_path", "content_type_id"))

    menu = SimpleLazyObject(menu_pages)

    def communities():
        agenda_type = ContentType.objects.get_for_model(AgendaPage)
        return [page for page in menu if page.content_type_id != agenda_type.pk]

    def agenda():
        # NOTE: with several sites, this is the first portal agenda in tree order, which may
        # belong to another site than the request's.
        agenda_type = ContentType.objects.get_for_model(AgendaPage)
        return next((page for page in menu if page.content_type_id == agenda_type.pk), None)

    def legal_pages():
        keys = {LEGAL_NOTICE_SLUG: "legal_notice", ACCESSIBILITY_SLUG: "accessibility"}
        pages = StandardPage.objects.live().filter(slug__in=keys).only("title", "slug", "url_path")
        return {keys[page.slug]: page for page in pages}

    return {
        "nav_communities": SimpleLazyObject(communities),
        "nav_agenda": SimpleLazyObject(agenda),
        "legal_pages": SimpleLazyObject(legal_pages),
    }
