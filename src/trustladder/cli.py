"""The command line: the only place that parses arguments, prints and exits."""

from __future__ import annotations

import contextlib
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


def format_option(*choices: str) -> Callable[[F], F]:
    """The --format option of a command, ``text`` first and the default."""
    return click.option(
        "--format", "output_format", type=click.Choice(choices), default="text", show_default=True
    )


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


def _derived(
    facts_path: Path | None, today: dt.date, *, consistent: bool = True
) -> tuple[FactsDocument, Any, Any]:
    """The facts document, its settings and the status on ``today``; with ``consistent``, contradictory
    facts stop the command with every error named."""
    from trustladder.config import load_settings
    from trustladder.status import derive_status

    document = _load_document(facts_path)
    settings = load_settings(Path(document.path).resolve().parent)
    status = derive_status(document.facts, today, settings.status)
    if consistent and status.errors:
        for problem in status.errors:
            line = document.where(problem.field).line
            click.echo(
                f"error: {document.path}:{line}: {problem.field}: {problem.message}", err=True
            )
        _fatal("the facts contradict each other; fix them first (see `trustladder status`)")
    return document, settings, status


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
@format_option("text", "json")
@_reports_errors
def status(facts_path: Path | None, today: dt.date, output_format: str) -> None:
    """The stage, what may honestly be said today, reports held and what makes the next rung true.

    Exits 2 when the facts contradict each other.
    """
    from trustladder.output.status import status_json, status_text
    from trustladder.status import honest_sentence

    document, _, result = _derived(facts_path, today, consistent=False)
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


