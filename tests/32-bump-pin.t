#!/bin/bash
# scripts/bump-pin on a synthetic newer upstream: the pinned tree as
# "7.2.14" with lines shifted in en_main.c (the mlx5e patches apply at an
# offset and are refreshed), one hunk's context changed in ib_srpt.c (fuzz:
# refreshed), a removed line changed in ipoib_netlink.c (fails, named with
# its file) and a copy-list file gone; in a scratch copy of the repository,
# with a series of those units, an untouched one and a coccinelle rule.
# Bad input changes nothing.
. "$(dirname "$0")/lib.sh"
[ -f "$TOP/upstream/linux/.rdmabp-pin" ] || { echo "1..0 # SKIP no pinned source (make fetch)"; exit 0; }
plan 16
w="$TOP/build/test-bump-pin.$$"
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/repo"
(cd "$TOP" && git ls-files -co --exclude-standard -z | grep -zv '^build/' | tar --null -T - -cf -) | tar -xf - -C "$w/repo"
cp -a "$TOP/upstream/linux" "$w/repo/upstream/linux"
git -C "$w/repo" init -q && git -C "$w/repo" add -A && git -C "$w/repo" -c user.name=t -c user.email=t@t commit -qm base
r="$w/repo"

# The synthetic 7.2.14.
src="$w/src"
cp -a "$TOP/upstream/linux" "$src"
rm -f "$src/.rdmabp-pin"
printf 'VERSION = 7\nPATCHLEVEL = 2\nSUBLEVEL = 14\nEXTRAVERSION =\n' >"$src/Makefile"
en="drivers/net/ethernet/mellanox/mlx5/core/en_main.c"
sed -i '1a /* 7.2.14: three new lines */\n/* shift */\n/* everything */' "$src/$en"
srpt="drivers/infiniband/ulp/srpt/ib_srpt.c"
sed -i 's/^\t\.tfc_wwn_attrs\t\t\t= srpt_wwn_attrs,$/\t.tfc_wwn_attrs\t\t\t= srpt_wwn_attrs, \/* 7.2.14 *\//' "$src/$srpt"
ipoib="drivers/infiniband/ulp/ipoib/ipoib_netlink.c"
removed=$(sed -n 's/^-\(.*[a-z].*\)$/\1/p' "$TOP/patches/quilt/ipoib-newlink-old-prototype.patch" | sed -n 2p)
grep -qxF -- "$removed" "$src/$ipoib" && awk -v l="$removed" '$0 == l { $0 = $0 " /* 7.2.14 */" } { print }' "$src/$ipoib" >"$w/x" && cat "$w/x" >"$src/$ipoib"
rm "$src/include/trace/misc/rdma.h"
grep -qx 'include/trace/misc/rdma.h' "$r/upstream/copy-list" && ! grep -qF "$removed /* 7.2.14 */" "$TOP/upstream/linux/$ipoib" &&
	grep -qF "$removed /* 7.2.14 */" "$src/$ipoib" && grep -q 'srpt_wwn_attrs, /\* 7.2.14' "$src/$srpt"
ok $? "the synthetic 7.2.14: en_main.c shifted, ib_srpt.c context and ipoib_netlink.c removed line changed, a copy-list file gone"

cat >"$r/patches/series.test" <<'EOF'
quilt/cma-configfs-nonconst-ops.patch	!HAVE_CONFIGFS_CONST_ITEM_OPS
quilt/srpt-no-default-compl-type.patch	!HAVE_TARGET_DEFAULT_COMPL_TYPE
quilt/ipoib-newlink-old-prototype.patch	!HAVE_RTNL_NEWLINK_PARAMS
quilt/mlx5e-no-queue-mgmt-ops.patch	!HAVE_NETDEV_QUEUE_CONFIG
quilt/mlx5-no-request-ops-lock.patch	!HAVE_NETDEV_REQUEST_OPS_LOCK after:quilt/mlx5e-no-queue-mgmt-ops.patch
quilt/mlx5e-no-netmem-tx.patch	!HAVE_NETDEV_NETMEM_TX
cocci/mlx5e-no-xdp-metadata-ops.cocci	!HAVE_XDP_METADATA_OPS
EOF
git -C "$r" add -A && git -C "$r" -c user.name=t -c user.email=t@t commit -qm series
# (the rule runs on mlx5's directory only: the whole of drivers/ takes
# minutes on a loaded machine)
bump() {
	(cd "$r" && RDMABP_SERIES="$r/patches/series.test" BUMP_TARGETS='' \
		BUMP_COCCI_DIR=drivers/net/ethernet/mellanox/mlx5/core nice -n 10 scripts/bump-pin "$@")
}

