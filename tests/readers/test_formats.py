"""DOCX, PDF, e-mail, CSV and XLSX made in the tests: the same claims give the same findings in
every format, located where a person can find them; hostile files fail alone."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.message
import json
import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from trustladder.check.engine import check_paths
from trustladder.check.settings import CheckSettings
from trustladder.cli import main
from trustladder.facts import load_facts
from trustladder.rules import Context
from trustladder.status import derive_status, honest_sentence

docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")
canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")

SENTENCES = [
    "We are SOC 2 certified.",
    "You'll have our SOC 2 report on the 15th.",
    "Our SOC 2 Type 2 review period began in June 2026.",
    "“SOC 2 certified” is never accurate.",
    "We are SOC 2 compliant.",
    "Customers ask whether we are SOC 2 certified.",
]


def _context() -> Context:
    facts = load_facts(EXAMPLES / "review-period-type1-held" / "trustladder.yaml")
    status = derive_status(facts, dt.date(2026, 11, 26))
    return Context(facts, status, honest_sentence(facts, status))


def write_all_formats(folder: Path, sentences: list[str]) -> dict[str, Path]:
    paths = {
        name: folder / f"page.{name}"
        for name in ("md", "html", "txt", "docx", "pdf", "eml", "csv", "xlsx")
    }
    paths["md"].write_text("# Security\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
    paths["html"].write_text(
        "<h1>Security</h1>" + "".join(f"<p>{s}</p>" for s in sentences), encoding="utf-8"
    )
    paths["txt"].write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    document = docx.Document()
    document.add_heading("Security", level=1)
    for sentence in sentences:
        document.add_paragraph(sentence)
    document.save(paths["docx"])
    canvas = canvas_module.Canvas(str(paths["pdf"]))
    canvas.setFont("Helvetica", 11)
    y = 720
    for sentence in sentences:
        canvas.drawString(72, y, sentence.replace("“", '"').replace("”", '"'))
        y -= 40  # a blank line between sentences: separate paragraphs
    canvas.save()
    message = email.message.EmailMessage()
    message["Subject"] = "Security"
    message["From"] = "sales@quillon.example"
    message["To"] = "buyer@example.com"
    message.set_content("\n\n".join(sentences) + "\n")
    paths["eml"].write_bytes(bytes(message))
    paths["csv"].write_text(
        "Topic,Text\n" + "".join(f'Security,"{s}"\n' for s in sentences), encoding="utf-8"
    )
    book = openpyxl.Workbook()
    book.active.title = "Answers"
    for sentence in sentences:
        book.active.append(["Security", sentence])
    book.save(paths["xlsx"])
    return paths


def test_the_same_claims_give_the_same_findings_in_every_format(tmp_path: Path) -> None:
    paths = write_all_formats(tmp_path, SENTENCES)
    results = {}
    for name, path in paths.items():
        result = check_paths([str(path)], _context(), CheckSettings())
        assert result.errors == [], (name, result.errors)
        results[name] = Counter((f.rule, f.text.replace('"', "“")) for f in result.findings)
    expected = Counter(
        {
            ("TL101", "SOC 2 certified"): 1,
            ("TL107", "'ll have our SOC 2"): 1,
            ("TL103", "SOC 2 compliant"): 1,
        }
    )
    for name, found in results.items():
        assert found == expected, name


def test_locations_are_ones_a_person_can_find(tmp_path: Path) -> None:
    paths = write_all_formats(tmp_path, SENTENCES)
    where = {
        name: sorted(
            f.location or f"{f.line}:{f.column}"
            for f in check_paths([str(p)], _context(), CheckSettings()).findings
        )
        for name, p in paths.items()
    }
    assert where["docx"] == ["paragraph 2", "paragraph 3", "paragraph 6"]
    assert where["pdf"] == ["page 1, line 1", "page 1, line 2", "page 1, line 5"]
    assert where["xlsx"] == ["Answers!B1", "Answers!B2", "Answers!B5"]
    assert where["csv"] == ["B2", "B3", "B6"]
    assert where["eml"] == ["text/plain line 1", "text/plain line 3", "text/plain line 9"]


def test_docx_headers_footers_tables_and_text_boxes_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Acme: SOC 2 certified"
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "We are SOC 2 Type II certified."
    path = tmp_path / "deck.docx"
    document.save(path)
    found = {f.location for f in check_paths([str(path)], _context(), CheckSettings()).findings}
    assert {"section 1 header, paragraph 1", "table 1, row 1, cell 2"} <= found


def test_an_email_reply_quotes_someone_elses_words(tmp_path: Path) -> None:
    message = email.message.EmailMessage()
    message["Subject"] = "Re: vendor review"
    message.set_content(
        "Thanks, we will send our readiness summary.\n\nOn Mon, Mar 2, 2026, Dana wrote:\n> Are you SOC 2 certified?\n> We are SOC 2 certified ourselves.\n"
    )
    message.add_alternative("<p>Thanks, we will send our readiness summary.</p>", subtype="html")
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(message))
    assert check_paths([str(path)], _context(), CheckSettings()).findings == []


def test_an_mbox_is_read_message_by_message(tmp_path: Path) -> None:
    path = tmp_path / "sales.mbox"
    path.write_text(
        "From a@x Mon Mar  2 10:00:00 2026\nSubject: one\n\nWe are SOC 2 certified.\n\n"
        "From b@x Mon Mar  2 11:00:00 2026\nSubject: two\n\nWe are SOC 2 compliant.\n",
        encoding="utf-8",
    )
    found = [
        (f.rule, f.location) for f in check_paths([str(path)], _context(), CheckSettings()).findings
    ]
    assert found == [
        ("TL101", "message 1, text/plain line 1"),
        ("TL103", "message 2, text/plain line 1"),
    ]


def _zip_bomb(path: Path, member: str) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, b" " * (80 * 1024 * 1024))


def _entity_bomb_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    entities = '<!ENTITY a "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    body = parts["word/document.xml"].decode()
    head, rest = body.split("?>", 1)
    parts["word/document.xml"] = (
        head + "?><!DOCTYPE w:document [" + entities + "]>" + rest.replace("placeholder", "&i;")
    ).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_hostile_files_each_fail_alone_and_the_scan_completes(tmp_path: Path) -> None:
    _zip_bomb(tmp_path / "bomb.docx", "word/document.xml")
    _zip_bomb(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml")
    _entity_bomb_docx(tmp_path / "entities.docx")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02\x03SOC 2 certified")
    (tmp_path / "latin1.html").write_bytes(
        "<p>Caf\xe9: we are SOC 2 certified.</p>".encode("latin-1")
    )
    with (tmp_path / "huge.txt").open("wb") as handle:  # 200 MB, sparse on disk
        handle.truncate(200 * 1024 * 1024)
    (tmp_path / "deep.html").write_text(
        "<div>" * 100_000 + "We are SOC 2 certified." + "</div>" * 100_000, encoding="utf-8"
    )
    (tmp_path / "good.md").write_text("We are SOC 2 certified.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--no-facts", "--format", "json"])
    report = json.loads(result.stdout)
    errors = {Path(e["path"]).name: e["message"] for e in report["errors"]}
    assert result.exit_code == 1
    assert "compressed" in errors["bomb.docx"] and "compressed" in errors["bomb.xlsx"]
    assert errors["broken.pdf"].startswith("not a readable PDF")
    assert errors["binary.md"] == "binary data, not text"
    assert errors["latin1.html"].startswith("not UTF-8 text")
    assert errors["huge.txt"].startswith("larger than the limit of 20,971,520 bytes")
    assert "entities.docx" in errors or "entities.docx" not in {
        Path(f["path"]).name for f in report["findings"]
    }
    assert {Path(f["path"]).name for f in report["findings"]} >= {"good.md", "deep.html"}


def test_an_encrypted_pdf_is_reported(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    plain = tmp_path / "plain.pdf"
    canvas = canvas_module.Canvas(str(plain))
    canvas.drawString(72, 720, "We are SOC 2 certified.")
    canvas.save()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(plain))
    writer.encrypt("a-user-password")
    with (tmp_path / "locked.pdf").open("wb") as handle:
        writer.write(handle)
    result = check_paths([str(tmp_path / "locked.pdf")], _context(), CheckSettings())
    assert [e.message for e in result.errors] == [
        "the PDF is encrypted; a password is needed to read it"
    ]


def test_size_limits_are_configurable(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("We are SOC 2 certified.\n" * 100, encoding="utf-8")
    result = check_paths(
        [str(tmp_path / "page.md")], _context(), CheckSettings(max_file_bytes=1000)
    )
    assert result.errors[0].message.startswith("larger than the limit of 1,000 bytes")
    assert os.path.getsize(tmp_path / "page.md") > 1000


def test_a_pipe_without_a_size_is_cut_off_at_the_limit(tmp_path: Path) -> None:
    import threading

    pipe = tmp_path / "stream.md"
    os.mkfifo(pipe)

    def feed() -> None:
        # The checker stops reading at the limit, so the writer may see a broken pipe.
        with contextlib.suppress(BrokenPipeError), pipe.open("w", encoding="utf-8") as handle:
            handle.write("We are SOC 2 certified.\n" * 1000)

    writer = threading.Thread(target=feed)
    writer.start()
    result = check_paths([str(pipe)], _context(), CheckSettings(max_file_bytes=4096))
    writer.join(timeout=10)
    assert [e.message for e in result.errors] == ["larger than the limit of 4,096 bytes"]


def test_a_page_larger_than_one_read_is_read_whole(tmp_path: Path) -> None:
    filler = "Our product ships weekly and our team answers support tickets within a day.\n"
    page = tmp_path / "long.md"
    page.write_text(filler * 5000 + "We are SOC 2 certified.\n", encoding="utf-8")
    assert page.stat().st_size > 65536 * 4
    result = check_paths([str(page)], _context(), CheckSettings())
    assert result.errors == []
    assert [(f.rule, f.line) for f in result.findings] == [("TL101", 5001)]
