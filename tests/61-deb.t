#!/bin/bash
# make deb, then the packages in a throwaway copy of the sid chroot: the
# DKMS package builds for the chroot's kernel and, on a second kernel's
# headers (another ABI: the cloud flavour), for that one too; a PRE_BUILD
# error reaches make.log; the prebuilt modules package installs; purging
# leaves nothing of either on disk (file lists before and after).
# For speed the packages are built with a small selection (core, rxe, siw):
# RDMABP_TEST_FULL=1 uses the default ofed.conf.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
plan 24
version=$(scripts_lib project_version)
out="$TOP/build/pkg/deb"
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -z "${root:-}" ] || "$TOP/scripts/pkg-chroot" drop "$root"' EXIT
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/rdma-backports/ccache}
use_small_selection

"$TOP/scripts/dist-deb" 7.2 "$kver" >&2
ok $? "make deb: dpkg-buildpackage builds the packages for $kver"
modpkg="rdma-backports-modules-${kver}"
for p in "rdma-backports_${version}_all.deb" "rdma-backports-dkms_${version}_all.deb" "${modpkg}_${version}_amd64.deb"; do
	[ -s "$out/$p" ]
	ok $? "$p exists ($(du -k "$out/$p" 2>/dev/null | cut -f1) KiB)"
done
bad=$(grep -E '^[EW]: ' "$out/lintian.txt")
[ -z "$bad" ]
ok $? "lintian: no error or warning left unjustified"
[ -z "$bad" ] || diag "$bad"

# The prebuilt package holds every built module of its build, signed or not.
dpkg-deb -c "$out/${modpkg}_${version}_amd64.deb" | awk '{print $NF}' >"$work/modlist"
want=$(scripts_lib built_modules "$out/rdma-backports-$version/build/$kver" | sort)
have=$(grep -oE '[^/]+\.ko$' "$work/modlist" | sed 's/\.ko$//' | sort)
[ -n "$want" ] && [ "$want" = "$have" ] && grep -q "/modules/$kver/updates/rdma-backports/" "$work/modlist" &&
	grep -q "/usr/src/rdma-backports/$kver/Module.symvers" "$work/modlist"
ok $? "the modules package has the $(wc -w <<<"$want") built modules under updates/ and the devel files"

root=$("$TOP/scripts/pkg-chroot" fresh 7.2 test "test-deb-$$")
R() { "$TOP/scripts/pkg-chroot" run "$root" env CCACHE_DIR="$CCACHE_DIR" "$@"; }
# Everything on disk but the caches and logs apt, dpkg and dkms keep.
snapshot() { chroot_file_list "$root"; }
snapshot >"$work/before"
cp "$out"/rdma-backports_*.deb "$out"/rdma-backports-dkms_*.deb "$out/${modpkg}"_*.deb "$root/tmp/"
R apt-get install -y -q "/tmp/rdma-backports_${version}_all.deb" "/tmp/rdma-backports-dkms_${version}_all.deb" >"$work/install.log" 2>&1
ok $? "rdma-backports and rdma-backports-dkms install"
tail -n 30 "$work/install.log" | grep -iE 'error|fail' | sed 's/^/# /'
st=$(R dkms status rdma-backports 2>&1)
grep -q "rdma-backports/$version, $kver, x86_64: installed" <<<"$st"
ok $? "DKMS built and installed for $kver on package install ($st)"
mods=$(find "$root/lib/modules/$kver/updates" -name '*.ko*' 2>/dev/null | wc -l)
v=$(modinfo -F version "$(find "$root/lib/modules/$kver/updates" -name 'ib_core.ko*' -print -quit)" 2>/dev/null)
[ "$mods" -gt 0 ] && [ "$v" = "$version" ]
ok $? "$mods modules in /lib/modules/$kver/updates; ib_core is version $v"
[ -f "$root/usr/src/rdma-backports/$kver/Module.symvers" ] && [ -f "$root/usr/src/rdma-backports/$kver/rdmabp/kconfig.h" ]
ok $? "devel files in /usr/src/rdma-backports/$kver"
R ofed_info -k "$kver" >"$work/ofed_info" 2>&1
grep -qE "^  ib_core +core +${version//+/\\+}$" "$work/ofed_info" && grep -q "backport units applied for $kver" "$work/ofed_info"
ok $? "ofed_info reports the installed modules and the backport units"

