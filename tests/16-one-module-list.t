#!/bin/bash
# One definition of the RDMA stack the VM tests load: vm_stack_modules of
# scripts/lib.sh. The host (scripts/vmtest) writes it into the guest's
# initramfs as /rdmabp/stack-modules and scripts/vm/guest-tests reads it
# there instead of keeping a list of its own (static check, no VM).
. "$(dirname "$0")/lib.sh"
plan 3
read -ra mods <<<"$(bash -c ". '$TOP/scripts/lib.sh' && vm_stack_modules")"
[ "${#mods[@]}" -ge 2 ]
ok $? "vm_stack_modules names the stack (${#mods[@]} modules)"
grep -q 'vm_stack_modules >"$stage/rdmabp/stack-modules"' "$TOP/scripts/vmtest"
ok $? "scripts/vmtest writes vm_stack_modules into the guest as /rdmabp/stack-modules"
# No line of the guest script names three of the stack's modules in a row as
# a plain word list (mods="ib_core ib_uverbs ..."); the lsmod filter
# (ib_core|ib_cm|...) is a pattern, not a list, and stays.
alt=$(IFS='|'; echo "${mods[*]}")
dup=$(grep -nE "\<($alt)( +($alt)\>){2,}" "$TOP/scripts/vm/guest-tests")
grep -q 'cat /rdmabp/stack-modules' "$TOP/scripts/vm/guest-tests" && [ -z "$dup" ]
ok $? "scripts/vm/guest-tests reads /rdmabp/stack-modules and keeps no module list of its own"
[ -z "$dup" ] || diag "$dup"
exit $((_tap_failed > 0))
