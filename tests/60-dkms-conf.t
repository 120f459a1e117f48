#!/bin/bash
# dkms.conf: for the 7.2 identity build, every .ko the build produced is in
# the module list DKMS reads, at the place the build put it, installed under
# /updates; AUTOINSTALL and a PRE_BUILD that exists; only supported kernels.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
kdir="$("$TOP/scripts/chroot" path 7.2)/usr/src/linux-headers-$kver"
tree="$TOP/build/$kver"
if [ ! -s "$tree/rdmabp/results.tsv" ]; then
	"$TOP/scripts/build-target" 7.2 "$kver" >&2
fi
# What DKMS sees: the file sourced with its variables set.
dump=$(cd /tmp && bash -c 'kernelver=$1 kernel_source_dir=$2 dkms_tree=/var/lib/dkms module=m module_version=v arch=x86_64
	. "$3/dkms.conf" >/dev/null
	for i in "${!BUILT_MODULE_NAME[@]}"; do
		printf "%s\t%s\t%s\n" "${BUILT_MODULE_NAME[i]}" "${BUILT_MODULE_LOCATION[i]}" "${DEST_MODULE_LOCATION[i]}"
	done
	printf "AUTOINSTALL\t%s\nPRE_BUILD\t%s\nMAKE\t%s\nEXCL\t%s\nNAME\t%s\n" "$AUTOINSTALL" "$PRE_BUILD" "${MAKE[0]}" \
		"$BUILD_EXCLUSIVE_KERNEL" "$PACKAGE_NAME"' _ "$kver" "$kdir" "$TOP")
mapfile -t kos < <(cd "$tree" && find . -name '*.ko' | sed 's|^\./||' | sort)
plan $(( ${#kos[@]} + 9 ))
field() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' <<<"$dump"; }
mods=$(grep -c $'\t/' <<<"$dump")
[ "${#kos[@]}" -gt 0 ] && [ "$mods" -eq "${#kos[@]}" ]
ok $? "dkms.conf lists as many modules ($mods) as the build produced (${#kos[@]})"
for ko in "${kos[@]}"; do
	name=$(basename "$ko" .ko) dir=build/$kver/$(dirname "$ko")
	grep -qxF "$name"$'\t'"$dir"$'\t'/updates <<<"$dump"
	ok $? "$name is in dkms.conf at $dir, installed to /updates"
done
[ "$(field AUTOINSTALL)" = yes ]
ok $? "AUTOINSTALL=yes"
[ "$(field NAME)" = rdma-backports ]
ok $? "PACKAGE_NAME=rdma-backports"
pre=$(field PRE_BUILD)
[ -x "$TOP/${pre%% *}" ] && [[ "$pre" == *" $kver "* ]]
ok $? "PRE_BUILD ($pre) exists and gets the kernel"
mk=$(field MAKE)
[ -x "$TOP/${mk%% *}" ]
ok $? "MAKE ($mk) exists"
excl=$(field EXCL)
[[ "$kver" =~ $excl ]] && ! [[ "4.19.0-27-amd64" =~ $excl ]] && ! [[ "6.10.1-amd64" =~ $excl ]]
ok $? "BUILD_EXCLUSIVE_KERNEL ($excl) takes $kver and refuses 4.19 and 6.10"
# The version DKMS registers is the modules' one, written in at dist time.
d=$(mktemp -d)
"$TOP/scripts/dist-tree" "$d/t" 2>/dev/null
v=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"/\1/p' "$d/t/dkms.conf")
want=$(scripts_lib project_version)
[ "$v" = "$want" ] && [ -f "$d/t/upstream/linux/.rdmabp-pin" ] && [ ! -e "$d/t/tests" ]
ok $? "the shipped tree has PACKAGE_VERSION=$v (want $want), the pinned source, no tests"
# A selection without mlx5 drops its modules from the list: same source.
printf 'mlx5=n\n' >"$d/conf"
n2=$(cd /tmp && OFED_CONF="$d/conf" bash -c 'kernelver=$1 kernel_source_dir=$2; . "$3/dkms.conf" >/dev/null; echo "${BUILT_MODULE_NAME[*]}"' _ "$kver" "$kdir" "$TOP")
! grep -qw mlx5_core <<<"$n2" && grep -qw ib_core <<<"$n2"
ok $? "with mlx5=n the list has ib_core and no mlx5_core"
# No kernel (dkms's own parsing, common.postinst): no error, no list.
out=$(cd /tmp && bash -c '. "$1/dkms.conf"; echo "${#BUILT_MODULE_NAME[@]} $AUTOINSTALL"' _ "$TOP" 2>&1)
[ "$out" = "0 yes" ]
ok $? "sourced without a kernel it prints nothing and lists nothing ($out)"
rm -rf "$d"
exit $((_tap_failed > 0))
