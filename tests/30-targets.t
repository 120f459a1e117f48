#!/bin/bash
# Only the supported targets are accepted; anything else names the list.
. "$(dirname "$0")/lib.sh"
plan 5
supported='supported targets: 5.10 6.1 6.12 7.2'
expect_fail "an unsupported KVER fails with the supported targets" \
	"unsupported kernel '4.19.0-27-amd64'; $supported" "$TOP/scripts/build-target" "" 4.19.0-27-amd64
expect_fail "an unsupported TARGET fails with the supported targets" \
	"unsupported target '6.6'; $supported" "$TOP/scripts/build-target" 6.6 ""
expect_fail "make TARGET= with an unsupported target fails the same way" \
	"unsupported target '3.10'; $supported" make -s -C "$TOP" modules TARGET=3.10
expect_fail "a KVER of another series than TARGET is refused" \
	"KVER=6.1.0-56-amd64 is not a 7.2 kernel" "$TOP/scripts/build-target" 7.2 6.1.0-56-amd64
expect_fail "headers that are missing are named with the fix" \
	"no kernel headers for 6.1.0-99-amd64 at /nonexistent; install linux-headers-6.1.0-99-amd64" \
	"$TOP/scripts/build" 6.1.0-99-amd64 /nonexistent
exit $((_tap_failed > 0))
