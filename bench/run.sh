#!/usr/bin/env bash
# Benchmarks: trustladder check against ripgrep (same pattern) and proselint (one equivalent check),
# whole-process wall time with hyperfine and peak memory with /usr/bin/time -v, at N = 2,000 and
# 20,000 pages; then single-file latency. Needs: hyperfine, ripgrep, GNU time (Debian packages).
#     bash bench/run.sh            # results in bench/results.md
set -euo pipefail
cd "$(dirname "$0")/.."
TL=${TL:-.venv/bin/trustladder}
PY=${PY:-.venv/bin/python}
WORK=${WORK:-/tmp/trustladder-bench}
mkdir -p "$WORK"
# An installed wheel ships compiled bytecode; an editable install run with PYTHONDONTWRITEBYTECODE
# set would recompile every module on every start, so compile once to measure what users run.
"$PY" -m compileall -q src >/dev/null
if [ ! -x "$WORK/proselint-venv/bin/proselint" ]; then
  python3 -m venv "$WORK/proselint-venv"
  "$WORK/proselint-venv/bin/pip" install --quiet proselint
fi
PL="$WORK/proselint-venv/bin/python"
PATTERN='SOC[ -]?2 (Type (II|2) )?(certified|compliant)'
out=bench/results.md
{
  echo "# Benchmark results"
  echo
  echo "Machine: $(nproc) CPUs, $(python3 --version 2>&1), $(date -u +%Y-%m-%d)."
  echo
} > "$out"
for n in 2000 20000; do
  site="$WORK/site-$n"
  [ -d "$site" ] || "$PY" bench/make_site.py "$n" "$site"
  echo "## N = $n pages" >> "$out"
  hyperfine --warmup 1 --runs 3 --ignore-failure --export-markdown "$WORK/h-$n.md" \
    -n ripgrep "rg -c -e '$PATTERN' $site" \
    -n "trustladder check" "$TL check $site --no-facts --no-cache --format json" \
    -n "proselint (one check)" "$PL bench/proselint_files.py $site" >/dev/null
  cat "$WORK/h-$n.md" >> "$out"
  echo >> "$out"
  echo "| tool | peak memory (MB) |" >> "$out"
  echo "|---|---|" >> "$out"
  for tool in "rg -c -e '$PATTERN' $site" "$TL check $site --no-facts --no-cache --format json" "$PL bench/proselint_files.py $site"; do
    kb=$( { /usr/bin/time -v bash -c "$tool > /dev/null || true" ; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    echo "| ${tool%% *} | $((kb / 1024)) |" >> "$out"
  done
  echo >> "$out"
done
echo "We are SOC 2 Type II certified." > "$WORK/one.md"
echo "## One small file, whole process" >> "$out"
hyperfine --warmup 3 --runs 20 --ignore-failure --export-markdown "$WORK/h-one.md" \
  -n "trustladder check one.md" "$TL check $WORK/one.md --no-facts --no-cache" \
  -n "python -c pass" "$PY -c pass" >/dev/null
cat "$WORK/h-one.md" >> "$out"
echo >> "$out"
"$PY" bench/make_long.py "$WORK/long"
echo "## Long single inputs (5,000-line paragraphs, one 400 KB line)" >> "$out"
for shape in paragraph-md paragraph-txt one-line-md; do
  file=$(ls "$WORK/long/$shape"/*)
  hyperfine --warmup 1 --runs 5 --ignore-failure --export-markdown "$WORK/h-$shape.md" \
    -n "trustladder check $shape" "$TL check $file --no-facts --no-cache" \
    -n "proselint (one check) $shape" "$PL bench/proselint_files.py $WORK/long/$shape" >/dev/null
  tail -n +3 "$WORK/h-$shape.md" >> "$WORK/h-long.md"
done
{ echo "| Command | Mean [ms] | Min [ms] | Max [ms] | Relative |"; echo "|:---|---:|---:|---:|---:|"; cat "$WORK/h-long.md"; } >> "$out"
rm -f "$WORK/h-long.md"
cat "$out"
