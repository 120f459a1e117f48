#!/bin/bash
# The generated tree builds on its own, and each build prepares it once:
# - gentree writes the tree's Makefile (flags and module selection), reuses
#   a tree whose inputs did not change and updates it in place when one
#   did (what changed gets a new time, the rest keeps its objects);
# - DKMS (scripts/dist-dkms prebuild, then build) runs configure,
#   select-modules and gentree once each: counted with stand-ins for them
#   and for the kernel's kbuild, in a copy of the scripts;
# - after make TARGET=6.12 (the small selection), kbuild by hand
#   (make -C build/KVER KDIR=..., the tree's own Makefile, nothing else but
#   the compiler) finds the tree up to date: the same flags and modules as
#   scripts/build's.
. "$(dirname "$0")/lib.sh"
plan 8
[ -f "$TOP/upstream/linux/.rdmabp-pin" ] || make -C "$TOP" -s fetch >/dev/null
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT

# --- gentree: the Makefile, reuse, and a new tree when an input changes.
mkdir -p "$w/cfg"
printf '/* #undef HAVE_ABSENT */\n' >"$w/cfg/config.h"
printf 'CONFIG_INFINIBAND=m\n' >"$w/cfg/config.mk"
: >"$w/series"
RDMABP_SERIES="$w/series" "$TOP/scripts/gentree" "$w/cfg" "$w/tree" >/dev/null 2>&1 &&
	grep -q '^override NOSTDINC_FLAGS := $(RDMABP_NOSTDINC)' "$w/tree/Makefile" 2>/dev/null &&
	grep -q '^include $(dir $(lastword $(MAKEFILE_LIST)))Makefile' "$w/tree/Kbuild" && [ -d "$w/tree/rdmabp/trace" ]
ok $? "gentree writes the tree's Makefile, which its Kbuild includes"
touch "$w/tree/drivers/infiniband/core/marker.o"
out=$(RDMABP_SERIES="$w/series" "$TOP/scripts/gentree" "$w/cfg" "$w/tree" 2>&1)
[ -e "$w/tree/drivers/infiniband/core/marker.o" ] && grep -q 'up to date with its inputs: reused' <<<"$out"
ok $? "a second gentree with the same inputs reuses the tree, objects included"
touch -d '2020-01-01' "$w/tree/rdmabp/config.mk" "$w/tree/drivers/infiniband/core/device.c"
mkdir -p "$w/tree/include/rdmabp-stale"
echo '#error stale' >"$w/tree/include/rdmabp-stale/old.h"
echo '/* stale */' >"$w/tree/drivers/infiniband/core/stale.c"
printf 'CONFIG_INFINIBAND=m\nCONFIG_INFINIBAND_USER_MAD=m\n' >"$w/cfg/config.mk"
printf '#define HAVE_X 1\n' >"$w/cfg/kconfig.h"
RDMABP_SERIES="$w/series" "$TOP/scripts/gentree" "$w/cfg" "$w/tree" >/dev/null 2>&1 &&
	grep -q USER_MAD "$w/tree/rdmabp/config.mk" && [ -f "$w/tree/rdmabp/kconfig.h" ] &&
	[ "$w/tree/rdmabp/config.mk" -nt "$w/tree/drivers/infiniband/core/device.c" ] &&
	[ "$(date -r "$w/tree/drivers/infiniband/core/device.c" +%Y)" = 2020 ] &&
	[ -e "$w/tree/drivers/infiniband/core/marker.o" ] && [ ! -e "$w/tree/drivers/infiniband/core/stale.c" ] &&
	[ ! -e "$w/tree/include/rdmabp-stale" ]
ok $? "a changed input (the selection) updates the tree in place: what changed is new, the rest keeps its time and objects, stale sources go"

# --- DKMS: each step once. A copy of the scripts with stand-ins.
top="$w/top"
mkdir -p "$top/upstream" "$top/compat/probes" "$top/build"
cp -a "$TOP/scripts" "$top/"
cp "$TOP/VERSION" "$TOP/ofed.conf" "$top/"
cp "$TOP/upstream/modules" "$TOP/upstream/pin.conf" "$top/upstream/"
for s in configure gentree; do
	mv "$top/scripts/$s" "$top/scripts/$s.real"
