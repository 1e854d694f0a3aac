"""Fill the SOC 2 questions of a questionnaire from the facts, leave everything else alone, and
check answers already written."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from trustladder.facts.model import Facts
from trustladder.questionnaire.answer import YES, answer, in_vocabulary, topic_of
from trustladder.questionnaire.layout import (
    Layout,
    LayoutError,
    Questionnaire,
    column_letter,
    detect,
)
from trustladder.status.model import Status

DEFAULT_VOCABULARY = ["Yes", "No", "NA"]


@dataclass(frozen=True)
class Row:
    """One question and what happened to it."""

    sheet: str
    row: int
    id: str
    question: str
    topic: str
    action: str
    """filled, or left (for a person)."""
    answer: str
    description: str


@dataclass
class Result:
    """The report of a fill."""

    rows: list[Row]
    untouched: int
    """Questions not about SOC 2, audits or testing: left exactly as they were."""

    def as_json(self) -> dict[str, Any]:
        """The report for tools."""
        return {
            "filled": [asdict(r) for r in self.rows if r.action == "filled"],
            "left_for_a_person": [asdict(r) for r in self.rows if r.action == "left"],
            "untouched": self.untouched,
        }


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _cell(cells: list[Any], layout: Layout, role: str) -> str:
    """The text in a row's cell for a role, or "" when the row is shorter or the role has no column."""
    index = layout.columns.get(role)
    return _text(cells[index - 1]) if index and len(cells) >= index else ""


def layouts(book: Questionnaire, overrides: dict[str, Any]) -> list[Layout]:
    """The questionnaire sheets of a workbook (or the one sheet named)."""
    names = [overrides["sheet"]] if overrides.get("sheet") else list(book.sheets)
    if overrides.get("sheet") and overrides["sheet"] not in book.sheets:
        raise LayoutError(
            f"no sheet named {overrides['sheet']!r} (sheets: {', '.join(book.sheets)})"
        )
    found = [layout for name in names if (layout := detect(book.sheets[name], name, overrides))]
    if not found:
        raise LayoutError(
            "no header row with a question column and an answer column was found in the first rows; name them "
            "with --header-row, --question-col and --answer-col (letters or numbers)"
        )
    return found


def _vocabulary(book: Questionnaire, layout: Layout, row: int) -> list[str]:
    cell = f"{layout.letter('answer')}{row}"
    if (layout.sheet, cell) in book.validations:
        return book.validations[(layout.sheet, cell)]
    seen = {
        _text(r[layout.columns["answer"] - 1])
        for r in book.sheets[layout.sheet][layout.header_row :]
        if len(r) >= layout.columns["answer"]
    }
    seen = {v for v in seen if v and len(v) <= 16}
    return sorted(seen) if any(v.lower() in YES for v in seen) else DEFAULT_VOCABULARY


def fill(
    book: Questionnaire,
    facts: Facts,
    status: Status,
    overrides: dict[str, Any],
    overwrite: bool = False,
) -> Result:
    """Answer every SOC 2 question the facts can answer; report the rest."""
    rows: list[Row] = []
    untouched = 0
    for layout in layouts(book, overrides):
        values = book.sheets[layout.sheet]
        for number in range(layout.header_row + 1, len(values) + 1):
            cells = values[number - 1]
            get = partial(_cell, cells, layout)
            question = get("question")
            if not question:
                continue
            topic = topic_of(get("id"), question)
            if topic is None:
                untouched += 1
                continue
            row = Row(layout.sheet, number, get("id"), question, topic, "left", get("answer"), "")
            proposed = answer(topic, facts, status)
            word = (
                in_vocabulary(proposed.value, _vocabulary(book, layout, number))
                if proposed.value
                else None
            )
            if proposed.value is None:
                rows.append(replace(row, description=proposed.description))
            elif word is None:
                rows.append(
                    replace(row, description=f"the answer list has no word for {proposed.value!r}")
                )
            elif get("answer") and not overwrite:
                rows.append(replace(row, description="already answered; --overwrite replaces it"))
            else:
                book.set(layout.sheet, number, layout.columns["answer"], word)
                if "comment" in layout.columns and (overwrite or not get("comment")):
                    book.set(layout.sheet, number, layout.columns["comment"], proposed.description)
                rows.append(
                    replace(row, action="filled", answer=word, description=proposed.description)
                )
    return Result(rows, untouched)


def answer_cells(
    book: Questionnaire, overrides: dict[str, Any]
) -> list[tuple[Layout, int, str, str, str, str]]:
    """Every written answer: (layout, row, id, question, cell reference, text), answers and comments."""
    found = []
    for layout in layouts(book, overrides):
        for number in range(layout.header_row + 1, len(book.sheets[layout.sheet]) + 1):
            cells = book.sheets[layout.sheet][number - 1]

            get = partial(_cell, cells, layout)
            for role in ("answer", "comment"):
                if role in layout.columns and get(role):
                    reference = f"{layout.sheet}!{column_letter(layout.columns[role])}{number}"
                    found.append((layout, number, get("id"), get("question"), reference, get(role)))
    return found


def save(book: Questionnaire, out: Path) -> None:
    """Write the filled questionnaire."""
    book.save(out)
