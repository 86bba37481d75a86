from django.urls import path

from . import views

app_name = "feeds"

urlpatterns = [
    path("rss/", views.portal_feed, {"format": "rss"}, name="portal_rss"),
    path("atom/", views.portal_feed, {"format": "atom"}, name="portal_atom"),
    # Personal feeds; the key is the one of the personal calendar.
    path(
        "personnel/<str:key>/rss/",
        views.personal_feed,
        {"format": "rss"},
        name="personal_rss",
    ),
    path(
        "personnel/<str:key>/atom/",
        views.personal_feed,
        {"format": "atom"},
        name="personal_atom",
    ),
    path(
        "personnel/<str:key>/<id:community_id>/rss/",
        views.personal_community_feed,
        {"format": "rss"},
        name="personal_community_rss",
    ),
    path(
        "personnel/<str:key>/<id:community_id>/atom/",
        views.personal_community_feed,
        {"format": "atom"},
        name="personal_community_atom",
    ),
]
