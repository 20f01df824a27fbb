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

# the static gates read the sources only: they run side by side, each into its own log
gate_dir=$(mktemp -d)
gate() {
	local name=$1
	shift
	("$@" >"$gate_dir/$name.log" 2>&1; echo $? >"$gate_dir/$name.rc") &
}
gate prettier npx prettier --check .
gate eslint npx eslint .
gate svelte-check npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning
gate data-check npx tsx scripts/data-check.ts
gate audit node scripts/audit-ship.mjs
wait
for name in prettier eslint svelte-check data-check audit; do
	echo "== $name"
	cat "$gate_dir/$name.log"
	if [ "$(cat "$gate_dir/$name.rc")" != 0 ]; then
		echo "!! failed: $name"
		status=1
		failed_gates=$((failed_gates + 1))
	fi
done
rm -rf "$gate_dir"

run_tests "vitest" npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
step "build" npx vite build
# the offline pack, built once, after the web build: it builds into .svelte-kit-offline and
# offline/ and must leave build/ (what `vite preview` serves) untouched, which
# tests/e2e/setup-offline-preview.spec.ts then checks
step "build:offline" node scripts/build-offline.mjs
# Playwright wipes test-results/: keep the vitest report aside
cp test-results/vitest.json /tmp/ra-vitest.json 2>/dev/null || true
run_tests "playwright" npx playwright test
mkdir -p test-results && cp /tmp/ra-vitest.json test-results/vitest.json 2>/dev/null || true

# a failed gate (prettier, eslint, svelte-check, data:check, build) counts as one failed test
node scripts/summarise-tests.mjs test-results/vitest.json test-results/e2e.json "$failed_gates" || status=1
exit $status
