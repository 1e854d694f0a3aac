"""Questionnaires written in the tests in CAIQ-like, SIG-like and generic layouts, filled and
checked at each stage; the workbook's layout survives."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from trustladder.cli import main
from trustladder.facts import Facts, load_facts
from trustladder.questionnaire.fill import fill
from trustladder.questionnaire.layout import LayoutError, read_questionnaire
from trustladder.readers.archive import UnsafeArchive
from trustladder.status import derive_status

openpyxl = pytest.importorskip("openpyxl")
DAY = dt.date(2026, 11, 26)

# Our own questions, laid out like the CAIQ v4 (its text may not be redistributed).
CAIQ_ROWS = [
    (
        "A&A-01.1",
        "Are audit and assurance policies documented and reviewed every year?",
        "Yes",
        "CSP-owned",
        "Reviewed each January.",
    ),
    (
        "A&A-02.1",
        "Are independent audit and assurance assessments carried out at least yearly?",
        None,
        None,
        None,
    ),
    ("A&A-02.2", "Can customers obtain the results of your audits on request?", None, None, None),
    ("DSP-03.1", "Is customer data classified by sensitivity?", None, None, None),
    ("TVM-06.1", "Is the service tested by independent penetration testers?", None, None, None),
]


def caiq_workbook(path: Path, rows: list[tuple] = CAIQ_ROWS) -> None:
    """A CAIQ-layout workbook: banner row, headers in row 2, a Yes/No/NA list, styles, widths,
    a formula and a second sheet."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "CAIQv4.0.3"
    sheet["A1"] = "Consensus-style questionnaire (questions written for these tests)"
    sheet["A1"].font = Font(bold=True, size=14)
    headers = [
        "Question ID",
        "Question",
        "CSP CAIQ Answer",
        "SSRM Control Ownership",
        "CSP Implementation Description (Optional/Recommended)",
        "CSC Responsibilities  (Optional/Recommended)",
    ]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=2, column=column, value=header)
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.font = Font(bold=True, color="FFFFFF")
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=number, column=column, value=value)
    validation = DataValidation(type="list", formula1='"Yes,No,NA"', allow_blank=True)
    sheet.add_data_validation(validation)
    validation.add(f"C3:C{len(rows) + 2}")
    sheet.column_dimensions["B"].width = 72
    sheet.column_dimensions["E"].width = 64
    sheet.freeze_panes = "C3"
    summary = book.create_sheet("Summary")
    summary["A1"] = "Answered"
    summary["B1"] = f'=COUNTIF(CAIQv4.0.3!C3:C{len(rows) + 2},"Yes")'
    book.save(path)


def _facts(example: str, drop_first_exam: bool = False) -> Facts:
    facts = load_facts(EXAMPLES / example / "trustladder.yaml")
    if drop_first_exam:
        facts = replace(facts, soc2=replace(facts.soc2, examinations=facts.soc2.examinations[1:]))
    return facts


def _fill(path: Path, facts: Facts, **kwargs: object):  # type: ignore[no-untyped-def]
    book = read_questionnaire(path)
    result = fill(book, facts, derive_status(facts, DAY), {}, **kwargs)  # type: ignore[arg-type]
    out = path.with_name("out" + path.suffix)
    book.save(out)
    return result, out


def _answers(path: Path) -> dict[str, tuple[str | None, str | None]]:
    sheet = openpyxl.load_workbook(path)["CAIQv4.0.3"]
    return {row[0]: (row[2], row[4]) for row in sheet.iter_rows(min_row=3, values_only=True)}


