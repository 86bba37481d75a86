"""The editor's preview of every page type renders with the site's templates and DSFR styles."""

import pytest
from django.urls import reverse
from wagtail.blocks import BlockField
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from knowledge.models import FieldReportIndexPage, FieldReportPage, MapPage
from tests.factories import (
    AgendaPageFactory,
    ArticlePageFactory,
    EventPageFactory,
    InstructionPageFactory,
    PageFactory,
    QuestionPageFactory,
    ReportingPageFactory,
    StandardPageFactory,
    event_index,
    question_index,
    reference_index,
)

SITE_HEADER = '<header role="banner" class="fr-header">'
DSFR_STYLESHEET = "dsfr.min.css"
PORTAL_STYLESHEET = "css/portal.css"
BREST_LOCATION = "SRID=4326;POINT(-4.486076 48.390394)"


class MapPageFactory(PageFactory):
    class Meta:
        model = MapPage

    title = "Carte des remontées terrain"
    slug = "carte"


def field_report_index(community):
    return FieldReportIndexPage.objects.child_of(community).get()


def field_report(community):
    index = field_report_index(community)
    report = FieldReportPage(
        title="École en paille à Die",
        slug="ecole-paille-die",
        summary="Une école en bottes de paille porteuses.",
        address="Place de l'Évêché, Die",
        location=BREST_LOCATION,
    )
    index.add_child(instance=report)
    report.save_revision().publish()
    return report


# One page of each type, built under the home page and the community of the test.
CASES = {
    "HomePage": lambda home, community: home,
    "StandardPage": lambda home, community: StandardPageFactory(),
    "CommunityPage": lambda home, community: community,
    "ReferenceIndexPage": lambda home, community: reference_index(community),
    "InstructionPage": lambda home, community: InstructionPageFactory(
        parent=reference_index(community)
    ),
    "ReportingPage": lambda home, community: ReportingPageFactory(
        parent=reference_index(community)
    ),
    "ArticlePage": lambda home, community: ArticlePageFactory(parent=reference_index(community)),
    "FieldReportIndexPage": lambda home, community: field_report_index(community),
    "FieldReportPage": lambda home, community: field_report(community),
    "MapPage": lambda home, community: MapPageFactory(),
    "AgendaPage": lambda home, community: AgendaPageFactory(),
    "EventIndexPage": lambda home, community: event_index(community),
    "EventPage": lambda home, community: EventPageFactory(parent=event_index(community)),
    "QuestionIndexPage": lambda home, community: question_index(community),
    "QuestionPage": lambda home, community: QuestionPageFactory(parent=question_index(community)),
}


def test_every_page_type_is_previewed():
    names = {model.__name__ for model in get_page_models() if model is not Page}

    assert names == set(CASES)


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def form_data(client, url):
    """Return the data of the page editor form at `url`, as the browser would post it.

    StreamField inputs are drawn by the editor's JavaScript, so each stream is posted empty.
    """
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    for name, field in response.context["form"].fields.items():
        if isinstance(field, BlockField):
            data[f"{name}-count"] = "0"
    return data


def preview(client, preview_url, data):
    """Post `data` to the preview and return the text of the rendered preview."""
    state = client.post(preview_url, data).json()
    assert state["is_valid"] is True, state
    response = client.get(preview_url)
    assert response.status_code == 200
    return response.content.decode()


def edit_preview(client, page):
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    return preview(client, preview_url, form_data(client, edit_url))


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES)
def test_preview_looks_like_site(admin_client, home, community, case):
    page = CASES[case](home, community)

    content = edit_preview(admin_client, page)

    assert SITE_HEADER in content
    assert DSFR_STYLESHEET in content
    assert PORTAL_STYLESHEET in content
    assert page.title in content


@pytest.mark.django_db
def test_field_report_preview_shows_location(admin_client, home, community):
    report = field_report(community)
    MapPageFactory()

    content = edit_preview(admin_client, report)

    assert "Place de l&#x27;Évêché, Die" in content
    assert 'href="/carte/"' in content


@pytest.mark.django_db
def test_field_report_index_preview_shows_map(admin_client, home, community):
    content = edit_preview(admin_client, field_report_index(community))

    assert 'id="field-report-map"' in content
    assert "leaflet/leaflet.js" in content


def add_preview(client, parent, app_label, model_name, values):
    add_url = reverse("wagtailadmin_pages:add", args=(app_label, model_name, parent.pk))
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=(app_label, model_name, parent.pk)
    )
    data = form_data(client, add_url)
    data.update(values)
    return preview(client, preview_url, data)


@pytest.mark.django_db
def test_new_field_report_preview(admin_client, home, community):
    content = add_preview(
        admin_client,
        field_report_index(community),
        "knowledge",
        "fieldreportpage",
        {
            "title": "Gymnase en paille porteuse",
            "slug": "gymnase-paille",
            "summary": "Un gymnase en bottes de paille porteuses.",
            "address": "Rue de Siam, Brest",
            "location": BREST_LOCATION,
            "status": "planned",
        },
    )

    assert SITE_HEADER in content
    assert DSFR_STYLESHEET in content
    assert "Gymnase en paille porteuse" in content
    assert "Rue de Siam, Brest" in content


@pytest.mark.django_db
def test_new_event_preview(admin_client, home, community):
    content = add_preview(
        admin_client,
        event_index(community),
        "community",
        "eventpage",
        {
            "title": "Visite de chantier à Die",
            "slug": "visite-chantier-die",
            "summary": "Une visite du chantier de l'école en paille.",
            "start": "2030-05-14 10:00",
            "end": "2030-05-14 12:00",
            "format": "in_person",
            "venue_name": "École du Palat, Die",
        },
    )

    assert SITE_HEADER in content
    assert DSFR_STYLESHEET in content
    assert "Visite de chantier à Die" in content
    assert "École du Palat, Die" in content
