"""Calendar arithmetic in whole months, and the way dates are written for people."""

from __future__ import annotations

import calendar
import datetime as dt

ONE_DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_year(day: dt.date) -> str:
    """``April 2026``."""
    return f"{calendar.month_name[day.month]} {day.year}"


def long_date(day: dt.date) -> str:
    """``April 1, 2026``."""
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def period_text(start: dt.date, end: dt.date) -> str:
    """``April 1 – September 30, 2026``, naming the year once when both ends share it."""
    if start.year == end.year:
        return f"{calendar.month_name[start.month]} {start.day} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"
