"""Web components and site sources: what a visitor sees, with positions; what they never see, skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustladder.check.engine import check_paths
from trustladder.check.settings import CheckSettings
from trustladder.rules import Context

pytest.importorskip("tree_sitter_typescript")

HERO = """import Badge from "./soc2-certified-badge";

export const metadata = { title: "Acme", description: "Acme is SOC 2 certified." };

export default function Hero() {
  const className = "soc2-certified";
  return (
    <section className="soc2-compliant hero" aria-label="We are SOC 2 Type II compliant">
      <h1>
        We are <strong>SOC 2</strong> certified
      </h1>
      {/* We are SOC 2 compliant: a comment nobody sees */}
      <p>{"Our SOC 2 report is available under NDA."}</p>
      <img src="/img/soc2-type-ii-badge.svg" alt="" />
      <input placeholder="You&apos;ll have our SOC 2 report on the 15th" />
    </section>
  );
}
"""


def _found(folder: Path) -> list[tuple[str, int, int, str]]:
    result = check_paths([str(folder)], Context(None, None), CheckSettings())
    assert result.errors == []
    return [(Path(f.path).name, f.line, f.column, f.rule) for f in result.findings]


def test_tsx_text_props_metadata_and_badges_with_exact_positions(tmp_path: Path) -> None:
    (tmp_path / "Hero.tsx").write_text(HERO, encoding="utf-8")
    lines = HERO.split("\n")
    found = _found(tmp_path)
    assert ("Hero.tsx", 3, lines[2].index("SOC 2") + 1, "TL101") in found  # page metadata
    assert ("Hero.tsx", 8, lines[7].index("SOC 2 Type II") + 1, "TL102") in found  # aria-label
    assert ("Hero.tsx", 10, lines[9].index("SOC 2") + 1, "TL101") in found  # text split by <strong>
    assert ("Hero.tsx", 13, lines[12].index("SOC 2") + 1, "TL104") in found  # a string child
    assert ("Hero.tsx", 14, lines[13].index("<img") + 1, "TL108") in found  # a badge image
    assert any(
        line == 15 and rule == "TL107" for _, line, _, rule in found
    )  # placeholder, entity decoded
    assert not any(line in (1, 6, 12) for _, line, _, _ in found)  # import, class name, comment


def test_test_files_are_never_read(tmp_path: Path) -> None:
    (tmp_path / "Hero.test.tsx").write_text(
        'expect(page).not.toContain("We are SOC 2 certified");\n', encoding="utf-8"
    )
    (tmp_path / "__tests__").mkdir()
    (tmp_path / "__tests__" / "copy.ts").write_text(
        'const banned = "SOC 2 certified";\n', encoding="utf-8"
    )
    assert _found(tmp_path) == []


def test_vue_svelte_and_astro_templates_without_their_scripts(tmp_path: Path) -> None:
    (tmp_path / "Trust.vue").write_text(
        '<template>\n  <h2>{{ "We are SOC 2 certified" }}</h2>\n  <p>We hold a SOC 2 Type 2 report.</p>\n</template>\n'
        '<script setup>\nconst t = "We are SOC 2 certified";\n</script>\n',
        encoding="utf-8",
    )
    (tmp_path / "Trust.svelte").write_text(
        '<script>\n  let t = "We are SOC 2 certified";\n</script>\n<p>{t} We are SOC 2 compliant.</p>\n',
        encoding="utf-8",
    )
    (tmp_path / "index.astro").write_text(
        '---\nconst t = "We are SOC 2 certified";\n---\n<main><p>SOC 2 certified platform</p></main>\n',
        encoding="utf-8",
    )
    svelte = (tmp_path / "Trust.svelte").read_text(encoding="utf-8").split("\n")[3]
    vue = (tmp_path / "Trust.vue").read_text(encoding="utf-8").split("\n")[2]
    astro = (tmp_path / "index.astro").read_text(encoding="utf-8").split("\n")[3]
    assert sorted(_found(tmp_path)) == [
        ("Trust.svelte", 4, svelte.index("SOC 2") + 1, "TL102"),
        ("Trust.vue", 3, vue.index("hold") + 1, "TL104"),
        ("index.astro", 4, astro.index("SOC 2") + 1, "TL101"),
    ]


def test_mdx_without_imports_exports_or_expressions(tmp_path: Path) -> None:
    (tmp_path / "about.mdx").write_text(
        'import { Claim } from "./claim";\nexport const meta = { title: "We are SOC 2 certified" };\n\n'
        "# About\n\nWe are **SOC 2** certified. {`We are SOC 2 compliant`}\n",
        encoding="utf-8",
    )
    assert _found(tmp_path) == [("about.mdx", 6, len("We are **") + 1, "TL101")]


def test_message_catalogs_in_json_yaml_and_ts_values_only(tmp_path: Path) -> None:
    locales = tmp_path / "locales" / "en"
    locales.mkdir(parents=True)
    (locales / "common.json").write_text(
        '{"soc2_certified": "Fast dashboards", "hero": {"title": "SOC 2 Type II certified"}}',
        encoding="utf-8",
    )
    (locales / "common.yaml").write_text(
        'hero:\n  title: "We are SOC 2 compliant"\n  soc2_certified: Plain text\n', encoding="utf-8"
    )
    (locales / "messages.ts").write_text(
        'export default { hero: "We hold a SOC 2 report", soc2Certified: 3 };\n', encoding="utf-8"
    )
    (tmp_path / "package.json").write_text(
        '{"description": "We are SOC 2 certified"}', encoding="utf-8"
    )
    json_line = (locales / "common.json").read_text(encoding="utf-8")
    ts_line = (locales / "messages.ts").read_text(encoding="utf-8")
    assert sorted(_found(tmp_path)) == [
        ("common.json", 1, json_line.index("SOC 2") + 1, "TL101"),
        ("common.yaml", 2, len('  title: "We are ') + 1, "TL102"),
        ("messages.ts", 1, ts_line.index("hold") + 1, "TL104"),
    ]
