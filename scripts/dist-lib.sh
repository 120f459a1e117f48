# shellcheck shell=bash
# Helpers shared by the distribution scripts (scripts/dist-*). Source it
# after scripts/lib.sh.

# Where an installed node keeps its configuration; the packages own it.
RDMABP_ETC=${RDMABP_ETC:-/etc/rdma-backports}

# The module selection of a build: OFED_CONF when given, else the node's
# /etc/rdma-backports/ofed.conf, else the tree's own default. DKMS, the
# packages and install.pl all go through here so they agree.
dist_conf() {
	if [ -n "${OFED_CONF:-}" ]; then
		echo "$OFED_CONF"
	elif [ -r "$RDMABP_ETC/ofed.conf" ]; then
		echo "$RDMABP_ETC/ofed.conf"
	else
		echo "$RDMABP_TOP/ofed.conf"
	fi
}

# Signing: a key and certificate from the environment or signing.conf.
# Prints "HASH KEY CERT" when signing is configured, nothing otherwise.
dist_signing() {
	local key=${RDMABP_SIGN_KEY:-} cert=${RDMABP_SIGN_CERT:-} hash=${RDMABP_SIGN_HASH:-}
	if [ -z "$key" ] && [ -r "$RDMABP_ETC/signing.conf" ]; then
		# shellcheck disable=SC1091 # a node's own file
		read -r key cert hash < <(. "$RDMABP_ETC/signing.conf"
			echo "${SIGN_KEY:--} ${SIGN_CERT:--} ${SIGN_HASH:--}")
		[ "$key" != - ] || key=
		[ "$cert" != - ] || cert=
		[ "$hash" != - ] || hash=
	fi
	[ -n "$key" ] || return 0
	[ -r "$key" ] || die "the signing key $key is not readable; fix SIGN_KEY in $RDMABP_ETC/signing.conf"
	[ -r "${cert:-$key}" ] || die "the signing certificate $cert is not readable; fix SIGN_CERT in $RDMABP_ETC/signing.conf"
	echo "${hash:-sha256} $key ${cert:-$key}"
}

# dist_sign KDIR FILE...: sign modules with the configured key, if any,
# with the target kernel's own sign-file.
dist_sign() {
	local kdir=$1 sig hash key cert f
	shift
	sig=$(dist_signing)
	[ -n "$sig" ] || return 0
	read -r hash key cert <<<"$sig"
	[ -x "$kdir/scripts/sign-file" ] || die "$kdir/scripts/sign-file is missing: cannot sign; reinstall the kernel headers"
	for f in "$@"; do
		"$kdir/scripts/sign-file" "$hash" "$key" "$cert" "$f" ||
			die "signing $f with $key failed"
	done
	log "signed $# modules with $key ($hash)"
}

# Who the packages name as maintainer: RDMABP_MAINTAINER, else Debian's
# DEBFULLNAME/DEBEMAIL, else the repository's git identity, else root@node.
dist_maintainer() {
	local name email
	if [ -n "${RDMABP_MAINTAINER:-}" ]; then
		echo "$RDMABP_MAINTAINER"
		return
	fi
	name=${DEBFULLNAME:-$(git -C "$RDMABP_TOP" config user.name 2>/dev/null || true)}
	email=${DEBEMAIL:-$(git -C "$RDMABP_TOP" config user.email 2>/dev/null || true)}
	# A node's local build (install.pl, no git) names the node itself.
	echo "${name:-rdma-backports local build} <${email:-root@$(hostname -f 2>/dev/null || hostname)}>"
}