def _context(
    facts_path: Path | None, today: dt.date, no_facts: bool
) -> tuple[Any, Any, str | None]:
    """The judging context, the settings, and the facts file used (None: the strictest case)."""
    from trustladder.config import load_settings
    from trustladder.facts import find_facts_file
    from trustladder.rules import Context

    if no_facts:
        return Context(None, None), load_settings(Path.cwd()), None
    if facts_path is None:
        facts_path = find_facts_file(Path.cwd())
    settings = load_settings(Path.cwd())
    if facts_path is None:
        return Context(None, None), settings, None
    from trustladder.status import honest_sentence

    document, _, status = _derived(facts_path, today)
    return (
        Context(document.facts, status, honest_sentence(document.facts, status)),
        settings,
        document.path,
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@format_option("text", "jsonl")
@facts_option
@_reports_errors
def claims(paths: tuple[str, ...], output_format: str, facts_path: Path | None) -> None:
    """List every SOC 2 status claim in the files, with what it asserts and where.

    With --facts, sentences naming the organization count as its own claims.
    """
    from dataclasses import asdict

    from trustladder.check.engine import read_input
    from trustladder.check.files import collect_files
    from trustladder.check.settings import CheckSettings
    from trustladder.claims import extract_claims
    from trustladder.readers import UnreadableFile

    names: tuple[str, ...] = ()
    if facts_path is not None:
        names = (_load_document(facts_path).facts.organization.name,)
    settings = CheckSettings()
    failed = False
    for path in collect_files(paths, settings):
        try:
            document = read_input(path, settings)
        except UnreadableFile as exc:
            click.echo(f"{path}: cannot read: {exc}", err=True)
            failed = True
            continue
        for claim in extract_claims(document, names):
            if output_format == "jsonl":
                record = asdict(claim)
                record["terms"] = list(claim.terms)
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                extras = "/".join(
                    x
                    for x in (
                        claim.report_type,
                        claim.date_promise and f"date:{claim.date_promise}",
                    )
                    if x
                )
                click.echo(
                    f"{claim.path}:{claim.line}:{claim.column}: {claim.kind} {claim.polarity} "
                    f"({claim.subject}{'; ' + extras if extras else ''}): {claim.text}"
                )
    if failed:
        sys.exit(int(ExitCode.USAGE))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@facts_option
@click.option(
    "--no-facts",
    is_flag=True,
    help="Ignore any trustladder.yaml and judge as if no report is held.",
)
@today_option
@format_option("text", "json", "sarif", "github")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    help="The lowest severity that exits 1 (default from settings: warning).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--changed",
    "changed_base",
    is_flag=False,
    flag_value="HEAD",
    default=None,
    metavar="[BASE]",
    help="Check only files changed in git against BASE (default HEAD), untracked files included.",
)
@click.option(
    "--jobs", type=click.IntRange(min=1), help="Processes for large trees (default: one per CPU)."
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the findings cache.")
@click.option(
    "--sitemap", "sitemaps", multiple=True, metavar="URL", help="Check the pages a sitemap lists."
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), default=500, show_default=True, help="Crawl limit."
)
@click.option(
    "--crawl-concurrency", type=click.IntRange(min=1, max=32), default=4, show_default=True
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds per request.",
)
@click.option(
    "--any-host",
    is_flag=True,
    help="Follow links to other hosts (default: the starting host only).",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Record the current findings as the baseline, then exit 0.",
)
@_reports_errors
def check(
    changed_base: str | None,
    jobs: int | None,
    no_cache: bool,
    sitemaps: tuple[str, ...],
    max_pages: int,
    crawl_concurrency: int,
    timeout: float,
    any_host: bool,
    paths: tuple[str, ...],
    facts_path: Path | None,
    no_facts: bool,
    today: dt.date,
    output_format: str,
    fail_on: str | None,
    baseline_path: str | None,
    write_baseline_path: str | None,
) -> None:
    """Find SOC 2 claims in Markdown, HTML and text, and judge them against the facts.

    Exits 0 with no finding at or above the failing severity, 1 with findings, 2 on bad usage,
    facts or settings.
    """
    from trustladder.rules import severity_rank

    context, settings, used_facts = _context(facts_path, today, no_facts)
    names = (context.facts.organization.name,) if context.facts else ()
    baseline = None
    if baseline_path:
        from trustladder.check.baseline import read_baseline

        baseline = read_baseline(baseline_path)
    urls = [p for p in paths if p.startswith(("http://", "https://"))]
    paths = tuple(p for p in paths if p not in urls)
    pages_result = None
    if urls or sitemaps:
        from trustladder.check.crawl import CrawlSettings

        crawl_settings = CrawlSettings(
            max_pages=max_pages,
            concurrency=crawl_concurrency,
            timeout=timeout,
            same_host=not any_host,
        )
        pages_result = _crawl(urls, sitemaps, crawl_settings, context, settings, names)
    files = None
    if changed_base is not None:
        from trustladder.check.files import changed_files

        files = changed_files(changed_base, paths, settings.check)
    if paths or files is not None or pages_result is None:
        result = _run_check(paths, context, settings, names, baseline, jobs, no_cache, files)
        if pages_result is not None:
            result.findings += pages_result.findings
            result.errors += pages_result.errors
            result.files += pages_result.files
    else:
        result = pages_result
    if write_baseline_path:
        from trustladder.check.baseline import write_baseline

        write_baseline(write_baseline_path, result.findings)
        click.echo(f"wrote {write_baseline_path}: {len(result.active)} findings recorded")
        return
    _emit(result, output_format, used_facts)
    threshold = severity_rank(fail_on or settings.check.fail_on)
    if any(severity_rank(f.severity) >= threshold for f in result.active):
        sys.exit(int(ExitCode.FINDINGS))
    if result.errors:
        sys.exit(int(ExitCode.USAGE))


def _emit(result: Any, output_format: str, used_facts: str | None) -> None:
    """Print check results in the chosen format (and the GitHub job summary when asked)."""
    from trustladder.output.findings import findings_json, findings_text

    no_report_assumed = used_facts is None
    if output_format == "json":
        click.echo(
            findings_json(result, no_facts=no_report_assumed, facts_path=used_facts), nl=False
        )
    elif output_format == "sarif":
        from trustladder.output.sarif import findings_sarif

        click.echo(findings_sarif(result), nl=False)
    elif output_format == "github":
        from trustladder.output.github import job_summary, workflow_commands

        click.echo(workflow_commands(result), nl=False)
        summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_path:
            with open(summary_path, "a", encoding="utf-8") as handle:
                handle.write(job_summary(result))
    else:
        lines = {f.path: _read_lines(f.path) for f in result.active}
        click.echo(
            findings_text(result, lines, no_facts=no_report_assumed, style=click.style), nl=False
        )


def _crawl(
    urls: list[str],
    sitemaps: tuple[str, ...],
    crawl_settings: Any,
    context: Any,
    settings: Any,
    names: tuple[str, ...],
) -> Any:
    """Fetch the sitemaps' pages and crawl from the URLs named, then check what was fetched."""
    from trustladder.check.crawl import Crawler, sitemap_urls
    from trustladder.check.engine import check_pages

    crawler = Crawler(crawl_settings)
    starts = list(urls)
    for sitemap in sitemaps:
        try:
            starts += sitemap_urls(crawler.fetch_text(sitemap))
        except OSError as exc:
            _fatal(f"cannot fetch the sitemap {sitemap}: {exc}")
    if not starts:
        _fatal("no pages to check: the sitemaps list no URLs")
    return check_pages(crawler.crawl(starts), context, settings.check, names)


