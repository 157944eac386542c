#!/usr/bin/env bash
# The everyday loop: lint, formatting, types and unit tests (tests/unit), no browsers. Meant to take
# well under 90 s; `npm test` runs these and everything else (integration, build, e2e).
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci || exit 1
start=$SECONDS
status=0
step() {
  echo "::: $*"
  "$@" || status=1
}
step npx eslint .
step npx prettier --check --log-level warn .
step npx tsc --noEmit
step npx vitest run
echo "::: test:fast took $((SECONDS - start)) s"
exit $status
