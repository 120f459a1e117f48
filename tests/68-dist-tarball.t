#!/bin/bash
# make dist: the release tarball carries the pinned source, the coccinelle
# rules materialised as plain patches (patches/generated/) and a checksum
# manifest; a 6.12 tree generated from it in the target's chroot, which has
# neither spatch nor quilt, is byte-identical to the maintainer's, generated
# with spatch. There is no .cocci rule in the series yet: a copy of the
# repository gets a trivial one (a fixture) at the end of its series.
. "$(dirname "$0")/lib.sh"
command -v spatch >/dev/null || { echo "1..0 # SKIP spatch is not installed (apt-get install coccinelle)"; exit 0; }
kver=$("$TOP/scripts/chroot" ensure 6.12 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 6.12 build environment"; exit 0; }
plan 9
# Under build/: the chroot sees the repository and the cache only.
w="$TOP/build/test-dist.$$"
trap 'rm -rf "$w"' EXIT
mkdir -p "$w/src"
(cd "$TOP" && git ls-files -co --exclude-standard | grep -v '^build/' | tar -T - -cf -) | tar -C "$w/src" -xf -
mkdir -p "$w/src/upstream"
cp -a "$TOP/upstream/linux" "$w/src/upstream/"
mkdir -p "$w/src/patches/test-dist"
cat >"$w/src/patches/test-dist/siw-dbg.cocci" <<'COCCI'
// A fixture: a trivial rule for tests/68 (renames siw's debug macro).
@@
expression E;
@@
- siw_dbg(E,
+ siw_dbg_renamed(E,
  ...)
COCCI
printf 'test-dist/siw-dbg.cocci\t!HAVE_NDO_SET_RX_MODE_ASYNC\n' >>"$w/src/patches/series"

"$w/src/scripts/dist-tarball" "$w/out" >"$w/dist.log" 2>&1
rc=$?
tarball=$(find "$w/out" -maxdepth 1 -name "rdma-backports-*.tar.gz" | head -n1)
[ $rc -eq 0 ] && [ -f "$tarball" ] && (cd "$w/out" && sha256sum -c --quiet "$(basename "$tarball").sha256")
ok $? "make dist writes the tarball and its checksum ($(basename "${tarball:-none}"))"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$w/dist.log")"
mkdir -p "$w/node"
tar -C "$w/node" -xzf "$tarball" 2>/dev/null
d=$(find "$w/node" -mindepth 1 -maxdepth 1 -type d -name "rdma-backports-*" | head -n1)
[ -n "$d" ] && (cd "$d" && sha256sum -c --quiet SHA256SUMS) &&
	[ "$(wc -l <"$d/SHA256SUMS")" -eq "$(cd "$d" && find . -type f ! -name SHA256SUMS | wc -l)" ]
ok $? "SHA256SUMS covers every file of the tarball and they all match"
[ -f "$d/upstream/linux/.rdmabp-pin" ] && [ -f "$d/upstream/linux/drivers/infiniband/core/device.c" ]
ok $? "the tarball carries the pinned source"
gen="$d/patches/generated/test-dist/siw-dbg.patch"
grep -q '^+++ b/drivers/infiniband/sw/siw/siw_main.c' "$gen" 2>/dev/null && grep -q '^+.*siw_dbg_renamed(' "$gen"
ok $? "the coccinelle rule is materialised as patches/generated/test-dist/siw-dbg.patch"
# The rules of the in-tree users (patches/consumers/series), one patch per
# pinned series, beside that series' source: a node's gentree finds them.
missing=''
n=0
mapfile -t crules < <(awk '!/^#/ && $1 ~ /\.cocci$/ { print $1 }' "$TOP/patches/consumers/series")
for pin in "$TOP"/upstream/consumers/*.conf; do
	s=$(basename "$pin" .conf)
	[ -f "$d/upstream/consumers-src/$s/.rdmabp-pin" ] || missing+=" upstream/consumers-src/$s"
	for r in "${crules[@]}"; do
		f="patches/generated/consumers/$s/${r%.cocci}.patch"
		if grep -q '^Selected by: ' "$d/$f" 2>/dev/null; then n=$((n + 1)); else missing+=" $f"; fi
	done
done
[ -n "$d" ] && [ -z "$missing" ]
ok $? "the tarball carries each series' source of the in-tree users and its $n materialised consumers rule patches${missing:+ (missing:$missing)}"

# The node: the 6.12 chroot with spatch and quilt masked (the build
# chroots carry coccinelle for the maintainer's builds; a node has neither).
node() {
	# scripts/chroot run has made the mounts private already; the chroot's
	# root is no mount point, so unshare must not try to change its
	# propagation (--propagation private fails there with EINVAL).
	"$TOP/scripts/chroot" run 6.12 unshare --mount --propagation unchanged sh -c '
		for t in /usr/bin/spatch /usr/bin/quilt; do [ ! -e "$t" ] || mount --bind /dev/null "$t"; done
		exec "$@"' node "$@"
}
# The node runs (prints "node"), and finds neither tool.
[ "$(node sh -c 'command -v spatch; command -v quilt; echo node' 2>&1)" = node ]
ok $? "the node (6.12 chroot) has neither spatch nor quilt"
conf=$(selection_conf test-dist 'core|rxe|siw')
cp "$conf" "$w/node/ofed.conf"
node env OFED_CONF="$w/node/ofed.conf" RDMABP_BUILD_DIR="$w/node/build" \
	"$d/scripts/build" --prepare "$kver" "/usr/src/linux-headers-$kver" >"$w/node.log" 2>&1
rc=$?
node_tree="$w/node/build/$kver"
[ $rc -eq 0 ] && grep -q 'siw_dbg_renamed(' "$node_tree/drivers/infiniband/sw/siw/siw_main.c" &&
	grep -qx 'test-dist/siw-dbg.cocci' "$node_tree/rdmabp/series"
ok $? "the tarball's scripts/build --prepare generates the 6.12 tree there, the rule applied from its patch"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$w/node.log")" "$(tail -n 5 "$w/node/build/logs/$kver.log" 2>/dev/null)"

# The maintainer: the repository copy, with spatch, from the same facts.
"$w/src/scripts/gentree" "$w/node/build/config/$kver" "$w/maint" >"$w/maint.log" 2>&1
rc=$?
[ $rc -eq 0 ] && grep -q 'siw_dbg_renamed(' "$w/maint/drivers/infiniband/sw/siw/siw_main.c"
ok $? "the maintainer's gentree applies the rule with spatch"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$w/maint.log")"
# inputs.sha256 names whether spatch applied the rules (a tree is made
# again when that changes): the one file that may differ.
out=$(diff -r --exclude=inputs.sha256 "$w/maint" "$node_tree" 2>&1 | head -n 20)
[ -z "$out" ] && [ -d "$w/maint/drivers" ]
ok $? "the two trees are byte-identical, file by file"
[ -z "$out" ] || diag "$out"
exit $((_tap_failed > 0))