def _run_check(
    paths: tuple[str, ...],
    context: Any,
    settings: Any,
    names: tuple[str, ...],
    baseline: Any,
    jobs: int | None,
    no_cache: bool,
    files: list[str] | None,
) -> Any:
    """Run the checker with a cache and, on a terminal outside CI, a progress bar."""
    from trustladder.check.cache import CACHE_DIR_ENV, DEFAULT_CACHE_DIR
    from trustladder.check.engine import check_paths
    from trustladder.check.files import collect_files

    if not paths and files is None:
        _fatal("name the files or folders to check (or use --changed)")
    inputs = files if files is not None else list(collect_files(paths, settings.check))
    cache_dir = None if no_cache else Path(os.environ.get(CACHE_DIR_ENV) or DEFAULT_CACHE_DIR)
    show = sys.stderr.isatty() and not os.environ.get("CI") and len(inputs) > 20
    bar = click.progressbar(length=len(inputs), label="checking", file=sys.stderr) if show else None
    with bar if bar is not None else contextlib.nullcontext():
        return check_paths(
            paths,
            context,
            settings.check,
            names,
            baseline,
            jobs=jobs,
            cache_dir=cache_dir,
            files=inputs,
            progress=bar.update if bar is not None else None,
        )


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


@main.command()
@format_option("text", "markdown")
def rules(output_format: str) -> None:
    """List every rule with its id, name, default severity and why it matters."""
    from trustladder.output.rules import rules_markdown, rules_text

    click.echo(rules_markdown() if output_format == "markdown" else rules_text(), nl=False)