# Bad input: a one-line error, nothing changed.
unchanged() { [ -z "$(git -C "$r" status --porcelain)" ] && diff -rq "$TOP/upstream/linux" "$r/upstream/linux" >/dev/null; }
expect_fail "a release that is not one is refused" "'7\.2' is not a kernel release like 7\.2\.14" bump 7.2
expect_fail "the current pin is refused" "the pin is 7\.2\.13 already" bump 7.2.13
UPSTREAM_TREE="$w/nowhere" expect_fail "an unusable source is refused, named" "UPSTREAM_TREE=$w/nowhere has no kernel Makefile" bump 7.2.14
echo '# local edit' >>"$r/patches/quilt/srpt-no-default-compl-type.patch"
UPSTREAM_TREE="$src" expect_fail "uncommitted changes to a unit are refused" "uncommitted change to patches/quilt/srpt-no-default-compl-type.patch" bump 7.2.14
git -C "$r" checkout -q patches/quilt/srpt-no-default-compl-type.patch
unchanged
ok $? "... and none of them changed anything"

out=$(UPSTREAM_TREE="$src" bump 7.2.14 2>&1)
rc=$?
diag "$out"
[ "$rc" = 1 ] && grep -q '^Summary: ' <<<"$out"
ok $? "the bump runs through and fails (exit $rc) because a unit failed"
line() { grep -E "^  $1 +$2  " <<<"$out"; }
line clean quilt/cma-configfs-nonconst-ops.patch >/dev/null &&
	git -C "$r" diff --quiet -- patches/quilt/cma-configfs-nonconst-ops.patch
ok $? "a unit that applies exactly is reported clean and left as it is"
# The refreshed units apply to the new tree exactly: no offset, no fuzz.
exact() { # exact PATCH [BASE]: applies with --fuzz=0 and no offset to upstream/linux (after BASE)
	rm -rf "$w/t" && cp -a "$r/upstream/linux" "$w/t" &&
		{ [ -z "${2:-}" ] || (cd "$w/t" && patch -p1 --fuzz=0 --batch -s <"$r/patches/$2"); } &&
		o=$(cd "$w/t" && patch -p1 --fuzz=0 --forward --batch <"$r/patches/$1" 2>&1) && ! grep -qE 'offset|fuzz' <<<"$o"
}
# (mlx5e-no-netmem-tx.patch sits at an offset on the pinned tree already:
# its report says the sum)
line offset quilt/mlx5e-no-queue-mgmt-ops.patch | grep -q 'offset 3 lines' &&
	! git -C "$r" diff --quiet -- patches/quilt/mlx5e-no-queue-mgmt-ops.patch && exact quilt/mlx5e-no-queue-mgmt-ops.patch &&
	line offset quilt/mlx5e-no-netmem-tx.patch >/dev/null && exact quilt/mlx5e-no-netmem-tx.patch
ok $? "units at an offset are reported (offset 3 lines) and refreshed: they apply exactly"
line offset quilt/mlx5-no-request-ops-lock.patch >/dev/null && exact quilt/mlx5-no-request-ops-lock.patch quilt/mlx5e-no-queue-mgmt-ops.patch
ok $? "a unit written on top of another (after:) is refreshed on top of it"
line fuzz quilt/srpt-no-default-compl-type.patch | grep -q 'with fuzz 1' && exact quilt/srpt-no-default-compl-type.patch &&
	git -C "$r" diff -- patches/quilt/srpt-no-default-compl-type.patch | grep -q '^+ .*srpt_wwn_attrs, /\* 7.2.14 \*/'
ok $? "a unit with a changed context line is reported (fuzz 1) and refreshed with the new context"
head -n 5 "$r/patches/quilt/srpt-no-default-compl-type.patch" | grep -q '^Undoes: '
ok $? "... keeping its header"
line failed quilt/ipoib-newlink-old-prototype.patch | grep -qF "$ipoib" &&
	git -C "$r" diff --quiet -- patches/quilt/ipoib-newlink-old-prototype.patch
ok $? "a unit that no longer applies is reported failed with its file and left as it was"
if command -v spatch >/dev/null; then
	line rule cocci/mlx5e-no-xdp-metadata-ops.cocci | grep -qE 'changes [1-9][0-9]* files'
	ok $? "the coccinelle rule runs on the new tree: $(line rule cocci/mlx5e-no-xdp-metadata-ops.cocci | sed 's/  */ /g')"
else
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n # SKIP no spatch"
fi
grep -q '^UPSTREAM_VERSION=7\.2\.14$' "$r/upstream/pin.conf" && grep -q '^DEBIAN_VERSION=7\.2\.14-1$' "$r/upstream/pin.conf" &&
	! grep -qx 'include/trace/misc/rdma.h' "$r/upstream/copy-list" && grep -q 'copy-list entries.*: include/trace/misc/rdma.h' <<<"$out"
ok $? "pin.conf names 7.2.14; the copy-list lost (and the report names) the entry that matches nothing"
# The new manifest verifies the new source, and upstream/linux is it.
(cd "$r" && UPSTREAM_TREE="$src" UPSTREAM_DIR="$w/check" scripts/fetch >/dev/null 2>&1) &&
	grep -q '/\* shift \*/' "$r/upstream/linux/$en" && grep -q '^UPSTREAM_VERSION=7.2.14$' "$r/upstream/linux/.rdmabp-pin"
ok $? "upstream/manifest.sha256 verifies the 7.2.14 source, and upstream/linux is that source"
exit $((_tap_failed > 0))
