#!/bin/bash
# gentree applies the units the facts select, and a unit that does not apply
# stops it with the patch and file named, leaving no tree behind.
. "$(dirname "$0")/lib.sh"
plan 6
[ -f "$TOP/upstream/linux/.rdmabp-pin" ] || make -C "$TOP" -s fetch >/dev/null
w=$(mktemp -d)
trap 'rm -rf "$w" "$TOP/patches/test-gentree-"*' EXIT
mkdir -p "$w/cfg"
printf '#define HAVE_PRESENT 1\n/* #undef HAVE_ABSENT */\n' >"$w/cfg/config.h"

good="$TOP/patches/test-gentree-good.patch"
cat >"$good" <<'PATCH'
--- a/drivers/infiniband/core/Makefile
+++ b/drivers/infiniband/core/Makefile
@@ -1,2 +1,3 @@
 # SPDX-License-Identifier: GPL-2.0
+# rdmabp-test-marker
 infiniband-$(CONFIG_INFINIBAND_ADDR_TRANS)	:= rdma_cm.o
PATCH
bad="$TOP/patches/test-gentree-bad.patch"
sed 's/^ # SPDX-License-Identifier: GPL-2.0$/ # no such line/' "$good" >"$bad"
printf 'test-gentree-good.patch\t!HAVE_ABSENT\ntest-gentree-bad.patch\tHAVE_ABSENT\n' >"$w/series"

RDMABP_SERIES="$w/series" "$TOP/scripts/gentree" "$w/cfg" "$w/tree" 2>"$w/err"; rc=$?; diag "$(cat "$w/err")"; [ $rc -eq 0 ]
ok $? "a tree is generated"
grep -q rdmabp-test-marker "$w/tree/drivers/infiniband/core/Makefile" &&
	[ "$(cat "$w/tree/rdmabp/series")" = test-gentree-good.patch ]
ok $? "the unit whose condition holds is applied, the other is not, and the series is written"
[ -f "$w/tree/include/linux/vermagic.h" ] && [ -f "$w/tree/include-fallback/linux/mlx4/device.h" ] &&
	[ ! -e "$w/tree/include/linux/mlx4" ]
ok $? "compat headers sit beside the pinned ones; NIC ABI headers are in include-fallback"

printf 'test-gentree-good.patch\t!HAVE_ABSENT\ntest-gentree-bad.patch\t!HAVE_ABSENT\n' >"$w/series"
RDMABP_SERIES="$w/series" expect_fail "a patch that does not apply names the patch and the file" \
	'^gentree: error: patch test-gentree-bad.patch does not apply to drivers/infiniband/core/Makefile' \
	"$TOP/scripts/gentree" "$w/cfg" "$w/tree2"
[ ! -e "$w/tree2" ] && [ -z "$(ls -d "$w"/tree2.* 2>/dev/null)" ]
ok $? "no half-patched tree is left"

printf 'test-gentree-good.patch\t!HAVE_NO_PROBE\n' >"$w/series"
RDMABP_SERIES="$w/series" expect_fail "a condition naming an unknown fact is an error" \
	'names the fact HAVE_NO_PROBE, which no probe' "$TOP/scripts/gentree" "$w/cfg" "$w/tree3"
exit $((_tap_failed > 0))
