"""The command line as a user runs it: status, init, schema, and how it finds its inputs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from trustladder.cli import main

REFERENCE = EXAMPLES / "acme-analytics" / "trustladder.yaml"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_status_json_follows_the_contract() -> None:
    code, out, _ = run(
        "status", "--facts", str(REFERENCE), "--today", "2026-06-10", "--format", "json"
    )
    document = json.loads(out)
    assert code == 0
    assert (document["stage"], document["rung"]) == ("review_period", 2)
    assert document["examinations"] == [
        {
            "index": 0,
            "type": "type1",
            "stage": "report_issued",
            "as_of": "2026-04-01",
            "fieldwork_started": "2026-04-06",
            "report_issued": "2026-05-15",
        },
        {
            "index": 1,
            "type": "type2",
            "stage": "review_period",
            "period_start": "2026-04-01",
            "period_end": "2026-09-30",
            "fieldwork_started": None,
            "report_issued": None,
        },
    ]
    (report,) = document["reports_held"]
    assert {k: report[k] for k in ("type", "issued", "opinion", "current", "as_of")} == {
        "type": "type1",
        "issued": "2026-05-15",
        "opinion": "unqualified",
        "current": True,
        "as_of": "2026-04-01",
    }
    assert document["errors"] == [] and document["warnings"] == []
    assert document["say"].startswith("We hold a SOC 2 Type 1 report as of April 1, 2026")


def test_contradictory_facts_exit_2_with_the_field_named(write_facts: Callable[..., Path]) -> None:
    data = yaml.safe_load(REFERENCE.read_text())
    data["soc2"]["auditor"]["licensed_cpa"] = False
    path = write_facts(yaml.safe_dump(data))
    code, out, _ = run("status", "--facts", str(path), "--today", "2026-11-26", "--format", "json")
    assert code == 2
    assert json.loads(out)["errors"] == [
        {
            "rule": "auditor-not-licensed-cpa",
            "field": "soc2.auditor.licensed_cpa",
            "message": "only licensed CPA firms issue SOC 2 reports; a certificate or report from any "
            "other firm is not a SOC 2 report",
        }
    ]


def test_status_text_names_stage_sentence_reports_and_next_rung() -> None:
    code, out, _ = run("status", "--facts", str(REFERENCE), "--today", "2026-11-26")
    assert code == 0
    assert "Stage:    fieldwork (rung 3 of 4; target Type 2)" in out
    assert "Say:      We hold a SOC 2 Type 1 report as of April 1, 2026" in out
    assert "Type 1 as of April 1, 2026: issued 2026-05-15 (195 days ago), unqualified" in out
    assert "  - record fieldwork_started when the CPA firm begins testing" in out


def test_problems_in_text_output_carry_the_line_of_the_field(
    write_facts: Callable[..., Path],
) -> None:
    text = REFERENCE.read_text().replace("licensed_cpa: true", "licensed_cpa: false")
    path = write_facts(text)
    code, out, _ = run("status", "--facts", str(path), "--today", "2026-11-26")
    assert code == 2
    assert f"{path}:22: soc2.auditor.licensed_cpa: only licensed CPA firms" in out


def test_today_comes_from_the_environment_when_not_given() -> None:
    _, out, _ = run(
        "status",
        "--facts",
        str(REFERENCE),
        "--format",
        "json",
        env={"TRUSTLADDER_TODAY": "2026-03-20"},
    )
    assert json.loads(out)["today"] == "2026-03-20"


def test_a_bad_today_is_a_usage_error() -> None:
    code, _, err = run("status", "--facts", str(REFERENCE), "--today", "next friday")
    assert code == 2
    assert "'next friday' is not a date written YYYY-MM-DD" in err


def test_the_facts_file_is_found_in_a_parent_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(REFERENCE, tmp_path / "trustladder.yaml")
    nested = tmp_path / "docs" / "security"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    code, out, _ = run("status", "--today", "2026-11-26", "--format", "json")
    assert code == 0 and json.loads(out)["organization"] == "Acme Analytics, Inc."


def test_no_facts_file_anywhere_is_said_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("status")
    assert code == 2
    assert "no trustladder.yaml in" in err and "trustladder init" in err


def test_thresholds_come_from_the_settings_file_beside_the_facts(tmp_path: Path) -> None:
    shutil.copy(
        EXAMPLES / "type2-held-next-period" / "trustladder.yaml", tmp_path / "trustladder.yaml"
    )
    (tmp_path / ".trustladder.toml").write_text("[status]\nreport_current_months = 6\n")
    _, out, _ = run(
        "status",
        "--facts",
        str(tmp_path / "trustladder.yaml"),
        "--today",
        "2026-11-26",
        "--format",
        "json",
    )
    assert json.loads(out)["reports_held"][0]["current"] is False


def test_a_bad_setting_names_the_file_and_key(tmp_path: Path) -> None:
    shutil.copy(REFERENCE, tmp_path / "trustladder.yaml")
    (tmp_path / "pyproject.toml").write_text(
        "[tool.trustladder.status]\nreport_current_month = 6\n"
    )
    code, _, err = run("status", "--facts", str(tmp_path / "trustladder.yaml"))
    assert code == 2
    assert "pyproject.toml" in err and "status.report_current_month: unknown setting" in err


def test_init_writes_a_starter_that_loads_and_refuses_to_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(
        "init", "--name", "Quillon Software: EU", "--contact", "security@quillon.example"
    )
    assert code == 0
    code, out, _ = run("status", "--today", "2026-11-26", "--format", "json")
    assert code == 0
    assert (json.loads(out)["organization"], json.loads(out)["stage"]) == (
        "Quillon Software: EU",
        "not_started",
    )
    before = (tmp_path / "trustladder.yaml").read_text()
    code, _, err = run("init")
    assert code == 2 and "already exists; pass --force" in err
    assert (tmp_path / "trustladder.yaml").read_text() == before
    assert run("init", "--force")[0] == 0
    assert "Your Company, Inc." in (tmp_path / "trustladder.yaml").read_text()


def test_the_published_schema_accepts_every_example_and_rejects_a_mixed_up_examination() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for example in EXAMPLES.glob("*/trustladder.yaml"):
        data = json.loads(json.dumps(yaml.safe_load(example.read_text()), default=str))
        assert list(validator.iter_errors(data)) == [], example
    mixed = {
        "organization": {"name": "Q", "security_contact": "q@q.example"},
        "soc2": {"examinations": [{"type": "type2", "as_of": "2026-04-01"}]},
    }
    assert not validator.is_valid(mixed)
    described = schema["$defs"]["Auditor"]["properties"]["licensed_cpa"]["description"]
    assert "only a licensed CPA firm can issue a SOC 2 report" in described


def test_the_console_script_runs_and_reports_its_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "trustladder", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("trustladder, version ")
