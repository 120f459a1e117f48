#!/bin/bash
# The in-tree users of the RDMA core are computed from the target kernel
# (scripts/consumers, on a fixture shaped like Debian's 6.12), built only
# where the target's own source is pinned (select-modules), and that source
# is checksum-verified (scripts/fetch-consumers, on a fake linux-source).
. "$(dirname "$0")/lib.sh"
plan 17
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
k=kernel
mkdir -p "$w/mod"
cat >"$w/mod/modules.dep" <<DEP
$k/drivers/infiniband/core/ib_core.ko.xz: $k/net/ipv6/ipv6.ko.xz
$k/drivers/infiniband/core/ib_cm.ko.xz: $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/infiniband/core/rdma_cm.ko.xz: $k/drivers/infiniband/core/ib_cm.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/infiniband/sw/rdmavt/rdmavt.ko.xz: $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/infiniband/ulp/srp/ib_srp.ko.xz: $k/drivers/infiniband/core/rdma_cm.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/infiniband/hw/qib/ib_qib.ko.xz: $k/drivers/infiniband/sw/rdmavt/rdmavt.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/net/sunrpc/sunrpc.ko.xz:
$k/fs/nfs/nfs.ko.xz: $k/net/sunrpc/sunrpc.ko.xz
$k/net/sunrpc/xprtrdma/rpcrdma.ko.xz: $k/net/sunrpc/sunrpc.ko.xz $k/drivers/infiniband/core/rdma_cm.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/nvme/host/nvme-rdma.ko.xz: $k/drivers/nvme/host/nvme-fabrics.ko.xz $k/drivers/infiniband/core/rdma_cm.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/net/smc/smc.ko.xz: $k/drivers/infiniband/core/ib_core.ko.xz
$k/net/smc/smc_diag.ko.xz: $k/net/smc/smc.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/block/rnbd/rnbd-client.ko.xz: $k/drivers/infiniband/ulp/rtrs/rtrs-client.ko.xz $k/drivers/infiniband/core/ib_core.ko.xz
$k/drivers/vdpa/mlx5/mlx5_vdpa.ko.xz: $k/drivers/net/ethernet/mellanox/mlx5/core/mlx5_core.ko.xz
DEP
printf '%s\n' "$k/net/ipv4/tcp.ko" >"$w/mod/modules.builtin"
{
	printf '0x1\tib_register_device\tdrivers/infiniband/core/ib_core\tEXPORT_SYMBOL\t\n'
	printf '0x2\trdma_connect\tdrivers/infiniband/core/rdma_cm\tEXPORT_SYMBOL\t\n'
	printf '0x3\trvt_register_device\tdrivers/infiniband/sw/rdmavt/rdmavt\tEXPORT_SYMBOL\t\n'
	printf '0x4\tmlx5_core_create_mkey\tdrivers/net/ethernet/mellanox/mlx5/core/mlx5_core\tEXPORT_SYMBOL\t\n'
	printf '0x5\tsvc_xprt_put\tnet/sunrpc/sunrpc\tEXPORT_SYMBOL_GPL\t\n'
} >"$w/Module.symvers"
cons() { "$TOP/scripts/consumers" --moddir "$w/mod" --symvers "$w/Module.symvers" --project-symvers /dev/null "$@" 6.12.118+deb13-amd64; }
printf 'core=y\n' >"$w/default.conf"
out=$(cons --conf "$w/default.conf" 2>&1)
diag "$out"
grep -qP '^rpcrdma\tnfsrdma\trebuild\trdma_cm,ib_core$' <<<"$out" && grep -qP '^nvme_rdma\tnvme_rdma\trebuild\t' <<<"$out" &&
	grep -qP '^smc\tsmc\trebuild\t' <<<"$out" && grep -qP '^smc_diag\tsmc\trebuild\tib_core$' <<<"$out"
ok $? "the storage and socket users of ib_core/rdma_cm are found, each with the key that rebuilds it (smc_diag with smc)"
grep -qP '^ib_qib\t-\tcannot: QLogic .*gone from the pinned tree' <<<"$out" &&
	grep -qP '^rnbd_client\t-\tcannot: the project has no build of it \(no key of upstream/modules builds rnbd_client\)' <<<"$out"
