"""DOCX: paragraphs, tables, headers, footers and text boxes, located by paragraph or table cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trustladder.readers.archive import guard_zip
from trustladder.readers.located import UnitDocument
from trustladder.readers.model import BlockKind, Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(element: Any) -> str:
    parts = []
    for node in element.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{W}tab", f"{W}br"):
            parts.append(" ")
    return "".join(parts).strip()


def _read_part(unit: UnitDocument, root: Any, where: str) -> None:
    paragraph_number = 0
    for table_index, table in enumerate(root.iter(f"{W}tbl"), start=1):
        for row_index, row in enumerate(table.iter(f"{W}tr"), start=1):
            for cell_index, cell in enumerate(row.iter(f"{W}tc"), start=1):
                text = " ".join(_paragraph_text(p) for p in cell.iter(f"{W}p"))
                unit.add(
                    text,
                    f"{where}table {table_index}, row {row_index}, cell {cell_index}",
                    BlockKind.TABLE_CELL,
                )
    in_table = {id(p) for table in root.iter(f"{W}tbl") for p in table.iter(f"{W}p")}
    in_box = {id(p) for box in root.iter(f"{W}txbxContent") for p in box.iter(f"{W}p")}
    for paragraph in root.iter(f"{W}p"):
        if id(paragraph) in in_table:
            continue
        paragraph_number += 1
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        heading = style is not None and "heading" in (style.get(f"{W}val") or "").lower()
        kind = BlockKind.HEADING if heading else BlockKind.PARAGRAPH
        label = (
            f"{where}text box paragraph {paragraph_number}"
            if id(paragraph) in in_box
            else f"{where}paragraph {paragraph_number}"
        )
        unit.add(_paragraph_text(paragraph), label, kind)


def read_docx(path: str, data: bytes | None = None) -> Document:
    """Read a DOCX file; refuse zip bombs first, parse with python-docx."""
    guard_zip(Path(path))
    from docx import Document as open_docx

    document = open_docx(path)
    unit = UnitDocument(path)
    _read_part(unit, document.element.body, "")
    for number, section in enumerate(document.sections, start=1):
        for name, part in (("header", section.header), ("footer", section.footer)):
            if part is not None and not part.is_linked_to_previous:
                _read_part(unit, part._element, f"section {number} {name}, ")
    return unit.document()
