#!/bin/bash
# The identity target: the pinned 7.2 stack built for Debian's 7.2 kernel in
# its sid chroot. Every selected module must exist, match the target's
# vermagic and carry the project's version.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
tree="$TOP/build/$kver"
if [ "${RDMABP_TEST_REUSE_BUILD:-0}" != 1 ] || [ ! -s "$tree/rdmabp/results.tsv" ]; then
	"$TOP/scripts/build-target" 7.2 "$kver" >&2
fi
list="$tree/rdmabp/modules.list"
version=$(scripts_lib project_version)
n=$(wc -l <"$list")
plan $((n + 3))
# The modules of the selection, whatever the kernel: select-modules with an
# empty kernel .config lists every selected key and .ko (as unavailable
# where a NIC driver is needed).
sel=$(mktemp -d)
"$TOP/scripts/select-modules" "${OFED_CONF:-$TOP/ofed.conf}" /dev/null "$sel" 2>/dev/null
want=$(cut -f1,2 "$sel/modules.list")
rm -rf "$sel"
[ -n "$want" ] && [ "$(cut -f1,2 "$list")" = "$want" ]
ok $? "the build made every module of the selection its ofed.conf names ($n modules)"
dotconfig="$("$TOP/scripts/chroot" path 7.2)/usr/src/linux-headers-$kver/.config"
! grep -qP '\tfailed\t' "$tree/rdmabp/results.tsv"
ok $? "no module failed to build"
warnings=$(awk -F'\t' '$1 == "warnings" { print $2 }' "$tree/rdmabp/summary")
[ "${warnings:-1}" -eq 0 ]
ok $? "the build gives no compiler warnings ($warnings)"
while IFS=$'\t' read -r key ko plan; do
	if [ "$plan" != build ]; then
		# Only a driver whose NIC driver the target lacks may be left out.
		sym=$(grep -oE 'CONFIG_[A-Z0-9_]+' <<<"$plan")
		[ -n "$sym" ] && ! grep -qE "^$sym=[ym]" "$dotconfig" && [ -z "$(find "$tree" -name "$ko.ko")" ]
		ok $? "$key: $ko is unavailable on $kver: $plan"
		continue
	fi
	f=$(find "$tree" -name "$ko.ko" -print -quit)
	if [ -z "$f" ]; then
		ok 1 "$key: $ko.ko exists"
		continue
	fi
	vm=$(modinfo -F vermagic "$f" | cut -d' ' -f1)
	v=$(modinfo -F version "$f")
	[ "$vm" = "$kver" ] && [ "$v" = "$version" ]
	ok $? "$key: $ko.ko vermagic $vm, version $v"
done <"$list"
exit $((_tap_failed > 0))
