# shellcheck shell=bash
# Tiny TAP helpers for the project's tests (sourced by tests/*.t).
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
_tap_n=0
_tap_failed=0
plan() { echo "1..$1"; }
ok() { # ok CONDITION-EXIT-STATUS DESCRIPTION
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2"
		_tap_failed=$((_tap_failed + 1))
	fi
}
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
# expect_fail DESCRIPTION REGEX CMD...: CMD must fail and print REGEX on stderr.
expect_fail() {
	local desc=$1 re=$2 out rc
	shift 2
	out=$("$@" 2>&1 >/dev/null) && rc=0 || rc=$?
	if [ "$rc" -ne 0 ] && grep -qE -- "$re" <<<"$out"; then
		ok 0 "$desc"
	else
		ok 1 "$desc"
		diag "exit $rc, wanted /$re/, got:" "$out"
	fi
}
