"""Spreadsheets (XLSX, CSV) as text: every cell, located as Sheet!B4."""

from __future__ import annotations

from pathlib import Path

from trustladder.readers.located import UnitDocument
from trustladder.readers.model import BlockKind, Document

MAX_CELLS = 500_000


def read_sheet(path: str, data: bytes) -> Document:
    """Every non-empty text cell of every sheet."""
    from trustladder.questionnaire.layout import column_letter, read_questionnaire

    book = read_questionnaire(Path(path))
    unit = UnitDocument(path)
    seen = 0
    for name, rows in book.sheets.items():
        for row_number, row in enumerate(rows, start=1):
            for column_number, value in enumerate(row, start=1):
                if not isinstance(value, str) or not value.strip() or value.startswith("="):
                    continue
                seen += 1
                if seen > MAX_CELLS:
                    return unit.document()
                where = (
                    f"{name}!{column_letter(column_number)}{row_number}"
                    if book.kind == "xlsx"
                    else f"{column_letter(column_number)}{row_number}"
                )
                unit.add(value.strip(), where, BlockKind.TABLE_CELL)
    return unit.document()
