#!/bin/bash
# Devel files at run time: the third-party ib_client module of tests/64
# (tests/data/rdmabp_client), built against the devel files of the 7.2
# build, loads in the 7.2 guest on the project's stack (scripts/vmtest
# VM_EXTRA_KO): it registers, its add callback sees the rxe device, it
# unloads cleanly (its remove callback runs), and dmesg has no "Unknown
# symbol" or "disagrees about version".
. "$(dirname "$0")/lib.sh"
vm_test_target 7.2

read -ra modules <<<"$(scripts_lib vm_stack_modules)"
have_modules() { stack_built "$tree" "${modules[@]}"; }
build_unless_built 7.2 small "${modules[@]}"
plan 10
have_modules
ok $? "the 7.2 build has the stack the guest loads"

work="$TOP/build/test-devel-vm.$$"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir -p "$work/mod"
"$TOP/scripts/dist-devel" "$tree" "$work/$kver" 2>"$work/devel.log"
ok $? "dist-devel writes the devel files"
cp "$TOP"/tests/data/rdmabp_client/* "$work/mod/"
"$TOP/scripts/chroot" run 7.2 make -C "$work/mod" DEVEL="$work/$kver" KVER="$kver" >"$work/build.log" 2>&1
ok $? "rdmabp_client.ko builds against the devel files"
ko="$work/mod/rdmabp_client.ko"
# What the guest must see: the add callback on the rxe device guest-tests
# creates on dummy0 (rxe_dummy, one port), the remove callback on unload.
cat >"$work/mod/rdmabp_client.vmcheck" <<'CHECK'
expect_load=rdmabp_client: rxe_dummy \(1 ports\)
expect_unload=rdmabp_client: rxe_dummy gone
CHECK

logf="$work/vmtest.log"
VM_MODE=project VM_TESTS="modules_origin,extra_*,dmesg_clean" VM_EXTRA_KO="$ko" \
	"$TOP/scripts/vmtest" 7.2 "$kver" >"$logf" 2>&1
rc=$?
ok $rc "scripts/vmtest with VM_EXTRA_KO=rdmabp_client.ko exits 0"
[ $rc = 0 ] || diag "$(tail -n 30 "$logf")"

res="$out/results.tsv"
for t in modules_origin extra_rdmabp_client dmesg_clean; do
	vm_result_ok "$res" "project/$t"
done

# Independently of the guest's verdict, from the guest's kernel log.
dmesg="$out/project/guest/dmesg.txt"
grep -q 'rdmabp_client: rxe_dummy (1 ports)' "$dmesg" 2>/dev/null &&
	grep -q 'rdmabp_client: rxe_dummy gone' "$dmesg"
ok $? "the guest's dmesg shows the add and remove callbacks on rxe_dummy"
bad=$(grep -E 'Unknown symbol|disagrees about version of symbol|WARNING:|BUG:' "$dmesg" 2>/dev/null)
[ -z "$bad" ] && [ -s "$dmesg" ]
ok $? "no Unknown symbol, disagrees about version or warning in the guest's dmesg"
[ -z "$bad" ] || diag "$bad"
mlog="$out/project/guest/logs/extra_rdmabp_client.log"
grep -q "rdmabp_client: /lib/modules/$kver/extra/rdmabp_client.ko, depends: .*ib_core" "$mlog" 2>/dev/null
ok $? "the guest loaded rdmabp_client.ko from extra/, depending on ib_core"
exit $((_tap_failed > 0))
