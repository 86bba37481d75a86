from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from community.urls import membership_urlpatterns
from home.robots import robots_txt
from home.sitemaps import PublicPagesSitemap
from qa.topics import topic_autocomplete

urlpatterns = [
    # Wagtail's tag widget of the question editor calls this URL. It must come before the
    # Wagtail admin URLs, whose own view there would list the topics of every community.
    path(
        "admin/tag-autocomplete/qa/topic/",
        topic_autocomplete,
        name="qa_topic_autocomplete",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("comptes/", include("community.urls", namespace="account")),
    path("communautes/", include((membership_urlpatterns, "membership"))),
    path("entraide/", include("qa.urls")),
    path("evenements/", include("community.events.urls")),
    path("recherche/", include("home.search.urls")),
    path("abonnements/", include("home.digests.urls")),
    path("quoi-de-neuf/", include("home.activity.urls")),
    path("quoi-de-neuf/", include("home.feeds.urls")),
    path("", include("knowledge.urls")),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
]

if settings.SERVE_MEDIA_IMAGES:
    from django.views.static import serve

    for folder in ("images", "original_images"):
        urlpatterns.append(
            path(
                f"{settings.MEDIA_URL.strip('/')}/{folder}/<path:path>",
                serve,
                {"document_root": settings.MEDIA_ROOT / folder},
            )
        )

urlpatterns.append(path("", include(wagtail_urls)))
