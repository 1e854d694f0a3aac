"""Check the answers already written in a questionnaire: the checker on every answer and comment
cell, located by sheet and cell, and each SOC 2 answer against what the facts say is held."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trustladder.check.engine import judge_document
from trustladder.check.settings import CheckSettings
from trustladder.questionnaire.answer import YES, topic_of
from trustladder.questionnaire.fill import answer_cells
from trustladder.questionnaire.layout import Questionnaire
from trustladder.readers.model import BlockBuilder, Document
from trustladder.rules import Context, Finding, lookup


def check_questionnaire(
    book: Questionnaire,
    context: Context,
    overrides: dict[str, Any],
    settings: CheckSettings | None = None,
) -> list[Finding]:
    """Every finding in the written answers, located as sheet!cell."""
    settings = settings or CheckSettings()
    findings: list[Finding] = []
    held = any(r.current for r in context.reports)
    for layout, row, question_id, question, reference, text in answer_cells(book, overrides):
        column = (
            layout.columns["answer"]
            if reference.endswith(f"{layout.letter('answer')}{row}")
            else layout.columns.get("comment", 1)
        )
        builder = BlockBuilder()
        builder.add_text(text, row, column)
        document = Document(str(book.path), (builder.build(),), (), ())
        for finding in judge_document(document, context, settings):
            findings.append(replace(finding, location=reference))
        topic = topic_of(question_id, question)
        is_answer = reference.endswith(f"{layout.letter('answer')}{row}")
        if (
            is_answer
            and topic in ("independent_audit", "certification")
            and text.strip().lower() in YES
            and not held
        ):
            rule = lookup("TL121")
            assert rule is not None
            if rule.id not in settings.disabled:
                findings.append(
                    Finding(
                        rule.id,
                        rule.name,
                        rule.severity,
                        f"“{text}” to {question_id or 'a question'} about independent audits, but no current SOC 2 report is held",
                        rule.suggestion,
                        str(book.path),
                        row,
                        column,
                        row,
                        column + len(text),
                        text,
                        question,
                        location=reference,
                    )
                )
    return findings
