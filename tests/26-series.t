#!/bin/bash
# The computed series of every supported target matches the one written in
# patches/targets/: a change that moves a target's series is seen here.
. "$(dirname "$0")/lib.sh"
targets=$(awk "{print \$1}" <<<"$(bash -c ". \"$TOP/scripts/lib.sh\"; targets_table")")
plan 4
out=$("$TOP/scripts/series" --check 2>&1)
ok $? "patches/targets/*.series match the series computed from each target's probes"
diag "$out"
# Every unit a written series names is a unit of patches/series (a renamed
# or dropped unit leaves no stale name behind).
stale=$(grep -hv '^#' "$TOP"/patches/targets/*.series | sort -u |
	comm -23 - <(awk '!/^#/ && NF { print $1 }' "$TOP/patches/series" | sort -u) | paste -sd' ')
[ -z "$stale" ]
ok $? "every unit of patches/targets/*.series is in patches/series${stale:+ (not: $stale)}"
n=0
for t in $targets; do [ -f "$TOP/patches/targets/$t.series" ] && n=$((n + 1)); done
[ "$n" -eq "$(wc -w <<<"$targets")" ]
ok $? "every supported target has a written series ($n)"
# Each series was computed for a kernel of its own target (6.12-deb12's for
# a 6.12.N+deb12 release in the bookworm chroot, not trixie's 6.12.N+deb13).
mapfile -t tlist <<<"$targets"
bad=$(bash -c 'top=$1; shift; . "$top/scripts/lib.sh"
	for t; do
		k=$(sed -n "1s/^# Computed by scripts\/series for \([^;]*\);.*/\1/p" "$top/patches/targets/$t.series" 2>/dev/null)
		[ -n "$k" ] && [ "$(kver_target "$k" 2>/dev/null)" = "$t" ] || echo "$t:${k:-none}"
	done' _ "$TOP" "${tlist[@]}")
[ -z "$bad" ]
ok $? "every written series names a kernel release of its own target${bad:+ (wrong: $bad)}"
exit $((_tap_failed > 0))
