"""The timeline as a picture: an SVG a trust page can embed, and a PNG made from it."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from trustladder.dates import long_date
from trustladder.errors import TrustladderError
from trustladder.facts.model import Facts
from trustladder.language.timeline import Phase, expectation
from trustladder.status.model import Status

WIDTH, LEFT, RIGHT, TOP, ROW = 1000, 250, 40, 120, 50
_FILL = {"done": "#0f766e", "under_way": "#2563eb", "expected": "#e0ecff"}
_STATE = {
    "done": ("done", "#0f766e"),
    "under_way": ("under way", "#2563eb"),
    "expected": ("expected", "#64748b"),
}
_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class ImagesUnavailable(TrustladderError):
    """PNG output needs the optional renderer."""


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("trustladder.language", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["svg.j2"]),
    )


def _span(phases: list[Phase], today: dt.date) -> tuple[dt.date, dt.date]:
    starts = [p.start for p in phases] + [today]
    ends = [p.window[1] if p.window else (p.end or p.start) for p in phases] + [today]
    return min(starts) - dt.timedelta(days=12), max(ends) + dt.timedelta(days=18)


def _ticks(first: dt.date, last: dt.date, x: Any) -> list[dict[str, Any]]:
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = 1 if months <= 14 else 2 if months <= 28 else 3
    ticks: list[dict[str, Any]] = []
    day, index, labelled_year = dt.date(first.year, first.month, 1), 0, None
    while day <= last:
        if day >= first:
            label = ""
            if index % step == 0:
                label = _SHORT_MONTHS[day.month - 1] + (
                    f" {day.year}" if day.year != labelled_year else ""
                )
                labelled_year = day.year
            ticks.append({"x": round(x(day), 1), "label": label})
            index += 1
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return ticks


def _row(phase: Phase, y: int, x: Any, today: dt.date) -> dict[str, Any]:
    text, colour = _STATE[phase.state]
    bar_end = phase.end or (phase.window[0] if phase.window else max(phase.start, today))
    rest = None
    if phase.state == "under_way":
        if phase.end is not None and phase.end > today:
            rest = {"x": round(x(today), 1), "w": max(round(x(phase.end) - x(today), 1), 2.0)}
        bar_end = today
    bar = None
    if bar_end > phase.start or phase.state != "expected":
        fill = _FILL["done"] if phase.state == "done" else _FILL[phase.state]
        bar = {
            "x": round(x(phase.start), 1),
            "w": max(round(x(bar_end) - x(phase.start), 1), 4.0),
            "fill": fill,
            "dashed": phase.state == "expected",
        }
    window = None
    if phase.window:
        window = {
            "x": round(x(phase.window[0]), 1),
            "w": max(round(x(phase.window[1]) - x(phase.window[0]), 1), 4.0),
        }
    right_edge = x(phase.window[1]) if phase.window else x(phase.end or bar_end)
    anchor = "end" if right_edge > WIDTH - 260 else "start"
    label_x = round(right_edge if anchor == "end" else x(phase.start), 1)
    return {
        "name": phase.name,
        "y": y,
        "state_text": text,
        "state_colour": colour,
        "bar": bar,
        "rest": rest,
        "window": window,
        "label": phase.detail,
        "label_x": label_x,
        "anchor": anchor,
    }


def _lines(text: str) -> list[str]:
    """One sentence a line, so the footnote never runs off the picture."""
    return [s if s.endswith(".") else s + "." for s in text.split(". ") if s]


def timeline_svg(facts: Facts, status: Status, phases: list[Phase]) -> str:
    """An SVG picture of the phases with a today marker."""
    first, last = (
        _span(phases, status.today)
        if phases
        else (status.today, status.today + dt.timedelta(days=30))
    )
    total = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return LEFT + (day - first).days / total * (WIDTH - LEFT - RIGHT)

    rows = [_row(p, TOP + 12 + i * ROW, x, status.today) for i, p in enumerate(phases)]
    rows_bottom = TOP + 12 + len(rows) * ROW
    target = "Type 2" if facts.soc2.target == "type2" else "Type 1"
    return str(
        _environment()
        .get_template("timeline.svg.j2")
        .render(
            width=WIDTH,
            height=rows_bottom + 100 + 17 * len(_lines(expectation(phases))),
            row_height=ROW,
            axis_y=TOP,
            rows_bottom=rows_bottom,
            title=f"{facts.organization.name} · SOC 2 {target} timeline",
            subtitle=f"Where the examination stands on {long_date(status.today)}. Future parts are typical windows, never promised dates.",
            description=expectation(phases),
            expectation=_lines(expectation(phases)),
            rows=rows,
            ticks=_ticks(first, last, x),
            today_x=round(x(status.today), 1),
            today=f"{_SHORT_MONTHS[status.today.month - 1]} {status.today.day}, {status.today.year}",
        )
    )


def svg_to_png(svg: str, width: int = 2000) -> bytes:
    """Render the SVG to PNG with resvg (the optional ``images`` extra)."""
    try:
        import resvg_py
    except ImportError:
        raise ImagesUnavailable(
            "PNG output needs the images extra: pip install 'trustladder[images]'"
        ) from None
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, width=width, background="#ffffff"))
