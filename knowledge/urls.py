"""Site URLs of the knowledge app that are not Wagtail pages."""

from django.urls import path

from . import views
from .proposals import views as proposal_views

app_name = "knowledge"

# Under the shared map's slug. The map page has no subpages, so no page can shadow them.
urlpatterns = [
    path("carte/remontees-terrain.geojson", views.field_reports_geojson, name="map-geojson"),
    path("carte/remontees-terrain.csv", views.field_reports_csv, name="map-csv"),
    # The `id` converter, which bounds ids to what the database accepts, is registered by
    # community.urls, which config.urls imports first.
    path(
        "communautes/<id:community_id>/remontees/proposer/",
        proposal_views.propose_field_report,
        name="propose-field-report",
    ),
]
