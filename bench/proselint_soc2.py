"""The equivalent proselint check: flag "SOC 2 certified/compliant" wording, run the way proselint
runs its own checks (LintFile + registry). Prose linters match strings: no idea of negation,
quotation, questions or the facts."""

from proselint.registry import CheckRegistry
from proselint.registry.checks import Check, types

CHECK = Check(
    check_type=types.ExistenceSimple(
        pattern=r"SOC[ -]?2 (?:Type (?:II|2) )?(?:certified|compliant)"
    ),
    path="trustladder.soc2",
    message="SOC 2 is an attestation; this wording overclaims.",
)
CheckRegistry().register(CHECK)
CONFIG = {"max_errors": 1000, "checks": {"trustladder": True}}
