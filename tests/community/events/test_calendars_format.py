"""The iCalendar files follow RFC 5545: raw lines, properties, dates, time zones and UIDs.

Files are fetched through the "calendrier/" routes, then checked raw (CRLF, folding, UTF-8) and
parsed back with `icalendar` to check each property.
"""

import datetime

import pytest
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils.translation import gettext, pgettext
from icalendar import Calendar

from community.events import calendars
from community.models import EventPage
from tests.factories import EventPageFactory

from .conftest import NOW, paris

UTC = datetime.UTC
DOMAIN = "rencontre-des-territoires.example.org"
LONG_TITLE = (
    "Journée régionale « Bâtir en chanvre, paille et terre crue » à Besançon : "
    "retours d'expérience, démonstrations et échanges 🌾🏗️🎉 — édition élargie àéèêëîïôœùûüç"
)


def calendar_url(page):
    return f"{page.url}calendrier/"


def parse(response):
    return Calendar.from_ical(response.content)


def vevents(response):
    return parse(response).walk("VEVENT")


def single_vevent(response):
    (component,) = vevents(response)
    return component


def physical_lines(body):
    """Split a raw file into its lines, without their CRLF, after checking it ends with one."""
    assert body.endswith(b"\r\n")
    return body[: -len(b"\r\n")].split(b"\r\n")


@pytest.fixture
def detailed_event(agenda, clock):
    """A hybrid event with every field that the calendar reads, texts in need of escaping."""
    return EventPageFactory(
        parent=agenda,
        title="Chantier école; paille, terre \\ chanvre",
        slug="chantier-ecole",
        summary="Première ligne, avec virgule;\npuis une seconde ligne.",
        start=paris(2026, 4, 2, 9, 30),
        end=paris(2026, 4, 2, 17, 0),
        format="hybrid",
        venue_name="Lycée du bâtiment",
        venue_address="3 rue des Artisans, 25000 Besançon",
        location="SRID=4326;POINT(6.024 47.238)",
        online_url="https://visio.example.org/chantier-ecole",
        registration_url="https://inscriptions.example.org/chantier",
        registration_note="Inscription avant le 25 mars, 30 places.",
        organiser="DDT du Doubs",
    )


# --- Raw file --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_line_ends_with_crlf(client, agenda, event, detailed_event):
    body = client.get(calendar_url(agenda)).content

    lines = physical_lines(body)

    assert len(lines) > 20
    for line in lines:
        assert b"\r" not in line
        assert b"\n" not in line


@pytest.mark.django_db
def test_long_accented_title_folded_at_75_octets(client, agenda, clock):
    event = EventPageFactory(parent=agenda, title=LONG_TITLE, slug="journee-regionale")
    body = client.get(calendar_url(event)).content

    lines = physical_lines(body)
    summary_index = next(i for i, line in enumerate(lines) if line.startswith(b"SUMMARY:"))

    assert lines[summary_index + 1].startswith(b" ")
    assert lines[summary_index + 2].startswith(b" ")
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # Raises UnicodeDecodeError if a character was cut.
    assert str(single_vevent(client.get(calendar_url(event)))["SUMMARY"]) == LONG_TITLE


@pytest.mark.django_db
def test_text_values_escaped(client, detailed_event):
    body = client.get(calendar_url(detailed_event)).content.decode()
    unfolded = body.replace("\r\n ", "")

    assert "SUMMARY:Chantier école\\; paille\\, terre \\\\ chanvre\r\n" in unfolded
    assert "DESCRIPTION:Première ligne\\, avec virgule\\;\\npuis une seconde ligne." in unfolded
    assert "LOCATION:Lycée du bâtiment\\, 3 rue des Artisans\\, 25000 Besançon" in unfolded


