#!/usr/bin/env bash
# The GitHub Action's lint step (action.yml): runs odlint from the action's checkout with annotations (--format
# github) on standard output, the Markdown report appended to the job summary, a SARIF file, any other report files
# asked for, and the exit code the fail-on input asks for. Inputs come as INPUT_* environment variables.
set -uo pipefail

fail() {
  echo "::error title=odlint action::$1"
  exit 2
}

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: this script runs as a step of the odlint action}"
fail_on="${INPUT_FAIL_ON:-errors}"
case "$fail_on" in
  errors | warnings | never) ;;
  *) fail "fail-on is '$fail_on': give errors, warnings or never." ;;
esac

args=(--format github)
[ -n "${INPUT_STANDARD:-}" ] && args+=(--standard "$INPUT_STANDARD")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
summary="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/odlint-summary-$$.md"
args+=(--output-file "markdown=$summary")
[ -n "${INPUT_SARIF:-}" ] && args+=(--output-file "sarif=$INPUT_SARIF")
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -z "$line" ] && continue
  case "$line" in
    *=*) args+=(--output-file "$line") ;;
    *) fail "formats has '$line': give one format=path per line, e.g. html=odlint-report.html." ;;
  esac
done <<< "${INPUT_FORMATS:-}"
[ "$fail_on" = warnings ] && args+=(--max-warnings 0)
# Words split on white space, never globbed or evaluated: an input cannot run a command.
set -f
read -r -a extra <<< "${INPUT_ARGS:-}"
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}"
set +f
[ "${#paths[@]}" -eq 0 ] && paths=(.)

node "$action_path/bin/odlint.js" lint "${args[@]}" "${extra[@]}" -- "${paths[@]}"
code=$?

if [ -s "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$summary" >> "$GITHUB_STEP_SUMMARY"; fi
rm -f "$summary"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
  echo "sarif=${INPUT_SARIF:-}" >> "$GITHUB_OUTPUT"
fi
# never: problems do not fail the step, but odlint failing to run (exit 2) always does.
if [ "$fail_on" = never ] && [ "$code" -eq 1 ]; then exit 0; fi
exit "$code"
