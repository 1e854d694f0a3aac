"""Make the example companies' evidence files: small PDFs and a CAIQ-layout workbook.

    python examples/make_evidence.py

Every file named in an example's facts is written with invented content, so that
`trustladder evidence pack` can be tried on the examples. The questions in the workbook are our
own, laid out like the CSA CAIQ v4 (whose text may not be redistributed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

PAGES = {
    "readiness-summary": [
        "Readiness assessment summary",
        "Scope: production platform and supporting systems.",
        "Gaps found in the assessment and the remediation that closed them.",
        "This is a consultant's readiness assessment, not an audit opinion.",
    ],
    "engagement-letter": [
        "Engagement letter",
        "Examination of controls relevant to security (SOC 2).",
        "Signed by both parties.",
    ],
    "policies": [
        "Information security policy",
        "Access control policy",
        "Change management policy",
        "Incident response policy",
        "Vendor management policy",
    ],
    "pentest-summary": [
        "Penetration test: executive summary",
        "External and authenticated application testing.",
        "Findings by severity, with remediation status.",
    ],
}


def write_pdf(path: Path, company: str, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=LETTER, invariant=True)
    for number, line in enumerate(lines, start=1):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 700, company)
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 670, line)
        canvas.drawString(72, 72, f"Page {number} of {len(lines)}")
        canvas.showPage()
    canvas.save()


def write_questionnaire(path: Path, company: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "CAIQv4.0.3"
    sheet["A1"] = (
        f"Consensus-style assessment questionnaire, answered by {company} (example questions)"
    )
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
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    rows = [
        (
            "A&A-01.1",
            "Are audit and assurance policies documented, approved and maintained?",
            "Yes",
            "CSP-owned",
            "Reviewed yearly.",
        ),
        (
            "A&A-02.1",
            "Are independent audit and assurance assessments performed at least once a year?",
            "",
            "",
            "",
        ),
        ("A&A-02.2", "Are audit results shared with customers on request?", "", "", ""),
        (
            "IAM-01.1",
            "Are identity and access policies documented and reviewed?",
            "Yes",
            "CSP-owned",
            "Quarterly access reviews.",
        ),
        ("TVM-06.1", "Is independent penetration testing performed on the service?", "", "", ""),
    ]
    for index, row in enumerate(rows, start=3):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=index, column=column, value=value)
    answers = DataValidation(type="list", formula1='"Yes,No,NA"', allow_blank=True)
    sheet.add_data_validation(answers)
    answers.add("C3:C7")
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["E"].width = 60
    book.save(path)


def main() -> None:
    for facts_path in sorted(HERE.glob("*/trustladder.yaml")):
        facts = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
        company = facts["organization"]["name"]
        for item in (facts.get("evidence") or {}).values():
            name = (item or {}).get("file")
            if not name:
                continue
            path = facts_path.parent / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".pdf":
                write_pdf(
                    path, company, PAGES.get(path.stem, [path.stem.replace("-", " ").capitalize()])
                )
            elif path.suffix == ".xlsx":
                write_questionnaire(path, company)
            print(f"wrote {path.relative_to(HERE)}", file=sys.stderr)


if __name__ == "__main__":
    main()
