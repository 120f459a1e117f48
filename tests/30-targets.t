#!/bin/bash
# Only the supported targets are accepted; anything else names the list.
# A kernel release belongs to its most specific target (bookworm's 6.12,
# +deb12, is not trixie's), and a suite's chroot lists each target's headers.
. "$(dirname "$0")/lib.sh"
plan 11
supported='supported targets: 5.10 6.1 6.12 6.12-deb12 7.2'
expect_fail "an unsupported KVER fails with the supported targets" \
	"unsupported kernel '4.19.0-27-amd64'; $supported" "$TOP/scripts/build-target" "" 4.19.0-27-amd64
expect_fail "an unsupported TARGET fails with the supported targets" \
	"unsupported target '6.6'; $supported" "$TOP/scripts/build-target" 6.6 ""
expect_fail "make TARGET= with an unsupported target fails the same way" \
	"unsupported target '3.10'; $supported" make -s -C "$TOP" modules TARGET=3.10
expect_fail "a KVER of another series than TARGET is refused" \
	"KVER=6.1.0-56-amd64 is not a 7.2 kernel" "$TOP/scripts/build-target" 7.2 6.1.0-56-amd64
expect_fail "trixie's 6.12 is not a 6.12-deb12 kernel" \
	"KVER=6.12.117\+deb13-amd64 is not a 6.12-deb12 kernel" "$TOP/scripts/build-target" 6.12-deb12 6.12.117+deb13-amd64
expect_fail "bookworm's 6.12 is not a (trixie) 6.12 kernel" \
	"KVER=6.12.117\+deb12-amd64 is not a 6.12 kernel" "$TOP/scripts/vmtest" 6.12 6.12.117+deb12-amd64
expect_fail "headers that are missing are named with the fix" \
	"no kernel headers for 6.1.0-99-amd64 at /nonexistent; install linux-headers-6.1.0-99-amd64" \
	"$TOP/scripts/build" 6.1.0-99-amd64 /nonexistent

# kver_target: each release to its own target, suite and compiler.
got=$(bash -c '. "$1/scripts/lib.sh"; shift
	for k; do t=$(kver_target "$k"); echo "$k $t $(target_field "$t" 2) $(target_field "$t" 3)"; done' _ "$TOP" \
	6.12.117+deb12-amd64 6.12.117+deb13-amd64 6.1.0-56-amd64 7.2.13+deb14-amd64 5.10.0-46-amd64 2>&1)
want='6.12.117+deb12-amd64 6.12-deb12 bookworm gcc-12
6.12.117+deb13-amd64 6.12 trixie gcc-14
6.1.0-56-amd64 6.1 bookworm gcc-12
7.2.13+deb14-amd64 7.2 sid gcc-16
5.10.0-46-amd64 5.10 bullseye gcc-10'
[ "$got" = "$want" ]
ok $? "kernel releases map to the most specific target, its suite and compiler"
[ "$got" = "$want" ] || diag "got:" "$got"

# installed_kvers: bookworm's chroot holds 6.1 and 6.12+deb12 headers; each
# target sees only its own (a fake chroot in a scratch cache).
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
for k in 6.1.0-56-amd64 6.1.0-57-amd64 6.12.115+deb12-amd64 6.12.117+deb12-amd64 6.12.117+deb12-rt-amd64; do
	mkdir -p "$cache/chroots/bookworm/usr/src/linux-headers-$k"
	: >"$cache/chroots/bookworm/usr/src/linux-headers-$k/Module.symvers"
done
got61=$(RDMABP_CACHE=$cache "$TOP/scripts/chroot" kvers 6.1 | paste -sd' ')
[ "$got61" = "6.1.0-56-amd64 6.1.0-57-amd64" ]
ok $? "the 6.1 target lists only the 6.1 headers of the bookworm chroot ($got61)"
got612=$(RDMABP_CACHE=$cache "$TOP/scripts/chroot" kvers 6.12-deb12 | paste -sd' ')
[ "$got612" = "6.12.115+deb12-amd64 6.12.117+deb12-amd64" ]
ok $? "the 6.12-deb12 target lists only the 6.12+deb12 headers of the bookworm chroot ($got612)"
[ "$(RDMABP_CACHE=$cache "$TOP/scripts/chroot" path 6.12-deb12)" = "$cache/chroots/bookworm" ]
ok $? "6.12-deb12 builds in the bookworm chroot"
exit $((_tap_failed > 0))
