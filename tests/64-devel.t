#!/bin/bash
# Devel files: a third-party module that registers an ib_client builds
# against /usr/src/rdma-backports/KVER (here: the devel files of the 7.2
# identity build, made by scripts/dist-devel), with every symbol it uses
# resolved by the stack's Module.symvers and the stack's own headers.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
tree="$TOP/build/$kver"
if [ ! -s "$tree/rdmabp/results.tsv" ]; then
	"$TOP/scripts/build-target" 7.2 "$kver" >&2
fi
plan 7
work="$TOP/build/test-devel.$$"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir -p "$work/mod"
"$TOP/scripts/dist-devel" "$tree" "$work/$kver" 2>"$work/devel.log"
ok $? "dist-devel writes the devel files"
d="$work/$kver"
[ -f "$d/include/rdma/ib_verbs.h" ] && [ -f "$d/rdmabp/kconfig.h" ] && [ -f "$d/rdmabp/config.h" ] &&
	[ -f "$d/rdmabp/series" ] && grep -q 'ib_register_client' "$d/Module.symvers"
ok $? "pinned headers, config header, series and a Module.symvers that exports ib_register_client"
# The module: tests/data/rdmabp_client (tests/66 loads it in a guest).
cp "$TOP"/tests/data/rdmabp_client/* "$work/mod/"
"$TOP/scripts/chroot" run 7.2 make -C "$work/mod" DEVEL="$d" KVER="$kver" >"$work/build.log" 2>&1
rc=$?
ok $rc "the module builds with the devel files' rdmabp.mk"
[ $rc -eq 0 ] || diag "$(grep -m5 -E 'error|ERROR' "$work/build.log")"
! grep -qE 'WARNING: .*(undefined|not found)' "$work/build.log"
ok $? "modpost resolves every symbol (no undefined warning)"
grep -E 'WARNING' "$work/build.log" | head -n3 | sed 's/^/# /'
ko="$work/mod/rdmabp_client.ko"
deps=$(modinfo -F depends "$ko" 2>/dev/null)
[ "$(modinfo -F vermagic "$ko" | cut -d' ' -f1)" = "$kver" ] && grep -qw ib_core <<<"${deps//,/ }"
ok $? "rdmabp_client.ko: vermagic $kver, depends on $deps"
# It was compiled against the pinned ib_verbs.h, not the kernel's copy.
grep -q "$d/include/rdma/ib_verbs.h" "$work/mod/.rdmabp_client.o.cmd"
ok $? "the pinned rdma/ib_verbs.h was used, not the kernel's"
# modpost read the stack's symbols (and, on MODVERSIONS kernels, their
# CRCs) after the kernel's: the stack's win.
grep -q -- "-i $d/Module.symvers" "$work/mod/.Module.symvers.cmd"
ok $? "modpost was given the stack's Module.symvers"
exit $((_tap_failed > 0))
