#!/bin/bash
# Bad input never costs the user the previous good build, and errors name
# the user's own files: a bad ofed.conf is refused before any output is
# touched (scripts/build, scripts/build-target), naming the user's file and
# line even when the build runs in a chroot on a copy; scripts/matrix
# --report writes its table whichever target lacks results, and a full
# scripts/matrix refuses a bad ofed.conf before any target. Fast: no
# compiler, no chroot (scripts/matrix runs from a copy with a stand-in
# scripts/chroot).
. "$(dirname "$0")/lib.sh"
plan 9
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
kver=7.2.13+deb14-amd64

# A previous good build's results, in a build directory of its own.
mkdir -p "$w/build/$kver/rdmabp"
printf 'core\tib_core\tbuilt\tdrivers/infiniband/core/ib_core.ko\n' >"$w/build/$kver/rdmabp/results.tsv"
printf 'kver\t%s\nbuilt\t1\n' "$kver" >"$w/build/$kver/rdmabp/summary"
cp "$w/build/$kver/rdmabp/results.tsv" "$w/results.before"
printf 'core=y\nmlx5=maybe\n' >"$w/bad.conf"

expect_fail "scripts/build: a bad ofed.conf is an error naming the file and line" \
	"^build|select-modules: error: $w/bad.conf:2: malformed line \"mlx5=maybe\"" \
	env OFED_CONF="$w/bad.conf" RDMABP_BUILD_DIR="$w/build" "$TOP/scripts/build" "$kver" "$w/no-headers"
cmp -s "$w/results.before" "$w/build/$kver/rdmabp/results.tsv" && [ -s "$w/build/$kver/rdmabp/summary" ] &&
	[ ! -e "$w/build/logs/$kver.log" ] && [ ! -e "$w/build/config" ]
ok $? "... and leaves the previous build's results.tsv, summary and logs alone"

# build-target copies a selection from outside the repo into build/ for the
# chroot: the error still names the user's file, and comes first.
out=$(OFED_CONF="$w/bad.conf" RDMABP_CACHE="$w/no-cache" "$TOP/scripts/build-target" 7.2 2>&1)
rc=$?
[ "$rc" -ne 0 ] && grep -q "$w/bad.conf:2: malformed line" <<<"$out" && ! grep -q "ofed.conf.$kver" <<<"$out" &&
	[ ! -e "$w/no-cache" ]
st=$?
ok $st "scripts/build-target: the error names the user's file (not build/ofed.conf.$kver) before any chroot work"
[ $st -eq 0 ] || diag "exit $rc:" "$out"
# Inside the chroot (a copy of the file), the name given is the one shown.
cp "$w/bad.conf" "$w/copy.conf"
expect_fail "select-modules names RDMABP_OFED_CONF_SHOWN instead of the copy it reads" \
	'/home/user/my.conf:2: malformed line' \
	env RDMABP_OFED_CONF_SHOWN=/home/user/my.conf "$TOP/scripts/select-modules" "$w/copy.conf" /dev/null "$w/sel"
[ ! -e "$w/sel" ] && "$TOP/scripts/select-modules" --check "$TOP/ofed.conf" && [ ! -e "$w/sel" ]
ok $? "a refused selection writes nothing (not even OUTDIR); --check accepts the default ofed.conf"

# scripts/matrix --report from a copy whose scripts/chroot stands in for the
# real one (a fixed kernel release per target) and with fixture results.
mkdir -p "$w/m/scripts" "$w/m/build"
cp "$TOP/scripts/matrix" "$TOP/scripts/lib.sh" "$w/m/scripts/"
cat >"$w/m/scripts/chroot" <<'SH'
#!/bin/bash
# Stand-in: "ensure TARGET" prints a kernel release made from the target.
[ "$1" = ensure ] && echo "$2.0-test-amd64"
SH
chmod +x "$w/m/scripts/chroot"
mkdir -p "$w/m/build/6.12.0-test-amd64/rdmabp"
printf 'core\tib_core\tbuilt\tdrivers/infiniband/core/ib_core.ko\nrxe\trdma_rxe\tfailed\tboom\n' \
	>"$w/m/build/6.12.0-test-amd64/rdmabp/results.tsv"
printf 'kver\t6.12.0-test-amd64\nbuilt\t1\nfailed\t1\n' >"$w/m/build/6.12.0-test-amd64/rdmabp/summary"
for order in "6.12 5.10" "5.10 6.12"; do
	rm -f "$w/m/build/matrix.tsv"
	out=$(MATRIX_TARGETS="$order" "$w/m/scripts/matrix" --report 2>&1)
	rc=$?
	[ "$rc" -eq 0 ] && grep -qP '^core\tib_core\t' "$w/m/build/matrix.tsv" &&
		grep -qP '^rxe\trdma_rxe\t.*failed: boom' "$w/m/build/matrix.tsv" &&
		grep -q '5.10 (5.10.0-test-amd64)' "$w/m/build/matrix.tsv" &&
		grep -q 'no results: see build/logs/5.10.0-test-amd64.log' "$w/m/build/matrix.tsv"
	st=$?
	ok $st "MATRIX_TARGETS=\"$order\" scripts/matrix --report writes the table (exit $rc), the unbuilt target marked"
	[ "$st" -eq 0 ] || diag "$out"
done
# No target with results at all: still a table (headers only), exit 0.
MATRIX_TARGETS="5.10" "$w/m/scripts/matrix" --report >/dev/null 2>&1 && [ -f "$w/m/build/matrix.md" ]
ok $? "scripts/matrix --report with no results at all still writes its table"
# A bad ofed.conf: scripts/matrix refuses it first, and the table of the
# previous run (fixture results above) is neither rebuilt nor rewritten.
mkdir -p "$w/m/upstream"
cp "$TOP/scripts/select-modules" "$w/m/scripts/"
cp "$TOP/upstream/modules" "$TOP/upstream/pin.conf" "$w/m/upstream/"
cp "$TOP/VERSION" "$w/m/"
cp "$w/m/build/matrix.md" "$w/m/matrix.md.before"
out=$(OFED_CONF="$w/bad.conf" MATRIX_TARGETS="6.12" "$w/m/scripts/matrix" 2>&1)
rc=$?
[ "$rc" -ne 0 ] && grep -q "$w/bad.conf:2: malformed line" <<<"$out" && ! grep -q '=== target' <<<"$out" &&
	cmp -s "$w/m/matrix.md.before" "$w/m/build/matrix.md"
st=$?
ok $st "scripts/matrix refuses a bad ofed.conf naming its line before any target, its table left as it was"
[ $st -eq 0 ] || diag "exit $rc:" "$out"
exit $((_tap_failed > 0))
