# shellcheck shell=bash
# Common helpers for the rdma-backports scripts. Source it; do not run it.

RDMABP_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Big caches (chroots, downloaded packages, ccache) live outside the repo.
RDMABP_CACHE=${RDMABP_CACHE:-/var/cache/rdma-backports}
RDMABP_MIRROR=${RDMABP_MIRROR:-http://deb.debian.org/debian}
RDMABP_SECURITY_MIRROR=${RDMABP_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
RDMABP_KEYRING=${RDMABP_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}
PROG=${PROG:-$(basename "$0")}

die() {
	echo "$PROG: error: $*" >&2
	exit 1
}

log() {
	echo "$PROG: $*" >&2
}

# patch_in DIR PATCH: apply PATCH in DIR as every backport unit is applied
# (no fuzz, no backup files); a materialised rule that changes nothing
# (its header alone) applies as nothing. patch(1)'s messages on stdout.
patch_in() {
	[ -f "$2" ] || { echo "no patch file $2"; return 1; }
	grep -q '^+++ ' "$2" || return 0
	(cd "$1" && patch -p1 --fuzz=0 --forward --batch --no-backup-if-mismatch -r - <"$2" 2>&1)
}

# Supported targets: target suite compiler kernel-releases. The headers ABI
# is looked up in the suite at chroot creation (newest wins), never
# hard-coded. A target is named SERIES or SERIES-VARIANT (6.12-deb12: the
# 6.12 kernel bookworm ships in bookworm-security, built with gcc-12). The
# last column is the shell pattern of the kernel releases it builds for; a
# release matched by several belongs to the most specific (longest) one.
targets_table() {
	cat <<'TBL'
5.10	bullseye	gcc-10	5.10[.-]*
6.1	bookworm	gcc-12	6.1[.-]*
6.12	trixie	gcc-14	6.12[.-]*
6.12-deb12	bookworm	gcc-12	6.12.*+deb12-*
7.2	sid	gcc-16	7.2[.-]*
TBL
}

supported_targets() {
	targets_table | cut -f1 | paste -sd' '
}

# supported_series: the upstream kernel series the targets cover, once each
# (what a node's kernel release must start with).
supported_series() {
	local t
	for t in $(supported_targets); do target_series "$t"; done | awk '!seen[$0]++' | paste -sd' '
}

# target_field TARGET COLUMN (2=suite 3=compiler 4=release pattern); dies
# on an unknown target.
target_field() {
	local f
	f=$(targets_table | awk -F'\t' -v t="$1" -v c="$2" '$1 == t { print $c }')
	[ -n "$f" ] || die "unsupported target '$1'; supported targets: $(supported_targets)"
	echo "$f"
}

# target_series TARGET: the upstream kernel series (6.12 for 6.12-deb12).
target_series() {
	echo "${1%%-*}"
}

# kver_target KVER: the target an exact kernel release belongs to, the most
# specific one whose pattern matches (6.12.117+deb12-amd64 -> 6.12-deb12,
# 6.12.117+deb13-amd64 -> 6.12).
kver_target() {
	local t glob best='' len=0
	while IFS=$'\t' read -r t _ _ glob; do
		# shellcheck disable=SC2254 # the pattern column is a glob on purpose
		case "$1" in
		$glob) if [ "${#glob}" -gt "$len" ]; then best=$t len=${#glob}; fi ;;
		esac
	done < <(targets_table)
	[ -n "$best" ] || die "unsupported kernel '$1'; supported targets: $(supported_targets) (e.g. 6.1.0-N-amd64)"
	echo "$best"
}

# resolve_target TARGET KVER [DEFAULT]: the target a command works for, from
# TARGET=, KVER= (the target it belongs to) or DEFAULT when neither is
# given; dies on an unknown target, a KVER of another target, or nothing.
resolve_target() {
	local target=$1 kver=$2
	[ -n "$target" ] || [ -n "$kver" ] || target=${3:-}
	[ -n "$target" ] || [ -n "$kver" ] || die "give TARGET=<$(supported_targets | tr ' ' '|')> or KVER=<kernel release>"
	if [ -n "$target" ]; then
		target_field "$target" 2 >/dev/null
		if [ -n "$kver" ] && [ "$(kver_target "$kver")" != "$target" ]; then
			die "KVER=$kver is not a $target kernel"
		fi
	else
		target=$(kver_target "$kver")
	fi
	echo "$target"
}

# project_version: the version every module carries (modinfo -F version),
# the packages and the release tarball: VERSION+the pinned upstream release.
project_version() {
	echo "$(cat "$RDMABP_TOP/VERSION")+$(. "$RDMABP_TOP/upstream/pin.conf"; echo "$UPSTREAM_VERSION")"
}

# built_modules TREE: the modules the build in TREE (build/KVER, or a
# devel directory) produced, one a line, as its rdmabp/results.tsv says.
built_modules() {
	awk -F'\t' '$3 == "built" { print $2 }' "$1/rdmabp/results.tsv" 2>/dev/null
}

# modules_built TREE MODULE...: did the build in TREE produce every MODULE?
modules_built() {
	local tree=$1 have m
	shift
	have=$(built_modules "$tree")
	for m in "$@"; do
		grep -qxF -- "$m" <<<"$have" || return 1
	done
}

# The install layout of the project's modules, for every door (packages,
# install.pl through them, the guests): under a kernel's module directory
# (/lib/modules/KVER), in RDMABP_MODULE_SUBDIR, each module at its upstream
# path without drivers/ (infiniband/core/ib_core.ko): module_install_path
# PATH (a path of results.tsv) prints where it goes below the module
# directory.
RDMABP_MODULE_SUBDIR=updates/rdma-backports
module_install_path() {
	echo "$RDMABP_MODULE_SUBDIR/${1#drivers/}"
}

# vm_stack_modules: the project's modules the guest tests load (verbs,
# rdma_cm, rxe and siw traffic): a build must have them for a guest run.
vm_stack_modules() {
	echo ib_core ib_uverbs ib_cm iw_cm rdma_cm rdma_ucm rdma_rxe siw
}

# Private apt configuration for one suite: lists and cache stay in the
# project cache and never touch the host's apt state.
suite_apt_opts() {
	local suite=$1 d="$RDMABP_CACHE/apt/$1"
	mkdir -p "$d/lists/partial" "$d/cache/archives/partial"
	if [ ! -s "$d/sources.list" ]; then
		{
			echo "deb [signed-by=$RDMABP_KEYRING] $RDMABP_MIRROR $suite main"
			case "$suite" in
			sid) ;;
			*) echo "deb [signed-by=$RDMABP_KEYRING] $RDMABP_SECURITY_MIRROR $suite-security main" ;;
			esac
		} > "$d/sources.list"
	fi
	printf '%s\n' -o "Dir::Etc::sourcelist=$d/sources.list" -o "Dir::Etc::sourceparts=-" \
		-o "Dir::State::Lists=$d/lists" -o "Dir::Cache=$d/cache" \
		-o "Dir::State::status=/dev/null" -o "APT::Sandbox::User=root" \
		-o "Acquire::Check-Valid-Until=false"
}

