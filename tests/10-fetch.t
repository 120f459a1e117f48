#!/bin/bash
# scripts/fetch verifies every pinned file and the version, and leaves
# nothing behind when it refuses.
. "$(dirname "$0")/lib.sh"
plan 9
src="$TOP/upstream/linux"
[ -f "$src/.rdmabp-pin" ] || make -C "$TOP" -s fetch >/dev/null
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT

# mktar NAME VERSION [EDIT-CMD]: a kernel.org-style tarball of the pinned files.
mktar() {
	local name=$1 ver=$2 d="$w/t/linux-$2"
	rm -rf "$w/t"
	mkdir -p "$d"
	cp -a "$src/drivers" "$src/include" "$src/tools" "$d/"
	IFS=. read -r v p s <<<"$ver"
	printf 'VERSION = %s\nPATCHLEVEL = %s\nSUBLEVEL = %s\nEXTRAVERSION =\n' "$v" "$p" "$s" >"$d/Makefile"
	[ -z "${3:-}" ] || (cd "$d" && eval "$3")
	tar -C "$w/t" -cf "$w/$name.tar" "linux-$ver"
}
fetch() { UPSTREAM_DIR="$w/out" "$TOP/scripts/fetch"; }

mktar good 7.2.13
UPSTREAM_TARBALL="$w/good.tar" fetch >/dev/null 2>&1
ok $? "a pristine 7.2.13 tarball is accepted"
cmp -s "$src/include/rdma/ib_verbs.h" "$w/out/include/rdma/ib_verbs.h"
ok $? "the copy-list lands in the destination"
rm -rf "$w/out"

mktar tampered 7.2.13 'echo "/* tampered */" >>drivers/infiniband/core/verbs.c'
export UPSTREAM_TARBALL="$w/tampered.tar"
expect_fail "a tampered file is refused and named" \
	'^fetch: error: checksum mismatch drivers/infiniband/core/verbs.c' fetch
[ ! -e "$w/out" ] && [ -z "$(ls -d "$w"/out.* 2>/dev/null)" ]
ok $? "a refused source leaves no destination, not even a half one"

mktar missing 7.2.13 'rm include/rdma/rw.h'
UPSTREAM_TARBALL="$w/missing.tar" expect_fail "a missing file is refused and named" \
	'^fetch: error: missing include/rdma/rw.h' fetch

mktar old 7.2.12
UPSTREAM_TARBALL="$w/old.tar" expect_fail "a wrong version is refused" \
	'Linux 7.2.12, but the pin is 7.2.13' fetch

mktar newer 7.2.14 'echo "/* fix */" >>include/rdma/ib_verbs.h'
UPSTREAM_TARBALL="$w/newer.tar" expect_fail "a newer 7.2.y stops and names the way on" \
	'newer than the pinned 7.2.13; set UPSTREAM_ALLOW_DRIFT=1' fetch
out=$(UPSTREAM_ALLOW_DRIFT=1 UPSTREAM_TARBALL="$w/newer.tar" fetch 2>&1)
grep -q 'checksum mismatch include/rdma/ib_verbs.h' <<<"$out" && [ -f "$w/out/.rdmabp-pin" ]
ok $? "UPSTREAM_ALLOW_DRIFT=1 goes on and prints the drift"

UPSTREAM_TARBALL="$w/nonexistent.tar" expect_fail "an unreachable source is a one-line error" \
	'^fetch: error: cannot read UPSTREAM_TARBALL=' fetch
exit $((_tap_failed > 0))