@pytest.mark.django_db
def test_escaped_values_parse_back(client, detailed_event):
    component = single_vevent(client.get(calendar_url(detailed_event)))

    assert str(component["SUMMARY"]) == detailed_event.title
    assert str(component["DESCRIPTION"]).startswith(detailed_event.summary)


# --- Calendar and event properties -----------------------------------------------------------


@pytest.mark.django_db
def test_calendar_header_properties(client, agenda, event):
    calendar = parse(client.get(calendar_url(agenda)))

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == calendars.PRODUCT_ID
    assert str(calendar["X-WR-CALNAME"]) == "Agenda – Filières vertes"
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"


@pytest.mark.django_db
def test_portal_calendar_name(client, portal_agenda, event):
    calendar = parse(client.get(calendar_url(portal_agenda)))

    assert str(calendar["X-WR-CALNAME"]) == "Agenda des communautés – Rencontre des Territoires"


@pytest.mark.django_db
def test_event_file_has_no_calendar_name(client, event):
    calendar = parse(client.get(calendar_url(event)))

    assert str(calendar["PRODID"]) == calendars.PRODUCT_ID
    assert "X-WR-CALNAME" not in calendar
    assert "NAME" not in calendar


@pytest.mark.django_db
def test_timed_event_properties(client, detailed_event):
    component = single_vevent(client.get(calendar_url(detailed_event)))
    page_url = detailed_event.get_full_url()

    assert str(component["UID"]) == f"event-{detailed_event.pk}@{DOMAIN}"
    assert component.start == paris(2026, 4, 2, 9, 30)
    assert component.end == paris(2026, 4, 2, 17, 0)
    assert str(component["URL"]) == page_url
    assert page_url.startswith("http")
    assert str(component["STATUS"]) == "CONFIRMED"
    assert [str(category) for category in component.categories] == ["Filières vertes"]
    assert component["GEO"].latitude == pytest.approx(47.238)
    assert component["GEO"].longitude == pytest.approx(6.024)


@pytest.mark.django_db
def test_stamp_and_last_modified_in_utc(client, detailed_event):
    response = client.get(calendar_url(detailed_event))
    component = single_vevent(response)
    body = response.content.decode()

    assert component["DTSTAMP"].dt == NOW
    assert component["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)
    assert "DTSTAMP:20260310T090000Z\r\n" in body
    assert "LAST-MODIFIED:20260310T090000Z\r\n" in body


@pytest.mark.django_db
def test_description_order(client, member, detailed_event):
    client.force_login(member)
    description = str(single_vevent(client.get(calendar_url(detailed_event)))["DESCRIPTION"])

    parts = [
        detailed_event.summary,
        "DDT du Doubs",
        "Inscription avant le 25 mars, 30 places.",
        "https://inscriptions.example.org/chantier",
        "https://visio.example.org/chantier-ecole",
        detailed_event.get_full_url(),
    ]
    positions = [description.index(part) for part in parts]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_hybrid_location(client, detailed_event):
    location = str(single_vevent(client.get(calendar_url(detailed_event)))["LOCATION"])

    assert location == gettext("%(place)s, and online") % {
        "place": "Lycée du bâtiment, 3 rue des Artisans, 25000 Besançon"
    }


@pytest.mark.django_db
def test_online_location(client, agenda, clock):
    event = EventPageFactory(
        parent=agenda, format="online", online_url="https://visio.example.org/a", venue_name=""
    )

    component = single_vevent(client.get(calendar_url(event)))

    assert str(component["LOCATION"]) == pgettext("location of an event", "Online")
    assert "GEO" not in component


@pytest.mark.django_db
def test_event_without_place_has_no_location(client, agenda, clock):
    event = EventPageFactory(parent=agenda, venue_name="")

    component = single_vevent(client.get(calendar_url(event)))

    assert "LOCATION" not in component
    assert "GEO" not in component


@pytest.mark.django_db
def test_cancelled_event(client, agenda, event, clock):
    cancelled = EventPageFactory(parent=agenda, title="Visite annulée", cancelled=True)

    components = {str(c["UID"]): c for c in vevents(client.get(calendar_url(agenda)))}
    component = components[f"event-{cancelled.pk}@{DOMAIN}"]

    assert str(component["STATUS"]) == "CANCELLED"
    assert str(component["SUMMARY"]) == gettext("Cancelled: %(title)s") % {
        "title": "Visite annulée"
    }
    assert str(components[f"event-{event.pk}@{DOMAIN}"]["STATUS"]) == "CONFIRMED"


@pytest.mark.django_db
def test_event_without_duration_has_no_end(client, agenda, clock):
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 3, 12, 14, 0), end=paris(2026, 3, 12, 14, 0)
    )

    component = single_vevent(client.get(calendar_url(event)))

    assert component.start == paris(2026, 3, 12, 14, 0)
    assert "DTEND" not in component


