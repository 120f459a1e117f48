# rdma-backports: the entry points. See README.md.
#
#   make                 the main job: build for this machine's kernel when its
#                        headers are installed, else every supported target in
#                        its chroot; prints the matrix table
#   make TARGET=7.2      build one target (or KVER=<kernel release>)
#   make matrix          build every supported target, write build/matrix.*
#   make check           the tests (TAP, prove)
#   make fetch           get and verify the pinned upstream source

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
	prove $(filter-out tests/6%,$(sort $(wildcard tests/*.t)))

clean:
	rm -rf build

# Runtime proof in qemu (scripts/vmtest): VM_MODE=both|project|baseline.
VM_MODE ?= both
export VM_MODE

.PHONY: vmtest matrix-vm
vmtest: deps fetch
	scripts/vmtest "$(TARGET)" "$(KVER)"

matrix-vm: deps fetch
	scripts/vmtest-matrix

# Distribution (dkms.conf, packaging/, install.pl): see packaging/README.
-include packaging/packaging.mk