# A kernel upgrade: the headers of a second ABI arrive, DKMS follows.
k2=${kver%-amd64}-cloud-amd64
start=$(date +%s)
R apt-get install -y -q "linux-headers-$k2" >"$work/k2.log" 2>&1
ok $? "linux-headers-$k2 installs ($(( $(date +%s) - start ))s with its DKMS build)"
R dkms autoinstall -k "$k2" >>"$work/k2.log" 2>&1
st=$(R dkms status rdma-backports -k "$k2" 2>&1)
grep -q "installed" <<<"$st"
ok $? "dkms autoinstall builds for $k2 too ($st)"
[ -n "$(find "$root/lib/modules/$k2/updates" -name 'ib_core.ko*' 2>/dev/null)" ]
ok $? "ib_core is in /lib/modules/$k2/updates"

# A PRE_BUILD failure must reach make.log, not vanish, and install nothing.
R dkms remove rdma-backports/"$version" -k "$k2" >"$work/bad.log" 2>&1
cp "$root/etc/rdma-backports/ofed.conf" "$work/ofed.conf.saved"
echo "core=maybe" >>"$root/etc/rdma-backports/ofed.conf"
R dkms install rdma-backports/"$version" -k "$k2" >>"$work/bad.log" 2>&1
rc=$?
mk="$root/var/lib/dkms/rdma-backports/$version/build/make.log"
[ "$rc" -ne 0 ] && grep -q 'malformed line "core=maybe"' "$mk" 2>/dev/null
ok $? "a malformed ofed.conf fails the DKMS build for $k2 and its error is in make.log"
[ -z "$(find "$root/lib/modules/$k2/updates" -name '*.ko*' 2>/dev/null)" ] &&
	[ -n "$(find "$root/lib/modules/$kver/updates" -name 'ib_core.ko*')" ]
ok $? "nothing was installed for $k2; $kver keeps its modules"
cp "$work/ofed.conf.saved" "$root/etc/rdma-backports/ofed.conf"
R dkms install rdma-backports/"$version" -k "$k2" >>"$work/bad.log" 2>&1 &&
	R dkms status rdma-backports -k "$k2" | grep -q installed
ok $? "with the selection fixed, DKMS builds and installs for $k2 again"

R apt-get purge -y -q rdma-backports rdma-backports-dkms "linux-headers-$k2" >"$work/purge.log" 2>&1
ok $? "purging the packages (and the second kernel's headers) succeeds"
R apt-get autoremove --purge -y -q >>"$work/purge.log" 2>&1
snapshot >"$work/after"
# DKMS's own signing key (dkms creates it on first use) is not ours.
left=$(comm -13 "$work/before" "$work/after" | grep -v '^\./var/lib/dkms/mok\.\(key\|pub\)$' | grep -vx './var/lib/dkms')
[ -z "$left" ]
ok $? "after purge nothing new is left on disk ($(wc -l <"$work/before") paths before, $(wc -l <"$work/after") after)"
[ -z "$left" ] || diag "$(head -n 20 <<<"$left")"
gone=$(comm -23 "$work/before" "$work/after")
[ -z "$gone" ]
ok $? "and nothing that was there is gone"
[ -z "$gone" ] || diag "$(head -n 20 <<<"$gone")"

# The prebuilt package: its modules, depmod, and a clean purge.
R apt-get install -y -q "/tmp/rdma-backports_${version}_all.deb" "/tmp/${modpkg}_${version}_amd64.deb" >"$work/mod.log" 2>&1
ok $? "rdma-backports and $modpkg install"
f=$(find "$root/usr/lib/modules/$kver/updates/rdma-backports" -name 'ib_core.ko' -print -quit 2>/dev/null)
[ -n "$f" ] && [ "$(modinfo -F version "$f")" = "$version" ]
ok $? "ib_core $version is in updates/rdma-backports"
if command -v systemd-analyze >/dev/null; then
	systemd-analyze verify --man=no --root="$root" "$root/usr/lib/systemd/system/rdma-backports.service" >"$work/unit.log" 2>&1
	ok $? "systemd-analyze verifies the unit"
	[ ! -s "$work/unit.log" ] || diag "$(cat "$work/unit.log")"
else
	ok 0 "# SKIP systemd-analyze is not installed"
fi
R apt-get purge -y -q rdma-backports "$modpkg" >>"$work/mod.log" 2>&1
snapshot >"$work/after2"
left=$(comm -3 "$work/before" "$work/after2" | grep -v 'var/lib/dkms')
[ -z "$left" ]
ok $? "after purging the prebuilt package the file list is as before"
[ -z "$left" ] || diag "$(head -n 20 <<<"$left")"
exit $((_tap_failed > 0))
