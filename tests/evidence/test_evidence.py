"""The evidence stack, NDA packs stamped for one recipient, and the crash-safe share ledger."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from trustladder.cli import main
from trustladder.evidence import ledger
from trustladder.evidence.pack import PackRefused, build_pack
from trustladder.evidence.stack import evidence_stack, next_items
from trustladder.evidence.stamp import CONFIDENTIAL
from trustladder.facts import load_facts
from trustladder.status import derive_status

pypdf = pytest.importorskip("pypdf")
canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
DAY = dt.date(2026, 11, 26)
RECIPIENT = "Dana Whitfield <dana@buyer.example>"


def make_pdf(path: Path, pages: int) -> None:
    """A real PDF with a line of text on each page."""
    canvas = canvas_module.Canvas(str(path))
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"Access control policy, page {number}")
        canvas.showPage()
    canvas.save()


def make_encrypted_pdf(path: Path) -> None:
    plain = path.with_suffix(".plain.pdf")
    make_pdf(plain, 2)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(plain))
    writer.encrypt("owner-only-password")
    with path.open("wb") as handle:
        writer.write(handle)


@pytest.fixture
def company(tmp_path: Path) -> Path:
    """The Acme example with its own evidence folder: a 3-page PDF, an encrypted PDF, a broken PDF,
    a spreadsheet, and an internal document."""
    facts = yaml.safe_load(
        (EXAMPLES / "acme-analytics" / "trustladder.yaml").read_text(encoding="utf-8")
    )
    folder = tmp_path / "acme"
    (folder / "evidence").mkdir(parents=True)
    make_pdf(folder / "evidence" / "policies.pdf", 3)
    make_encrypted_pdf(folder / "evidence" / "readiness-summary.pdf")
    (folder / "evidence" / "engagement-letter.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj <</Type /Catalog"
    )  # cut off
    (folder / "evidence" / "caiq.xlsx").write_bytes(b"PK\x03\x04 a stand-in workbook")
    make_pdf(folder / "evidence" / "pentest.pdf", 1)
    facts["evidence"]["pentest_summary"] = {
        "status": "available",
        "file": "evidence/pentest.pdf",
        "date": "2026-10-01",
        "share": "internal",
    }
    (folder / "trustladder.yaml").write_text(
        yaml.safe_dump(facts, sort_keys=False), encoding="utf-8"
    )
    return folder


def _stack(folder: Path):  # type: ignore[no-untyped-def]
    facts = load_facts(folder / "trustladder.yaml")
    status = derive_status(facts, DAY)
    return facts, status, evidence_stack(facts, status, folder)


def test_the_stack_says_status_age_sharing_and_the_label_each_item_must_carry(
    company: Path,
) -> None:
    _, _, items = _stack(company)
    by_key = {item.key: item for item in items}
    assert by_key["policies"].age_days == (DAY - dt.date(2026, 3, 20)).days
    assert by_key["readiness_summary"].label.endswith("not an audit opinion")
    assert "proof the examination is scheduled, not its result" in by_key["engagement_letter"].label
    assert by_key["pentest_summary"].share == "internal" and not by_key["pentest_summary"].shareable
    assert "answered during review period" in by_key["questionnaire"].label
    assert any(
        p.startswith("stale: answered before the current stage began")
        for p in by_key["questionnaire"].problems
    )


def test_a_missing_file_is_reported_not_ignored(company: Path) -> None:
    (company / "evidence" / "policies.pdf").unlink()
    _, _, items = _stack(company)
    assert "file missing: evidence/policies.pdf" in {i.key: i for i in items}["policies"].problems


@pytest.mark.parametrize(
    ("changes", "key", "problem"),
    [
        (
            {
                "pentest_summary": {
                    "status": "available",
                    "file": "evidence/pentest.pdf",
                    "date": "2025-10-01",
                }
            },
            "pentest_summary",
            "stale: dated October 1, 2025, older than 12 months",
        ),
        (
            {
                "readiness_summary": {
                    "status": "available",
                    "file": "evidence/policies.pdf",
                    "date": "2026-03-01",
                }
            },
            "readiness_summary",
            "stale: dated before remediation closed (March 28, 2026)",
        ),
    ],
)
def test_freshness_rules(company: Path, changes: dict, key: str, problem: str) -> None:
    path = company / "trustladder.yaml"
    facts = yaml.safe_load(path.read_text(encoding="utf-8"))
    facts["evidence"].update(changes)
    path.write_text(yaml.safe_dump(facts, sort_keys=False), encoding="utf-8")
    _, _, items = _stack(company)
    assert any(p.startswith(problem) for p in {i.key: i for i in items}[key].problems)


def test_in_readiness_without_an_engagement_letter_the_next_item_is_to_sign_it() -> None:
    facts = load_facts(EXAMPLES / "readiness-with-consultant" / "trustladder.yaml")
    status = derive_status(facts, DAY)
    steps = next_items(
        evidence_stack(facts, status, EXAMPLES / "readiness-with-consultant"), status, facts
    )
    assert steps[0].startswith("sign the engagement letter with a licensed CPA firm")


def test_a_pack_stamps_every_page_and_its_manifest_checksums_match(
    company: Path, tmp_path: Path
) -> None:
    facts, status, items = _stack(company)
    out = tmp_path / "pack.zip"
    result = build_pack(
        facts, status, items, RECIPIENT, "Buyer Corp", out, tmp_path / "ledger.jsonl"
    )
    archive = zipfile.ZipFile(out)
    manifest = json.loads(archive.read("manifest.json"))
    assert [i["key"] for i in manifest["items"]] == ["policies", "questionnaire"]
    for item in manifest["items"]:
        assert hashlib.sha256(archive.read(item["file"])).hexdigest() == item["sha256"]
    pages = pypdf.PdfReader(io.BytesIO(archive.read("items/policies/policies.pdf"))).pages
    assert len(pages) == 3
    for page in pages:
        text = page.extract_text()
        assert "Shared with Dana Whitfield <dana@buyer.example> of Buyer Corp on 2026-11-26" in text
        assert CONFIDENTIAL in text
    left_out = dict(result.left_out)
    assert left_out["readiness_summary"].startswith("the PDF is encrypted")
    assert left_out["engagement_letter"].startswith("the PDF cannot be read")
    assert left_out["pentest_summary"] == "marked internal: it is never shared"
    cover = archive.read("cover-note.txt").decode()
    assert (
        "a consultant's view of readiness, not an audit opinion" not in cover
    )  # not packed, not described
    assert (
        "Security policy set (items/policies/policies.pdf, dated 2026-03-20): our security policy set"
        in cover
    )
    assert "<td>Security policy set</td>" in archive.read("manifest.html").decode()


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (["pentest_summary"], "pentest_summary: marked internal: it is never shared"),
        (["readiness_summary"], "readiness_summary: the PDF is encrypted"),
        (["policies", "nonsense"], "nonsense: no such evidence item"),
    ],
)
def test_refused_items_are_refused_and_nothing_is_written(
    company: Path, tmp_path: Path, keys: list, message: str
) -> None:
    facts, status, items = _stack(company)
    out = tmp_path / "pack.zip"
    with pytest.raises(PackRefused, match=message):
        build_pack(
            facts, status, items, RECIPIENT, "Buyer Corp", out, tmp_path / "ledger.jsonl", keys
        )
    assert not out.exists() and not (tmp_path / "ledger.jsonl").exists()


def test_a_recipient_without_an_email_address_is_refused(company: Path, tmp_path: Path) -> None:
    facts, status, items = _stack(company)
    with pytest.raises(PackRefused, match="has no e-mail address"):
        build_pack(
            facts,
            status,
            items,
            "Dana Whitfield",
            "Buyer Corp",
            tmp_path / "p.zip",
            tmp_path / "l.jsonl",
        )


def test_the_ledger_keeps_every_share_across_a_crash_mid_write(tmp_path: Path) -> None:
    path = tmp_path / "shares.jsonl"
    ledger.append(path, {"pack_id": "a", "recipient": "First"})
    ledger.append(path, {"pack_id": "b", "recipient": "Second"})
    line = path.read_bytes().splitlines()[-1]
    with path.open("ab") as handle:  # the process dies half-way through writing a third record
        handle.write(line[: len(line) // 2])
    ledger.append(path, {"pack_id": "c", "recipient": "Third"})
    read = ledger.read(path)
    assert [r["pack_id"] for r in read.records] == ["a", "b", "c"]
    assert read.skipped == [3]


def test_a_tampered_ledger_line_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "shares.jsonl"
    ledger.append(path, {"pack_id": "a", "recipient": "First"})
    path.write_text(
        path.read_text(encoding="utf-8").replace("First", "Someone else"), encoding="utf-8"
    )
    assert ledger.read(path).records == [] and ledger.read(path).skipped == [1]


def test_pack_and_shares_from_the_command_line(company: Path, tmp_path: Path) -> None:
    shutil.copy(
        company / "evidence" / "policies.pdf", company / "evidence" / "readiness-summary.pdf"
    )
    facts = str(company / "trustladder.yaml")
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "evidence",
            "--facts",
            facts,
            "--today",
            "2026-11-26",
            "pack",
            "--recipient",
            RECIPIENT,
            "--company",
            "Buyer Corp",
            "--items",
            "policies,readiness_summary",
            "--out",
            str(tmp_path / "p.zip"),
        ],
    )
    assert result.exit_code == 0, result.output
    shares = runner.invoke(main, ["evidence", "--facts", facts, "shares"]).stdout
    assert "Dana Whitfield <dana@buyer.example>, Buyer Corp: policies (" in shares
    refused = runner.invoke(
        main,
        [
            "evidence",
            "--facts",
            facts,
            "pack",
            "--recipient",
            "nobody",
            "--company",
            "X",
            "--out",
            str(tmp_path / "q.zip"),
        ],
    )
    assert refused.exit_code == 2 and "has no e-mail address" in refused.stderr
