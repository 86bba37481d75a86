from django.contrib.auth.models import AnonymousUser
from wagtail.contrib.sitemaps import Sitemap

from community.privacy import visible_pages


class PublicPagesSitemap(Sitemap):
    """Wagtail's sitemap restricted to the pages a visitor who is not logged in may see."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = root.get_descendants(inclusive=True)
        return (
            visible_pages(AnonymousUser(), pages).order_by("path").defer_streamfields().specific()
        )
