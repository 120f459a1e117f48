#!/bin/bash
# The in-tree RDMA users rebuilt from trixie's own 6.12 source (rpcrdma,
# nvme-rdma, nvmet-rdma, rds_rdma, 9pnet_rdma, smc) agree with the target
# modules they share structures with (sunrpc, nvme-core, nvme-fabrics,
# nvmet, rds, 9pnet: their BTF from the target's kernel package) on every
# struct, enum and prototype (scripts/nic-abi), and a real difference is seen.
. "$(dirname "$0")/lib.sh"
mods=(rpcrdma nvme-rdma nvmet-rdma rds_rdma 9pnet_rdma smc)
keys='core|rxe|siw|nfsrdma|nvme_rdma|nvmet_rdma|rds_rdma|9pnet_rdma|smc'
plan $((${#mods[@]} + 3))
kver=$("$TOP/scripts/chroot" ensure 6.12)
tree="$TOP/build/$kver"
if ! stack_built "$tree" "${mods[@]}"; then
	OFED_CONF=$(selection_conf consumers "$keys") "$TOP/scripts/build-target" 6.12 "$kver" >/dev/null 2>&1
fi
stack_built "$tree" "${mods[@]}"
ok $? "the 6.12 build has ${mods[*]}, from the target's own source"

out=$("$TOP/scripts/nic-abi" "$kver" "${mods[@]}" 2>&1)
ok $? "no unaccepted ABI difference between them and the $kver modules they use"
diag "$out"
for m in "${mods[@]}"; do
	n=$(awk -v m="$m" '$1 == m && $3 == "checked" { s += $4 } END { print s + 0 }' <<<"$out")
	if [ "$m" = smc ]; then
		# smc links only the core (the project's): nothing of the target to compare.
		grep -q '^smc: links no target module' <<<"$out"
		ok $? "smc links no module of the target but the project's core"
	else
		[ "$n" -gt 0 ]
		ok $? "$m: $n types and functions of the target modules it uses compared"
	fi
done

# A prototype the target does not have (svc_xprt_put taking a void * in
# the rebuilt module's view, compiled into rpcrdma's prototype object in
# its place) fails the check and is named.
w="$tree/rdmabp/nic-abi"
imports=$(awk '{ print $2 }' "$w/rpcrdma.imports" | sort -u | paste -sd' ')
args=()
for n in $imports; do args+=(--nic "$n=$w/$n.btf"); done
mapfile -t bad < <(nic_abi_changed_proto 6.12 "$w" rpcrdma svc_xprt_put 'void (*svc_xprt_put)(void *);')
got=$("$TOP/scripts/nic-abi-compare" --base "$w/vmlinux.btf" "${args[@]}" --rdma "$w/rpcrdma.btf" \
	"${bad[@]}" --imports "$w/rpcrdma.imports" --module rpcrdma 2>&1)
rc=$?
[ "$rc" = 1 ] && grep -q '^rpcrdma sunrpc func svc_xprt_put: void svc_xprt_put(void \*); target: void svc_xprt_put(struct svc_xprt \*)' <<<"$got"
ok $? "a prototype that differs from the target's sunrpc fails (exit $rc)"
exit $((_tap_failed > 0))