ok $? "a user the project has no build of is listed with the reason (upstream/consumers/not-rebuilt: ib_qib; else: RNBD)"
grep -qP '^mlx5_vdpa\t-\tcannot: ' <<<"$out"
ok $? "a user of a project module outside drivers/infiniband (mlx5_core) counts too"
! grep -qE '^(ib_srp|ib_core|rdmavt|nfs|sunrpc|nvme_fabrics|tcp)[[:space:]]' <<<"$out"
ok $? "modules of the pinned tree, their dependencies and modules that do not use the core are not consumers"
printf 'mlx5=n\nnfsrdma=n\n' >"$w/nomlx5.conf"
out=$(cons --conf "$w/nomlx5.conf" 2>&1)
! grep -q '^mlx5_vdpa' <<<"$out" && grep -qP '^rpcrdma\tnfsrdma\tcannot: nfsrdma=n in ' <<<"$out"
ok $? "the selection decides: mlx5=n keeps mlx5_core the kernel's, nfsrdma=n says rpcrdma will not load"
out=$(cons --conf "$w/default.conf" --keys 2>&1)
[ "$(echo "$out" | paste -sd' ')" = "nfsrdma nvme_rdma smc" ]
ok $? "--keys lists the keys that rebuild a consumer ($(echo "$out" | paste -sd' '))"
# A symbol the project exports that the target's sunrpc exports (as if it
# had moved into the core): sunrpc's users become consumers.
printf '0x9\tsvc_xprt_put\trdmabp/ib_core\tEXPORT_SYMBOL\t\n0x1\tib_register_device\tdrivers/infiniband/core/ib_core\tEXPORT_SYMBOL\t\n' >"$w/project.symvers"
out=$("$TOP/scripts/consumers" --moddir "$w/mod" --symvers "$w/Module.symvers" --project-symvers "$w/project.symvers" \
	--conf "$w/default.conf" 6.12.118+deb13-amd64 2>&1)
grep -qP '^nfs\t-\tcannot: .*\tsunrpc$' <<<"$out"
ok $? "with a project build, its own Module.symvers says what it exports"
cp -r "$w/mod" "$w/mod2"
echo "$k/drivers/infiniband/core/ib_core.ko" >>"$w/mod2/modules.builtin"
expect_fail "a kernel with ib_core built in is refused with the reason" 'ib_core built into the kernel image' \
	"$TOP/scripts/consumers" --moddir "$w/mod2" --symvers "$w/Module.symvers" --conf "$w/default.conf" 6.12.118+deb13-amd64
expect_fail "no modules.dep is a one-line error with the fix" 'no modules.dep of 6.12.118\+deb13-amd64 in .*; run depmod' \
	"$TOP/scripts/consumers" --moddir "$w" --symvers "$w/Module.symvers" --conf "$w/default.conf" 6.12.118+deb13-amd64

# select-modules: the users are built only where the target's own source is there.
printf '#\n# Automatically generated file; DO NOT EDIT.\n# Linux/x86 6.12.118 Kernel Configuration\n#\nCONFIG_INFINIBAND=m\nCONFIG_SUNRPC_XPRT_RDMA=m\nCONFIG_SMC=m\nCONFIG_SMC_DIAG=m\n' >"$w/dotconfig"
RDMABP_CONSUMER_SRC="$w/src" "$TOP/scripts/select-modules" "$w/default.conf" "$w/dotconfig" "$w/sel" 2>/dev/null
grep -qP '^nfsrdma\trpcrdma\tunavailable: no pinned source of the target kernel for rpcrdma \(upstream/consumers/6.12.conf' "$w/sel/modules.list" &&
	grep -qx 'CONFIG_SUNRPC_XPRT_RDMA=' "$w/sel/config.mk"
ok $? "without the target's own source the users are unavailable, with the reason, and not built"
# Their options are the target kernel's own and shape its structures (struct
# net ends in netns_smc when CONFIG_SMC is set): not built, the C side still
# keeps the target's value; the RDMA options are the project's.
! grep -qE 'CONFIG_(SMC|SMC_DIAG|SUNRPC_XPRT_RDMA)(_MODULE)?\b' "$w/sel/kconfig.h" &&
	grep -qx '#undef CONFIG_INFINIBAND' "$w/sel/kconfig.h"
