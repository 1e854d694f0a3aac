"""Exit codes and the errors the library raises for the command line to report."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExitCode(enum.IntEnum):
    """How a trustladder command ended; scripts and CI read these."""

    CLEAN = 0
    """Nothing at or above the failing severity."""
    FINDINGS = 1
    """Findings at or above the failing severity."""
    USAGE = 2
    """Bad usage, facts or configuration: nothing was judged."""
    INTERNAL = 3
    """A fault inside trustladder."""


@dataclass(frozen=True)
class SourceProblem:
    """One thing wrong with an input file, located so a person can find and fix it."""

    file: str
    """The file, as the user named it."""
    line: int
    """1-based line of the offending key or value."""
    column: int
    """1-based column."""
    field: str
    """The dotted path of the field (``soc2.examinations[1].opinion``); empty for the whole file."""
    message: str
    """What is wrong and what is allowed instead."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class TrustladderError(Exception):
    """An error the user can fix; the command line prints it and exits with ``exit_code``."""

    exit_code = ExitCode.USAGE


class InputError(TrustladderError):
    """An input file (facts or configuration) that cannot be used, with every problem found."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems
