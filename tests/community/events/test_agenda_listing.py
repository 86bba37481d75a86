"""The agendas as a reader sees them: upcoming list, archive, filters, pagination and sections.

Tests travel to NOW, Tuesday 10 March 2026 at 10:00 in Paris.
"""

import datetime
import html
import re

import pytest

from ...factories import (
    AgendaPageFactory,
    CommunityPageFactory,
    EventPageFactory,
    event_index,
    home_page,
)
from .conftest import NOW, paris

CARD_TITLE = re.compile(r'class="fr-card__title">\s*<a href="[^"]*">([^<]*)</a>')


def card_titles(response):
    """Return the titles of the event cards of `response`, in page order."""
    assert response.status_code == 200
    return [html.unescape(title) for title in CARD_TITLE.findall(response.content.decode())]


def archive_url(agenda):
    return f"{agenda.url}archives/"


def timed(agenda, title, start, end, **fields):
    return EventPageFactory(parent=agenda, title=title, start=start, end=end, **fields)


def all_day(agenda, title, first, last=None, **fields):
    return EventPageFactory(
        parent=agenda,
        title=title,
        all_day=True,
        start=None,
        start_date=first,
        end_date=last,
        **fields,
    )


def scheduled_event(agenda, title):
    """An event whose published revision goes live tomorrow, so it is not live yet."""
    event = EventPageFactory(
        parent=agenda,
        title=title,
        start=paris(2026, 3, 20, 14, 0),
        publish=False,
        go_live_at=NOW + datetime.timedelta(days=1),
    )
    event.get_latest_revision().publish()
    event.refresh_from_db()
    assert not event.live
    return event


@pytest.fixture
def around_now(agenda, clock):
    """Events around NOW: ended, in progress, all-day today, over several days, to come."""
    return {
        "ended yesterday": timed(
            agenda, "Réunion d'hier", paris(2026, 3, 9, 14, 0), paris(2026, 3, 9, 16, 0)
        ),
        "all day yesterday": all_day(agenda, "Forum d'hier", datetime.date(2026, 3, 9)),
        "ended in February": timed(
            agenda, "Webinaire de février", paris(2026, 2, 5, 10, 0), paris(2026, 2, 5, 11, 0)
        ),
        "in progress": timed(
            agenda, "Atelier en cours", paris(2026, 3, 10, 9, 0), paris(2026, 3, 10, 12, 0)
        ),
        "all day today": all_day(agenda, "Journée d'aujourd'hui", datetime.date(2026, 3, 10)),
        "spanning now": all_day(
            agenda, "Salon sur trois jours", datetime.date(2026, 3, 9), datetime.date(2026, 3, 11)
        ),
        "next week": timed(
            agenda, "Visite de chantier", paris(2026, 3, 17, 14, 0), paris(2026, 3, 17, 16, 30)
        ),
        "in April": timed(
            agenda, "Comité d'avril", paris(2026, 4, 2, 9, 30), paris(2026, 4, 2, 12, 0)
        ),
    }


@pytest.mark.django_db
def test_upcoming_lists_unended_soonest_first(client, agenda, around_now):
    titles = card_titles(client.get(agenda.url))

    assert titles == [
        "Salon sur trois jours",
        "Journée d'aujourd'hui",
        "Atelier en cours",
        "Visite de chantier",
        "Comité d'avril",
    ]


@pytest.mark.django_db
def test_archive_lists_ended_most_recent_first(client, agenda, around_now):
    titles = card_titles(client.get(archive_url(agenda)))

    assert titles == ["Réunion d'hier", "Forum d'hier", "Webinaire de février"]


@pytest.mark.django_db
def test_events_in_progress_are_marked(client, agenda, around_now):
    response = client.get(agenda.url)
    in_progress = {event.title for event in response.context["events"] if event.in_progress}

    assert in_progress == {"Salon sur trois jours", "Journée d'aujourd'hui", "Atelier en cours"}
    assert response.content.decode().count("fr-badge--success") == 3


@pytest.mark.django_db
def test_event_moves_to_archive_when_it_ends(client, agenda, around_now, clock):
    clock.move_to(paris(2026, 3, 10, 12, 0))

    upcoming = card_titles(client.get(agenda.url))
    archive = card_titles(client.get(archive_url(agenda)))

    assert "Atelier en cours" not in upcoming
    assert archive[0] == "Atelier en cours"