# suite_apt SUITE apt-get-args...: run apt-get against one suite privately.
suite_apt() {
	local suite=$1
	shift
	local -a opts
	mapfile -t opts < <(suite_apt_opts "$suite")
	apt-get -q "${opts[@]}" "$@"
}

suite_apt_cache() {
	local suite=$1
	shift
	local -a opts
	mapfile -t opts < <(suite_apt_opts "$suite")
	apt-cache "${opts[@]}" "$@"
}

# Refresh a suite's private package lists at most once an hour.
suite_apt_update() {
	local d="$RDMABP_CACHE/apt/$1/lists"
	if [ -z "$(find "$d" -maxdepth 1 -name '*Packages*' -mmin -60 2>/dev/null)" ]; then
		suite_apt "$1" update >/dev/null || die "cannot reach the Debian mirror $RDMABP_MIRROR for suite $1"
	fi
}

# symbol_facts MODULE.symvers: each symbol fact (compat/probes/foo.symvers,
# exports of the target's own modules) as "HAVE_FOO yes|no": yes when the
# kernel's Module.symvers has every symbol the probe lists.
symbol_facts() {
	local p f
	for p in "$RDMABP_TOP"/compat/probes/*.symvers; do
		[ -e "$p" ] || continue
		f=$(basename "$p" .symvers)
		if grep -vE '^[[:space:]]*(#|$)' "$p" | awk 'NR == FNR { have[$2] = 1; next }
			!($1 in have) { missing = 1 } END { exit missing }' "$1" -; then
			echo "HAVE_${f^^} yes"
		else
			echo "HAVE_${f^^} no"
		fi
	done
}

# configure_target TARGET DIR: the probe facts of TARGET's kernel (its
# chroot's newest headers), configured into DIR/KVER/ (config.h,
# probes.tsv; DIR under the repo or the cache, which the chroot sees);
# prints "KVER DIR/KVER". Each probe's result is cached (scripts/configure),
# so a second call costs seconds.
configure_target() {
	local t=$1 kver cfg
	target_field "$t" 2 >/dev/null
	kver=$("$RDMABP_TOP/scripts/chroot" ensure "$t") || die "no build environment for $t"
	cfg="$2/$kver"
	rm -rf "$cfg"
	mkdir -p "$cfg"
	"$RDMABP_TOP/scripts/chroot" run "$t" env CCACHE_DIR="$RDMABP_CACHE/ccache" \
		"$RDMABP_TOP/scripts/configure" "$kver" "/usr/src/linux-headers-$kver" "$cfg" 2>/dev/null ||
		die "configure failed for $kver"
	echo "$kver $cfg"
}
