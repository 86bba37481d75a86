"""The split of events into upcoming and past around a fixed "now"."""

import datetime

import pytest

from community.models import EventPage

from ...factories import EventPageFactory
from .conftest import NOW, paris


@pytest.fixture
def events(agenda, clock):
    return {
        "ended yesterday": EventPageFactory(
            parent=agenda, start=paris(2026, 3, 9, 14, 0), end=paris(2026, 3, 9, 16, 0)
        ),
        "ended a minute ago": EventPageFactory(
            parent=agenda, start=paris(2026, 3, 10, 8, 0), end=paris(2026, 3, 10, 9, 59)
        ),
        "in progress": EventPageFactory(
            parent=agenda, start=paris(2026, 3, 10, 9, 0), end=paris(2026, 3, 10, 12, 0)
        ),
        "all day today": EventPageFactory(
            parent=agenda, all_day=True, start=None, start_date=datetime.date(2026, 3, 10)
        ),
        "all day yesterday": EventPageFactory(
            parent=agenda, all_day=True, start=None, start_date=datetime.date(2026, 3, 9)
        ),
        "forum spanning now": EventPageFactory(
            parent=agenda,
            all_day=True,
            start=None,
            start_date=datetime.date(2026, 3, 9),
            end_date=datetime.date(2026, 3, 11),
        ),
        "next week": EventPageFactory(
            parent=agenda, start=paris(2026, 3, 17, 9, 30), end=paris(2026, 3, 17, 12, 0)
        ),
    }


def names(queryset, events):
    by_pk = {event.pk: name for name, event in events.items()}
    return [by_pk[pk] for pk in queryset.values_list("pk", flat=True)]


def test_upcoming_events_include_those_in_progress_soonest_first(events):
    assert names(EventPage.objects.upcoming(), events) == [
        "forum spanning now",
        "all day today",
        "in progress",
        "next week",
    ]


def test_upcoming_sorted_by_start(events):
    starts = [event.starts_at for event in EventPage.objects.upcoming()]
    assert starts == sorted(starts)
    assert len(starts) == 4


def test_past_events_most_recent_first(events):
    assert names(EventPage.objects.past(), events) == [
        "ended a minute ago",
        "ended yesterday",
        "all day yesterday",
    ]


def test_event_past_once_ended(events, clock):
    clock.move_to(paris(2026, 3, 10, 12, 0))
    assert "in progress" in names(EventPage.objects.past(), events)
    assert "in progress" not in names(EventPage.objects.upcoming(), events)


def test_explicit_now_overrides_the_clock(events):
    later = NOW + datetime.timedelta(days=30)
    assert EventPage.objects.upcoming(now=later).count() == 0
    assert EventPage.objects.past(now=later).count() == len(events)


def test_month_filter_includes_events_overlapping_the_month(agenda, clock):
    across = EventPageFactory(
        parent=agenda,
        all_day=True,
        start=None,
        start_date=datetime.date(2026, 3, 31),
        end_date=datetime.date(2026, 4, 1),
    )
    march_only = EventPageFactory(
        parent=agenda, start=paris(2026, 3, 20, 9, 0), end=paris(2026, 3, 20, 10, 0)
    )
    april = set(EventPage.objects.overlapping_month(2026, 4).values_list("pk", flat=True))
    march = set(EventPage.objects.overlapping_month(2026, 3).values_list("pk", flat=True))
    assert april == {across.pk}
    assert march == {across.pk, march_only.pk}


def test_december_month_filter_ends_at_new_year(agenda, clock):
    new_year = EventPageFactory(
        parent=agenda, start=paris(2027, 1, 1, 0, 0), end=paris(2027, 1, 1, 2, 0)
    )
    december = EventPage.objects.overlapping_month(2026, 12)
    assert new_year.pk not in december.values_list("pk", flat=True)


def test_month_filter_event_without_duration(agenda, clock):
    instant = EventPageFactory(
        parent=agenda, start=paris(2026, 4, 1, 0, 0), end=paris(2026, 4, 1, 0, 0)
    )
    april = EventPage.objects.overlapping_month(2026, 4).values_list("pk", flat=True)
    march = EventPage.objects.overlapping_month(2026, 3).values_list("pk", flat=True)
    assert instant.pk in april
    assert instant.pk not in march
