"""Write the honest answer for each channel from the facts, with Jinja2 templates.

Templates live in ``language/templates`` and can be overridden one by one from a folder of the
user's own. Undefined values are errors (StrictUndefined): a template that needs a fact the file
lacks fails with the field named, never with a "[month]" left in the text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from trustladder.errors import TrustladderError
from trustladder.facts.model import Facts
from trustladder.language.context import FIELD_OF, template_values
from trustladder.status.model import Status

CHANNELS = ("status-line", "questionnaire", "trust-page", "email", "faq", "talking-points")
FORMATS = ("text", "markdown", "html", "json")


class MissingFact(TrustladderError):
    """The chosen text needs a fact that the facts file does not give."""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@cache
def _environment(template_dir: str | None) -> Any:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

    loaders: list[Any] = [PackageLoader("trustladder.language", "templates")]
    if template_dir:
        loaders.insert(0, FileSystemLoader(template_dir))
    environment = Environment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    environment.filters["lower_first"] = _lower_first
    return environment


def render(
    channel: str, facts: Facts, status: Status, template_dir: str | Path | None = None
) -> str:
    """The channel's text in Markdown, written from the facts as they stand on ``status.today``."""
    from jinja2 import TemplateNotFound, UndefinedError

    environment = _environment(str(template_dir) if template_dir else None)
    try:
        template = environment.get_template(f"{channel}.md.j2")
        text = template.render(**template_values(facts, status))
    except TemplateNotFound:
        raise MissingFact(f"no template for the channel {channel!r}") from None
    except UndefinedError as exc:
        name = re.search(r"'([^']+)' is undefined|has no attribute '([^']+)'", str(exc))
        variable = next((g for g in name.groups() if g), "?") if name else "?"
        field = FIELD_OF.get(variable, variable)
        raise MissingFact(
            f"the {channel} text needs {field}, which the facts file does not give ({exc.message})"
        ) from None
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def as_format(channel: str, markdown: str, output_format: str) -> str:
    """Markdown as text, Markdown, HTML or a JSON object."""
    if output_format == "markdown":
        return markdown
    if output_format == "html":
        from markdown_it import MarkdownIt

        return str(MarkdownIt("commonmark").render(markdown))
    if output_format == "json":
        return json.dumps({"channel": channel, "text": markdown.strip()}, ensure_ascii=False) + "\n"
    return re.sub(r"(?m)^#+\s*", "", markdown).replace("`", "")