def test_review_period_stage_answers_no_to_independent_audits_with_the_stage_described(
    tmp_path: Path,
) -> None:
    caiq_workbook(tmp_path / "caiq.xlsx")
    result, out = _fill(
        tmp_path / "caiq.xlsx", _facts("review-period-type1-held", drop_first_exam=True)
    )
    answers = _answers(out)
    assert answers["A&A-02.1"][0] == "No"
    assert "SOC 2 Type 2 examination in progress" in answers["A&A-02.1"][1]
    assert (
        "our review period opened June 2026 under a signed engagement with Marlow Hale CPAs LLP"
        in answers["A&A-02.1"][1]
    )
    assert answers["A&A-02.2"][0] == "No"
    assert answers["TVM-06.1"] == (
        "Yes",
        "Independent penetration testing; the executive summary dated April 22, 2026 is available under NDA.",
    )
    assert answers["A&A-01.1"] == (
        "Yes",
        "Reviewed each January.",
    )  # written by the user: untouched
    assert answers["DSP-03.1"] == (None, None)  # not about SOC 2: untouched
    assert result.untouched == 1
    assert [(r.id, r.action) for r in result.rows if r.action == "left"] == [("A&A-01.1", "left")]


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("not-started", "No"),
        ("readiness-with-consultant", "No"),
        ("fieldwork", "No"),
        ("type2-held-next-period", "Yes"),
        ("type2-qualified-opinion", "Yes"),
    ],
)
def test_independent_audits_are_yes_only_once_a_current_report_is_held(
    tmp_path: Path, example: str, expected: str
) -> None:
    caiq_workbook(tmp_path / "caiq.xlsx")
    _, out = _fill(tmp_path / "caiq.xlsx", _facts(example))
    answer, description = _answers(out)["A&A-02.1"]
    assert answer == expected
    if example == "type2-qualified-opinion":
        assert "qualified" in description and "remediation" in description.lower()


def test_the_workbook_keeps_styles_widths_validation_formulas_and_other_sheets(
    tmp_path: Path,
) -> None:
    caiq_workbook(tmp_path / "caiq.xlsx")
    _, out = _fill(tmp_path / "caiq.xlsx", _facts("fieldwork"))
    before, after = openpyxl.load_workbook(tmp_path / "caiq.xlsx"), openpyxl.load_workbook(out)
    assert before.sheetnames == after.sheetnames
    old, new = before["CAIQv4.0.3"], after["CAIQv4.0.3"]
    assert new["A2"].fill.fgColor.rgb == old["A2"].fill.fgColor.rgb and new["A1"].font.size == 14
    assert new.column_dimensions["B"].width == 72 and new.column_dimensions["E"].width == 64
    assert new.freeze_panes == "C3"
    assert [str(v.sqref) for v in new.data_validations.dataValidation] == ["C3:C7"]
    assert after["Summary"]["B1"].value == before["Summary"]["B1"].value
    changed = {
        (c.coordinate) for row in new.iter_rows() for c in row if c.value != old[c.coordinate].value
    }
    assert changed == {"C4", "E4", "C5", "E5", "C7", "E7"}


def test_answers_already_written_are_kept_unless_overwrite(tmp_path: Path) -> None:
    rows = [*CAIQ_ROWS[:1], ("A&A-02.1", CAIQ_ROWS[1][1], "Yes", None, "We are SOC 2 compliant.")]
    caiq_workbook(tmp_path / "caiq.xlsx", rows)
    result, out = _fill(tmp_path / "caiq.xlsx", _facts("fieldwork"))
    assert _answers(out)["A&A-02.1"] == ("Yes", "We are SOC 2 compliant.")
    assert any(r.description.startswith("already answered") for r in result.rows)
    _, out = _fill(tmp_path / "caiq.xlsx", _facts("fieldwork"), overwrite=True)
    assert _answers(out)["A&A-02.1"][0] == "No"


