import datetime

from home.templatetags.french_dates import long_date


def test_long_date_first_day_reads_premier():
    assert long_date(datetime.date(2026, 3, 1)) == "1er mars 2026"


def test_long_date_other_days_plain_number():
    assert long_date(datetime.date(2026, 3, 12)) == "12 mars 2026"


def test_long_date_empty_value_gives_empty_text():
    assert long_date(None) == ""
