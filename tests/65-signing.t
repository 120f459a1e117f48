#!/bin/bash
# Signing: with a key configured (here a throwaway one), the installed
# modules carry its signature (modinfo signer/sig_key); without one they
# are left unsigned.
. "$(dirname "$0")/lib.sh"
command -v openssl >/dev/null || { echo "1..0 # SKIP openssl is not installed"; exit 0; }
kver=$("$TOP/scripts/chroot" ensure 7.2 2>/dev/null)
[ -n "$kver" ] || { echo "1..0 # SKIP no 7.2 build environment"; exit 0; }
tree="$TOP/build/$kver"
if [ ! -s "$tree/rdmabp/results.tsv" ]; then
	"$TOP/scripts/build-target" 7.2 "$kver" >&2
fi
plan 5
# Under the repo: the chroot sees it at the same path.
work="$TOP/build/test-signing.$$"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
cn="rdma-backports throwaway test key $$"
openssl req -new -x509 -newkey rsa:2048 -sha256 -nodes -days 1 -subj "/CN=$cn/" \
	-keyout "$work/key.pem" -out "$work/cert.pem" -outform PEM >/dev/null 2>&1
ok $? "a throwaway signing key"
inst() { # inst DEST [env...]
	local dest=$1
	shift
	"$TOP/scripts/chroot" run 7.2 env "$@" "$TOP/scripts/dist-install-modules" "$tree" \
		"/usr/src/linux-headers-$kver" "$work/$dest/mod" "$work/$dest/devel" >"$work/$dest.log" 2>&1
}
inst signed RDMABP_SIGN_KEY="$work/key.pem" RDMABP_SIGN_CERT="$work/cert.pem" RDMABP_SIGN_HASH=sha256
ok $? "dist-install-modules signs while installing"
ko=$(find "$work/signed/mod" -name ib_core.ko | head -n1)
signer=$(modinfo -F signer "$ko" 2>/dev/null)
[ "$signer" = "$cn" ] && [ "$(modinfo -F sig_hashalgo "$ko")" = sha256 ]
ok $? "ib_core.ko is signed by '$signer' with $(modinfo -F sig_hashalgo "$ko" 2>/dev/null)"
unsigned=0
while read -r f; do
	[ -n "$(modinfo -F signer "$f")" ] || unsigned=$((unsigned + 1))
done < <(find "$work/signed/mod" -name '*.ko')
[ "$unsigned" -eq 0 ]
ok $? "every installed module is signed ($unsigned unsigned)"
inst plain RDMABP_ETC=/nonexistent
ko=$(find "$work/plain/mod" -name ib_core.ko | head -n1)
[ -n "$ko" ] && [ -z "$(modinfo -F signer "$ko")" ]
ok $? "without a key the modules are not signed"
exit $((_tap_failed > 0))
