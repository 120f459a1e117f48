# shellcheck shell=bash
# Stand-in for tools/testing/selftests/kselftest/ktap_helpers.sh, which the
# pinned copy-list does not take: the rdma selftests only need the exit codes.
KSFT_PASS=0
KSFT_FAIL=1
KSFT_XFAIL=2
KSFT_XPASS=3
KSFT_SKIP=4

# ktap_parse FILE: the top-level test cases of the KTAP report in FILE (a
# kernel log: "[ time] " prefixes and unrelated lines are ignored), one
# line each: NUMBER<TAB>NAME<TAB>PASS|FAIL|SKIP<TAB>DIRECTIVE. The last
# line is "plan<TAB>N<TAB>..." with the plan's count (-1 when the report
# has none). Only the first report after a "KTAP version" line is read;
# indented lines (subtests) belong to their parent case.
ktap_parse() {
	sed -E 's/^\[ *[0-9.]+\] //' "$1" | awk -F'\t' '
		BEGIN { plan = -1; on = 0; done = 0 }
		done { next }
		/^KTAP version [0-9]+/ { if (on) { done = 1; next } on = 1; next }
		!on { next }
		/^1\.\.[0-9]+/ { plan = substr($0, 4) + 0; next }
		/^(not )?ok [0-9]+/ {
			st = /^not / ? "FAIL" : "PASS"
			rest = $0; sub(/^(not )?ok /, "", rest)
			n = rest; sub(/[^0-9].*/, "", n)
			rest = substr(rest, length(n) + 1); sub(/^ +(- )?/, "", rest)
			dir = ""
			if (index(rest, " # ")) { dir = substr(rest, index(rest, " # ") + 3); rest = substr(rest, 1, index(rest, " # ") - 1) }
			else if (rest ~ /^# /) { dir = substr(rest, 3); rest = "" }
			if (toupper(dir) ~ /^SKIP/) st = "SKIP"
			gsub(/\t/, " ", rest); gsub(/\t/, " ", dir)
			print n "\t" rest "\t" st "\t" dir
			cases++
			if (plan >= 0 && cases >= plan) done = 1
		}
		END { print "plan\t" plan "\t\t" }'
}
