"""Day headings of the activity pages read as French dates with their weekday."""

import datetime

from django.utils import translation

from home.templatetags.french_dates import day_heading


def test_day_heading_weekday_capitalised():
    with translation.override("fr"):
        assert day_heading(datetime.date(2026, 3, 12)) == "Jeudi 12 mars 2026"


def test_day_heading_first_day_premier():
    with translation.override("fr"):
        assert day_heading(datetime.date(2026, 3, 1)) == "Dimanche 1er mars 2026"


def test_day_heading_empty_value():
    assert day_heading(None) == ""
