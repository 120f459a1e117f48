# shellcheck shell=bash
# Helpers shared by the VM harness (scripts/vmtest, scripts/vmtest-matrix,
# scripts/vm/*). Source after scripts/lib.sh.

RDMABP_VMCACHE="${RDMABP_CACHE:?source scripts/lib.sh first}/vm"

# Guest userland: what the tests run, on top of debootstrap's minbase.
vm_guest_packages() {
	echo ibverbs-utils rdmacm-utils perftest ibverbs-providers iproute2 kmod procps iputils-ping
}

# kver_suite KVER: the Debian suite whose kernel and userland the guest uses.
kver_suite() {
	target_field "$(kver_target "$1")" 2
}

# A directory built under a temporary name and renamed only when complete.
tmpname() {
	echo "$1.tmp.$$"
}

# Kernel-built-in tests: does the target's config have OPTION=y?
kconfig_has() {
	grep -q "^$2=y" "$1"
}