@pytest.mark.django_db
def test_upcoming_and_archive_link_each_other(client, agenda, around_now):
    upcoming = client.get(agenda.url).content.decode()
    archive = client.get(archive_url(agenda)).content.decode()

    assert f'href="{archive_url(agenda)}"' in upcoming
    assert f'href="{agenda.url}"' in archive


@pytest.mark.django_db
def test_cards_say_dates_in_french(client, agenda, around_now):
    content = html.unescape(client.get(agenda.url).content.decode())

    assert "mardi 17 mars 2026, 14 h – 16 h 30" in content
    assert "jeudi 2 avril 2026, 9 h 30 – 12 h" in content
    assert "mardi 10 mars 2026, toute la journée" in content
    assert "du lundi 9 au mercredi 11 mars 2026" in content
    assert '<time datetime="2026-03-17T14:00:00+01:00">' in content
    assert '<time datetime="2026-03-10">' in content


@pytest.mark.django_db
def test_cancelled_event_keeps_its_card_with_badge(client, agenda, clock):
    timed(
        agenda,
        "Atelier annulé",
        paris(2026, 3, 12, 14, 0),
        paris(2026, 3, 12, 16, 0),
        cancelled=True,
    )
    response = client.get(agenda.url)

    assert card_titles(response) == ["Atelier annulé"]
    assert "fr-badge--error" in response.content.decode()


@pytest.mark.django_db
def test_format_filter(client, agenda, clock):
    timed(agenda, "Sur place", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))
    timed(
        agenda,
        "En visio",
        paris(2026, 3, 13, 14, 0),
        paris(2026, 3, 13, 16, 0),
        format="online",
        online_url="https://visio.example.org/a",
    )
    timed(
        agenda,
        "Les deux",
        paris(2026, 3, 14, 14, 0),
        paris(2026, 3, 14, 16, 0),
        format="hybrid",
        online_url="https://visio.example.org/b",
    )

    assert card_titles(client.get(agenda.url, {"format": "presentiel"})) == ["Sur place"]
    assert card_titles(client.get(agenda.url, {"format": "a-distance"})) == ["En visio"]
    assert card_titles(client.get(agenda.url, {"format": "hybride"})) == ["Les deux"]


@pytest.mark.django_db
def test_month_filter_includes_overlapping_event(client, agenda, clock):
    all_day(agenda, "Salon de fin mars", datetime.date(2026, 3, 30), datetime.date(2026, 4, 1))
    timed(agenda, "Réunion de mars", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))
    timed(agenda, "Réunion d'avril", paris(2026, 4, 15, 14, 0), paris(2026, 4, 15, 16, 0))
    # Ends at midnight on 1 May, so it does not take place in May.
    all_day(agenda, "Journée du 30 avril", datetime.date(2026, 4, 30))

    march = card_titles(client.get(agenda.url, {"mois": "2026-03"}))
    april = card_titles(client.get(agenda.url, {"mois": "2026-04"}))
    may = card_titles(client.get(agenda.url, {"mois": "2026-05"}))

    assert march == ["Réunion de mars", "Salon de fin mars"]
    assert april == ["Salon de fin mars", "Réunion d'avril", "Journée du 30 avril"]
    assert may == []


@pytest.mark.django_db
def test_month_select_offers_months_of_the_list(client, agenda, clock):
    all_day(agenda, "Salon de fin mars", datetime.date(2026, 3, 30), datetime.date(2026, 4, 1))
    timed(agenda, "Réunion de juin", paris(2026, 6, 15, 14, 0), paris(2026, 6, 15, 16, 0))
    timed(agenda, "Réunion passée", paris(2026, 1, 15, 14, 0), paris(2026, 1, 15, 16, 0))

    upcoming = client.get(agenda.url).context["filter_options"]["months"]
    archive = client.get(archive_url(agenda)).context["filter_options"]["months"]

    assert [option["value"] for option in upcoming] == ["2026-03", "2026-04", "2026-06"]
    assert [option["label"] for option in upcoming] == ["mars 2026", "avril 2026", "juin 2026"]
    assert [option["value"] for option in archive] == ["2026-01"]


