"""Generate a reproducible synthetic site: N pages of Markdown and HTML, a few percent mentioning
SOC 2 (some asserting, some negated or quoted), the rest ordinary product copy.

    python bench/make_site.py 2000 /tmp/site-2000
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

FILLER = [
    "Our dashboards refresh every minute and keep a full history of every change.",
    "Invite your team, assign roles and share views with a link.",
    "Exports go to CSV, Parquet or straight into your warehouse.",
    "The API is versioned, documented and rate limited per workspace.",
    "Pricing scales with the number of active seats, billed monthly or yearly.",
    "Single sign-on works with every identity provider that speaks SAML or OIDC.",
    "Alerts reach Slack, e-mail or a webhook within seconds of a threshold.",
    "Data stays in the region you choose when you create the workspace.",
]
SOC2 = [
    "We are SOC 2 Type II certified.",
    "Our SOC 2 Type 2 review period began in June; the report is expected after it closes in December.",
    "We are not yet SOC 2 compliant, and we say so.",
    "“SOC 2 certified” is never accurate: SOC 2 is an attestation.",
    "Are you SOC 2 compliant? Not yet: our examination is underway.",
    "Our hosting provider holds a SOC 2 Type II report.",
]


def page(rng: random.Random, number: int, html: bool) -> str:
    paragraphs = [" ".join(rng.sample(FILLER, 3)) for _ in range(rng.randint(4, 12))]
    if rng.random() < 0.04:  # a few percent of pages mention SOC 2
        paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(SOC2))
    title = f"Feature {number}"
    if html:
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>\n{body}</body></html>\n"
    return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(20261126)
    out.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        html = number % 2 == 1
        (out / f"page{number:05d}.{'html' if html else 'md'}").write_text(
            page(rng, number, html), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
