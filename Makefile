# rdma-backports: the entry points. See README.md.
#
#   make                 the main job: build for this machine's kernel when its
#                        headers are installed, else every supported target in
#                        its chroot; prints the matrix table
#   make TARGET=7.2      build one target (or KVER=<kernel release>)
#   make matrix          build every supported target, write build/matrix.*
#   make check           the tests (TAP, prove)
#   make fetch           get and verify the pinned upstream source
#   make refresh VERSION=7.2.14   bump the pin (scripts/bump-pin): new source,
#                        manifest, refreshed units, series, a report

TARGET ?=
KVER ?=
OFED_CONF ?= $(CURDIR)/ofed.conf
export OFED_CONF

.PHONY: all deps fetch modules matrix check clean

all: deps fetch
ifneq ($(TARGET)$(KVER),)
	scripts/build-target "$(TARGET)" "$(KVER)"
else
	@if [ -d "/lib/modules/$$(uname -r)/build" ]; then \
		scripts/build-target "" "$$(uname -r)"; \
	else \
		echo "make: no headers for the running kernel $$(uname -r): building every supported target"; \
		scripts/matrix; \
	fi
endif

deps:
	@scripts/install-deps

fetch: upstream/linux/.rdmabp-pin

upstream/linux/.rdmabp-pin: upstream/pin.conf upstream/copy-list upstream/manifest.sha256
	scripts/fetch

modules: fetch
	scripts/build-target "$(TARGET)" "$(KVER)"

matrix: deps fetch
	scripts/matrix

# The distribution tests (tests/6*.t, ~25 min from cold) run with
# make check-dist; make check keeps to the build, series and VM tests.
check: deps fetch
	prove $(filter-out tests/6% tests/7%,$(sort $(wildcard tests/*.t)))

# The slower guests (tests/7*.t: the compat test modules in the 6.12, 7.2, 6.1 and 5.10
# guests, the systemd guest): make check-vm-extras.
.PHONY: check-vm-extras
check-vm-extras: deps fetch
	prove $(sort $(wildcard tests/7*.t))

# A pin bump (maintainers): scripts/bump-pin, see README "Bump the pin".
.PHONY: refresh
refresh: deps
	@[ -n "$(VERSION)" ] || { echo "make refresh: give VERSION=<new upstream release, e.g. 7.2.14>" >&2; exit 1; }
	scripts/bump-pin "$(VERSION)"

clean:
	rm -rf build

# Performance figures (scripts/bench; BENCH_RUNS, BENCH_ITEMS, BENCH_TARGETS).
.PHONY: bench
bench: deps fetch
	scripts/bench

# Runtime proof in qemu (scripts/vmtest): VM_MODE=both|project|baseline.
VM_MODE ?= both
export VM_MODE

.PHONY: vmtest matrix-vm
vmtest: deps fetch
	scripts/vmtest "$(TARGET)" "$(KVER)"

matrix-vm: deps fetch
	scripts/vmtest-matrix

# Test artifacts and guests beyond make vmtest (summary line at the end):
#   make compat-tests TARGET=6.12   build compat/tests/*.ko (rdmabp_compat_test, rdmabp_devlink_test; never installed)
#   make vmtest-compat TARGET=6.12  ... and run their KTAP cases (and devlink(8)) in the project guest
#   make vmtest-systemd TARGET=7.2  boot systemd, start/restart/stop rdma-backports.service
.PHONY: compat-tests vmtest-compat vmtest-systemd
compat-tests: deps fetch
	scripts/build-compat-tests "$(TARGET)" "$(KVER)"

vmtest-compat: deps fetch
	ko=$$(scripts/build-compat-tests "$(TARGET)" "$(KVER)") && \
	VM_MODE=project VM_TESTS="modules_origin,extra_*,dmesg_clean" VM_EXTRA_KO="$$(echo $$ko)" \
		scripts/vmtest "$(TARGET)" "$(KVER)"

vmtest-systemd: deps fetch
	VM_MODE=systemd scripts/vmtest "$(TARGET)" "$(KVER)"

# The in-tree RDMA users (NFS, NVMe-oF, RDS, 9P, SMC) over rxe, on the
# project's stack and (VM_MODE=both, the default) the kernel's own, side by
# side: scripts/vm/guest-storage in the storage guest (scripts/vm/rootfs-storage).
.PHONY: vmtest-storage
vmtest-storage: deps fetch
	VM_GUEST=storage VM_TESTS='*' VM_KERNEL_MODULES="$$(scripts/vm/guest-storage kernel-modules)" \
		scripts/vmtest "$(TARGET)" "$(KVER)"

# Distribution (dkms.conf, packaging/, install.pl): see packaging/README.
-include packaging/packaging.mk
