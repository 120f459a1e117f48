#!/bin/bash
# The HCA drivers that sit on a NIC driver of trixie's 6.12 (iw_cxgb4 on
# cxgb4, ocrdma on be2net, qedr on qed/qede, mlx4_ib on mlx4_core,
# usnic_verbs on enic, bnxt_re on bnxt_en) agree with the target's own NIC
# modules, read from their BTF, on every struct, enum and prototype they
# share (scripts/nic-abi); the check sees a real difference when one is not
# accepted, and a changed prototype. The HCA driver's side of a prototype
# comes from an object compiled with the flags of one of its own (its
# source and a struct of __typeof__(&function) members): on 6.12, whose
# gcc-14 also describes the called functions in the module's DWARF, it
# gives the prototypes pfunct reads there, function for function.
. "$(dirname "$0")/lib.sh"
mods=(iw_cxgb4 ocrdma qedr mlx4_ib usnic_verbs bnxt_re)
keys='core|cxgb4|ocrdma|qedr|mlx4|usnic|bnxt_re'
# The chroot is made by a build of 6.12 (make TARGET=6.12), not here.
kver=$("$TOP/scripts/chroot" kvers 6.12 2>/dev/null | tail -n1)
[ -n "$kver" ] || { echo "1..0 # SKIP no 6.12 build environment (make TARGET=6.12)"; exit 0; }
plan $((${#mods[@]} + 5))
tree="$TOP/build/$kver"
if ! stack_built "$tree" "${mods[@]}"; then
	OFED_CONF=$(selection_conf nic-abi "$keys") "$TOP/scripts/build-target" 6.12 "$kver" >/dev/null 2>&1
fi
stack_built "$tree" "${mods[@]}"
ok $? "the 6.12 build has ${mods[*]}"

out=$("$TOP/scripts/nic-abi" "$kver" "${mods[@]}" 2>&1)
ok $? "no unaccepted ABI difference between them and the $kver NIC drivers"
diag "$out"
for m in "${mods[@]}"; do
	n=$(awk -v m="$m" '$1 == m && $3 == "checked" { s += $4 } END { print s + 0 }' <<<"$out")
	[ "$n" -gt 0 ]
	ok $? "$m: $n types and functions of its NIC drivers compared"
done

# Without the accepted list, the real struct adapter difference of iw_cxgb4
# (pinned cxgb4.h vs 6.12's cxgb4.ko) fails the check and is named, with
# the sizes of struct adapter as iw_cxgb4 and the target's cxgb4 have them
# (read from their BTF, not from one build's figures).
w="$tree/rdmabp/nic-abi"
blobs=(--base "$w/vmlinux.btf" --nic "cxgb4=$w/cxgb4.btf" --nic "libcxgb=$w/libcxgb.btf" --rdma "$w/iw_cxgb4.btf")
cmp=("$TOP/scripts/nic-abi-compare" "${blobs[@]}" --imports "$w/iw_cxgb4.imports" --module iw_cxgb4)
sizes=$("$TOP/scripts/nic-abi-compare" "${blobs[@]}" --sizeof adapter 2>&1)
have=$(awk '$1 == "rdma" { print $2 }' <<<"$sizes")
target=$(awk '$1 == "cxgb4" { print $2 }' <<<"$sizes")
protos=()
while read -r b; do protos+=(--proto-btf "$b"); done <"$w/iw_cxgb4.protos-btf"
got=$("${cmp[@]}" "${protos[@]}" 2>&1)
rc=$?
[ "$rc" = 1 ] && [ -n "$have" ] && [ -n "$target" ] &&
	grep -q "^iw_cxgb4 cxgb4 struct adapter: size $have, target $target; hma at" <<<"$got"
ok $? "an unaccepted layout difference fails (iw_cxgb4: struct adapter, size $have, target $target as their BTF say; exit $rc)"

# A prototype that differs from the target's (cxgb4_l2t_send given a u16
# third argument, compiled into iw_cxgb4's prototype object in its place)
# fails and is named.
mapfile -t bad < <(nic_abi_changed_proto 6.12 "$w" iw_cxgb4 cxgb4_l2t_send \
	'int (*cxgb4_l2t_send)(struct net_device *, struct sk_buff *, u16);')
got=$("${cmp[@]}" "${bad[@]}" 2>&1)
rc=$?
[ "$rc" = 1 ] && grep -q '^iw_cxgb4 cxgb4 func cxgb4_l2t_send: int cxgb4_l2t_send(struct net_device \*, struct sk_buff \*, short unsigned int); target: int cxgb4_l2t_send(struct net_device \*, struct sk_buff \*, struct l2t_entry \*)' <<<"$got"
ok $? "a prototype that differs from the target's fails (cxgb4_l2t_send, exit $rc)"

# The prototype objects agree with what pfunct reads in each driver's own
# DWARF (gcc-14 writes it whole), for every function both give, and give
# every one pfunct gives.
same=0 differ=()
for m in "${mods[@]}"; do
	ko=$(find "$tree/drivers/infiniband/hw" -name "$m.ko" -print -quit)
	"$TOP/scripts/chroot" run 6.12 sh -c 'pfunct -P "$1" >"$2"' sh "$ko" "$w/$m.pfunct" || differ+=("$m: pfunct failed")
	protos=()
	while read -r b; do protos+=(--proto-btf "$b"); done <"$w/$m.protos-btf"
	# "SYMBOL PROTOTYPE" (spaces removed) from each; joined on SYMBOL.
	"$TOP/scripts/nic-abi-compare" --print-protos "${protos[@]}" --imports "$w/$m.imports" | sort >"$w/$m.protos-new"
	"$TOP/scripts/nic-abi-compare" --print-protos --protos "$w/$m.pfunct" --rdma "$w/$m.btf" \
		--imports "$w/$m.imports" | sort >"$w/$m.protos-old"
	same=$((same + $(join "$w/$m.protos-old" "$w/$m.protos-new" | awk '$2 == $3' | wc -l)))
	while read -r line; do differ+=("$m: $line"); done < <(join "$w/$m.protos-old" "$w/$m.protos-new" | awk '$2 != $3')
	while read -r line; do differ+=("$m: only pfunct has $line"); done < <(join -v1 "$w/$m.protos-old" "$w/$m.protos-new")
done
[ "$same" -gt 0 ] && [ ${#differ[@]} -eq 0 ]
ok $? "the prototype objects give pfunct's prototypes: $same the same, ${#differ[@]} different"
[ ${#differ[@]} -eq 0 ] || diag "${differ[@]}"
exit $((_tap_failed > 0))
