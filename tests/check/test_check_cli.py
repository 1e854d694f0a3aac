"""`trustladder check` and `trustladder claims` as a user runs them, and their output formats."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES, ROOT
from trustladder.cli import main

HERE = Path(__file__).parent
PAGE = HERE / "page.md"
GOLDEN = HERE / "golden"
FACTS = EXAMPLES / "review-period-type1-held" / "trustladder.yaml"
TODAY = ["--today", "2026-11-26"]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a copy of the sample page, made the current folder."""
    shutil.copy(PAGE, tmp_path / "page.md")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("TRUSTLADDER_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_output_formats_match_their_golden_files(workdir: Path, fmt: str) -> None:
    code, out, _ = run("check", "page.md", "--facts", str(FACTS), *TODAY, "--format", fmt)
    assert code == 1
    _golden(f"page.{fmt}", out.replace(str(FACTS), "FACTS"))


def test_sarif_output_matches_its_golden_file_and_what_code_scanning_needs(workdir: Path) -> None:
    code, out, _ = run("check", "page.md", "--facts", str(FACTS), *TODAY, "--format", "sarif")
    log = json.loads(out)
    run_ = log["runs"][0]
    assert code == 1 and log["version"] == "2.1.0"
    rules = {rule["id"]: rule for rule in run_["tool"]["driver"]["rules"]}
    assert (
        rules["TL101"]["help"]["text"]
        and rules["TL101"]["defaultConfiguration"]["level"] == "error"
    )
    for result in run_["results"]:
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["partialFingerprints"]["trustladderFingerprint/v1"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "page.md"
    suppressed = [r for r in run_["results"] if "suppressions" in r]
    assert [(r["ruleId"], r["suppressions"]) for r in suppressed] == [
        ("TL101", [{"kind": "inSource", "justification": "quoting the buyer's own questionnaire"}])
    ]
    run_["originalUriBaseIds"] = "(this folder)"
    _golden("page.sarif", json.dumps(log, indent=2, ensure_ascii=False) + "\n")


def test_github_format_writes_a_job_summary_table(workdir: Path) -> None:
    summary = workdir / "summary.md"
    run(
        "check",
        "page.md",
        "--facts",
        str(FACTS),
        *TODAY,
        "--format",
        "github",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("## trustladder check\n")
    assert "| error | TL101 certification-wording | `page.md:3` |" in table


def test_without_facts_the_strictest_case_is_assumed_and_said(workdir: Path) -> None:
    (workdir / "claim.txt").write_text("We hold a SOC 2 Type 2 report.\n", encoding="utf-8")
    code, out, _ = run("check", "claim.txt")
    assert code == 1
    assert out.startswith("note: no facts file: judged as if no SOC 2 report is held")
    assert "TL104 report-not-held" in out


def test_clean_text_exits_0_and_fail_on_sets_the_threshold(workdir: Path) -> None:
    (workdir / "honest.md").write_text(
        "Our SOC 2 Type 2 review period began in June 2026; the report is expected after the period "
        "closes in December 2026.\n\nOur SOC2 readiness work is done.\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", "honest.md", "--facts", str(FACTS), *TODAY)
    assert code == 0 and "1 info in 1 file" in out
    assert run("check", "honest.md", "--facts", str(FACTS), *TODAY, "--fail-on", "info")[0] == 1


def test_a_baseline_survives_lines_moving_and_reports_only_new_findings(workdir: Path) -> None:
    page = workdir / "page.md"
    assert (
        run("check", "page.md", "--facts", str(FACTS), *TODAY, "--write-baseline", "baseline.json")[
            0
        ]
        == 0
    )
    page.write_text(
        "# New intro\n\nSome words first.\n\n" + page.read_text(encoding="utf-8"), encoding="utf-8"
    )
    code, out, _ = run(
        "check", "page.md", "--facts", str(FACTS), *TODAY, "--baseline", "baseline.json"
    )
    assert code == 0 and "no findings in 1 file" in out and "in the baseline" in out
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\nWe are SOC 2 compliant.\n")
    code, out, _ = run(
        "check", "page.md", "--facts", str(FACTS), *TODAY, "--baseline", "baseline.json"
    )
    assert (
        code == 1
        and "TL103 compliance-wording" in out
        and out.count(": error ") + out.count(": warning ") == 1
    )


def test_settings_turn_rules_off_and_change_severities(workdir: Path) -> None:
    (workdir / ".trustladder.toml").write_text(
        '[check]\ndisable = ["hard-date-promise"]\nseverity = { TL101 = "info" }\nfail_on = "error"\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", "page.md", "--facts", str(FACTS), *TODAY, "--format", "json")
    rules = {(f["rule"], f["severity"]) for f in json.loads(out)["findings"] if not f["suppressed"]}
    assert ("TL107", "error") not in {(r, s) for r, s in rules}
    assert ("TL101", "info") in rules
    assert code == 1  # TL102 is still an error


def test_a_bad_setting_is_named_and_exits_2(workdir: Path) -> None:
    (workdir / ".trustladder.toml").write_text('[check]\nfail_on = "sometimes"\n', encoding="utf-8")
    code, _, err = run("check", "page.md")
    assert (
        code == 2
        and "check.fail_on: 'sometimes' is not allowed: expected one of error, warning, info" in err
    )


def test_unreadable_files_are_reported_and_the_rest_is_checked(workdir: Path) -> None:
    (workdir / "binary.txt").write_bytes(b"\x00\x01\x02SOC 2 certified")
    (workdir / "latin1.txt").write_bytes("Caf\xe9 SOC 2 certified".encode("latin-1"))
    code, out, _ = run("check", "binary.txt", "latin1.txt", "page.md", "--no-facts")
    assert code == 1
    assert "binary.txt: error cannot check: binary data, not text" in out
    assert "latin1.txt: error cannot check: not UTF-8 text (byte 0xe9 on line 1)" in out
    assert "page.md:3:8: error TL101" in out


def test_folders_are_walked_with_the_include_globs(workdir: Path) -> None:
    (workdir / "site" / "node_modules").mkdir(parents=True)
    (workdir / "site" / "about.html").write_text("<p>We are SOC 2 certified.</p>", encoding="utf-8")
    (workdir / "site" / "node_modules" / "x.md").write_text(
        "We are SOC 2 certified.", encoding="utf-8"
    )
    (workdir / "site" / "data.json").write_text(
        '{"a": "We are SOC 2 certified."}', encoding="utf-8"
    )
    code, out, _ = run("check", "site", "--no-facts", "--format", "json")
    assert code == 1
    assert {f["path"] for f in json.loads(out)["findings"]} == {os.path.join("site", "about.html")}


def test_claims_jsonl_follows_the_contract(workdir: Path) -> None:
    code, out, _ = run("claims", "page.md", "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "text",
        "sentence",
        "kind",
        "polarity",
        "report_type",
        "date_promise",
        "subject",
        "framework",
    } <= set(records[0])
    assert [(r["kind"], r["polarity"], r["subject"], r["line"]) for r in records] == [
        ("certified", "asserted", "self", 3),
        ("compliant", "asserted", "third_party", 3),
        ("planned", "asserted", "self", 5),
        ("certified", "mention", "self", 7),
        ("certified", "asserted", "self", 10),
        ("certified", "mention", "self", 12),
    ]
    assert records[2]["date_promise"] == "hard" and records[0]["report_type"] == "type2"


def test_the_projects_own_docs_check_clean(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run("check", "README.md", "docs")
    assert code == 0, out


def test_the_playbook_yields_no_error_for_a_company_in_its_review_period() -> None:
    seed = ROOT.parent / "shared" / "seed" / "000_189eb4e36103ef17.txt"
    if not seed.exists():
        pytest.skip("the playbook is not beside this checkout")
    code, out, _ = run("check", str(seed), "--facts", str(FACTS), *TODAY, "--format", "json")
    assert code == 0  # no warning either; at most information
    assert [f for f in json.loads(out)["findings"] if f["severity"] == "error"] == []


def test_a_suppression_must_give_its_reason_and_silence_something(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.md").write_text(
        "<!-- trustladder: ignore[TL101] -->\n"
        "Quoted from a buyer's old form: we are SOC 2 certified.\n"
        "\n"
        "<!-- trustladder: ignore[TL103] left over from an old page -->\n"
        "We ship every week.\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", "page.md", "--no-facts", "--no-cache", "--format", "json", *TODAY)
    findings = json.loads(out)["findings"]
    shown = [(f["rule"], f["line"], f["severity"], f["message"]) for f in findings]
    assert ("TL901", 1, "warning", "the suppression gives no reason") in shown
    assert (
        "TL902",
        4,
        "warning",
        "the suppression of TL103 silences nothing here",
    ) in shown
    assert [f["suppressed"] for f in findings if f["rule"] == "TL101"] == [True]
    assert code == 1
