# shellcheck shell=bash
# Tiny TAP helpers for the project's tests (sourced by tests/*.t).
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_tap_n=0
_tap_failed=0
plan() { echo "1..$1"; }
ok() { # ok CONDITION-EXIT-STATUS DESCRIPTION
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2"
		_tap_failed=$((_tap_failed + 1))
	fi
}
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
# expect_fail DESCRIPTION REGEX CMD...: CMD must fail and print REGEX on stderr.
expect_fail() {
	local desc=$1 re=$2 out rc
	shift 2
	out=$("$@" 2>&1 >/dev/null) && rc=0 || rc=$?
	if [ "$rc" -ne 0 ] && grep -qE -- "$re" <<<"$out"; then
		ok 0 "$desc"
	else
		ok 1 "$desc"
		diag "exit $rc, wanted /$re/, got:" "$out"
	fi
}
# use_small_selection: build packages with core, rxe and siw only (speed);
# RDMABP_TEST_FULL=1 keeps the default ofed.conf.
use_small_selection() {
	[ "${RDMABP_TEST_FULL:-0}" != 1 ] || return 0
	local conf="$TOP/build/test-small.conf"
	mkdir -p "$TOP/build"
	awk -F'\t' '!/^#/ && NF { print $1 "=" ($1 ~ /^(core|rxe|siw)$/ ? "y" : "n") }' "$TOP/upstream/modules" >"$conf"
	export OFED_CONF=$conf
}
# chroot_file_list ROOT: everything on disk in ROOT but the caches and logs
# apt, dpkg and dkms keep, and the bind-mounted repo and cache.
chroot_file_list() {
	(cd "$1" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp -o -path ./var/cache \
		-o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path "./${TOP#/}" \
		-o -path "./${RDMABP_CACHE:-/var/cache/rdma-backports}" \) -prune -o -print | sort)
}
# stack_built TREE MODULE...: did the build in TREE produce every MODULE?
stack_built() {
	local tree=$1 m
	shift
	for m in "$@"; do
		awk -F'\t' -v m="$m" '$2 == m && $3 == "built"' "$tree/rdmabp/results.tsv" 2>/dev/null | grep -q . || return 1
	done
}
# vm_result_ok RESULTS NAME [LABEL]: one TAP line, ok when the guest's
# result NAME (mode/test) is PASS; says the result, or "no result".
vm_result_ok() {
	local line
	line=$(awk -F'\t' -v t="$2" '$1 == t' "$1" 2>/dev/null)
	[ "$(cut -f2 <<<"$line")" = PASS ]
	ok $? "${3:-${2#*/}}: $(cut -f2- <<<"${line:-no result}" | tr '\t' ' ')"
}
