"""Stamp every page of a PDF for one named recipient, with pypdf and a reportlab overlay."""

from __future__ import annotations

import io
from dataclasses import dataclass

from trustladder.errors import TrustladderError

CONFIDENTIAL = "Confidential — shared under NDA"


class CannotStamp(TrustladderError):
    """A PDF that cannot be stamped (encrypted, malformed, or the PDF extra not installed)."""


@dataclass(frozen=True)
class Stamp:
    """What every page carries."""

    recipient: str
    company: str
    date: str

    @property
    def lines(self) -> tuple[str, str]:
        """Two lines: who it is for, and the confidentiality notice."""
        return (f"Shared with {self.recipient} of {self.company} on {self.date}", CONFIDENTIAL)


def _overlay(width: float, height: float, stamp: Stamp) -> bytes:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setFillColor(Color(0.72, 0.1, 0.1, alpha=0.85))
    canvas.setFont("Helvetica-Bold", 8)
    first, second = stamp.lines
    canvas.drawString(24, 22, first)
    canvas.drawString(24, 12, second)
    canvas.drawRightString(width - 24, height - 16, second)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def stamp_pdf(data: bytes, stamp: Stamp) -> bytes:
    """The PDF with the stamp merged onto every page."""
    try:
        from pypdf import PdfReader, PdfWriter
        from pypdf.errors import PdfReadError
    except ImportError:
        raise CannotStamp(
            "stamping PDFs needs the evidence extra: pip install 'trustladder[evidence]'"
        ) from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise CannotStamp(
                "the PDF is encrypted; share an unencrypted copy so every page can be stamped"
            )
        writer = PdfWriter(clone_from=reader)
        for page in writer.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            page.merge_page(PdfReader(io.BytesIO(_overlay(width, height, stamp))).pages[0])
        if not writer.pages:
            raise CannotStamp("the PDF has no pages")
        out = io.BytesIO()
        writer.write(out)
    except CannotStamp:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CannotStamp(f"the PDF cannot be read ({type(exc).__name__}: {exc})") from None
    return out.getvalue()
