#!/usr/bin/env bash
# Prepares a Debian 12 machine for Lyssna's development and end-to-end tests. Idempotent: run it as
# often as you like; it is silent when there is nothing to do.
#
#   1. Installs the Debian packages the end-to-end tests need, only those that are missing
#      (one `apt-get update`, then `apt-get install`). Needs root (or password-less sudo) only
#      when something is missing.
#   2. Runs `npm ci` in the repository when node_modules is missing or older than
#      package-lock.json (its `postinstall` runs `wxt prepare`).
#
# Usage: scripts/setup.sh [--check]
#   --check   only report what would be done; exit 1 if something is missing.
#
# Browsers come from Debian (chromium, firefox-esr), never from a download by a test tool.

set -euo pipefail

# xvfb and xdotool: the keyboard-shortcut test types Alt+Shift+L into a windowed Chromium on a virtual
# display (a browser takes extension shortcuts only from real keyboard input).
APT_PACKAGES=(chromium firefox-esr speech-dispatcher speech-dispatcher-espeak-ng espeak-ng sox xvfb xdotool)
MIN_NODE="20.19.0"

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "setup: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }

is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

version_ge() { # version_ge A B: A >= B (dotted numbers)
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

todo=0

# --- 1. Debian packages --------------------------------------------------------------------------
command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script is for Debian 12 (bookworm)."

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ]; then
  todo=1
  if [ "$check_only" -eq 1 ]; then
    say "missing Debian packages: ${missing[*]}"
  else
    if [ "$(id -u)" -eq 0 ]; then
      as_root=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      die "missing Debian packages: ${missing[*]}. Run this script as root, or: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
    say "installing Debian packages: ${missing[*]}"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update \
      || die "apt-get update failed"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq install "${missing[@]}" \
      || die "apt-get install failed for: ${missing[*]}"
    for pkg in "${missing[@]}"; do
      is_installed "$pkg" || die "package $pkg is still not installed"
    done
    say "Debian packages installed."
  fi
fi

# --- 2. Node and npm dependencies ----------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "node not found: install Node.js ${MIN_NODE} or newer (see README)."
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js ${MIN_NODE} or newer (see README)."
node_version="$(node -p 'process.versions.node')"
version_ge "$node_version" "$MIN_NODE" || die "Node.js ${node_version} is too old: ${MIN_NODE} or newer is needed."

[ -f "$repo_dir/package-lock.json" ] || die "no package-lock.json in $repo_dir"

# npm writes node_modules/.package-lock.json at the end of every install: use it as the stamp.
stamp="$repo_dir/node_modules/.package-lock.json"
reason=""
if [ ! -d "$repo_dir/node_modules" ]; then
  reason="node_modules is missing"
elif [ ! -f "$stamp" ]; then
  reason="node_modules is incomplete (no .package-lock.json)"
elif [ "$repo_dir/package-lock.json" -nt "$stamp" ]; then
  reason="package-lock.json is newer than node_modules"
fi

if [ -n "$reason" ]; then
  todo=1
  if [ "$check_only" -eq 1 ]; then
    say "npm ci needed: $reason"
  else
    say "$reason: running npm ci"
    (cd "$repo_dir" && npm ci --no-audit --no-fund) || die "npm ci failed"
    say "npm dependencies installed."
  fi
fi

if [ "$check_only" -eq 1 ]; then
  exit "$todo"
fi
exit 0