@pytest.mark.django_db
def test_selected_month_stays_selected_without_events(client, agenda, clock):
    timed(agenda, "Réunion de mars", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))

    response = client.get(agenda.url, {"mois": "2027-01"})
    options = response.context["filter_options"]["months"]

    assert card_titles(response) == []
    assert {"value": "2027-01", "label": "janvier 2027", "selected": True} in options


@pytest.mark.django_db
def test_filters_combine_and_keep_pagination_links(client, agenda, clock):
    for day in range(25):
        start = paris(2026, 4, 1, 9, 0) + datetime.timedelta(days=day)
        timed(agenda, f"Atelier {day:02d}", start, start + datetime.timedelta(hours=1))

    response = client.get(agenda.url, {"format": "presentiel", "mois": "2026-04"})
    content = html.unescape(response.content.decode())

    assert len(card_titles(response)) == 20
    assert "?format=presentiel&mois=2026-04&page=2" in content


HOSTILE_QUERIES = [
    {"mois": "2026-13"},
    {"mois": "2026-00"},
    {"mois": "0000-01"},
    {"mois": "9999-12"},
    {"mois": "../../"},
    {"mois": "2026-3"},
    {"mois": "2026-03\x00"},
    {"format": "<script>alert(1)</script>"},
    {"format": "online"},
    {"format": "presentiel\x00"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "99999999999999999999999"},
    {"communaute": "<script>"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
@pytest.mark.parametrize("archive", [False, True], ids=["upcoming", "archive"])
def test_hostile_query_is_ignored(client, agenda, portal_agenda, clock, query, archive):
    timed(agenda, "Réunion de mars", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))
    timed(agenda, "Réunion de février", paris(2026, 2, 12, 14, 0), paris(2026, 2, 12, 16, 0))
    expected = ["Réunion de février"] if archive else ["Réunion de mars"]

    for page in (agenda, portal_agenda):
        response = client.get(archive_url(page) if archive else page.url, query)
        content = response.content.decode()

        assert card_titles(response) == expected
        assert "<script>" not in content


@pytest.mark.django_db
def test_invalid_filter_shows_notice(client, agenda, clock):
    response = client.get(agenda.url, {"mois": "2026-13", "format": "inconnu"})

    assert len(response.context["agenda_filters"].notices) == 2
    assert "fr-alert--warning" in response.content.decode()


@pytest.mark.django_db
def test_archive_is_paginated(client, agenda, clock):
    first = paris(2026, 3, 9, 9, 0)
    for day in range(25):
        start = first - datetime.timedelta(days=day)
        timed(agenda, f"Séance {day:02d}", start, start + datetime.timedelta(hours=1))

    first_page = card_titles(client.get(archive_url(agenda)))
    second_page = card_titles(client.get(archive_url(agenda), {"page": "2"}))
    beyond = card_titles(client.get(archive_url(agenda), {"page": "7"}))

    assert first_page == [f"Séance {day:02d}" for day in range(20)]
    assert second_page == [f"Séance {day:02d}" for day in range(20, 25)]
    assert beyond == second_page


@pytest.mark.django_db
def test_scheduled_event_absent_from_listings(client, agenda, portal_agenda, community, clock):
    timed(agenda, "Réunion de mars", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))
    scheduled = scheduled_event(agenda, "Annonce programmée")
    urls = [
        agenda.url,
        archive_url(agenda),
        portal_agenda.url,
        archive_url(portal_agenda),
        home_page().url,
        community.url,
    ]

    for url in urls:
        assert "Annonce programmée" not in client.get(url).content.decode(), url
    assert client.get(scheduled.url).status_code == 404


@pytest.mark.django_db
def test_scheduled_event_appears_once_live(client, agenda, clock):
    scheduled = scheduled_event(agenda, "Annonce programmée")
    clock.move_to(NOW + datetime.timedelta(days=1, minutes=1))
    scheduled.get_latest_revision().publish()

    assert card_titles(client.get(agenda.url)) == ["Annonce programmée"]


@pytest.mark.django_db
def test_expired_event_absent_from_listings(client, agenda, clock):
    timed(
        agenda,
        "Annonce expirée",
        paris(2026, 3, 12, 14, 0),
        paris(2026, 3, 12, 16, 0),
        expire_at=NOW - datetime.timedelta(hours=1),
    )

    assert card_titles(client.get(agenda.url)) == []


