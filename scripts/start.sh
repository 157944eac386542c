#!/usr/bin/env bash
# The product, from nothing: set-up, build, serve the bundled sample pages on localhost, and open
# Chromium with the extension on the Umeå sample. Without a display it runs headless, presses Lyssna,
# prints what was detected and spoken, and saves a screenshot (artifacts/demo.png).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "start: building the extension (Chrome MV3 and Firefox MV2)…"
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
exec npx tsx scripts/demo.ts "$@"
