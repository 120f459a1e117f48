#!/bin/bash
# What README.md's "Supported targets" table claims of a target's build
# ("34 of 39 modules, 0 failed, 0 warnings"; "the whole stack builds") holds
# in the build matrix, when one has been built (make matrix:
# build/matrix.tsv, and each target's build/KVER/rdmabp/summary for the
# warnings) with the default selection. A claim is counted as the matrix
# counts: built cells of all the selection's modules, failed cells, the
# summary's warnings.
. "$(dirname "$0")/lib.sh"

# readme_claims README: "target<TAB>built<TAB>total<TAB>failed<TAB>warnings"
# for every row of the targets table that states counts; "all" for built
# and total where it says the whole stack builds (every module not
# unavailable on that kernel).
readme_claims() {
	awk -F'|' '/^## Supported targets/ { in_t = 1; next } /^## / { in_t = 0 }
		in_t && /^\| [0-9]/ {
			t = $2; gsub(/ /, "", t); s = $6
			if (match(s, /[0-9]+ of [0-9]+ modules, [0-9]+ failed, [0-9]+ warnings/)) {
				split(substr(s, RSTART, RLENGTH), w, /[ ,]+/)
				print t "\t" w[1] "\t" w[3] "\t" w[5] "\t" w[7]
			} else if (s ~ /the whole stack builds/) {
				print t "\tall\tall\t0\t-"
			}
		}' "$1"
}

# check_claims README MATRIX BUILDDIR: one line per claim that the matrix
# contradicts; silent when every claimed target agrees. A target that is
# not in the matrix is not checked.
check_claims() {
	local readme=$1 matrix=$2 bdir=$3 t built total failed warnings col kver got
	while IFS=$'\t' read -r t built total failed warnings; do
		col=$(head -n1 "$matrix" | tr '\t' '\n' | awk -v t="$t" 'index($0, t " (") == 1 { print NR; exit }')
		[ -n "$col" ] || continue
		kver=$(head -n1 "$matrix" | cut -f"$col" | sed 's/.*(\(.*\))$/\1/')
		got=$(awk -F'\t' -v c="$col" 'NR > 1 { n++; if ($c == "built") b++; if ($c ~ /^failed/) f++; if ($c ~ /^unavailable/) u++ }
			END { print b + 0 "\t" n + 0 "\t" f + 0 "\t" u + 0 }' "$matrix")
		IFS=$'\t' read -r gb gn gf gu <<<"$got"
		# "the whole stack builds": every module the target's kernel
		# can have (its NIC driver or subsystem is configured) is built
		if [ "$built" = all ]; then built=$((gn - gu)) total=$gn; fi
		if [ "$gb" != "$built" ] || [ "$gn" != "$total" ] || [ "$gf" != "$failed" ]; then
			echo "$t: README says $built of $total modules, $failed failed; the matrix ($kver) has $gb of $gn, $gf failed"
		fi
		if [ "$warnings" != - ]; then
			got=$(awk -F'\t' '$1 == "warnings" { print $2 }' "$bdir/$kver/rdmabp/summary" 2>/dev/null)
			[ "$got" = "$warnings" ] || echo "$t: README says $warnings warnings; the $kver build has ${got:-no summary}"
		fi
	done < <(readme_claims "$readme")
}

plan 4
claims=$(readme_claims "$TOP/README.md")
[ "$(wc -l <<<"$claims")" -ge 2 ]
ok $? "README's targets table states counts for at least two targets ($(cut -f1 <<<"$claims" | paste -sd' '))"

# The check itself sees a wrong claim: a matrix of 3 modules, 2 built.
fx=$(mktemp -d)
trap 'rm -rf "$fx"' EXIT
printf '## Supported targets\n\n| t | s | h | c | state |\n|---|---|---|---|---|\n| 6.12 | trixie | h | gcc | 3 of 3 modules, 0 failed, 0 warnings: x |\n' >"$fx/README.md"
printf 'key\tmodule\t6.12 (K)\ncore\tib_core\tbuilt\ncore\tib_cm\tbuilt\nrxe\trdma_rxe\tfailed: x.c:1: error\n' >"$fx/matrix.tsv"
mkdir -p "$fx/K/rdmabp"
printf 'warnings\t0\n' >"$fx/K/rdmabp/summary"
out=$(check_claims "$fx/README.md" "$fx/matrix.tsv" "$fx")
grep -q '^6.12: README says 3 of 3 modules, 0 failed; the matrix (K) has 2 of 3, 1 failed$' <<<"$out"
ok $? "a claim the matrix contradicts is named (${out:-nothing reported})"
sed -i 's/failed: x.c:1: error/built/' "$fx/matrix.tsv"
out=$(check_claims "$fx/README.md" "$fx/matrix.tsv" "$fx")
[ -z "$out" ]
ok $? "a claim the matrix bears out passes${out:+ ($out)}"

matrix="$TOP/build/matrix.tsv"
if [ ! -s "$matrix" ]; then
	echo "ok 4 # SKIP no build matrix (make matrix)"
	exit $((_tap_failed > 0))
fi
# The claims are about the default selection: a matrix of another one
# (OFED_CONF) cannot confirm or refute them.
sel=$(mktemp -d)
"$TOP/scripts/select-modules" "$TOP/ofed.conf" /dev/null "$sel" 2>/dev/null
want=$(cut -f1,2 "$sel/modules.list" | sort)
rm -rf "$sel"
if [ "$(tail -n +2 "$matrix" | cut -f1,2 | sort)" != "$want" ]; then
	echo "ok 4 # SKIP build/matrix.tsv was built with another selection than ofed.conf"
	exit $((_tap_failed > 0))
fi
out=$(check_claims "$TOP/README.md" "$matrix" "$TOP/build")
[ -z "$out" ]
ok $? "README's targets table agrees with build/matrix.tsv"
diag "$out"
exit $((_tap_failed > 0))
