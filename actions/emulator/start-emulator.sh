#!/usr/bin/env bash
# The emulator action's step: install the emulator with npm, copy a portal in when asked, start it in the
# background (it outlives this step, for the rest of the job) and wait until /health answers.
# Inputs come as CRM_ACTION_* variables; outputs go to $GITHUB_OUTPUT (or stdout outside Actions).
set -euo pipefail
packages=${CRM_ACTION_PACKAGES:-@crm-contacts/emulator}
port=${CRM_ACTION_PORT:-8080}
token=${CRM_ACTION_ADMIN_TOKEN:-ci-token}
wait_seconds=${CRM_ACTION_WAIT_SECONDS:-120}
home=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/crm-emulator.XXXXXX")
log=$home/emulator.log
output=${GITHUB_OUTPUT:-/dev/stdout}

fixtures=${CRM_ACTION_FIXTURES:-}
# Wrong inputs fail before anything is installed.
if [[ -n "$fixtures" && ! -f "$fixtures" ]]; then echo "::error::the fixtures file $fixtures does not exist"; exit 1; fi
if [[ -n "$fixtures" && -n "${CRM_ACTION_IMPORT_URL:-}" ]]; then echo "::error::give fixtures or import-url, not both"; exit 1; fi
if [[ -n "${CRM_ACTION_IMPORT_URL:-}" && -z "${CRM_ACTION_IMPORT_TOKEN:-}" ]]; then echo "::error::import-url needs import-token (an administrator's token for that portal)"; exit 1; fi

# a copy of a portal is made by the crm command line (`crm import`), installed only then
[[ -n "${CRM_ACTION_IMPORT_URL:-}" ]] && packages="$packages ${CRM_ACTION_CLI_PACKAGES:-@crm-contacts/cli}"
echo "::group::npm install $packages"
# shellcheck disable=SC2086 # several specs, separated by spaces
npm install --prefix "$home" --no-audit --no-fund --loglevel=error $packages
echo "::endgroup::"
bin=$home/node_modules/.bin/crm-emulator

if [[ -n "${CRM_ACTION_IMPORT_URL:-}" ]]; then
  fixtures=$home/imported-fixtures.json
  "$home/node_modules/.bin/crm" import --base-url "$CRM_ACTION_IMPORT_URL" --token "$CRM_ACTION_IMPORT_TOKEN" > "$fixtures"
  echo "copied $CRM_ACTION_IMPORT_URL into $fixtures"
fi

env=(PORT="$port" HOST=127.0.0.1 CRM_ADMIN_TOKEN="$token" CRM_CONTACTS="${CRM_ACTION_CONTACTS:-10000}" CRM_SNAPSHOT_DIR="$home/snapshots")
[[ -n "$fixtures" ]] && env+=(CRM_FIXTURES="$(realpath "$fixtures")")
# setsid: the emulator leaves this step's process group, so it runs until the job ends.
setsid env "${env[@]}" "$bin" > "$log" 2>&1 < /dev/null &
pid=$!
url=http://127.0.0.1:$port

deadline=$((SECONDS + wait_seconds))
until curl -sf "$url/health" > /dev/null; do
  if ! kill -0 "$pid" 2> /dev/null; then echo "::error::the emulator exited before answering"; cat "$log"; exit 1; fi
  if ((SECONDS >= deadline)); then echo "::error::the emulator did not answer $url/health within $wait_seconds s"; cat "$log"; kill "$pid"; exit 1; fi
  sleep 0.2
done
head -n 3 "$log"
{ echo "url=$url"; echo "token=$token"; echo "pid=$pid"; echo "log=$log"; } >> "$output"
