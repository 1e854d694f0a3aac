"""The documentation keeps up with the code: every rule, setting, field and option is described."""

from __future__ import annotations

import dataclasses
import re

from click import Command

from tests.conftest import ROOT
from trustladder.cli import main
from trustladder.config import StatusSettings
from trustladder.facts import model
from trustladder.status.consistency import all_rules

DOCS = ROOT / "docs"


def test_every_consistency_rule_is_documented_with_its_severity() -> None:
    text = (DOCS / "status.md").read_text()
    for rule in all_rules():
        assert re.search(rf"\| `{re.escape(rule.id)}` \| {rule.severity} \|", text), rule.id


def test_every_status_setting_is_documented() -> None:
    text = (DOCS / "status.md").read_text() + (ROOT / "README.md").read_text()
    for setting in dataclasses.fields(StatusSettings):
        assert f"`{setting.name}`" in text and f"{setting.name} =" in text, setting.name


def test_every_facts_field_is_documented() -> None:
    text = (DOCS / "facts.md").read_text()
    for cls in (
        model.Organization,
        model.Readiness,
        model.Auditor,
        model.Examination,
        model.BridgeLetter,
        model.EvidenceItem,
        model.Soc2Program,
    ):
        for field in dataclasses.fields(cls):
            assert f"`{field.name}`" in text, f"{cls.__name__}.{field.name}"


def test_every_status_option_is_documented() -> None:
    status = main.commands["status"]
    assert isinstance(status, Command)
    text = (DOCS / "status.md").read_text()
    for param in status.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--"):
                assert f"`{option}" in text, option


def test_every_check_option_and_setting_is_documented() -> None:
    from trustladder.check.settings import CheckSettings

    text = (DOCS / "check.md").read_text()
    check = main.commands["check"]
    assert isinstance(check, Command)
    for param in check.params:
        for option in getattr(param, "opts", []):
            if option.startswith("--"):
                assert f"`{option}" in text, option
    names = {"disabled": "disable", "severities": "severity"}
    for setting in dataclasses.fields(CheckSettings):
        assert f"`{names.get(setting.name, setting.name)}`" in text, setting.name


def test_timeline_and_evidence_settings_are_documented() -> None:
    from trustladder.config import EvidenceSettings, TimelineSettings

    text = (ROOT / "README.md").read_text()
    for cls in (TimelineSettings, EvidenceSettings):
        for setting in dataclasses.fields(cls):
            assert f"{setting.name} =" in text, setting.name
