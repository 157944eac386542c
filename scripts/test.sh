#!/usr/bin/env bash
# Every test: set-up, lint, types, unit tests, integration tests (the CLI, corpora of pages), build,
# end-to-end tests in real browsers.
# Ends with one summary line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

reports=artifacts/test-reports
rm -rf "$reports" && mkdir -p "$reports"
status=0
step() {
  echo "::: $*"
  "$@" || status=1
}
step npx eslint .
step npx prettier --check .
step npx tsc --noEmit
step npx vitest run --reporter=default --reporter=json --outputFile="$reports/unit.json"
step npm run test:integration -- --reporter=default --reporter=json --outputFile="$reports/integration.json"
if npx wxt build >/dev/null && npx wxt build -b firefox >/dev/null; then
  echo "::: built .output/chrome-mv3 and .output/firefox-mv2"
  step npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$reports/e2e.json"
else
  echo "::: build failed"
  status=1
fi
node scripts/summarise-tests.mjs "$reports"/*.json || status=1
exit $status
