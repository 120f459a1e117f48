# shellcheck shell=bash
# Tiny TAP helpers for the project's tests (sourced by tests/*.t).
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_tap_n=0
_tap_failed=0
plan() { echo "1..$1"; }
# skip COUNT REASON: COUNT cases skipped for one reason.
skip() {
	local i
	for ((i = 0; i < $1; i++)); do ok 0 "# SKIP $2"; done
}
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
# selection_conf NAME KEYS: writes build/NAME.conf, an ofed.conf with the
# modules whose key matches the regex KEYS on and all others off; prints it.
selection_conf() {
	local conf="$TOP/build/$1.conf"
	mkdir -p "$TOP/build"
	awk -F'\t' -v k="^($2)\$" '!/^#/ && NF { print $1 "=" ($1 ~ k ? "y" : "n") }' "$TOP/upstream/modules" >"$conf"
	echo "$conf"
}
# use_small_selection: build packages with core, rxe and siw only (speed);
# RDMABP_TEST_FULL=1 keeps the default ofed.conf.
use_small_selection() {
	[ "${RDMABP_TEST_FULL:-0}" != 1 ] || return 0
	OFED_CONF=$(selection_conf test-small 'core|rxe|siw')
	export OFED_CONF
}
# vm_test_target TARGET: sets kver, tree (its build) and out (its guests'
# results) for TARGET, or ends the whole file with a SKIP plan when there is
# no build environment for it or no qemu.
vm_test_target() {
	kver=$("$TOP/scripts/chroot" ensure "$1" 2>/dev/null)
	[ -n "$kver" ] || { echo "1..0 # SKIP no $1 build environment"; exit 0; }
	command -v qemu-system-x86_64 >/dev/null || { echo "1..0 # SKIP qemu-system-x86_64 missing (make deps)"; exit 0; }
	tree="$TOP/build/$kver"
	out="$TOP/build/vm/$kver"
}
# build_unless_built TARGET small|full MODULE...: builds TARGET (the small
# selection, or ofed.conf) unless $tree already has every MODULE.
build_unless_built() {
	local target=$1 selection=$2
	shift 2
	stack_built "$tree" "$@" && return 0
	if [ "$selection" = small ]; then
		diag "no $target modules yet: building core, rxe and siw"
		use_small_selection
	else
		diag "no $target modules yet: make TARGET=$target"
	fi
	make -C "$TOP" --no-print-directory TARGET="$target" >&2 || true
}
# chroot_file_list ROOT: everything on disk in ROOT but the caches and logs
# apt, dpkg and dkms keep, and the bind-mounted repo and cache.
chroot_file_list() {
	(cd "$1" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp -o -path ./var/cache \
		-o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path "./${TOP#/}" \
		-o -path "./${RDMABP_CACHE:-/var/cache/rdma-backports}" \) -prune -o -print | sort)
}
# scripts_lib FUNCTION ARGS...: a helper of scripts/lib.sh, in a shell of
# its own (its die must not end the test file).
scripts_lib() {
	bash -c '. "$0/scripts/lib.sh"; "$@"' "$TOP" "$@"
}
# stack_built TREE MODULE...: did the build in TREE produce every MODULE?
stack_built() {
	scripts_lib modules_built "$@"
}
# vm_result_ok RESULTS NAME [LABEL]: one TAP line, ok when the guest's
# result NAME (mode/test) is PASS; says the result, or "no result".
vm_result_ok() {
	local line
	line=$(awk -F'\t' -v t="$2" '$1 == t' "$1" 2>/dev/null)
	[ "$(cut -f2 <<<"$line")" = PASS ]
	ok $? "${3:-${2#*/}}: $(cut -f2- <<<"${line:-no result}" | tr '\t' ' ')"
}
# nic_abi_changed_proto TARGET WORK MODULE SYMBOL DECL: the --proto-btf
# arguments (one a line) of MODULE as scripts/nic-abi left them in WORK
# (build/KVER/rdmabp/nic-abi), the one of the object that declares SYMBOL
# recompiled (its .sh, in the TARGET chroot) with the struct member DECL
# instead of __typeof__(&SYMBOL) SYMBOL: a prototype the RDMA module's code
# does not have, put where the target's compiler writes its side.
nic_abi_changed_proto() {
	local target=$1 w=$2 m=$3 sym=$4 decl=$5 c dw=$1 b
	c=$(grep -lF "__typeof__(&$sym) $sym;" "$w/$m".protos-*.c | grep -v '\.bad\.c$' | head -n1)
	[ -n "$c" ] || return 1
	awk -v s="	__typeof__(&$sym) $sym;" -v d="	$decl" '$0 == s { $0 = d } 1' "$c" >"${c%.c}.bad.c"
	sed "s|${c%.c}\\.|${c%.c}.bad.|g" "${c%.c}.sh" >"${c%.c}.bad.sh"
	"$TOP/scripts/chroot" run "$target" sh "${c%.c}.bad.sh" >"${c%.c}.bad.log" 2>&1 || return 1
	grep -q btf_encode_detached "$("$TOP/scripts/chroot" path "$target")/usr/bin/pahole" || dw=6.1
	"$TOP/scripts/chroot" run "$dw" pahole --btf_encode_detached="${c%.c}.bad.btf" "${c%.c}.bad.o" >/dev/null 2>&1 || return 1
	while read -r b; do
		echo --proto-btf
		if [ "$b" = "${c%.c}.btf" ]; then echo "${c%.c}.bad.btf"; else echo "$b"; fi
	done <"$w/$m.protos-btf"
}