def test_the_workbooks_own_answer_words_are_used(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Vendor Security"
    sheet.append(["Ref", "Control Question", "Response (Y/N)", "Comments"])
    sheet.append(["VS-1", "Does your company have a current SOC 2 Type II report?", "N", ""])
    sheet.append(["VS-2", "Do you run annual penetration tests by an outside firm?", "", ""])
    sheet.append(["VS-3", "Is MFA enforced for administrators?", "Y", ""])
    book.save(tmp_path / "sig.xlsx")
    result, out = _fill(tmp_path / "sig.xlsx", _facts("type2-held-next-period"), overwrite=True)
    values = [
        row[2] for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)
    ]
    assert values == ["Y", "Y", "Y"]
    assert {r.topic for r in result.rows} == {"independent_audit", "pentest"}


def test_a_csv_keeps_its_dialect_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "buyer.csv"
    path.write_bytes(
        "\ufeff#;Question;Answer;Notes\r\n1;Do you hold a SOC 2 report?;;\r\n2;Où sont les données ?;Paris;\r\n".encode(
            "utf-8"
        )
    )
    _, out = _fill(path, _facts("fieldwork"))
    text = out.read_bytes()
    assert text.startswith("\ufeff#;Question;Answer;Notes\r\n".encode())
    lines = text.decode("utf-8-sig").split("\r\n")
    assert lines[1].startswith("1;Do you hold a SOC 2 report?;No;")
    assert lines[2] == "2;Où sont les données ?;Paris;"


def test_an_unrecognised_layout_says_what_to_name_and_overrides_work(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("a,b,c\nx,Do you have a SOC 2 report?,\n", encoding="utf-8")
    with pytest.raises(LayoutError, match="--header-row, --question-col and --answer-col"):
        fill(
            read_questionnaire(path),
            _facts("fieldwork"),
            derive_status(_facts("fieldwork"), DAY),
            {},
        )
    book = read_questionnaire(path)
    result = fill(
        book,
        _facts("fieldwork"),
        derive_status(_facts("fieldwork"), DAY),
        {"header_row": 1, "question": "B", "answer": "C"},
    )
    assert [(r.topic, r.answer) for r in result.rows] == [("independent_audit", "No")]


def test_check_flags_answers_ahead_of_the_facts_located_by_sheet_and_cell(tmp_path: Path) -> None:
    rows = [
        ("A&A-02.1", CAIQ_ROWS[1][1], "Yes", None, "We are SOC 2 certified and audited yearly.")
    ]
    caiq_workbook(tmp_path / "caiq.xlsx", rows)
    result = CliRunner().invoke(
        main,
        [
            "questionnaire",
            "check",
            str(tmp_path / "caiq.xlsx"),
            "--facts",
            str(EXAMPLES / "fieldwork" / "trustladder.yaml"),
            "--today",
            "2026-11-26",
            "--format",
            "json",
        ],
    )
    found = {(f["rule"], f["location"]) for f in json.loads(result.stdout)["findings"]}
    assert result.exit_code == 1
    assert ("TL121", "CAIQv4.0.3!C3") in found and ("TL101", "CAIQv4.0.3!E3") in found


def test_fill_from_the_command_line_reports_what_was_left(tmp_path: Path) -> None:
    caiq_workbook(tmp_path / "caiq.xlsx")
    result = CliRunner().invoke(
        main,
        [
            "questionnaire",
            "fill",
            str(tmp_path / "caiq.xlsx"),
            "--facts",
            str(EXAMPLES / "fieldwork" / "trustladder.yaml"),
            "--today",
            "2026-11-26",
            "--out",
            str(tmp_path / "filled.xlsx"),
            "--format",
            "json",
        ],
    )
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    assert [r["id"] for r in report["filled"]] == ["A&A-02.1", "A&A-02.2", "TVM-06.1"]
    assert report["left_for_a_person"][0]["id"] == "A&A-01.1" and report["untouched"] == 1


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(UnsafeArchive, match="over the limit of 200:1"):
        read_questionnaire(path)


def test_a_corrupt_workbook_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises((LayoutError, UnsafeArchive), match=r"broken\.xlsx"):
        read_questionnaire(path)