ok $? "kconfig.h leaves the users' own options (SMC, SUNRPC_XPRT_RDMA) to the target, replaces the RDMA ones"
mkdir -p "$w/src/6.12" && touch "$w/src/6.12/.rdmabp-pin"
RDMABP_CONSUMER_SRC="$w/src" "$TOP/scripts/select-modules" "$w/default.conf" "$w/dotconfig" "$w/sel" 2>/dev/null
grep -qP '^nfsrdma\trpcrdma\tbuild$' "$w/sel/modules.list" && grep -qx 'CONFIG_SUNRPC_XPRT_RDMA=m' "$w/sel/config.mk" &&
	grep -qP '^nvme_rdma\tnvme-rdma\tunavailable: the target kernel has no CONFIG_NVME_RDMA' "$w/sel/modules.list" &&
	[ "$(cat "$w/sel/target-source")" = "$w/src/6.12" ]
ok $? "with it, the users the target's config has are built (NVME_RDMA unset: not), from that source"

# install.pl --print-available: the selection, then the users and what happens to each.
mkdir -p "$w/kdir"
cp "$w/dotconfig" "$w/kdir/.config"
cp "$w/Module.symvers" "$w/kdir/Module.symvers"
out=$(RDMABP_MODDIR="$w/mod" RDMABP_CONSUMER_SRC="$w/src" "$TOP/install.pl" --print-available \
	--kernel 6.12.118+deb13-amd64 --kernel-sources "$w/kdir" 2>&1)
grep -qx 'nfsrdma=y' <<<"$out" && grep -qx '#   rpcrdma: rebuilt (nfsrdma=y)' <<<"$out" &&
	grep -qx '#   smc_diag: rebuilt (smc=y)' <<<"$out"
ok $? "install.pl --print-available turns on the keys that rebuild the kernel's users and says so"
grep -q '^#   ib_qib: will not load with the new core (QLogic' <<<"$out" &&
	grep -q '^#   nvme_rdma: will not load with the new core (unavailable: the target kernel has no CONFIG_NVME_RDMA' <<<"$out"
ok $? "and names each user that is not rebuilt, with the reason"
[ "${_tap_failed}" = 0 ] || diag "$out"

# fetch-consumers: a fake linux-source package of a pinned series.
mkdir -p "$w/pins" "$w/cache/src" "$w/deb/usr/src" "$w/t/linux-source-9.9/net/rds" "$w/deb/DEBIAN"
cp "$TOP/upstream/consumers/copy-list" "$w/pins/"
printf 'VERSION = 9\nPATCHLEVEL = 9\nSUBLEVEL = 1\n' >"$w/t/linux-source-9.9/Makefile"
echo 'int rds;' >"$w/t/linux-source-9.9/net/rds/ib.c"
printf 'KERNEL_VERSION=9.9.1\nDEBIAN_PACKAGE=linux-source-9.9\nDEBIAN_VERSION=9.9.1-1\nDEBIAN_SUITE=sid\n' >"$w/pins/9.9.conf"
mkdeb() {
	tar -C "$w/t" -cJf "$w/deb/usr/src/linux-source-9.9.tar.xz" linux-source-9.9
	printf 'Package: linux-source-9.9\nVersion: 9.9.1-1\nArchitecture: all\nMaintainer: t <t@t>\nDescription: t\n' >"$w/deb/DEBIAN/control"
	dpkg-deb -b -Zxz "$w/deb" "$w/cache/src/linux-source-9.9_9.9.1-1_all.deb" >/dev/null
}
fc() { RDMABP_CACHE="$w/cache" RDMABP_CONSUMER_PINS="$w/pins" RDMABP_CONSUMER_SRC="$w/csrc" "$TOP/scripts/fetch-consumers" "$@"; }
mkdeb
fc --update-manifest 9.9 2>/dev/null && rm -rf "$w/csrc" && fc 9.9 2>/dev/null && [ -f "$w/csrc/9.9/net/rds/ib.c" ] &&
	[ ! -e "$w/csrc/9.9/Makefile" ]
ok $? "a pinned series' source is fetched and verified against its manifest (only the copy-list)"
echo 'int tampered;' >"$w/t/linux-source-9.9/net/rds/ib.c"
mkdeb
rm -rf "$w/csrc"
expect_fail "a tampered source file is refused, named, and nothing is extracted" 'checksum mismatch net/rds/ib.c' fc 9.9
[ ! -e "$w/csrc/9.9" ]
ok $? "no half-fetched source is left behind"
