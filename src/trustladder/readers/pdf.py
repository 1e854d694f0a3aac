"""PDF text, located by page and line (pypdfium2: PDFium's text layer, fast and maintained).

Lines are joined into paragraphs (a blank line ends one) so a sentence wrapped across lines reads
as a sentence; every line keeps its own "page N, line M" location."""

from __future__ import annotations

from trustladder.readers import UnreadableFile
from trustladder.readers.located import UnitDocument
from trustladder.readers.model import Document

MAX_PAGES = 2000


def read_pdf(path: str, data: bytes) -> Document:
    """Read every page's text."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableFile("the PDF is encrypted; a password is needed to read it") from None
        raise UnreadableFile(f"not a readable PDF ({exc})") from None
    unit = UnitDocument(path)
    try:
        if len(pdf) > MAX_PAGES:
            raise UnreadableFile(f"{len(pdf):,} pages, over the limit of {MAX_PAGES:,}")
        for index in range(len(pdf)):
            text = pdf[index].get_textpage().get_text_bounded()
            paragraph: list[tuple[str, str]] = []
            for number, line in enumerate(
                text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1
            ):
                if line.strip():
                    paragraph.append((line.strip(), f"page {index + 1}, line {number}"))
                elif paragraph:
                    unit.add_paragraph(paragraph)
                    paragraph = []
            if paragraph:
                unit.add_paragraph(paragraph)
    finally:
        pdf.close()
    return unit.document()
