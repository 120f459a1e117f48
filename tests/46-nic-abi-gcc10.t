#!/bin/bash
# gcc-10, 5.10's compiler, declares in a module's DWARF a function the
# module only calls by its name alone: pfunct reads "void f(void)" there.
# scripts/nic-abi takes the module's side of a prototype from an object
# compiled with the same command line, the source included, and a struct
# member __typeof__(&f), whose type gcc-10 writes whole; compared with the
# NIC module's BTF (scripts/nic-abi-compare --proto-btf), a prototype that
# differs there fails the check, the same one passes. No build needed: a
# function of a small "RDMA" and of a small "NIC" object, gcc-10 of the 5.10
# chroot, pahole of the 6.1 one (bullseye's has no detached BTF output).
. "$(dirname "$0")/lib.sh"
r510=$("$TOP/scripts/chroot" path 5.10)
r61=$("$TOP/scripts/chroot" path 6.1)
if [ ! -x "$r510/usr/bin/gcc-10" ] || [ ! -x "$r61/usr/bin/pahole" ] || [ ! -x "$r61/usr/bin/pfunct" ]; then
	echo "1..0 # SKIP no 5.10 chroot with gcc-10 or no 6.1 chroot with dwarves (scripts/chroot ensure 5.10, 6.1)"
	exit 0
fi
plan 5
w="$TOP/build/nic-abi-gcc10"
rm -rf "$w"
mkdir -p "$w"
cat >"$w/rdma.c" <<'C'
struct net_device;
struct sk_buff;
int rdmabp_xmit(struct net_device *dev, struct sk_buff *skb, unsigned short idx);
int rdmabp_use(struct net_device *dev);
int rdmabp_use(struct net_device *dev)
{
	return rdmabp_xmit(dev, 0, 1);
}
C
cat >"$w/protos.c" <<'C'
#include "rdma.c"
struct rdmabp_nic_abi_protos {
	__typeof__(&rdmabp_xmit) rdmabp_xmit;
} rdmabp_nic_abi_protos;
C
echo 'int rdmabp_base;' >"$w/base.c"
for t in same:'unsigned short' changed:'unsigned int'; do
	cat >"$w/nic-${t%%:*}.c" <<C
struct net_device { int ifindex; };
struct sk_buff { int len; };
int rdmabp_xmit(struct net_device *dev, struct sk_buff *skb, ${t#*:} idx);
int rdmabp_xmit(struct net_device *dev, struct sk_buff *skb, ${t#*:} idx)
{
	return dev->ifindex + skb->len + idx;
}
C
done
fail=
for f in rdma protos base nic-same nic-changed; do
	"$TOP/scripts/chroot" run 5.10 gcc-10 -g -O2 -c -o "$w/$f.o" "$w/$f.c" >>"$w/log" 2>&1 || fail+=" $f"
done
pahole() {
	"$TOP/scripts/chroot" run 6.1 pahole "$@" >>"$w/log" 2>&1
}
pahole --btf_encode_detached="$w/base.btf" "$w/base.o" || fail+=" base.btf"
for f in rdma protos; do pahole --btf_encode_detached="$w/$f.btf" "$w/$f.o" || fail+=" $f.btf"; done
for f in nic-same nic-changed; do
	pahole --btf_base="$w/base.btf" --btf_encode_detached="$w/$f.btf" "$w/$f.o" || fail+=" $f.btf"
done
[ -z "$fail" ]
ok $? "gcc-10 and pahole make the objects and their BTF${fail:+ (failed:$fail; $w/log)}"

"$TOP/scripts/chroot" run 6.1 pfunct -P "$w/rdma.o" >"$w/rdma.pfunct" 2>>"$w/log"
grep -qx 'void rdmabp_xmit(void);' "$w/rdma.pfunct"
ok $? "pfunct of gcc-10's DWARF gives the called function as: $(grep rdmabp_xmit "$w/rdma.pfunct")"

echo 'rdmabp_xmit nic' >"$w/imports"
compare() { # compare NIC PROTOS-OPTION PROTOS-FILE
	"$TOP/scripts/nic-abi-compare" --base "$w/base.btf" --nic "nic=$w/$1.btf" --rdma "$w/rdma.btf" \
		"$2" "$3" --imports "$w/imports" --module rdma 2>&1
}
got=$(compare nic-same --proto-btf "$w/protos.btf")
rc=$?
[ "$rc" = 0 ] && grep -qx 'rdma nic checked 1 types and functions (1 prototypes)' <<<"$got" && ! grep -q ' func ' <<<"$got"
ok $? "the same prototype, from the struct member, is checked and passes (exit $rc)"
got=$(compare nic-changed --proto-btf "$w/protos.btf")
rc=$?
[ "$rc" = 1 ] && grep -qx 'rdma nic func rdmabp_xmit: int rdmabp_xmit(struct net_device \*, struct sk_buff \*, short unsigned int); target: int rdmabp_xmit(struct net_device \*, struct sk_buff \*, unsigned int)' <<<"$got"
ok $? "a changed parameter, from the struct member, fails and is named (exit $rc)"
diag "$got"
# What pfunct's side gave on 5.10: a difference for every function.
got=$(compare nic-same --protos "$w/rdma.pfunct")
rc=$?
[ "$rc" = 1 ] && grep -q '^rdma nic func rdmabp_xmit: void rdmabp_xmit(void); target: ' <<<"$got"
ok $? "pfunct's side of the same prototype is a false difference (exit $rc)"
exit $((_tap_failed > 0))
