"""The pack's cover note and readable manifest, written from the facts."""

from __future__ import annotations

from functools import cache
from typing import Any

from trustladder.facts.model import Facts
from trustladder.status.model import Status


@cache
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("trustladder.evidence", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html.j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def cover_note(facts: Facts, status: Status, manifest: dict[str, Any]) -> str:
    """Plain text: the status line, then what each item is and is not."""
    call = facts.evidence.security_call
    return str(
        _environment()
        .get_template("cover-note.txt.j2")
        .render(
            manifest=manifest,
            contact=facts.organization.security_contact,
            lead=facts.organization.security_lead,
            call=call is not None and call.status == "available",
        )
    )


def manifest_html(manifest: dict[str, Any]) -> str:
    """The manifest as a page a reviewer can open."""
    return str(_environment().get_template("manifest.html.j2").render(manifest=manifest))
