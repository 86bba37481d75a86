"""Dates and times of events in words, the French way: "jeudi 12 mars 2026, 14 h – 16 h 30".

The patterns are gettext strings: the French catalogue decides the wording and the order. Day
and month names come from Django's date formatting in the active language.
"""

from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _


def day_number(day):
    """ "1er" for the first day of a month, the plain number otherwise."""
    return _("1st") if day.day == 1 else str(day.day)


def full_day(day, with_year=True, with_month=True):
    """ "jeudi 12 mars 2026", or shorter when the following date gives the month and year."""
    parts = [format_date(day, "l"), day_number(day)]
    if with_month:
        parts.append(format_date(day, "F"))
    if with_year:
        parts.append(str(day.year))
    return " ".join(parts)


def clock_time(moment):
    """ "14 h" on the hour, "16 h 30" otherwise."""
    if moment.minute == 0:
        return _("%(hour)s h") % {"hour": moment.hour}
    return _("%(hour)s h %(minute)02d") % {"hour": moment.hour, "minute": moment.minute}


def day_range(first, last):
    """ "du jeudi 12 au samedi 14 mars 2026", the shared month and year written once."""
    same_year = first.year == last.year
    same_month = same_year and first.month == last.month
    return _("from %(first)s to %(last)s") % {
        "first": full_day(first, with_year=not same_year, with_month=not same_month),
        "last": full_day(last),
    }


def event_when(event):
    """Say when `event` takes place, in Paris time; empty if it has no date yet."""
    if event.starts_at is None:
        return ""
    if event.all_day:
        first, last = event.start_date, event.local_last_day
        if first == last:
            return _("%(day)s, all day") % {"day": full_day(first)}
        return day_range(first, last)

    start, end = event.local_start, event.local_end
    if start.date() == end.date():
        if start == end:
            return _("%(day)s at %(start)s") % {"day": full_day(start), "start": clock_time(start)}
        return _("%(day)s, %(start)s – %(end)s") % {
            "day": full_day(start),
            "start": clock_time(start),
            "end": clock_time(end),
        }
    return _("from %(start_day)s, %(start)s to %(end_day)s, %(end)s") % {
        "start_day": full_day(start),
        "start": clock_time(start),
        "end_day": full_day(end),
        "end": clock_time(end),
    }
