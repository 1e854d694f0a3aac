"""Write long single inputs that once took quadratic time: a Markdown paragraph and a plain-text
paragraph of 5,000 lines each, and a single 400 KB line, each ending in one claim.

    python bench/make_long.py OUT_DIR
"""

import sys
from pathlib import Path

LINE = "Our product ships weekly and our team answers support tickets within a day."
CLAIM = "We are SOC 2 certified."


def main() -> None:
    out = Path(sys.argv[1])
    for name, text in {
        "paragraph-md": "\n".join([LINE] * 5000 + [CLAIM]) + "\n",
        "paragraph-txt": "\n".join([LINE] * 5000 + [CLAIM]) + "\n",
        "one-line-md": " ".join([LINE] * 5000 + [CLAIM]) + "\n",
    }.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        suffix = ".txt" if name.endswith("txt") else ".md"
        (folder / f"page{suffix}").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
