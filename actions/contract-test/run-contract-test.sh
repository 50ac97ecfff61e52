#!/usr/bin/env bash
# The contract-test action's step: install crm-contract-test with npm and run it against the given server,
# writing the report to the workspace; the step fails when the run does (1: a contract violation).
# Inputs come as CRM_ACTION_* variables; outputs go to $GITHUB_OUTPUT (or stdout outside Actions).
set -euo pipefail
: "${CRM_ACTION_BASE_URL:?base-url is required}"
packages=${CRM_ACTION_PACKAGES:-@crm-contacts/contract-test}
report=${CRM_ACTION_REPORT:-junit}
case $report in
  junit) out=${CRM_ACTION_OUT:-${GITHUB_WORKSPACE:-$PWD}/crm-contract-test.xml} ;;
  json) out=${CRM_ACTION_OUT:-${GITHUB_WORKSPACE:-$PWD}/crm-contract-test.json} ;;
  *) echo "::error::report must be junit or json, not '$report'"; exit 2 ;;
esac
home=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/crm-contract-test.XXXXXX")
output=${GITHUB_OUTPUT:-/dev/stdout}

echo "::group::npm install $packages"
# shellcheck disable=SC2086 # several specs, separated by spaces
npm install --prefix "$home" --no-audit --no-fund --loglevel=error $packages
echo "::endgroup::"

args=(--base-url "$CRM_ACTION_BASE_URL" --report "$report" --out "$out")
if [[ -n "${CRM_ACTION_TOKEN:-}" ]]; then args+=(--token "$CRM_ACTION_TOKEN"); else args+=(--user "${CRM_ACTION_USER:-}" --password "${CRM_ACTION_PASSWORD:-}"); fi
[[ -n "${CRM_ACTION_MAX_REQUESTS:-}" ]] && args+=(--max-requests "$CRM_ACTION_MAX_REQUESTS")
[[ -n "${CRM_ACTION_RATE:-}" ]] && args+=(--rate "$CRM_ACTION_RATE")
[[ -n "${CRM_ACTION_SEED:-}" ]] && args+=(--seed "$CRM_ACTION_SEED")

code=0
"$home/node_modules/.bin/crm-contract-test" "${args[@]}" || code=$?
[[ -f "$out" ]] && echo "report=$out" >> "$output"
echo "exit-code=$code" >> "$output"
exit "$code"
