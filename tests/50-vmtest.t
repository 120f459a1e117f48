#!/bin/bash
# Runtime proof: the 7.2 stack built by the project, booted in qemu on
# Debian's 7.2 kernel (scripts/vmtest, project mode). Every required test
# must PASS, the loaded modules must be the project's (updates/, version),
# and the guest's dmesg must be clean.
. "$(dirname "$0")/lib.sh"
vm_test_target 7.2
version=$(scripts_lib project_version)

# The modules the VM tests load must have been built; build them if not.
read -ra modules <<<"$(scripts_lib vm_stack_modules)"
have_modules() { stack_built "$tree" "${modules[@]}"; }
build_unless_built 7.2 full "${modules[@]}"

required="modules_origin"
for net in dummy virtio; do
	for t in devinfo rc_pingpong rc_pingpong_odp ud_pingpong rping ucmatose ib_write_bw ib_read_lat ib_send_lat; do
		required="$required rxe_${net}_$t"
	done
	for t in devinfo rping ucmatose ib_write_bw ib_read_lat; do
		required="$required siw_${net}_$t"
	done
done
required="$required rdma_tool ulps_load_unload reload_20"
for s in "$TOP"/upstream/linux/tools/testing/selftests/rdma/*.sh; do
	s=${s##*/}
	required="$required selftest_${s%.sh}"
done
required="$required 2vm_rxe_rc_pingpong 2vm_rxe_rping 2vm_rxe_ib_write_bw 2vm_siw_rping 2vm_siw_ib_write_bw 2vm_dmesg_clean dmesg_clean"
n=0
for _ in $required; do n=$((n + 1)); done
plan $((n + 6))

have_modules
ok $? "the 7.2 build has the modules the VM tests load"

logf=$(mktemp)
trap 'rm -f "$logf"' EXIT
VM_MODE=project "$TOP/scripts/vmtest" 7.2 "$kver" >"$logf" 2>&1
rc=$?
ok $rc "scripts/vmtest 7.2 (project modules) exits 0"
[ $rc = 0 ] || diag "$(tail -n 30 "$logf")"

res="$out/results.tsv"
for t in $required; do
	vm_result_ok "$res" "project/$t"
done

! grep -q $'\tFAIL\t' "$res" 2>/dev/null && [ -s "$res" ]
ok $? "no test FAILs in $res"

tail -n1 "$logf" | grep -qx '[0-9]* passed, 0 failed'
ok $? "closing line: $(tail -n1 "$logf")"

# Independently of the guest's own verdict: ib_core and rdma_rxe came from
# updates/ with the project's version.
mlog="$out/project/guest/logs/modules_origin.log"
grep -q "ib_core: file=/lib/modules/$kver/updates/.* version=$version " "$mlog" 2>/dev/null &&
	grep -q "rdma_rxe: file=/lib/modules/$kver/updates/.* version=$version " "$mlog" 2>/dev/null &&
	grep -q "siw: file=/lib/modules/$kver/updates/.* version=$version " "$mlog" 2>/dev/null
ok $? "ib_core, rdma_rxe and siw loaded from updates/ with version $version"

bad=$(cat "$out"/project/*/dmesg.txt 2>/dev/null |
	grep -E 'WARNING:|BUG:|Oops|Unknown symbol|disagrees about version of symbol|Call Trace')
[ -z "$bad" ] && [ -s "$out/project/guest/dmesg.txt" ]
ok $? "the guests' dmesg has no WARN/BUG/Oops/symbol errors"
[ -z "$bad" ] || diag "$bad"
exit $((_tap_failed > 0))
