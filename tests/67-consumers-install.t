#!/bin/bash
# install.pl end to end on a 6.12 node whose kernel has in-tree users of the
# RDMA core (a throwaway copy of the trixie packaging chroot, which has
# Debian's linux-image-6.12 installed: its modules.dep lists rpcrdma,
# nvme-rdma, nvmet-rdma, rds_rdma, 9pnet_rdma, smc, ib_qib). With the
# users' keys on, it installs WITHOUT --force; the summary names what was
# rebuilt; the installed users are the project's (updates/, version,
# vermagic, the srcversion of the guest-tested build), modprobe would load
# each from updates/ on the project's ib_core, and the modules the node may
# boot from stay the kernel's; the installed ofed_info and
# dkms.conf list the same users scripts/consumers computes; a user whose
# key is off is refused with a one-line reason; --uninstall leaves the disk
# as it was.
. "$(dirname "$0")/lib.sh"
kver=$("$TOP/scripts/chroot" ensure 6.12 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 6.12 build environment"; exit 0; }
croot=$("$TOP/scripts/chroot" path 6.12)
[ -s "$croot/lib/modules/$kver/modules.dep" ] ||
	{ echo "1..0 # SKIP the 6.12 chroot has no linux-image-$kver (no modules.dep)"; exit 0; }
plan 14
version=$(scripts_lib project_version)
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -z "${root:-}" ] || "$TOP/scripts/pkg-chroot" drop "$root"' EXIT
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/rdma-backports/ccache}
conf=$(selection_conf test-consumers 'core|nfsrdma|nvme_rdma|nvmet_rdma|rds_rdma|9pnet_rdma|smc')

# What the node's kernel has: computed from its modules.dep, not listed here.
"$TOP/scripts/consumers" --conf "$conf" --moddir "$croot/lib/modules/$kver" \
	--symvers "$croot/usr/src/linux-headers-$kver/Module.symvers" "$kver" >"$work/consumers"
