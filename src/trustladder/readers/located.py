"""Build a document from numbered units of text (paragraphs, PDF lines, cells) with labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from trustladder.readers.model import Block, BlockBuilder, BlockKind, Document


@dataclass
class UnitDocument:
    """Collects units; each unit is a line number for positions and a label for people."""

    path: str
    blocks: list[Block] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def add(
        self,
        text: str,
        label: str,
        kind: BlockKind = BlockKind.PARAGRAPH,
        quoted: bool = False,
        lead_in: str = "",
    ) -> None:
        """One unit of text: a paragraph, a table cell, a PDF line or a spreadsheet cell."""
        number = len(self.lines) + 1
        self.lines.append(text)
        self.labels[number] = label
        builder = BlockBuilder(kind=kind, quoted=quoted, lead_in=lead_in)
        builder.add(text, number, 1)
        if not builder.empty:
            self.blocks.append(builder.build())

    def add_paragraph(
        self,
        lines: list[tuple[str, str]],
        kind: BlockKind = BlockKind.PARAGRAPH,
        quoted: bool = False,
    ) -> None:
        """Several units (wrapped lines) read as one paragraph, each line keeping its own label."""
        builder = BlockBuilder(kind=kind, quoted=quoted)
        for text, label in lines:
            number = len(self.lines) + 1
            self.lines.append(text)
            self.labels[number] = label
            builder.space()
            builder.add(text, number, 1)
        if not builder.empty:
            self.blocks.append(builder.build())

    def document(self) -> Document:
        """The finished document."""
        return Document(self.path, tuple(self.blocks), (), tuple(self.lines), dict(self.labels))
