"""Dates of events in French words, and the UTC instants derived from Paris times."""

import datetime

import pytest
from django.utils import translation

from community.events.dates import event_when
from community.models import EventPage

from .conftest import paris


@pytest.fixture(autouse=True)
def french(db):
    with translation.override("fr"):
        yield


def timed(start, end):
    event = EventPage(start=start, end=end)
    event.derive_instants()
    return event


def all_day(first, last=None):
    event = EventPage(all_day=True, start_date=first, end_date=last)
    event.derive_instants()
    return event


# Page instances need the database, which parametrize cannot use: the cases name a builder.
BUILDERS = {"timed": timed, "all day": all_day}


@pytest.mark.parametrize(
    ("kind", "dates", "words"),
    [
        (
            "timed",
            (paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 16, 30)),
            "jeudi 12 mars 2026, 14 h – 16 h 30",
        ),
        (
            "timed",
            (paris(2026, 6, 1, 9, 5), paris(2026, 6, 1, 10, 0)),
            "lundi 1er juin 2026, 9 h 05 – 10 h",
        ),
        (
            "timed",
            (paris(2026, 3, 12, 14, 0), paris(2026, 3, 13, 12, 0)),
            "du jeudi 12 mars 2026, 14 h au vendredi 13 mars 2026, 12 h",
        ),
        (
            "timed",
            (paris(2026, 3, 12, 14, 0), paris(2026, 3, 12, 14, 0)),
            "jeudi 12 mars 2026 à 14 h",
        ),
        ("all day", (datetime.date(2026, 3, 12),), "jeudi 12 mars 2026, toute la journée"),
        (
            "all day",
            (datetime.date(2026, 3, 12), datetime.date(2026, 3, 14)),
            "du jeudi 12 au samedi 14 mars 2026",
        ),
        (
            "all day",
            (datetime.date(2026, 2, 27), datetime.date(2026, 3, 1)),
            "du vendredi 27 février au dimanche 1er mars 2026",
        ),
        (
            "all day",
            (datetime.date(2026, 12, 31), datetime.date(2027, 1, 1)),
            "du jeudi 31 décembre 2026 au vendredi 1er janvier 2027",
        ),
    ],
)
def test_event_dates_in_french_words(kind, dates, words):
    assert event_when(BUILDERS[kind](*dates)) == words


def test_event_without_dates_has_no_words(db):
    assert event_when(EventPage()) == ""


def test_utc_times_shown_in_paris():
    utc_start = datetime.datetime(2026, 7, 2, 7, 30, tzinfo=datetime.UTC)
    event = timed(utc_start, utc_start + datetime.timedelta(hours=2))
    # 7:30 UTC is 9:30 in Paris in summer time.
    assert event_when(event) == "jeudi 2 juillet 2026, 9 h 30 – 11 h 30"


def test_all_day_midnight_to_midnight():
    event = all_day(datetime.date(2026, 3, 12), datetime.date(2026, 3, 13))
    assert event.starts_at == paris(2026, 3, 12, 0, 0)
    assert event.ends_at == paris(2026, 3, 14, 0, 0)


def test_all_day_spring_change_23_hours():
    # On Sunday 29 March 2026 the clocks in Paris go from 2:00 to 3:00.
    event = all_day(datetime.date(2026, 3, 29))
    # Python subtracts two times of the same zone as wall-clock times: compare them in UTC.
    duration = event.ends_at.astimezone(datetime.UTC) - event.starts_at.astimezone(datetime.UTC)
    assert duration == datetime.timedelta(hours=23)


def test_all_day_reversed_days_one_day():
    event = all_day(datetime.date(2026, 3, 12), datetime.date(2026, 3, 10))
    assert event.end_date == datetime.date(2026, 3, 12)
    assert event_when(event) == "jeudi 12 mars 2026, toute la journée"


def test_switching_to_all_day_clears_the_times():
    event = EventPage(
        all_day=True,
        start=paris(2026, 3, 12, 14, 0),
        end=paris(2026, 3, 12, 16, 0),
        start_date=datetime.date(2026, 3, 12),
    )
    event.derive_instants()
    assert (event.start, event.end) == (None, None)