# --- Dates and time zones --------------------------------------------------------------------


@pytest.mark.django_db
def test_all_day_event_on_one_day(client, agenda, clock):
    event = EventPageFactory(
        parent=agenda, all_day=True, start=None, start_date=datetime.date(2026, 4, 1)
    )
    response = client.get(calendar_url(event))
    component = single_vevent(response)

    assert component["DTSTART"].dt == datetime.date(2026, 4, 1)
    assert not isinstance(component["DTSTART"].dt, datetime.datetime)
    assert component["DTEND"].dt == datetime.date(2026, 4, 2)
    assert "DTSTART;VALUE=DATE:20260401\r\n" in response.content.decode()
    assert "DTEND;VALUE=DATE:20260402\r\n" in response.content.decode()


@pytest.mark.django_db
def test_all_day_event_over_three_days(client, agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        all_day=True,
        start=None,
        start_date=datetime.date(2026, 5, 27),
        end_date=datetime.date(2026, 5, 29),
    )

    component = single_vevent(client.get(calendar_url(event)))

    assert component["DTSTART"].dt == datetime.date(2026, 5, 27)
    assert component["DTEND"].dt == datetime.date(2026, 5, 30)


@pytest.mark.django_db
def test_all_day_calendar_needs_no_time_zone(client, agenda, clock):
    EventPageFactory(parent=agenda, all_day=True, start=None, start_date=datetime.date(2026, 4, 1))

    calendar = parse(client.get(calendar_url(agenda)))

    assert calendar.timezones == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("local_start", "utc_start", "utc_offset_hours"),
    [
        (paris(2026, 1, 20, 14, 0), datetime.datetime(2026, 1, 20, 13, 0, tzinfo=UTC), 1),
        (paris(2026, 7, 15, 14, 0), datetime.datetime(2026, 7, 15, 12, 0, tzinfo=UTC), 2),
    ],
    ids=["winter", "summer"],
)
def test_paris_time_gives_right_utc_instant(
    client, agenda, clock, local_start, utc_start, utc_offset_hours
):
    event = EventPageFactory(parent=agenda, start=local_start)
    response = client.get(calendar_url(event))
    calendar = parse(response)
    component = single_vevent(response)
    stamp = local_start.strftime("%Y%m%dT%H%M%S")

    assert f"DTSTART;TZID=Europe/Paris:{stamp}\r\n" in response.content.decode()
    assert component.start.astimezone(UTC) == utc_start
    (time_zone,) = calendar.timezones
    assert time_zone.tz_name == "Europe/Paris"
    # The VTIMEZONE itself, not only its name, gives the offset of the event.
    offset = time_zone.to_tz().utcoffset(local_start.replace(tzinfo=None))
    assert offset == datetime.timedelta(hours=utc_offset_hours)


@pytest.mark.django_db
def test_time_zone_defined_once_for_many_events(client, agenda, event, clock):
    EventPageFactory(parent=agenda, start=paris(2026, 7, 15, 14, 0))

    calendar = parse(client.get(calendar_url(agenda)))

    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Paris"]
    assert calendar.get_missing_tzids() == set()


