#!/usr/bin/env bash
# Runs the command line through ./parley and the materialized product, as a user's script would, and
# checks exit codes and that standard output carries results only (platform noise goes elsewhere).
#   check-cli.sh PRODUCT_DIR WORK_DIR
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
export PARLEY_PRODUCT=$1
work=$2
rm -rf "$work"; mkdir -p "$work"
failures=0
fail() { echo "check-cli: $*" >&2; failures=$((failures + 1)); }

# run NAME EXPECTED_EXIT ARGS...: stdout to $work/NAME.out, stderr to $work/NAME.err, seconds to $work/NAME.time
run() {
  local name=$1 expected=$2; shift 2
  local start end code
  start=$(date +%s%N)
  "$root/parley" "$@" >"$work/$name.out" 2>"$work/$name.err"
  code=$?
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))" >"$work/$name.time"
  [ "$code" = "$expected" ] || fail "$name: exit $code, expected $expected; stderr: $(head -c 400 "$work/$name.err")"
}

run new-sample 0 new-sample "$work/sample"
grep -qx "Created the sample project in $work/sample (9 model files, 304 mentions)" "$work/new-sample.out" \
  || fail "new-sample: unexpected output: $(cat "$work/new-sample.out")"

run validate 0 validate "$work/sample"
[ "$(cat "$work/validate.out")" = "0 error(s), 0 warning(s), 0 info(s)" ] \
  || fail "validate: standard output holds more than the results: $(head -c 400 "$work/validate.out")"

run export-ics 0 export-ics "$work/sample" --channel "giffgaff on X" -o -
head -n 1 "$work/export-ics.out" | grep -q '^BEGIN:VCALENDAR' || fail "export-ics: output is not a calendar"
[ "$(tail -n 1 "$work/export-ics.out")" = $'END:VCALENDAR\r' ] || fail "export-ics: output does not end the calendar"

run missing 2 validate "$work/nowhere"
[ ! -s "$work/missing.out" ] || fail "validate of a missing folder wrote to standard output"
grep -q "nowhere: not a project folder" "$work/missing.err" || fail "validate of a missing folder: unclear error"

run usage 2 validate
[ ! -s "$work/usage.out" ] || fail "bad usage wrote to standard output"

run help 0 help
grep -q "merge-driver" "$work/help.out" || fail "help does not list merge-driver"

echo "check-cli: start-up and run times (ms): help $(cat "$work/help.time"), new-sample $(cat "$work/new-sample.time"), validate $(cat "$work/validate.time"), export-ics $(cat "$work/export-ics.time")"
[ $failures = 0 ] || exit 1
echo "check-cli: the command line behaved as documented"
