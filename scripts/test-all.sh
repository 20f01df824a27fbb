#!/usr/bin/env bash
# The one test command (README: `npm test`): installs what the tests need, then runs every gate.
# Prints a closing line `N passed, N failed` summing vitest and Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."

fonts=$(fc-list 2>/dev/null || true)
if [ ! -x /usr/bin/chromium ] || ! grep -qi 'Noto Sans CJK' <<<"$fonts"; then
	echo "== installing Debian chromium and CJK fonts"
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== npm ci"
	npm ci --engine-strict --no-audit --no-fund || exit 1
fi

status=0
failed_gates=0
step() {
	echo "== $1"
	shift
	"$@" || { echo "!! failed: $*"; status=1; failed_gates=$((failed_gates + 1)); }
}
# test runners: their failures are counted from their own reports
run_tests() {
	echo "== $1"
	shift
	"$@" || { echo "!! failed: $*"; status=1; }
}
mkdir -p test-results
step "paraglide" npx paraglide-js compile --project ./project.inlang --outdir ./src/lib/paraglide
step "svelte-kit sync" npx svelte-kit sync
step "prettier" npx prettier --check .
step "eslint" npx eslint .
step "svelte-check" npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning
step "data:check" npx tsx scripts/data-check.ts
step "audit (production dependencies)" node scripts/audit-ship.mjs
run_tests "vitest" npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
# the offline pack builds into .svelte-kit-offline and offline/: it never touches what `vite preview` serves
step "build:offline" node scripts/build-offline.mjs
step "build" npx vite build
# Playwright wipes test-results/: keep the vitest report aside
cp test-results/vitest.json /tmp/ra-vitest.json 2>/dev/null || true
run_tests "playwright" npx playwright test
mkdir -p test-results && cp /tmp/ra-vitest.json test-results/vitest.json 2>/dev/null || true

# a failed gate (prettier, eslint, svelte-check, data:check, build) counts as one failed test
node scripts/summarise-tests.mjs test-results/vitest.json test-results/e2e.json "$failed_gates" || status=1
exit $status
