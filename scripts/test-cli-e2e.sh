#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End-to-end test of stardeck-cli's wallet commands against a real stardeck-sandbox process started
# with --auto-login: login through a $BROWSER script (curl follows the authorize redirect to the CLI's
# loopback listener), whoami, balances, an approved transfer, an unapproved one, transfers, logout.
# Uses a private HOME, no session bus (the encrypted-file secret store) and STARDECK_PASSPHRASE.
#
# Usage: scripts/test-cli-e2e.sh [SANDBOX_BINARY [CLI_BINARY]]
#   defaults: build/sandbox/stardeck-sandbox and build/cli/stardeck-cli
# Exit status: 0 passed, 1 failed, 77 skipped (curl or jq missing).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sandbox_bin=${1:-$root/build/sandbox/stardeck-sandbox}
cli_bin=${2:-$root/build/cli/stardeck-cli}

for tool in curl jq; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed" >&2
        exit 77
    fi
done
for bin in "$sandbox_bin" "$cli_bin"; do
    [[ -x $bin ]] || { echo "FAIL: $bin is not built" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/stardeck-cli-e2e.XXXXXX")
sandbox_pid=""
cleanup() {
    if [[ -n $sandbox_pid ]]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

fail() {
    echo "FAIL: $*" >&2
    if [[ -s $work/last.err ]]; then
        echo "--- stderr of the last command:" >&2
        cat "$work/last.err" >&2
    fi
    exit 1
}

# The sandbox picks a free port; its first line says which.
"$sandbox_bin" --auto-login demo@stardeck.test --nfts 200 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
line=""
for _ in $(seq 1 300); do
    line=$(head -n 1 "$work/sandbox.out" 2>/dev/null || true)
    [[ $line == *"listening on "* ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.err" >&2; fail "the sandbox exited"; }
    sleep 0.1
done
[[ $line == *"listening on "* ]] || fail "the sandbox did not say where it listens"
base_url=${line##*listening on }
echo "sandbox at $base_url"

cat >"$work/browser.sh" <<'SCRIPT'
#!/bin/sh
exec curl -sS -L --max-time 20 -o /dev/null "$1"
SCRIPT
chmod 700 "$work/browser.sh"

mkdir -p "$work/home"
export HOME=$work/home
export XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
export STARDECK_PASSPHRASE=e2e-passphrase
export STARDECK_SANDBOX_URL=$base_url
export BROWSER=$work/browser.sh
unset DBUS_SESSION_BUS_ADDRESS STARDECK_SECRET_STORE STARDECK_CLIENT_ID DISPLAY WAYLAND_DISPLAY

# Runs the CLI with a time limit and no controlling terminal; stdout to stdout, stderr kept.
cli() {
    local status=0
    if command -v setsid >/dev/null 2>&1; then
        timeout 60 setsid -w "$cli_bin" "$@" 2>"$work/last.err" || status=$?
    else
        timeout 60 "$cli_bin" "$@" 2>"$work/last.err" || status=$?
    fi
    return $status
}

expect_status() {
    local want=$1 got=$2 what=$3
    [[ $got == "$want" ]] || fail "$what: exit status $got, expected $want"
}

# login
status=0
cli --json login >"$work/login.json" </dev/null || status=$?
expect_status 0 $status "login"
[[ $(jq -r .email "$work/login.json") == demo@stardeck.test ]] || fail "login: wrong user"
echo "ok login"

# whoami
status=0
cli --json whoami >"$work/whoami.json" </dev/null || status=$?
expect_status 0 $status "whoami"
address=$(jq -r .imx_address "$work/whoami.json")
[[ $(jq -r .registered "$work/whoami.json") == true ]] || fail "whoami: not registered"
[[ $address =~ ^0x[0-9a-f]{40}$ ]] || fail "whoami: bad IMX address '$address'"
jq -e '.secret_store | test("encrypted")' "$work/whoami.json" >/dev/null || fail "whoami: not the file store"
echo "ok whoami ($address)"

# balances equal the sandbox's own answer, with exact decimals
status=0
cli --json balances >"$work/balances.json" </dev/null || status=$?
expect_status 0 $status "balances"
curl -sS "$base_url/imx/v2/balances/$address" >"$work/state.json"
want=$(jq -c '[.result[] | {symbol, balance}] | sort_by(.symbol)' "$work/state.json")
got=$(jq -c '[.[] | {symbol, balance: .balance_base_units}] | sort_by(.symbol)' "$work/balances.json")
[[ $want == "$got" ]] || fail "balances: $got != sandbox $want"
[[ $(jq -r '.[] | select(.symbol == "ETH") | .balance' "$work/balances.json") == 12.5 ]] || fail "balances: ETH is not 12.5"
echo "ok balances"

# someone to pay: the sender of a transfer the demo user received
status=0
cli --json transfers --all >"$work/transfers-before.json" </dev/null || status=$?
expect_status 0 $status "transfers"
receiver=$(jq -r '[.[] | select(.direction == "in")][0].sender' "$work/transfers-before.json")
[[ $receiver =~ ^0x[0-9a-f]{40}$ ]] || fail "transfers: no incoming transfer to take a receiver from"

# a transfer approved with --yes
status=0
cli --json transfer --to "$receiver" --token ETH --amount 0.25 --yes >"$work/transfer.json" </dev/null || status=$?
expect_status 0 $status "transfer --yes"
transfer_id=$(jq -r .transfer_id "$work/transfer.json")
[[ $transfer_id =~ ^[0-9]+$ ]] || fail "transfer: no transfer id"
grep -q '"state":"done"' "$work/last.err" || fail "transfer: no done progress state"
echo "ok transfer ($transfer_id)"

# not approved: no terminal and no --yes (a piped "y" does not count)
status=0
echo y | cli transfer --to "$receiver" --token ETH --amount 1 >/dev/null || status=$?
expect_status 5 $status "transfer without --yes"
grep -q '^TRANSFER_ERROR: ' "$work/last.err" || fail "rejected transfer: no TRANSFER_ERROR message"
echo "ok rejected transfer"

# the sandbox moved exactly 0.25 ETH, once
status=0
cli --json balances >"$work/balances-after.json" </dev/null || status=$?
expect_status 0 $status "balances after"
[[ $(jq -r '.[] | select(.symbol == "ETH") | .balance' "$work/balances-after.json") == 12.25 ]] ||
    fail "balances after: ETH is not 12.25"
status=0
cli --json transfers --all >"$work/transfers-after.json" </dev/null || status=$?
expect_status 0 $status "transfers after"
jq -e --argjson id "$transfer_id" --arg to "$receiver" \
    '[.[] | select(.transaction_id == $id and .direction == "out" and .receiver == $to and .token.amount == "0.25")] | length == 1' \
    "$work/transfers-after.json" >/dev/null || fail "transfers: transfer $transfer_id not listed once"
before=$(jq '[.[] | select(.direction == "out")] | length' "$work/transfers-before.json")
after=$(jq '[.[] | select(.direction == "out")] | length' "$work/transfers-after.json")
[[ $after == $((before + 1)) ]] || fail "transfers: $before sent before, $after after (expected one more)"
echo "ok transfers"

# logout
status=0
cli --json logout >"$work/logout.json" </dev/null || status=$?
expect_status 0 $status "logout"
[[ $(jq -r .revoked "$work/logout.json") == true ]] || fail "logout: not revoked"
status=0
cli whoami >/dev/null </dev/null || status=$?
expect_status 3 $status "whoami after logout"
echo "ok logout"

echo "PASS: stardeck-cli end to end"
