#!/usr/bin/env bash
# Build the installer bundle and start the frozen app outside any virtual environment:
# --version, an import of the seed with entities extracted (the model is bundled), a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
make installer
app="$PWD/dist/workbench/workbench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$app" "$@"; }
run --version | grep -q "^workbench "
run --db "$work/t.sqlite" import seeds/000_3d486de69af5284c.txt
run --db "$work/t.sqlite" show 1 --json > "$work/show.json"
python3 - "$work/show.json" <<'PY'
import json, sys
record = json.load(open(sys.argv[1], encoding="utf-8"))
people = {m["entity"] for m in record["entities"] if m["label"] == "PERSON"}
assert {"Matthew Miller", "Vladimir Putin"} <= people, people
assert sum(q["kind"] == "direct" for q in record["quotes"]) == 2, record["quotes"]
print(f"frozen app: {len(record['entities'])} entities, {len(record['quotes'])} quotes")
PY
run --db "$work/t.sqlite" screenshot --out "$work/shot.png"
test -s "$work/shot.png"
echo "installer smoke test passed: $(du -sh dist/workbench | cut -f1) bundle"
