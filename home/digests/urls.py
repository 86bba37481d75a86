"""Addresses of the digest choices: the form of a community and the e-mails' unsubscribe links.

The `id` converter is registered by community.urls, which the root URLconf imports first.
"""

from django.urls import path

from . import views

app_name = "digests"

urlpatterns = [
    path("<id:community_id>/", views.choose_frequency, name="frequency"),
    path("desabonnement/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
