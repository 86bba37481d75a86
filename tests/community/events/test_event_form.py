"""Entering an event in the Wagtail page editor: dates in order, the link of online events."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html

from community.models import EventPage

from ...factories import DocumentFactory
from .conftest import member_of, paris

REQUIRED_FIELDS = {
    "title": "Visite d'un chantier en béton de chanvre",
    "slug": "visite-chantier-chanvre",
    "summary": "Visite commentée d'une réhabilitation de maison de bourg.",
}


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def create_url(agenda):
    return reverse("wagtailadmin_pages:add", args=("community", "eventpage", agenda.pk))


def editor_data(admin_client, url, action=None, **fields):
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    # The body is a StreamField, whose inputs the editor's JavaScript renders: post it empty.
    data["body-count"] = "0"
    for name, value in {**REQUIRED_FIELDS, **fields}.items():
        data[name] = value
    if action:
        data[action] = action
    return data


def field_errors(response, field):
    form = response.context["form"]
    with translation.override("fr"):
        return [str(message) for message in form.errors.get(field, [])]


def saved_event():
    return EventPage.objects.get(slug=REQUIRED_FIELDS["slug"])


def test_timed_event_published_with_paris_times(admin_client, create_url):
    data = editor_data(
        admin_client,
        create_url,
        "action-publish",
        start="2026-03-12 14:00",
        end="2026-03-12 16:30",
    )
    response = admin_client.post(create_url, data)
    assert response.status_code == 302
    event = saved_event()
    assert event.live
    assert event.starts_at == paris(2026, 3, 12, 14, 0)
    assert event.ends_at == paris(2026, 3, 12, 16, 30)
    # 14:00 in Paris is 13:00 UTC in winter time.
    assert event.starts_at.astimezone(datetime.UTC).hour == 13


def test_summer_time_event_stored_two_hours_before_utc(admin_client, create_url):
    data = editor_data(
        admin_client, create_url, "action-publish", start="2026-07-02 09:30", end="2026-07-02 12:00"
    )
    admin_client.post(create_url, data)
    assert saved_event().starts_at.astimezone(datetime.UTC).hour == 7


def test_end_before_start_rejected_in_french(admin_client, create_url):
    data = editor_data(
        admin_client, create_url, "action-publish", start="2026-03-12 14:00", end="2026-03-12 9:00"
    )
    response = admin_client.post(create_url, data)
    assert response.status_code == 200
    assert field_errors(response, "end") == [
        "L'événement se termine avant de commencer : saisissez une fin postérieure au début."
    ]
    assert not EventPage.objects.exists()
    # What the editor typed is kept.
    assert response.context["form"]["title"].value() == REQUIRED_FIELDS["title"]


def test_end_equal_to_start_rejected(admin_client, create_url):
    data = editor_data(admin_client, create_url, start="2026-03-12 14:00", end="2026-03-12 14:00")
    response = admin_client.post(create_url, data)
    assert field_errors(response, "end")
    assert not EventPage.objects.exists()


def test_timed_event_needs_start_and_end(admin_client, create_url):
    response = admin_client.post(create_url, editor_data(admin_client, create_url))
    assert field_errors(response, "start") == [
        "Saisissez la date et l'heure de début de l'événement."
    ]
    assert field_errors(response, "end") == ["Saisissez la date et l'heure de fin de l'événement."]


def test_all_day_event_over_several_days(admin_client, create_url):
    data = editor_data(
        admin_client,
        create_url,
        "action-publish",
        all_day="on",
        start_date="2026-03-12",
        end_date="2026-03-13",
        start="2026-03-12 14:00",
    )
    admin_client.post(create_url, data)
    event = saved_event()
    assert event.all_day
    assert event.start is None
    assert event.starts_at == paris(2026, 3, 12, 0, 0)
    # The end is exclusive: midnight after the last day.
    assert event.ends_at == paris(2026, 3, 14, 0, 0)


def test_all_day_event_last_day_before_first_rejected(admin_client, create_url):
    data = editor_data(
        admin_client, create_url, all_day="on", start_date="2026-03-12", end_date="2026-03-11"
    )
    response = admin_client.post(create_url, data)
    assert field_errors(response, "end_date") == [
        "Le dernier jour précède le premier : saisissez une date postérieure ou laissez le "
        "champ vide."
    ]


def test_all_day_event_needs_first_day(admin_client, create_url):
    response = admin_client.post(create_url, editor_data(admin_client, create_url, all_day="on"))
    assert field_errors(response, "start_date") == ["Saisissez le premier jour de l'événement."]


@pytest.mark.parametrize("event_format", ["online", "hybrid"])
def test_online_event_needs_link_to_publish(admin_client, create_url, event_format):
    data = editor_data(
        admin_client,
        create_url,
        "action-publish",
        start="2026-03-12 14:00",
        end="2026-03-12 16:00",
        format=event_format,
    )
    response = admin_client.post(create_url, data)
    assert field_errors(response, "online_url") == [
        "Un événement à distance ou hybride doit avoir son lien de connexion pour être publié "
        "ou soumis à modération. Un brouillon peut être enregistré sans lien."
    ]
    assert not EventPage.objects.exists()


def test_online_event_draft_saved_without_link(admin_client, create_url):
    data = editor_data(
        admin_client, create_url, start="2026-03-12 14:00", end="2026-03-12 16:00", format="online"
    )
    response = admin_client.post(create_url, data)
    assert response.status_code == 302
    assert not saved_event().live


def test_online_link_must_be_a_web_address(admin_client, create_url):
    data = editor_data(
        admin_client,
        create_url,
        "action-publish",
        start="2026-03-12 14:00",
        end="2026-03-12 16:00",
        format="online",
        online_url="javascript:alert(1)",
    )
    response = admin_client.post(create_url, data)
    assert field_errors(response, "online_url")
    assert not EventPage.objects.exists()


def test_venue_location_typed_as_coordinates(admin_client, create_url):
    data = editor_data(
        admin_client,
        create_url,
        "action-publish",
        start="2026-03-12 14:00",
        end="2026-03-12 16:00",
        location="45,764 ; 4,8357",
    )
    admin_client.post(create_url, data)
    event = saved_event()
    assert event.location == "SRID=4326;POINT(4.835700 45.764000)"
    assert (event.latitude, event.longitude) == (45.764, 4.8357)


def test_venue_location_outside_france_rejected(admin_client, create_url):
    data = editor_data(
        admin_client,
        create_url,
        start="2026-03-12 14:00",
        end="2026-03-12 16:00",
        location="SRID=4326;POINT(-74.0 40.7)",
    )
    response = admin_client.post(create_url, data)
    assert field_errors(response, "location")
    assert not EventPage.objects.exists()


def test_editor_shows_the_time_zone(admin_client, create_url):
    html = admin_client.get(create_url).content.decode()
    assert "Europe/Paris" in html


def test_schedule_dialog_says_paris_time(admin_client, create_url):
    data = editor_data(admin_client, create_url)
    html = admin_client.get(create_url).content.decode()
    assert "go_live_at" in data
    assert "Heure de Paris (Europe/Paris)" in html


@pytest.mark.parametrize(
    "fields",
    [
        {"start": "9999-12-31 23:59", "end": "9999-12-31 23:59:59"},
        {"start": "0001-01-01 00:00", "end": "0001-01-01 01:00"},
        {"all_day": "on", "start_date": "9999-12-31"},
        {"start": "2026-03-12 14:00", "end": "2101-01-01 10:00"},
    ],
)
def test_implausible_years_rejected(admin_client, create_url, fields):
    data = editor_data(admin_client, create_url, "action-publish", **fields)
    response = admin_client.post(create_url, data)
    assert response.status_code == 200
    errors = [message for field in fields for message in field_errors(response, field)]
    assert "Saisissez une date entre les années 1900 et 2100." in errors
    assert not EventPage.objects.exists()


def post_with_document(client, community, agenda, document):
    """Create an event as a facilitator of `community`, with `document` as its agenda."""
    client.force_login(member_of(community, role="facilitator"))
    create_url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", agenda.pk))
    data = editor_data(client, create_url, start="2026-03-12 14:00", end="2026-03-12 16:00")
    data.update(
        {
            "documents-TOTAL_FORMS": "1",
            "documents-0-kind": "agenda",
            "documents-0-document": str(document.pk),
            "documents-0-label": "",
            "documents-0-ORDER": "1",
            "documents-0-id": "",
        }
    )
    return client.post(create_url, data)


def test_reserved_collection_document_rejected(client, community, reserved_community, agenda):
    hidden = DocumentFactory(
        title="Ordre du jour confidentiel", collection=reserved_community.access.collection
    )

    response = post_with_document(client, community, agenda, hidden)

    assert response.status_code == 200
    assert not EventPage.objects.exists()
    assert hidden.title not in response.content.decode()


def test_own_collection_document_attached(client, community, agenda):
    agenda_document = DocumentFactory(
        title="Ordre du jour de l'atelier", collection=community.access.collection
    )

    response = post_with_document(client, community, agenda, agenda_document)

    assert response.status_code == 302
    assert saved_event().documents.get().document == agenda_document
