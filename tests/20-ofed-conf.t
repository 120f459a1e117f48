#!/bin/bash
# ofed.conf selects the modules; a bad line is an error naming the line.
. "$(dirname "$0")/lib.sh"
plan 16
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
# A target .config without RDMA_SIW, like every Debian kernel's, with the
# SCSI transport classes and target core the storage ULPs link.
printf 'CONFIG_NET=y\nCONFIG_INFINIBAND=m\nCONFIG_CONFIGFS_FS=y\nCONFIG_RFS_ACCEL=y\n# CONFIG_RDMA_SIW is not set\n' >"$w/dotconfig"
printf 'CONFIG_SCSI_SRP_ATTRS=m\nCONFIG_SCSI_ISCSI_ATTRS=m\nCONFIG_TARGET_CORE=m\nCONFIG_ISCSI_TARGET=m\n' >>"$w/dotconfig"
sel() { "$TOP/scripts/select-modules" "$1" "$w/dotconfig" "$w/out"; }

printf 'core=y\nrxe=y\nsiw = y  # comment\n\n# a comment\n' >"$w/good.conf"
sel "$w/good.conf" 2>/dev/null
ok $? "a well-formed ofed.conf is accepted"
grep -qx 'CONFIG_RDMA_SIW=m' "$w/out/config.mk" && grep -qx '#define CONFIG_RDMA_SIW_MODULE 1' "$w/out/kconfig.h"
ok $? "siw is built although the target's .config leaves RDMA_SIW unset"
grep -qx 'CONFIG_INFINIBAND_SRP=m' "$w/out/config.mk"
ok $? "a key left out takes its default (srp=y)"
# Debian's cloud flavour builds no scsi_transport_srp: ib_srp cannot link
# there (dkms autoinstall failed at modpost before the need was stated).
grep -v SCSI_SRP_ATTRS "$w/dotconfig" >"$w/cloud.config"
"$TOP/scripts/select-modules" "$w/good.conf" "$w/cloud.config" "$w/cloud" 2>/dev/null &&
	grep -qP '^srp\tib_srp\tunavailable: the target kernel has no CONFIG_SCSI_SRP_ATTRS' "$w/cloud/modules.list" &&
	grep -qx 'CONFIG_INFINIBAND_SRP=' "$w/cloud/config.mk" && grep -qP '^srpt\tib_srpt\tbuild$' "$w/cloud/modules.list"
ok $? "without the SRP transport class (the cloud flavour) ib_srp is unavailable, with the reason"

printf 'core=y\nsiw=n\nipoib=n\n' >"$w/nosiw.conf"
sel "$w/nosiw.conf" 2>/dev/null
grep -qx 'CONFIG_RDMA_SIW=' "$w/out/config.mk" && ! grep -qP '\tsiw\t' "$w/out/modules.list" &&
	grep -q '^#undef CONFIG_INFINIBAND_IPOIB_MODULE' "$w/out/kconfig.h" &&
	! grep -q 'define CONFIG_INFINIBAND_IPOIB' "$w/out/kconfig.h"
ok $? "siw=n and ipoib=n leave them unbuilt and undefined for the preprocessor"

# A condition may name a probe fact besides kernel options: a fixture
# module table where mlx5e needs the fact HAVE_NETDEV_QUEUE_CONFIG.
sed '/^mlx5\t/ { s/\(MLX5_[A-Z_]*=y\)?\([A-Z_,]*\)/\1?\2,HAVE_NETDEV_QUEUE_CONFIG/g; s/MLX5_\(CORE_EN\|EN_RXNFC\|MPFS\|CORE_IPOIB\)=y /MLX5_\1=y?HAVE_NETDEV_QUEUE_CONFIG /g; }' \
	"$TOP/upstream/modules" >"$w/modules"
export RDMABP_MODULES="$w/modules"
echo '#define HAVE_NETDEV_QUEUE_CONFIG 1' >"$w/out/config.h"
sel "$w/nosiw.conf" 2>/dev/null
grep -q '^#define CONFIG_MLX5_EN_ARFS 1' "$w/out/kconfig.h" && grep -qx 'CONFIG_MLX5_BRIDGE=' "$w/out/config.mk"
ok $? "a conditional option follows the target's config (RFS_ACCEL set, BRIDGE unset)"
rm "$w/out/config.h"
sel "$w/nosiw.conf" 2>/dev/null
grep -qx 'CONFIG_MLX5_CORE_EN=' "$w/out/config.mk" && grep -qx 'CONFIG_MLX5_EN_ARFS=' "$w/out/config.mk" &&
	grep -qP '^mlx5\tMLX5_CORE_EN\toff: the target lacks HAVE_NETDEV_QUEUE_CONFIG$' "$w/out/features.tsv" &&
	grep -qP '^mlx5\tMLX5_BRIDGE\toff: the target lacks NET_SWITCHDEV,BRIDGE,HAVE_NETDEV_QUEUE_CONFIG$' "$w/out/features.tsv"
