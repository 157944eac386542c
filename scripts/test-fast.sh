#!/usr/bin/env bash
# The everyday loop: lint, formatting, types and unit tests (tests/unit), no browsers. Meant to take
# well under 90 s; `npm test` runs these and everything else (integration, build, e2e).
# Lint, formatting and types run beside the unit tests (they wait on different things); their output
# follows the tests'.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci || exit 1
start=$SECONDS
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
beside() {
  local name=$1
  shift
  ("$@" >"$logs/$name.log" 2>&1; echo $? >"$logs/$name.rc") &
}
beside eslint npx eslint .
beside prettier npx prettier --check --log-level warn .
beside tsc npx tsc --noEmit
status=0
echo "::: npx vitest run"
npx vitest run "$@" || status=1
wait
for name in eslint prettier tsc; do
  rc=$(cat "$logs/$name.rc")
  if [ "$rc" = 0 ]; then echo "::: $name: ok"; else
    echo "::: $name: FAILED"
    cat "$logs/$name.log"
    status=1
  fi
done
echo "::: test:fast took $((SECONDS - start)) s"
exit $status
