"""Template context shared by every page of the site."""

from django.utils.functional import SimpleLazyObject

from community.models import CommunityPage

from .models import StandardPage

LEGAL_NOTICE_SLUG = "mentions-legales"
ACCESSIBILITY_SLUG = "declaration-accessibilite"


def site_navigation(request):
    """Add the communities the user may see and the footer's legal pages, evaluated lazily."""
    user = getattr(request, "user", None)
    if user is None:
        return {}

    def communities():
        return list(
            CommunityPage.objects.visible_to(user).order_by("path").only("title", "url_path")
        )

    def legal_pages():
        keys = {LEGAL_NOTICE_SLUG: "legal_notice", ACCESSIBILITY_SLUG: "accessibility"}
        pages = StandardPage.objects.live().filter(slug__in=keys).only("title", "slug", "url_path")
        return {keys[page.slug]: page for page in pages}

    return {
        "nav_communities": SimpleLazyObject(communities),
        "legal_pages": SimpleLazyObject(legal_pages),
    }