done
cat >"$top/scripts/configure" <<'SH'
#!/bin/bash
# Stand-in: no probes (every fact absent); counts its runs.
echo configure >>"$(dirname "$0")/../calls"
: >"$3/config.h"
: >"$3/probes.tsv"
SH
cat >"$top/scripts/gentree" <<'SH'
#!/bin/bash
# Stand-in: a tree with the selection and a Makefile; counts its runs.
echo gentree >>"$(dirname "$0")/../calls"
rm -rf "$2"
mkdir -p "$2"
cp -a "$1" "$2/rdmabp"
printf 'modules:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n' >"$2/Makefile"
echo stand-in >"$2/rdmabp/inputs.sha256"
SH
chmod +x "$top/scripts/configure" "$top/scripts/gentree"
# select-modules is the real one, counted through a wrapper.
mv "$top/scripts/select-modules" "$top/scripts/select-modules.real"
cat >"$top/scripts/select-modules" <<'SH'
#!/bin/bash
[ "$1" = --check ] || echo select-modules >>"$(dirname "$0")/../calls"
exec "$(dirname "$0")/select-modules.real" "$@"
SH
chmod +x "$top/scripts/select-modules"
# A kernel whose kbuild "builds" the selected modules.
kdir="$w/kdir"
mkdir -p "$kdir/include/generated"
: >"$kdir/Module.symvers"
: >"$kdir/include/generated/autoconf.h"
printf 'CONFIG_CC_VERSION_TEXT="gcc (stand-in) 1"\nCONFIG_NET=y\nCONFIG_INFINIBAND=m\n' >"$kdir/.config"
cat >"$kdir/Makefile" <<'MK'
modules:
	@echo kbuild >>$(M)/../../calls
	@awk -F'\t' '$$3 == "build" { print $$2 }' $(M)/rdmabp/modules.list | while read -r ko; do touch $(M)/$$ko.ko; done
MK
printf 'core=y\nrxe=y\nsiw=n\nipoib=n\nsrp=n\nsrpt=n\niser=n\nisert=n\nrtrs=n\nmlx5=n\nmlx4=n\n' >"$w/ofed.conf"
kver=6.12.0-test+deb13-amd64
(cd "$top" && OFED_CONF="$w/ofed.conf" scripts/dist-dkms prebuild "$kver" "$kdir" &&
	OFED_CONF="$w/ofed.conf" scripts/dist-dkms build "$kver" "$kdir") >"$w/dkms.log" 2>&1
rc=$?
calls=$(sort "$top/calls" 2>/dev/null | uniq -c | awk '{ printf "%s%s=%s", sep, $2, $1; sep = " " }')
[ $rc -eq 0 ] && [ "$calls" = "configure=1 gentree=1 kbuild=1 select-modules=1" ]
ok $? "DKMS PRE_BUILD and MAKE: configure, select-modules, gentree and kbuild once each ($calls)"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$w/dkms.log")"
stack_built "$top/build/$kver" ib_core rdma_rxe
ok $? "... and MAKE reports the modules of the prepared selection as built"
# MAKE alone, without a prepared tree: a clear error.
rm -rf "$top/build/$kver"
expect_fail "scripts/build --compile without a prepared tree says to prepare it" \
	'no generated tree for .*; run: scripts/build --prepare' \
	env OFED_CONF="$w/ofed.conf" "$top/scripts/build" --compile "$kver" "$kdir"

# --- By hand: the real 6.12 tree of the small selection.
kver=$("$TOP/scripts/chroot" ensure 6.12 2>/dev/null)
if [ -z "$kver" ]; then
	for i in 1 2; do _tap_n=$((_tap_n + 1)); echo "ok $_tap_n # SKIP no 6.12 build environment"; done
	exit $((_tap_failed > 0))
fi
tree="$TOP/build/$kver"
build_unless_built 6.12 small ib_core rdma_rxe siw rdmabp_compat
kdir="/usr/src/linux-headers-$kver"
cc=$(sed -n 's/^CONFIG_CC_VERSION_TEXT="\([^ ]*\).*/\1/p' "$("$TOP/scripts/chroot" path 6.12)$kdir/.config")
# The compiler exactly as scripts/build gives it: kbuild compares commands.
ccache=
"$TOP/scripts/chroot" run 6.12 sh -c 'command -v ccache' >/dev/null 2>&1 && ccache="ccache "
out=$("$TOP/scripts/chroot" run 6.12 env CCACHE_DIR="${RDMABP_CACHE:-/var/cache/rdma-backports}/ccache" \
	make -C "$tree" KDIR="$kdir" CC="$ccache$cc" modules 2>&1)
rc=$?
[ $rc -eq 0 ] && ! grep -qE '^\s+(CC|LD) \[M\]' <<<"$out" &&
	[ "$(modinfo -F version "$tree/drivers/infiniband/core/ib_core.ko")" = "$(scripts_lib project_version)" ]
ok $? "make -C build/$kver KDIR=$kdir by hand finds the tree up to date (the same flags and selection), modules versioned"
[ $rc -eq 0 ] || diag "$(tail -n 5 <<<"$out")"
grep -qE '^\s+(CC|LD) \[M\]' <<<"$out" && diag "$(grep -m3 -E '^\s+(CC|LD) \[M\]' <<<"$out")"
[ -f "$tree/drivers/infiniband/sw/siw/siw.ko" ] && grep -q '^CONFIG_RDMA_SIW=m' "$tree/rdmabp/config.mk" &&
	! grep -q '^CONFIG_RDMA_SIW=' "$("$TOP/scripts/chroot" path 6.12)$kdir/.config"
ok $? "siw, which the kernel's own .config leaves unset, is built: the selection reaches every directory"
exit $((_tap_failed > 0))
