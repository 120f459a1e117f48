#!/bin/bash
# Every shell script of the project passes shellcheck.
. "$(dirname "$0")/lib.sh"
command -v shellcheck >/dev/null || { echo "1..0 # SKIP shellcheck is not installed"; exit 0; }
mapfile -t files < <(cd "$TOP" && { grep -rlE '^#!/bin/(ba)?sh' scripts tests compat .ci 2>/dev/null; ls scripts/*.sh tests/*.sh 2>/dev/null; } | sort -u)
plan ${#files[@]}
for f in "${files[@]}"; do
	out=$(cd "$TOP" && shellcheck -x "$f" 2>&1)
	ok $? "shellcheck $f"
	[ -z "$out" ] || diag "$out"
done
exit $((_tap_failed > 0))
