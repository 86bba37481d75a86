"""The page types that the editor's "add child page" offers under each page."""

import pytest
from django.urls import resolve, reverse
from wagtail.models import get_page_models

from community.models import AgendaPage, EventIndexPage
from knowledge.models import FieldReportIndexPage, MapPage
from qa.models import QuestionIndexPage
from tests.factories import (
    AgendaPageFactory,
    PageFactory,
    event_index,
    question_index,
    reference_index,
)


class MapPageFactory(PageFactory):
    class Meta:
        model = MapPage

    title = "Carte des remontées terrain"
    slug = "carte"


def offered_types(client, parent):
    """Return the "app.model" names that the add child page view offers under `parent`.

    With a single choice, Wagtail redirects straight to the creation form of that type. With
    none, Wagtail hides the action and the view redirects to the dashboard with an error.
    """
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=(parent.pk,)))
    if response.status_code == 302:
        match = resolve(response.url)
        if match.url_name == "wagtailadmin_home":
            return set()
        assert match.url_name == "add", response.url
        return {
            f"{match.kwargs['content_type_app_name']}.{match.kwargs['content_type_model_name']}"
        }
    assert response.status_code == 200
    return {f"{app}.{model}" for _name, app, model, _description in response.context["page_types"]}


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.mark.django_db
def test_home_offers_every_top_level_type(admin_client, home):
    assert offered_types(admin_client, home) == {
        "community.communitypage",
        "knowledge.mappage",
        "community.agendapage",
        "home.standardpage",
    }


@pytest.mark.django_db
def test_home_no_second_map_or_agenda(admin_client, home):
    MapPageFactory()
    AgendaPageFactory()

    assert offered_types(admin_client, home) == {"community.communitypage", "home.standardpage"}


@pytest.mark.django_db
def test_community_offers_no_second_section(admin_client, community):
    assert offered_types(admin_client, community) == set()


@pytest.mark.django_db
def test_community_offers_deleted_section_again(admin_client, community):
    event_index(community).delete()

    assert offered_types(admin_client, community) == {"community.eventindexpage"}


@pytest.mark.django_db
def test_reference_index_offers_reference_pages(admin_client, community):
    assert offered_types(admin_client, reference_index(community)) == {
        "knowledge.instructionpage",
        "knowledge.reportingpage",
        "knowledge.articlepage",
    }


@pytest.mark.django_db
def test_field_report_index_offers_field_report(admin_client, community):
    index = FieldReportIndexPage.objects.child_of(community).get()

    assert offered_types(admin_client, index) == {"knowledge.fieldreportpage"}


@pytest.mark.django_db
def test_question_index_offers_question(admin_client, community):
    assert offered_types(admin_client, question_index(community)) == {"qa.questionpage"}


@pytest.mark.django_db
def test_event_index_offers_event(admin_client, community):
    assert offered_types(admin_client, event_index(community)) == {"community.eventpage"}


@pytest.mark.django_db
def test_standard_page_offers_standard_page(admin_client, page_tree):
    assert offered_types(admin_client, page_tree["standard page"]) == {"home.standardpage"}


LEAF_TYPES = [
    "InstructionPage",
    "ReportingPage",
    "ArticlePage",
    "FieldReportPage",
    "EventPage",
    "QuestionPage",
    "MapPage",
    "AgendaPage",
]


@pytest.mark.parametrize("class_name", LEAF_TYPES)
def test_leaf_page_type_has_no_children(class_name):
    page_class = next(model for model in get_page_models() if model.__name__ == class_name)

    assert page_class.creatable_subpage_models() == []


@pytest.mark.django_db
def test_sections_exist_once_per_community(community):
    for section_class in (FieldReportIndexPage, QuestionIndexPage, EventIndexPage):
        assert section_class.objects.child_of(community).count() == 1
        assert not section_class.can_create_at(community)


@pytest.mark.django_db
def test_portal_agenda_not_under_community(community):
    assert not AgendaPage.can_exist_under(community)
    assert not MapPage.can_exist_under(community)
