#!/bin/bash
# make rpm: one spec gives rdma-backports-common, rdma-backports-dkms and
# kmod-rdma-backports-KVER; rpmlint finds nothing unjustified; the contents
# (rpm -qpl) and the scriptlets are what a node needs. Built with the small
# selection of 61-deb.t unless RDMABP_TEST_FULL=1.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
command -v rpm >/dev/null || { echo "1..0 # SKIP rpm is not installed"; exit 0; }
plan 13
version=$(scripts_lib project_version)
top="$TOP/build/pkg/rpm"
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/rdma-backports/ccache}
use_small_selection
"$TOP/scripts/dist-rpm" 7.2 "$kver" >&2
ok $? "make rpm: rpmbuild builds the packages for $kver"
common=$(find "$top/RPMS" -name "rdma-backports-common-*.noarch.rpm" | head -n1)
dkms=$(find "$top/RPMS" -name "rdma-backports-dkms-*.noarch.rpm" | head -n1)
kmod=$(find "$top/RPMS" -name "kmod-rdma-backports-$kver-*.x86_64.rpm" | head -n1)
[ -n "$common" ] && [ -n "$dkms" ] && [ -n "$kmod" ] && [ -n "$(find "$top/SRPMS" -name '*.src.rpm')" ]
ok $? "common, dkms, kmod and source RPMs exist ($(du -k "$dkms" "$kmod" 2>/dev/null | awk '{printf "%s KiB ", $1}'))"
bad=$(grep -E '^[^ ]+: (E|W): ' "$top/rpmlint.txt")
[ -s "$top/rpmlint.txt" ] && [ -z "$bad" ]
ok $? "rpmlint: no error or warning left unjustified ($(tail -n1 "$top/rpmlint.txt" 2>/dev/null))"
[ -z "$bad" ] || diag "$(head -n 20 <<<"$bad")"

l=$(rpm -qpl "$dkms" 2>/dev/null)
grep -qx "/usr/src/rdma-backports-$version/dkms.conf" <<<"$l" &&
	grep -qx "/usr/src/rdma-backports-$version/upstream/linux/.rdmabp-pin" <<<"$l" &&
	grep -qx "/usr/src/rdma-backports-$version/scripts/dist-dkms" <<<"$l"
ok $? "the DKMS package has dkms.conf, the pinned source and the hooks under /usr/src/rdma-backports-$version"
x="$top/extract.$$"
mkdir -p "$x"
# rpm2archive: rpm 6 payloads (large-file headers) are beyond rpm2cpio.
rpm2archive - <"$dkms" | tar -C "$x" -xzf - "./usr/src/rdma-backports-$version/dkms.conf"
rpm2archive - <"$kmod" | tar -C "$x" -xzf - "./usr/src/rdma-backports/$kver/rdmabp/results.tsv"
grep -qx "PACKAGE_VERSION=\"$version\"" "$x/usr/src/rdma-backports-$version/dkms.conf"
ok $? "its dkms.conf registers version $version"
s=$(rpm -qp --scripts "$dkms" 2>/dev/null)
grep -q "dkms add -m rdma-backports -v $version" <<<"$s" && grep -q "dkms install -m rdma-backports -v $version" <<<"$s" &&
	grep -q "dkms remove -m rdma-backports -v $version --all" <<<"$s"
ok $? "its scriptlets add, build/install and remove the DKMS module"

l=$(rpm -qpl "$kmod" 2>/dev/null)
# The build's own results travel in the package's devel files.
want=$(scripts_lib built_modules "$x/usr/src/rdma-backports/$kver" | sort)
rm -rf "$x"
have=$(grep -oE "/modules/${kver//+/\\+}/updates/rdma-backports/.*\.ko$" <<<"$l" | sed 's|.*/||; s/\.ko$//' | sort)
[ -n "$want" ] && [ "$want" = "$have" ]
ok $? "the kmod package has every built module ($(wc -w <<<"$have")) under updates/rdma-backports"
grep -qx "/usr/src/rdma-backports/$kver/Module.symvers" <<<"$l" && grep -qx "/usr/src/rdma-backports/$kver/rdmabp/kconfig.h" <<<"$l"
ok $? "and the devel files under /usr/src/rdma-backports/$kver"
s=$(rpm -qp --scripts "$kmod" 2>/dev/null)
[ "$(grep -c "depmod -a $kver" <<<"$s")" -ge 2 ]
ok $? "its scriptlets run depmod for $kver after install and removal"
rpm -qp --conflicts "$kmod" 2>/dev/null | grep -q '^rdma-backports-dkms'
ok $? "it conflicts with the DKMS package"

l=$(rpm -qpl "$common" 2>/dev/null)
grep -qx /usr/lib/systemd/system/rdma-backports.service <<<"$l" && grep -qx /usr/bin/ofed_info <<<"$l" &&
	grep -qx /usr/lib/depmod.d/rdma-backports.conf <<<"$l"
ok $? "the common package has the unit, ofed_info and the depmod configuration"
c=$(rpm -qpc "$common" 2>/dev/null)
grep -qx /etc/rdma-backports/ofed.conf <<<"$c" && grep -qx /etc/rdma-backports/modules.conf <<<"$c"
ok $? "its /etc/rdma-backports files are configuration files"
rpm -qp --requires "$dkms" 2>/dev/null | grep -q "^rdma-backports-common = $version"
ok $? "the DKMS package requires the same version of the common package"
exit $((_tap_failed > 0))