@main.command()
@click.argument(
    "channel",
    type=click.Choice(
        ["all", "status-line", "questionnaire", "trust-page", "email", "faq", "talking-points"]
    ),
    default="all",
)
@facts_option
@today_option
@format_option("text", "markdown", "html", "json")
@click.option(
    "--templates",
    "template_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="A folder of your own templates (CHANNEL.md.j2) that replace the built-in ones.",
)
@_reports_errors
def say(
    channel: str,
    facts_path: Path | None,
    today: dt.date,
    output_format: str,
    template_dir: Path | None,
) -> None:
    """Write what may honestly be said today, for a channel or for all of them."""
    from trustladder.language.render import CHANNELS, as_format, render

    document, _, status = _derived(facts_path, today)
    channels = CHANNELS if channel == "all" else (channel,)
    texts = {name: render(name, document.facts, status, template_dir) for name in channels}
    if output_format == "json":
        click.echo(
            json.dumps(
                {"stage": status.stage.value, "today": today.isoformat(), "channels": texts},
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    parts = []
    for name, text in texts.items():
        body = as_format(name, text, output_format)
        if channel == "all":
            heading = {
                "markdown": f"# {name}\n\n",
                "html": f"<h1>{name}</h1>\n",
                "text": f"== {name}\n",
            }[output_format]
            body = heading + body
        parts.append(body)
    click.echo("\n".join(parts), nl=False)


@main.command()
@facts_option
@today_option
@format_option("text", "svg", "png")
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (required for png).",
)
@_reports_errors
def timeline(
    facts_path: Path | None, today: dt.date, output_format: str, out_path: Path | None
) -> None:
    """The review period, fieldwork and signing, with readiness before them: done, under way, or a
    typical window. Never a day."""
    from trustladder.language.timeline import timeline as build
    from trustladder.language.timeline import timeline_text
    from trustladder.language.timeline_svg import svg_to_png, timeline_svg

    document, settings, status = _derived(facts_path, today)
    phases = build(document.facts, status, settings.timeline)
    if output_format == "text":
        output: str | bytes = timeline_text(document.facts, status, phases)
    elif output_format == "svg":
        output = timeline_svg(document.facts, status, phases)
    else:
        if out_path is None:
            _fatal("--format png needs --out FILE.png")
        output = svg_to_png(timeline_svg(document.facts, status, phases))
    if out_path is None:
        click.echo(output, nl=False)
    elif isinstance(output, bytes):
        out_path.write_bytes(output)
    else:
        out_path.write_text(output, encoding="utf-8")


@main.command()
@facts_option
@today_option
@format_option("text", "markdown", "json")
@_reports_errors
def advise(facts_path: Path | None, today: dt.date, output_format: str) -> None:
    """What to offer when a deal is blocked waiting for the report, ordered for this stage."""
    from trustladder.language.advise import addendum, advice_text, ordered_options

    document, _, status = _derived(facts_path, today)
    if output_format == "json":
        options = [
            {"key": o.key, "title": o.title, "why": o.why}
            for o in ordered_options(document.facts, status)
        ]
        click.echo(
            json.dumps(
                {
                    "stage": status.stage.value,
                    "options": options,
                    "addendum": addendum(document.facts, status),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    click.echo(advice_text(document.facts, status, markdown=output_format == "markdown"), nl=False)


@main.group(invoke_without_command=True)
@facts_option
@today_option
@format_option("text", "json")
@click.pass_context
@_reports_errors
def evidence(
    ctx: click.Context, facts_path: Path | None, today: dt.date, output_format: str
) -> None:
    """The interim evidence stack: status, age, freshness, sharing level, the label each item must
    carry, and what to produce next. Subcommands build an NDA pack and list past shares."""
    ctx.obj = {"facts_path": facts_path, "today": today}
    if ctx.invoked_subcommand is not None:
        return
    from trustladder.evidence.stack import evidence_stack, next_items

    document, settings, status = _derived(facts_path, today)
    items = evidence_stack(
        document.facts, status, Path(document.path).resolve().parent, settings.evidence
    )
    steps = next_items(items, status, document.facts)
    if output_format == "json":
        records = [
            {
                "key": i.key,
                "title": i.title,
                "status": i.status,
                "share": i.share,
                "label": i.label,
                "date": i.date.isoformat() if i.date else None,
                "age_days": i.age_days,
                "file": str(i.file) if i.file else None,
                "shareable": i.shareable,
                "problems": list(i.problems),
            }
            for i in items
        ]
        click.echo(
            json.dumps(
                {"stage": status.stage.value, "items": records, "next": steps},
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    lines = [
        f"{document.facts.organization.name}: interim evidence on {today} ({status.stage.value.replace('_', ' ')})"
    ]
    for item in items:
        age = f", {item.age_days} days old" if item.age_days is not None else ""
        date = f" {item.date}{age}" if item.date else ""
        lines.append(f"  {item.title}: {item.status}{date}; share: {item.share}")
        lines.append(f"      label: {item.label}")
        lines.extend(f"      ! {problem}" for problem in item.problems)
    lines.append("Next to produce:" if steps else "Next to produce: nothing; keep each item fresh")
    lines.extend(f"  {number}. {step}" for number, step in enumerate(steps, start=1))
    click.echo("\n".join(lines))
    if any(p.startswith("file") for i in items for p in i.problems):
        sys.exit(int(ExitCode.FINDINGS))


@evidence.command("pack")
@click.option("--recipient", required=True, help='Who receives it: "Name <email>".')
@click.option("--company", required=True, help="The recipient's company.")
@click.option(
    "--items", "item_keys", help="Comma-separated item keys; by default every shareable item."
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="FILE.zip",
)
@click.pass_obj
@_reports_errors
def evidence_pack(
    obj: dict[str, Any], recipient: str, company: str, item_keys: str | None, out_path: Path
) -> None:
    """Build a zip for one named recipient: stamped PDFs, a manifest and a cover note; record it."""
    from trustladder.evidence.pack import build_pack
    from trustladder.evidence.stack import evidence_stack

    document, settings, status = _derived(obj["facts_path"], obj["today"])
    base = Path(document.path).resolve().parent
    items = evidence_stack(document.facts, status, base, settings.evidence)
    keys = [k.strip() for k in item_keys.split(",") if k.strip()] if item_keys else None
    result = build_pack(
        document.facts, status, items, recipient, company, out_path, _ledger_path(base), keys
    )
    click.echo(f"wrote {out_path} (pack {result.pack_id}) for {recipient}, {company}:")
    for meta in result.included:
        click.echo(
            f"  + {meta['title']}: {meta['file']} sha256 {meta['sha256'][:16]}…{' (stamped)' if meta['stamped'] else ''}"
        )
    for key, reason in result.left_out:
        click.echo(f"  - {key}: {reason}")
    click.echo(f"recorded in {_ledger_path(base)}")


@evidence.command("shares")
@click.pass_obj
@_reports_errors
def evidence_shares(obj: dict[str, Any]) -> None:
    """Every evidence pack shared so far, from the append-only ledger."""
    from trustladder.evidence import ledger

    document = _load_document(obj["facts_path"])
    path = _ledger_path(Path(document.path).resolve().parent)
    read = ledger.read(path)
    if not read.records:
        click.echo(f"no shares recorded in {path}")
    for record in read.records:
        items = ", ".join(f"{i['key']} ({i['sha256'][:12]}…)" for i in record["items"])
        click.echo(
            f"{record['at']}  {record['recipient']} <{record['email']}>, {record['company']}: {items}  [{record['pack_id']}]"
        )
    for number in read.skipped:
        click.echo(
            f"warning: {path}:{number}: an incomplete record (an interrupted write) was skipped",
            err=True,
        )


def _ledger_path(base: Path) -> Path:
    from trustladder.evidence.ledger import LEDGER_NAME

    return base / ".trustladder" / LEDGER_NAME


def _layout_options(command: F) -> F:
    for option in reversed(
        [
            click.option(
                "--sheet",
                help="The sheet to read (default: every sheet with a question and an answer column).",
            ),
            click.option("--header-row", type=int, help="The header row, when detection fails."),
            click.option("--id-col", help="The question-id column (letter or number)."),
            click.option("--question-col", help="The question column."),
            click.option("--answer-col", help="The answer column."),
            click.option("--comment-col", help="The column for descriptions and comments."),
        ]
    ):
        command = option(command)
    return command


def _overrides(options: dict[str, Any]) -> dict[str, Any]:
    keys = {
        "sheet": "sheet",
        "header_row": "header_row",
        "id_col": "id",
        "question_col": "question",
        "answer_col": "answer",
        "comment_col": "comment",
    }
    return {role: options[name] for name, role in keys.items() if options.get(name)}


@main.group()
def questionnaire() -> None:
    """Answer the SOC 2 questions of a buyer's questionnaire from the facts, and check answers."""


@questionnaire.command("fill")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@facts_option
@today_option
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace answers already written.")
@format_option("text", "json")
@_layout_options
@_reports_errors
def questionnaire_fill(
    source: Path,
    facts_path: Path | None,
    today: dt.date,
    out_path: Path,
    overwrite: bool,
    output_format: str,
    **layout: Any,
) -> None:
    """Fill SOURCE (.xlsx, .xlsm or .csv) into --out, keeping its layout; report what was left."""
    from trustladder.questionnaire.fill import fill, save
    from trustladder.questionnaire.layout import read_questionnaire

    document, _, status = _derived(facts_path, today)
    book = read_questionnaire(source)
    result = fill(book, document.facts, status, _overrides(layout), overwrite)
    save(book, out_path)
    if output_format == "json":
        click.echo(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    filled = [r for r in result.rows if r.action == "filled"]
    left = [r for r in result.rows if r.action == "left"]
    click.echo(
        f"wrote {out_path}: {len(filled)} answered from the facts, {len(left)} left for a person, "
        f"{result.untouched} not about SOC 2 and untouched"
    )
    for row in filled:
        click.echo(f"  filled {row.sheet}!{row.row} {row.id or ''} [{row.topic}] {row.answer}")
    for row in left:
        click.echo(f"  left   {row.sheet}!{row.row} {row.id or ''} [{row.topic}] {row.description}")


@questionnaire.command("check")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@facts_option
@click.option("--no-facts", is_flag=True, help="Judge as if no report is held.")
@today_option
@format_option("text", "json")
@_layout_options
@_reports_errors
def questionnaire_check(
    source: Path,
    facts_path: Path | None,
    no_facts: bool,
    today: dt.date,
    output_format: str,
    **layout: Any,
) -> None:
    """Check every answer already written in SOURCE, located by sheet and cell."""
    from trustladder.check.engine import CheckResult
    from trustladder.output.findings import findings_json, findings_text
    from trustladder.questionnaire.check import check_questionnaire
    from trustladder.questionnaire.layout import read_questionnaire
    from trustladder.rules import severity_rank

    context, settings, used = _context(facts_path, today, no_facts)
    result = CheckResult(
        check_questionnaire(
            read_questionnaire(source), context, _overrides(layout), settings.check
        ),
        files=1,
    )
    if output_format == "json":
        click.echo(findings_json(result, no_facts=used is None, facts_path=used), nl=False)
    else:
        click.echo(findings_text(result, {}, no_facts=used is None, style=click.style), nl=False)
    if any(
        severity_rank(f.severity) >= severity_rank(settings.check.fail_on) for f in result.active
    ):
        sys.exit(int(ExitCode.FINDINGS))
