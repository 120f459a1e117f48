#!/bin/bash
# rdma-backports.service in a booted system: the 7.2 guest boots systemd as
# PID 1 (scripts/vmtest VM_MODE=systemd) with the project's modules in
# updates/ and the unit, its stack script and /etc/rdma-backports/
# installed and enabled as the package installs them. The unit loads the
# configured stack at boot; systemctl stop unloads it, start loads it,
# restart and reload load it anew (lsmod, modinfo, the unit's state).
# Slow (a systemd guest): make check-vm-extras.
. "$(dirname "$0")/lib.sh"
vm_test_target 7.2

modules=(ib_core ib_uverbs ib_umad ib_cm iw_cm rdma_cm rdma_ucm rdma_rxe)
have_modules() { stack_built "$tree" "${modules[@]}"; }
build_unless_built 7.2 small "${modules[@]}"
tests="systemd_pid1 systemd_boot systemd_stop systemd_start systemd_restart systemd_reload systemd_stop_again dmesg_clean"
n=0
for _ in $tests; do n=$((n + 1)); done
plan $((n + 4))

have_modules
ok $? "the 7.2 build has the modules the unit loads"

logf=$(mktemp)
trap 'rm -f "$logf"' EXIT
start=$(date +%s)
VM_MODE=systemd "$TOP/scripts/vmtest" 7.2 "$kver" >"$logf" 2>&1
rc=$?
ok $rc "scripts/vmtest VM_MODE=systemd exits 0 ($(( $(date +%s) - start ))s)"
[ $rc = 0 ] || diag "$(tail -n 30 "$logf")"

res="$out/results.tsv"
for t in $tests; do
	vm_result_ok "$res" "systemd/$t"
done

# Independently of the guest's verdict, from its journal: the stack script
# loaded the stack four times (boot, start, restart, reload), the unit
# never failed.
journal="$out/systemd/guest/journal.txt"
loads=$(grep -c 'rdma-backports-stack: loaded: ' "$journal" 2>/dev/null)
[ "${loads:-0}" -ge 4 ]
ok $? "the journal shows the stack loaded ${loads:-0} times (want 4 or more)"
! grep -qE 'rdma-backports.service: (Failed|Main process exited, code=exited, status=[1-9])' "$journal" 2>/dev/null && [ -s "$journal" ]
ok $? "the journal shows no failure of rdma-backports.service"
exit $((_tap_failed > 0))
