# shellcheck shell=bash
# Stand-in for tools/testing/selftests/kselftest/ktap_helpers.sh, which the
# pinned copy-list does not take: the rdma selftests only need the exit codes.
KSFT_PASS=0
KSFT_FAIL=1
KSFT_XFAIL=2
KSFT_XPASS=3
KSFT_SKIP=4