@pytest.fixture
def two_communities(agenda, reserved_agenda, clock):
    timed(agenda, "Atelier chanvre", paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 0))
    timed(
        reserved_agenda,
        "Comité restreint",
        paris(2026, 3, 13, 9, 0),
        paris(2026, 3, 13, 11, 0),
    )
    timed(agenda, "Bilan chanvre", paris(2026, 2, 12, 14, 0), paris(2026, 2, 12, 16, 0))
    timed(
        reserved_agenda,
        "Bilan restreint",
        paris(2026, 2, 13, 9, 0),
        paris(2026, 2, 13, 11, 0),
    )


@pytest.mark.django_db
def test_portal_agenda_names_communities(client, portal_agenda, reserved_member, two_communities):
    client.force_login(reserved_member)
    response = client.get(portal_agenda.url)
    events = list(response.context["events"])

    assert [event.title for event in events] == ["Atelier chanvre", "Comité restreint"]
    assert [event.community_title for event in events] == [
        "Filières vertes",
        "Réseau des animateurs ORT",
    ]


@pytest.mark.django_db
def test_portal_community_filter(client, portal_agenda, reserved_member, two_communities):
    client.force_login(reserved_member)

    reserved = card_titles(client.get(portal_agenda.url, {"communaute": "reseau-animateurs-ort"}))
    public = card_titles(client.get(archive_url(portal_agenda), {"communaute": "filieres-vertes"}))

    assert reserved == ["Comité restreint"]
    assert public == ["Bilan chanvre"]


@pytest.mark.django_db
def test_community_agenda_ignores_community_filter(client, agenda, two_communities):
    response = client.get(agenda.url, {"communaute": "reseau-animateurs-ort"})

    assert card_titles(response) == ["Atelier chanvre"]
    assert response.context["agenda_filters"].notices == ()


@pytest.mark.django_db
def test_reserved_slug_leaks_nothing_to_outsider(client, portal_agenda, outsider, two_communities):
    client.force_login(outsider)
    for url in (portal_agenda.url, archive_url(portal_agenda)):
        response = client.get(url, {"communaute": "reseau-animateurs-ort"})
        content = response.content.decode()

        assert card_titles(response) == (
            ["Atelier chanvre"] if url == portal_agenda.url else ["Bilan chanvre"]
        )
        assert "restreint" not in content
        assert "Réseau des animateurs ORT" not in content
        assert len(response.context["agenda_filters"].notices) == 1


@pytest.mark.django_db
def test_home_page_shows_next_three_events(client, agenda, around_now, portal_agenda):
    response = client.get(home_page().url)
    content = response.content.decode()

    assert [event.title for event in response.context["next_events"]] == [
        "Salon sur trois jours",
        "Journée d'aujourd'hui",
        "Atelier en cours",
    ]
    # The latest activity above may name any event; the next events section names three.
    section = content.split('aria-labelledby="next-events-heading"')[1].split("</section>")[0]
    assert "Visite de chantier" not in section
    assert f'href="{portal_agenda.url}"' in section


@pytest.mark.django_db
def test_community_page_shows_its_own_next_events(client, agenda, community, two_communities):
    other = CommunityPageFactory(title="Logements vacants", slug="logements-vacants")
    timed(event_index(other), "Atelier vacance", paris(2026, 3, 11, 9, 0), None)

    response = client.get(community.url)
    content = response.content.decode()

    assert [event.title for event in response.context["next_events"]] == ["Atelier chanvre"]
    assert "Atelier vacance" not in content
    assert f'href="{agenda.url}"' in content


@pytest.mark.django_db
def test_navigation_links_portal_agenda(client, community, portal_agenda):
    content = client.get(community.url).content.decode()

    assert f'<a class="fr-nav__link" href="{portal_agenda.url}"' in content


@pytest.mark.django_db
def test_navigation_omits_unpublished_portal_agenda(client, community):
    draft = AgendaPageFactory(publish=False)

    content = client.get(community.url).content.decode()

    assert f'href="{community.url}"' in content
    assert f'href="{draft.url}"' not in content
