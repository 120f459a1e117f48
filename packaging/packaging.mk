# Distribution targets (included by the Makefile): see packaging/README.md.
#
#   make deb [TARGET=7.2|KVER=...]   rdma-backports, -dkms and -modules-KVER .debs
#   make rpm [TARGET=7.2|KVER=...]   the DKMS and kmod RPMs from one spec
#   make dist-tree                   the offline source tree DKMS and packages use
#   make dist                        the release tarball of that tree, with SHA256SUMS
#   make check-dist                  only the distribution tests (tests/6*.t)

.PHONY: deb rpm dist-tree dist check-dist

deb: deps fetch
	scripts/dist-deb "$(TARGET)" "$(KVER)"

rpm: deps fetch
	scripts/dist-rpm "$(TARGET)" "$(KVER)"

dist-tree: fetch
	scripts/dist-tree "build/pkg/rdma-backports-$$(cat VERSION)"

dist: fetch
	scripts/dist-tarball

check-dist: deps fetch
	prove tests/6*.t
