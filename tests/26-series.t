#!/bin/bash
# The computed series of every supported target matches the one written in
# patches/targets/: a change that moves a target's series is seen here.
. "$(dirname "$0")/lib.sh"
targets=$(awk "{print \$1}" <<<"$(bash -c ". \"$TOP/scripts/lib.sh\"; targets_table")")
plan 2
out=$("$TOP/scripts/series" --check 2>&1)
ok $? "patches/targets/*.series match the series computed from each target's probes"
[ "$(cat "$TOP"/patches/targets/*.series | grep -vc '^#')" -ge 0 ] || true
diag "$out"
n=0
for t in $targets; do [ -f "$TOP/patches/targets/$t.series" ] && n=$((n + 1)); done
[ "$n" -eq "$(wc -w <<<"$targets")" ]
ok $? "every supported target has a written series ($n)"
exit $((_tap_failed > 0))