# --- UIDs ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_uid_stable_across_exports(client, agenda, event, detailed_event, clock):
    first = client.get(calendar_url(agenda))
    clock.move_to(NOW + datetime.timedelta(minutes=5))
    second = client.get(calendar_url(agenda), HTTP_HOST="127.0.0.1")

    first_uids = [str(c["UID"]) for c in vevents(first)]
    second_uids = [str(c["UID"]) for c in vevents(second)]
    assert first_uids == second_uids
    assert first_uids == [f"event-{event.pk}@{DOMAIN}", f"event-{detailed_event.pk}@{DOMAIN}"]


@pytest.mark.django_db
def test_file_identical_across_exports(client, agenda, event, detailed_event, clock):
    first = client.get(calendar_url(agenda)).content
    clock.move_to(NOW + datetime.timedelta(minutes=5))

    assert client.get(calendar_url(agenda)).content == first


@pytest.mark.django_db
def test_uid_same_in_event_file_and_agenda(client, agenda, event):
    in_agenda = single_vevent(client.get(calendar_url(agenda)))
    in_event_file = single_vevent(client.get(calendar_url(event)))

    assert str(in_agenda["UID"]) == str(in_event_file["UID"])


@pytest.mark.django_db
def test_uids_unique_in_portal_calendar(client, portal_agenda, agenda, clock):
    for number in range(5):
        EventPageFactory(parent=agenda, start=paris(2026, 4, 1 + number, 10, 0))

    uids = [str(c["UID"]) for c in vevents(client.get(calendar_url(portal_agenda)))]

    assert len(uids) == 5
    assert len(set(uids)) == 5


@pytest.mark.django_db
@override_settings(CALENDAR_UID_DOMAIN="agenda.example.gouv.fr")
def test_uid_uses_domain_setting(client, event):
    component = single_vevent(client.get(calendar_url(event)))

    assert str(component["UID"]) == f"event-{event.pk}@agenda.example.gouv.fr"


# --- Which events an agenda calendar contains ------------------------------------------------


@pytest.mark.django_db
def test_calendar_window(client, agenda, event, clock):
    recent = EventPageFactory(parent=agenda, title="Passé récent", start=paris(2025, 4, 20, 9, 0))
    EventPageFactory(parent=agenda, title="Passé ancien", start=paris(2025, 2, 20, 9, 0))
    far = EventPageFactory(parent=agenda, title="Futur lointain", start=paris(2027, 9, 1, 9, 0))

    summaries = [str(c["SUMMARY"]) for c in vevents(client.get(calendar_url(agenda)))]

    assert summaries == [recent.title, event.title, far.title]


@pytest.mark.django_db
def test_calendar_leaves_out_unpublished_events(client, agenda, event, clock):
    EventPageFactory(parent=agenda, title="Brouillon", publish=False)
    scheduled = EventPageFactory(
        parent=agenda,
        title="Annonce programmée",
        publish=False,
        go_live_at=NOW + datetime.timedelta(days=1),
    )
    scheduled.get_latest_revision().publish()
    expired = EventPageFactory(parent=agenda, title="Annonce expirée")
    EventPage.objects.filter(pk=expired.pk).update(expire_at=NOW - datetime.timedelta(hours=1))

    summaries = [str(c["SUMMARY"]) for c in vevents(client.get(calendar_url(agenda)))]

    assert summaries == [event.title]


@pytest.mark.django_db
def test_expired_event_file_not_found(client, event):
    EventPage.objects.filter(pk=event.pk).update(expire_at=NOW - datetime.timedelta(hours=1))

    response = client.get(calendar_url(event))

    assert response.status_code == 404