ok $? "without the probe fact the feature is left out, and features.tsv says what the target lacks"
unset RDMABP_MODULES

# A feature a unit leaves out (upstream/features-left-out) is listed where
# the target lacks its fact, and only for a module that is built.
printf '# key\tfact\tfeature\nmlx5\tHAVE_RDMABP_TEST_A\tfeature A\nmlx5\tHAVE_NETDEV_QUEUE_CONFIG\tfeature B\nsiw\tHAVE_RDMABP_TEST_A\tfeature C\n' >"$w/features"
echo '#define HAVE_NETDEV_QUEUE_CONFIG 1' >"$w/out/config.h"
RDMABP_FEATURES="$w/features" sel "$w/nosiw.conf" 2>/dev/null &&
	grep -qP '^mlx5\tfeature A\toff: the target lacks HAVE_RDMABP_TEST_A$' "$w/out/features.tsv" &&
	! grep -q 'feature B' "$w/out/features.tsv" && ! grep -q 'feature C' "$w/out/features.tsv"
ok $? "a feature a unit leaves out is listed where the target lacks its fact (built modules only)"
rm "$w/out/config.h"
sel "$w/nosiw.conf" 2>/dev/null

# On-demand paging needs the kernel's HMM mirror and MMU notifiers (the
# compat module supplies the HMM DMA helpers where the kernel lacks them).
grep -qx 'CONFIG_INFINIBAND_ON_DEMAND_PAGING=' "$w/out/config.mk" &&
	grep -qP '^core\tINFINIBAND_ON_DEMAND_PAGING\toff: the target lacks HMM_MIRROR,MMU_NOTIFIER$' "$w/out/features.tsv" &&
	printf 'CONFIG_HMM_MIRROR=y\nCONFIG_MMU_NOTIFIER=y\n' >"$w/hmm.config" && cat "$w/dotconfig" >>"$w/hmm.config" &&
	"$TOP/scripts/select-modules" "$w/nosiw.conf" "$w/hmm.config" "$w/out" 2>/dev/null &&
	grep -qx 'CONFIG_INFINIBAND_ON_DEMAND_PAGING=y' "$w/out/config.mk" &&
	! grep -q 'ON_DEMAND_PAGING' "$w/out/features.tsv"
ok $? "on-demand paging follows the target's HMM_MIRROR and MMU_NOTIFIER, with no probe fact needed"

printf 'core=y\nrxe=y\nthis is not a setting\n' >"$w/bad.conf"
expect_fail "a malformed line is an error naming the line" \
	"bad.conf:3: malformed line \"this is not a setting\"" sel "$w/bad.conf"
printf 'core=y\n\nfoo=y\n' >"$w/unknown.conf"
expect_fail "an unknown module is an error naming the line and the known ones" \
	'unknown.conf:3: unknown module "foo"; known modules: core ' sel "$w/unknown.conf"
printf 'core=y\nrxe=maybe\n' >"$w/value.conf"
expect_fail "a value other than y or n is an error naming the line" 'value.conf:2: malformed line' sel "$w/value.conf"
printf 'rxe=y\nrxe=n\n' >"$w/twice.conf"
expect_fail "a module set twice is an error naming both lines" 'twice.conf:2: "rxe" is set twice \(first on line 1\)' sel "$w/twice.conf"
printf 'core=n\nrxe=y\n' >"$w/needs.conf"
expect_fail "a module whose dependency is off is an error" 'needs.conf:2: rxe=y needs core=y' sel "$w/needs.conf"

# A NIC driver whose interface the RDMA driver needs: a probe fact.
printf 'CONFIG_IONIC=m\n' >>"$w/dotconfig"
printf 'core=y\nionic=y\n' >"$w/ionic.conf"
printf '/* #undef HAVE_IONIC_RDMA_API */\n' >"$w/out/config.h"
sel "$w/ionic.conf" 2>/dev/null
grep -qP '^ionic\tionic_rdma\tunavailable: the target.s ionic Ethernet driver has no RDMA interface' "$w/out/modules.list" &&
	grep -qx 'CONFIG_INFINIBAND_IONIC=' "$w/out/config.mk"
ok $? "a module whose NIC driver lacks the interface (a probe fact) is unavailable with the reason of its probe"
printf '#define HAVE_IONIC_RDMA_API 1\n' >"$w/out/config.h"
sel "$w/ionic.conf" 2>/dev/null
grep -qP '^ionic\tionic_rdma\tbuild$' "$w/out/modules.list" && grep -qx 'CONFIG_INFINIBAND_IONIC=m' "$w/out/config.mk"
ok $? "with the fact, it is built"
exit $((_tap_failed > 0))

