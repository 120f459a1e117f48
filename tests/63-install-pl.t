#!/bin/bash
# install.pl end to end in a throwaway copy of the sid packaging chroot:
# option errors, an unsupported kernel, --print-available, the refusal
# while in-tree RDMA users exist, --force, DKMS and prebuilt installs, a
# second run, --uninstall leaving the disk as it was. The small selection
# of 61-deb.t keeps it fast.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
plan 17
version=$(scripts_lib project_version)
kdir="$("$TOP/scripts/chroot" path 7.2)/usr/src/linux-headers-$kver"
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -z "${root:-}" ] || "$TOP/scripts/pkg-chroot" drop "$root"' EXIT
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/rdma-backports/ccache}
conf=$(selection_conf test-small 'core|rxe|siw')

"$TOP/install.pl" --help | grep -q -- '--without-dkms'
ok $? "--help describes the options"
expect_fail "an unknown option is refused" "bad option" "$TOP/install.pl" --frobnicate
expect_fail "an unsupported kernel is refused, naming the supported series" \
	"unsupported kernel 4\.19\.0-27-amd64; supported kernel series: .*7\.2" "$TOP/install.pl" --kernel 4.19.0-27-amd64
"$TOP/install.pl" --kernel "$kver" --kernel-sources "$kdir" --print-available >"$work/avail.conf"
ok $? "--print-available writes an ofed.conf"
"$TOP/scripts/select-modules" "$work/avail.conf" "$kdir/.config" "$work/sel" 2>"$work/sel.err" &&
	grep -qE '^hns=n' "$work/avail.conf" && grep -qx 'core=y' "$work/avail.conf" &&
	! grep -qP '\tunavailable' "$work/sel/modules.list"
ok $? "it is a valid selection: core=y, hns=n (no HNS3 on $kver), nothing unavailable in it"

root=$("$TOP/scripts/pkg-chroot" fresh 7.2 build "test-install-$$")
R() { "$TOP/scripts/pkg-chroot" run "$root" env CCACHE_DIR="$CCACHE_DIR" "$@"; }
snapshot() { chroot_file_list "$root"; }
snapshot >"$work/before"
R "$TOP/install.pl" --kernel "$kver" -c "$conf" --without-siw >"$work/refuse.out" 2>&1
rc=$?
[ "$rc" -ne 0 ] && grep -q 'rpcrdma' "$work/refuse.out" && grep -q -- '--force' "$work/refuse.out" &&
	grep -q 'log: /var/log/rdma-backports/install.log' "$work/refuse.out"
ok $? "without --force it refuses: in-tree ib_core users (rpcrdma, ...) listed, one-line reason and log"
diag "$(tail -n1 "$work/refuse.out")"
grep -E '^install.pl:   [0-9]+ modules: ' "$work/refuse.out" | grep -w rdma_rxe | grep -qvw siw
ok $? "--without-siw takes siw out of the plan: $(grep -oE '[0-9]+ modules: .*' "$work/refuse.out")"
! R dpkg-query -W -f '${db:Status-Abbrev}\n' 'rdma-backports*' 2>/dev/null | grep -q '^ii'
ok $? "and nothing is installed"

start=$(date +%s)
R "$TOP/install.pl" --kernel "$kver" -c "$conf" --force >"$work/install.out" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
ok $rc "install.pl --force installs with DKMS (${secs}s)"
[ $rc -eq 0 ] || diag "$(tail -n 5 "$work/install.out")"
grep -qE '^install.pl: \[[0-9]/[0-9]\] ' "$work/install.out" && grep -q "installed rdma-backports $version for $kver" "$work/install.out"
ok $? "it shows its steps and a summary"
R dkms status rdma-backports -k "$kver" 2>/dev/null | grep -q installed &&
	[ "$(modinfo -F version "$(find "$root/lib/modules/$kver/updates" -name 'rdma_rxe.ko*' -print -quit)" 2>/dev/null)" = "$version" ]
ok $? "DKMS installed the stack for $kver; rdma_rxe is version $version"
grep -qx 'mlx5=n' "$root/etc/rdma-backports/ofed.conf"
ok $? "the chosen selection is the node's /etc/rdma-backports/ofed.conf"

R "$TOP/install.pl" --kernel "$kver" -c "$conf" --force -q >"$work/again.out" 2>&1
ok $? "running it again is safe"

R "$TOP/install.pl" --kernel "$kver" -c "$conf" --force --without-dkms >"$work/prebuilt.out" 2>&1
rc=$?
pk=$(R dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' 'rdma-backports*' 2>/dev/null | awk '$1 == "ii" { print $2 }' |
	sort | paste -sd' ')
[ $rc -eq 0 ] && [ "$pk" = "rdma-backports rdma-backports-modules-$kver" ]
ok $? "--without-dkms switches to the prebuilt package ($pk)"
[ -z "$(find "$root/lib/modules/$kver/updates" -path '*/dkms/*')" ] &&
	[ -n "$(find "$root/lib/modules/$kver/updates/rdma-backports" -name 'rdma_rxe.ko')" ]
ok $? "rdma_rxe comes from the prebuilt package, nothing is left of the DKMS build"

R "$TOP/install.pl" --uninstall >"$work/uninstall.out" 2>&1
ok $? "--uninstall removes it"
snapshot >"$work/after"
left=$(comm -3 "$work/before" "$work/after" | grep -v '^\s*\./var/lib/dkms')
[ -z "$left" ]
ok $? "the disk is as before the first install"
[ -z "$left" ] || diag "$(head -n 20 <<<"$left")"
exit $((_tap_failed > 0))
