"""The command line: the only place that parses arguments, prints and exits."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from trustladder import __version__
from trustladder.errors import ExitCode, InputError, TrustladderError

if TYPE_CHECKING:
    from trustladder.facts import FactsDocument

TODAY_ENV = "TRUSTLADDER_TODAY"
F = TypeVar("F", bound=Callable[..., Any])


def _fatal(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    click.echo(f"trustladder: {message}", err=True)
    sys.exit(int(code))


def _reports_errors(command: F) -> F:
    """Turn library errors into a message and an exit code, never a traceback."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except InputError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            sys.exit(int(exc.exit_code))
        except TrustladderError as exc:
            _fatal(str(exc), exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("TRUSTLADDER_DEBUG"):
                raise
            _fatal(
                f"internal error: {type(exc).__name__}: {exc} (set TRUSTLADDER_DEBUG=1 for details)",
                ExitCode.INTERNAL,
            )

    return run  # type: ignore[return-value]


def _parse_today(_: click.Context, __: click.Parameter, value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD") from None


today_option = click.option(
    "--today",
    envvar=TODAY_ENV,
    callback=_parse_today,
    metavar="DATE",
    help=f"Judge as of this day (YYYY-MM-DD) instead of the system date; also ${TODAY_ENV}.",
)
facts_option = click.option(
    "--facts",
    "facts_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The facts file; by default trustladder.yaml in this folder or the nearest parent.",
)


def _load_document(facts_path: Path | None) -> FactsDocument:
    from trustladder.facts import FACTS_FILENAME, find_facts_file, load_facts_document

    if facts_path is None:
        found = find_facts_file(Path.cwd())
        if found is None:
            _fatal(
                f"no {FACTS_FILENAME} in {Path.cwd()} or any folder above it; pass --facts FILE "
                "or create one with `trustladder init`"
            )
        facts_path = found
    return load_facts_document(facts_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="trustladder")
def main() -> None:
    """Say exactly what is true about your SOC 2, at every stage, and nothing ahead of it."""


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="trustladder.yaml")
@click.option("--name", default="Your Company, Inc.", show_default=True, help="The company's name.")
@click.option(
    "--contact",
    default="security@example.com",
    show_default=True,
    help="Where buyers send security questions.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@_reports_errors
def init(path: Path, name: str, contact: str, force: bool) -> None:
    """Write a commented starter facts file."""
    from importlib.resources import files
    from string import Template

    if path.exists() and not force:
        _fatal(f"{path} already exists; pass --force to overwrite it")
    template = files("trustladder.facts").joinpath("starter.yaml").read_text(encoding="utf-8")
    path.write_text(
        Template(template).substitute(name=json.dumps(name), contact=json.dumps(contact)),
        encoding="utf-8",
    )
    click.echo(f"wrote {path}: record your facts, then run `trustladder status --facts {path}`")


@main.command()
@_reports_errors
def schema() -> None:
    """Print the facts file's JSON Schema, for editor completion."""
    from trustladder.facts.validate import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command()
@facts_option
@today_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@_reports_errors
def status(facts_path: Path | None, today: dt.date, output_format: str) -> None:
    """The stage, what may honestly be said today, reports held and what makes the next rung true.

    Exits 2 when the facts contradict each other.
    """
    from trustladder.config import load_settings
    from trustladder.output.status import status_json, status_text
    from trustladder.status import derive_status, honest_sentence

    document = _load_document(facts_path)
    settings = load_settings(Path(document.path).resolve().parent)
    result = derive_status(document.facts, today, settings.status)
    sentence = honest_sentence(document.facts, result)
    if output_format == "json":
        click.echo(status_json(result, sentence), nl=False)
    else:

        def where(field: str) -> str:
            mark = document.where(field)
            return f"{document.path}:{mark.line}: "

        click.echo(status_text(result, sentence, style=click.style, where=where), nl=False)
    if result.errors:
        sys.exit(int(ExitCode.USAGE))
