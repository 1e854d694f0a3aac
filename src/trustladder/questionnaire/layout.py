"""Questionnaire workbooks (XLSX) and sheets (CSV): find the header row and the columns that hold
the question, the answer, the comment and the id, keeping everything else exactly as it was."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trustladder.atomic import write_atomic
from trustladder.errors import TrustladderError

ROLES = ("id", "question", "answer", "comment")
_HEADER_PATTERNS = {
    "id": re.compile(
        r"^\s*(?:question\s*id|id|ref(?:erence)?|#|no\.?|item|control\s*id|q\s*#?)\s*$", re.I
    ),
    "question": re.compile(r"question|requirement|control\s+(?:question|description)|ask", re.I),
    "answer": re.compile(r"answer|response|yes\s*/\s*no|compliance\s+status|status", re.I),
    "comment": re.compile(
        r"implementation\s+description|comment|note|explanation|additional\s+information|detail|evidence",
        re.I,
    ),
}
MAX_HEADER_SCAN = 25
MAX_FILE_BYTES = 50 * 1024 * 1024


class LayoutError(TrustladderError):
    """The questionnaire's layout cannot be worked out; the message says what to name."""


@dataclass
class Layout:
    """Where things are: 1-based header row and column numbers."""

    sheet: str
    header_row: int
    columns: dict[str, int] = field(default_factory=dict)

    def letter(self, role: str) -> str:
        """The spreadsheet letter of a role's column."""
        return column_letter(self.columns[role])


def column_letter(number: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_number(text: str) -> int:
    """A -> 1, "3" -> 3."""
    if text.isdigit():
        return int(text)
    number = 0
    for char in text.upper():
        number = number * 26 + ord(char) - 64
    return number


def detect(
    rows: list[list[Any]], sheet: str, overrides: dict[str, str | int | None]
) -> Layout | None:
    """The header row and columns of a sheet, or None if it has no question/answer header."""
    header_row = overrides.get("header_row")
    candidates = [int(header_row)] if header_row else range(1, min(len(rows), MAX_HEADER_SCAN) + 1)
    for number in candidates:
        if number > len(rows):
            continue
        row = [str(v).strip() if v is not None else "" for v in rows[number - 1]]
        columns: dict[str, int] = {}
        for role in ("answer", "question", "comment", "id"):
            for index, text in enumerate(row, start=1):
                if (
                    text
                    and index not in columns.values()
                    and _HEADER_PATTERNS[role].search(text)
                    and role not in columns
                ):
                    if role == "answer" and re.search(
                        r"ownership|description|question", text, re.I
                    ):
                        continue
                    if role == "question" and re.search(r"\bid\b", text, re.I):
                        continue
                    columns[role] = index
        for role in ROLES:
            if overrides.get(role):
                columns[role] = column_number(str(overrides[role]))
        if "question" in columns and "answer" in columns:
            return Layout(sheet, number, columns)
    return None


@dataclass
class Questionnaire:
    """A questionnaire file read for filling: its sheets' values, and how to write it back."""

    path: Path
    kind: str
    """xlsx or csv."""
    sheets: dict[str, list[list[Any]]]
    workbook: Any = None
    """The openpyxl workbook (xlsx), kept whole so styles, widths, validation and formulas survive."""
    dialect: Any = None
    encoding: str = "utf-8"
    validations: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """For xlsx: (sheet, cell) -> the allowed values of a list data validation."""

    def set(self, sheet: str, row: int, column: int, value: str) -> None:
        """Write one cell's value, and nothing else."""
        if self.kind == "xlsx":
            self.workbook[sheet].cell(row=row, column=column, value=value)
        rows = self.sheets[sheet]
        while len(rows[row - 1]) < column:
            rows[row - 1].append("")
        rows[row - 1][column - 1] = value

    def save(self, out: Path) -> None:
        """Write the questionnaire back in its own format."""
        if self.kind == "xlsx":
            workbook = io.BytesIO()
            self.workbook.save(workbook)
            write_atomic(out, workbook.getvalue())
            return
        buffer = io.StringIO()
        writer = csv.writer(buffer, dialect=self.dialect)
        writer.writerows(self.sheets["csv"])
        write_atomic(out, buffer.getvalue().encode(self.encoding))


def _read_csv(path: Path) -> Questionnaire:
    raw = path.read_bytes()
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = "cp1252", raw.decode("cp1252", errors="replace")
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [list(row) for row in csv.reader(io.StringIO(text), dialect=dialect)]
    return Questionnaire(path, "csv", {"csv": rows}, dialect=dialect, encoding=encoding)


def _read_xlsx(path: Path) -> Questionnaire:
    from trustladder.readers.archive import guard_zip

    guard_zip(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm", keep_links=True)
    except Exception as exc:
        raise LayoutError(
            f"{path}: not a readable workbook ({type(exc).__name__}: {exc})"
        ) from None
    sheets, validations = {}, {}
    for sheet in book.worksheets:
        sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
        for validation in sheet.data_validations.dataValidation:
            if (
                validation.type == "list"
                and validation.formula1
                and validation.formula1.startswith('"')
            ):
                allowed = [v.strip() for v in validation.formula1.strip('"').split(",")]
                for cell_range in validation.sqref.ranges:
                    for row in cell_range.rows:
                        for cell in row:
                            validations[(sheet.title, f"{column_letter(cell[1])}{cell[0]}")] = (
                                allowed
                            )
    return Questionnaire(path, "xlsx", sheets, workbook=book, validations=validations)


def read_questionnaire(path: Path) -> Questionnaire:
    """Read an XLSX/XLSM workbook or a CSV file."""
    if not path.is_file():
        raise LayoutError(f"{path}: no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise LayoutError(f"{path}: larger than {MAX_FILE_BYTES:,} bytes")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    raise LayoutError(f"{path}: a questionnaire must be .xlsx, .xlsm or .csv")