@pytest.mark.django_db
def test_calendar_cap_keeps_soonest_events(client, agenda, event, clock, monkeypatch):
    monkeypatch.setattr(calendars, "MAX_CALENDAR_EVENTS", 2)
    EventPageFactory(parent=agenda, title="Passé récent", start=paris(2026, 3, 1, 9, 0))
    soon = EventPageFactory(parent=agenda, title="Bientôt", start=paris(2026, 3, 11, 9, 0))
    EventPageFactory(parent=agenda, title="Plus tard", start=paris(2026, 6, 1, 9, 0))

    summaries = [str(c["SUMMARY"]) for c in vevents(client.get(calendar_url(agenda)))]

    assert summaries == [soon.title, event.title]


@pytest.mark.django_db
def test_calendar_cap_fills_with_recent_past(client, agenda, event, clock, monkeypatch):
    monkeypatch.setattr(calendars, "MAX_CALENDAR_EVENTS", 3)
    EventPageFactory(parent=agenda, title="Passé ancien", start=paris(2026, 2, 1, 9, 0))
    recent = EventPageFactory(parent=agenda, title="Passé récent", start=paris(2026, 3, 1, 9, 0))
    soon = EventPageFactory(parent=agenda, title="Bientôt", start=paris(2026, 3, 11, 9, 0))

    summaries = [str(c["SUMMARY"]) for c in vevents(client.get(calendar_url(agenda)))]

    assert summaries == [recent.title, soon.title, event.title]


# --- Response headers ------------------------------------------------------------------------


@pytest.mark.django_db
def test_event_file_headers(client, event):
    response = client.get(calendar_url(event))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="atelier-chanvre-et-chaux.ics"'


@pytest.mark.django_db
def test_agenda_file_headers(client, agenda, portal_agenda, event):
    community_response = client.get(calendar_url(agenda))
    portal_response = client.get(calendar_url(portal_agenda))

    assert community_response["Content-Type"] == "text/calendar; charset=utf-8"
    assert community_response["Content-Disposition"] == (
        'inline; filename="filieres-vertes-agenda.ics"'
    )
    assert portal_response["Content-Disposition"] == 'inline; filename="agenda.ics"'


@pytest.mark.django_db
def test_filename_ascii_for_unicode_slug(client, agenda, clock):
    event = EventPageFactory(parent=agenda, title="Été", slug="réunion-été")

    response = client.get(calendar_url(event))

    assert response["Content-Disposition"] == 'attachment; filename="reunion-ete.ics"'


@pytest.mark.django_db
def test_logged_in_calendar_kept_out_of_shared_caches(client, member, agenda, event):
    client.force_login(member)

    response = client.get(calendar_url(agenda))

    assert "private" in response["Cache-Control"]


# --- Templates -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_add_to_calendar_link(rf, event):
    html = render_to_string(
        "community/events/includes/add_to_calendar.html",
        {"page": event, "request": rf.get(event.url)},
    )

    assert f'href="{calendar_url(event)}"' in html
    assert "download" in html


@pytest.mark.django_db
@pytest.mark.parametrize("page_name", ["agenda", "portal_agenda", "event"])
def test_calendar_link_in_head(rf, request, page_name):
    page = request.getfixturevalue(page_name)
    html = render_to_string(
        "community/events/includes/calendar_link.html",
        {"page": page, "request": rf.get(page.url)},
    )

    assert '<link rel="alternate" type="text/calendar"' in html
    assert f'href="{calendar_url(page)}"' in html
    assert page.title in html


def test_calendar_with_year_9999_event(client, agenda, clock):
    # The editor refuses such a year; an event stored by code must still not break the file.
    EventPageFactory(
        parent=agenda,
        title="Date saisie par erreur",
        start=paris(9999, 12, 31, 10, 0),
        end=paris(9999, 12, 31, 11, 0),
    )

    response = client.get(f"{agenda.url}calendrier/")

    assert response.status_code == 200
    assert "Date saisie par erreur" in response.content.decode().replace("\r\n ", "")