mapfile -t rebuilt < <(awk -F'\t' '$3 == "rebuild" { print $1 }' "$work/consumers")
mapfile -t not_rebuilt < <(awk -F'\t' '$3 != "rebuild" { print $1 }' "$work/consumers")
[ ${#rebuilt[@]} -ge 6 ] && printf '%s\n' "${rebuilt[@]}" | grep -qx rpcrdma && printf '%s\n' "${rebuilt[@]}" | grep -qx nvme_rdma
ok $? "$kver has in-tree RDMA users: rebuilt ${rebuilt[*]}; not rebuilt: ${not_rebuilt[*]:-none}"

root=$("$TOP/scripts/pkg-chroot" fresh 6.12 build "test-consumers-$$")
R() { "$TOP/scripts/pkg-chroot" run "$root" env CCACHE_DIR="$CCACHE_DIR" "$@"; }
snapshot() { chroot_file_list "$root"; }
snapshot >"$work/before"

# A user whose key is off will not load: refused before anything is built.
R "$TOP/install.pl" --kernel "$kver" -c "$conf" --without-nfsrdma >"$work/refuse.out" 2>&1
rc=$?
[ "$rc" -ne 0 ] && [ "$(grep -c 'error:' "$work/refuse.out")" = 1 ] &&
	grep -E 'error: in-tree RDMA users rpcrdma would stop loading; rerun with --force' "$work/refuse.out" | grep -q 'log: ' &&
	! R dpkg-query -W -f '${db:Status-Abbrev}\n' 'rdma-backports*' 2>/dev/null | grep -q '^ii'
ok $? "--without-nfsrdma: refused in one line naming rpcrdma and --force, nothing installed"
diag "$(grep 'error:' "$work/refuse.out")"

start=$(date +%s)
R "$TOP/install.pl" --kernel "$kver" -c "$conf" >"$work/install.out" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
ok $rc "install.pl installs on the node without --force (DKMS, ${secs}s)"
[ $rc -eq 0 ] || diag "$(tail -n 8 "$work/install.out")" "$(tail -n 3 "$TOP/build/logs/deb.log" 2>/dev/null)"
summary=$(grep '^install.pl: in-tree RDMA users rebuilt for the new core: ' "$work/install.out")
[ "$(tr ' ' '\n' <<<"${summary##*: }" | sort | paste -sd' ')" = "$(printf '%s\n' "${rebuilt[@]}" | sort | paste -sd' ')" ]
ok $? "the summary names every rebuilt user: ${summary#install.pl: }"
grep -q "ib_qib will not load with the new core: .*not in use here" "$work/install.out" || [ ${#not_rebuilt[@]} = 0 ]
ok $? "a user not rebuilt by design is named with its reason, and does not block (not in use)"
diag "$(grep -E '^install.pl: +(rebuilt|ib_qib|[0-9]+ modules)' "$work/install.out")"

# The installed users: the project's, from the tree the guests ran.
bad=''
for m in "${rebuilt[@]}"; do
	f=$(R modinfo -k "$kver" -F filename "$m" 2>/dev/null)
	v=$(R modinfo -k "$kver" -F version "$m" 2>/dev/null)
	vm=$(R modinfo -k "$kver" -F vermagic "$m" 2>/dev/null | cut -d' ' -f1)
	case "$f" in */updates/*) ;; *) bad+=" $m:not-in-updates($f)" ;; esac
	[ "$v" = "$version" ] || bad+=" $m:version=$v"
	[ "$vm" = "$kver" ] || bad+=" $m:vermagic=$vm"
done
[ -z "$bad" ]
ok $? "modinfo finds every rebuilt user in updates/, version $version, vermagic $kver${bad:+:$bad}"
# What `modprobe USER` would load on this node (its own resolution through
# the node's depmod output): the user from updates/, on the project's core
# from updates/, and no RDMA module of the kernel's own in the chain; the
# subsystem modules it shares structures with stay the kernel's.
bad=''
for m in "${rebuilt[@]}"; do
	chain=$(R modprobe -S "$kver" --show-depends "$m" 2>&1)
	self=$(awk -v m="$m" '$1 == "insmod" { f = $2; sub(/.*\//, "", f); sub(/\.ko.*/, "", f); gsub("-", "_", f); if (f == m) print $2 }' <<<"$chain")
	case "$self" in */updates/*) ;; *) bad+=" $m:${self:-not-resolved}" ;; esac
	grep -Eq "^insmod /lib/modules/[^/]*/updates/(.*/)?ib_core\.ko" <<<"$chain" || bad+=" $m:ib_core-not-from-updates"
	! grep -Eq "^insmod /lib/modules/[^/]*/kernel/(drivers/infiniband|net/rds/rds_rdma|net/sunrpc/xprtrdma|drivers/nvme/.*rdma)" <<<"$chain" ||
		bad+=" $m:kernel-rdma($(grep -Eo "kernel/drivers/infiniband/[^ ]*|kernel/net/[^ ]*rdma[^ ]*" <<<"$chain" | head -n1))"
done
[ -z "$bad" ] && R modprobe -S "$kver" --show-depends rpcrdma | grep -q "^insmod /lib/modules/[^/]*/kernel/net/sunrpc/sunrpc\.ko"
ok $? "modprobe loads each rebuilt user from updates/ on the project's ib_core (updates/), sunrpc the kernel's${bad:+:$bad}"
diag "$(R modprobe -S "$kver" --show-depends rpcrdma | sed 's|/lib/modules/[^/]*/||')"
bad='' n=0
for m in "${rebuilt[@]}"; do
	built=$(find "$TOP/build/$kver" -name "${m}.ko" -o -name "${m//_/-}.ko" | head -n1)
	[ -n "$built" ] || continue
	n=$((n + 1))
	[ "$(R modinfo -k "$kver" -F srcversion "$m" 2>/dev/null)" = "$(modinfo -F srcversion "$built")" ] || bad+=" $m"
done
if [ "$n" = 0 ]; then
	ok 0 "their srcversion is that of build/$kver # SKIP build/$kver has none of them (make TARGET=6.12)"
else
	[ -z "$bad" ]
	ok $? "their srcversion is that of build/$kver, the modules make vmtest-storage runs ($n compared${bad:+; differ:$bad})"
fi
own=$(find "$root/lib/modules/$kver/updates" \( -name 'sunrpc.ko*' -o -name 'nfs.ko*' -o -name 'nvme-core.ko*' -o -name 'nvme.ko*' \
	-o -name 'nvmet.ko*' -o -name 'rds.ko*' -o -name '9pnet.ko*' \) -print)
[ -z "$own" ] && R modinfo -k "$kver" -F filename sunrpc | grep -q "/kernel/"
ok $? "sunrpc, nfs, nvme-core, nvme, nvmet, rds, 9pnet stay the kernel's own${own:+: $own}"

# ofed_info and dkms.conf on the node, from the same computation.
R ofed_info -k "$kver" >"$work/ofed_info" 2>&1
bad=''
for m in "${rebuilt[@]}"; do
	grep -qE "^  $m +rebuilt by rdma-backports" "$work/ofed_info" || bad+=" $m"
done
[ -z "$bad" ] && ! sed -n '/^in-tree users/,$p' "$work/ofed_info" | grep -q unknown
ok $? "the installed ofed_info lists every rebuilt user${bad:+ (missing:$bad)}"
diag "$(sed -n '/^in-tree users/,$p' "$work/ofed_info")"
R bash -c 'kernelver=$1; kernel_source_dir=/lib/modules/$1/build; . "$2"; printf "%s\n" "${BUILT_MODULE_NAME[@]}"' _ \
	"$kver" "/usr/src/rdma-backports-$version/dkms.conf" | tr - _ | sort >"$work/dkms-modules"
missing=$(printf '%s\n' "${rebuilt[@]}" | sort | comm -23 - "$work/dkms-modules" | paste -sd' ')
[ -s "$work/dkms-modules" ] && [ -z "$missing" ]
ok $? "the installed dkms.conf lists every rebuilt user for $kver${missing:+ (missing: $missing)}"

R "$TOP/install.pl" --uninstall >"$work/uninstall.out" 2>&1
ok $? "--uninstall removes it"
[ -z "$(find "$root/lib/modules/$kver/updates" -name '*.ko*' 2>/dev/null)" ] && R modinfo -k "$kver" -F filename rpcrdma | grep -q /kernel/
ok $? "afterwards rpcrdma is the kernel's own again, nothing in updates/"
snapshot >"$work/after"
left=$(comm -3 "$work/before" "$work/after" | grep -v '^\s*\./var/lib/dkms')
[ -z "$left" ]
ok $? "purge leaves nothing: the disk is as before the install"
[ -z "$left" ] || diag "$(head -n 20 <<<"$left")"
exit $((_tap_failed > 0))
