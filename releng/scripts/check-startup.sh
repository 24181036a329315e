#!/usr/bin/env bash
# Starts a materialized product (plain Equinox launcher) with Parley's self-check, which opens the
# Parley perspective, lists its views and closes the workbench; then checks that report and that
# start-up wrote no error or stack trace into the workspace log.
#   check-startup.sh JAVA PRODUCT_DIR WORK_DIR
set -u
java=$1 product=$2 work=$3
rm -rf "$work"; mkdir -p "$work"
report="$work/selfcheck.txt" workspace="$work/workspace" out="$work/console.txt"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || { echo "check-startup: no launcher jar in $product/plugins" >&2; exit 1; }

timeout 180 "$java" -Xmx1g -Dparley.selfcheck="$report" -jar "$launcher" -data "$workspace" >"$out" 2>&1
status=$?
fail() { echo "check-startup: $product: $*" >&2; echo "--- console" >&2; tail -n 20 "$out" >&2
  [ -f "$workspace/.metadata/.log" ] && { echo "--- workspace log" >&2; head -n 40 "$workspace/.metadata/.log" >&2; }; exit 1; }

[ $status = 0 ] || fail "the product exited with status $status"
[ -s "$report" ] || fail "the self-check wrote no report (did org.parley.ui start?)"
grep -qx 'perspective=org.parley.ui.perspective' "$report" || fail "Parley perspective not active: $(tr '\n' ' ' <"$report")"
for view in org.eclipse.ui.navigator.ProjectExplorer org.eclipse.ui.views.PropertySheet \
            org.eclipse.ui.views.ProblemView org.eclipse.ui.views.ProgressView; do
  grep -qx "view=$view" "$report" || fail "view $view missing from the Parley perspective"
done
if [ -f "$workspace/.metadata/.log" ] && grep -qE '^!ENTRY [^ ]+ 4 |^!STACK' "$workspace/.metadata/.log"; then
  fail "start-up wrote errors into the workspace log"
fi
echo "check-startup: $product opened the Parley perspective with its views; workspace log clean"
