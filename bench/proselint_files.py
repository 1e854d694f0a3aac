"""Run proselint's engine with only the one equivalent check over every file under a folder."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from proselint.tools import LintFile
from proselint_soc2 import CONFIG

hits = 0
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.suffix in (".md", ".html", ".txt"):
        hits += len(LintFile(path).lint(CONFIG))
print(hits)
