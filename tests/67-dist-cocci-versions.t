#!/bin/bash
# The coccinelle rules give the same materialised patches with the spatch
# of every build environment: scripts/dist-cocci (install.pl from a
# checkout, make dist, the packages) and scripts/gentree run the spatch of
# the machine or chroot they run in (bullseye 1.1.0, bookworm 1.1.1, trixie
# and sid 1.3), and a rule one of them cannot parse, or prints differently,
# makes a node's tree depend on where it was made. Every rule of
# patches/series is materialised once per distinct spatch version (each
# suite's chroot, and this machine's) and the patches compared, the
# "materialised by" line aside. A rule printed differently by 1.1 and 1.3
# (a removed statement: 1.3 takes the blank line before it too) is seen.
. "$(dirname "$0")/lib.sh"
src="$TOP/upstream/linux"
[ -f "$src/.rdmabp-pin" ] || { echo "1..0 # SKIP no pinned source (make fetch)"; exit 0; }
mkdir -p "$TOP/build"
# Under the repository: the chroots see it at the same path.
w=$(mktemp -d "$TOP/build/cocci-versions.XXXXXX")
trap 'rm -rf "$w"' EXIT

# mk_tree DIR [SERIES]: a tree dist-cocci can work on: the rules, the pinned
# source, the target kernels' own source of the in-tree users (those
# fetched: their rules, patches/consumers/series, are materialised per
# series), the series (or SERIES instead).
mk_tree() {
	mkdir -p "$1/upstream"
	cp -a "$TOP/patches" "$1/"
	rm -rf "$1/patches/generated"
	ln -s "$src" "$1/upstream/linux"
	[ ! -d "$TOP/upstream/consumers-src" ] || ln -s "$TOP/upstream/consumers-src" "$1/upstream/consumers-src"
	[ -z "${2:-}" ] || cp "$2" "$1/patches/series"
}
# where: one target per suite with a chroot, then "host" if it has spatch.
envs=()
declare -A seen
for t in $(bash -c '. "$1/scripts/lib.sh"; targets_table' _ "$TOP" | awk '!s[$2]++ { print $1 }'); do
	d=$("$TOP/scripts/chroot" path "$t")
	if [ ! -f "$d/.rdmabp-ready" ] || [ ! -x "$d/usr/bin/spatch" ]; then continue; fi
	envs+=("$t")
done
command -v spatch >/dev/null && envs+=(host)
[ ${#envs[@]} -ge 2 ] || { echo "1..0 # SKIP fewer than two build environments with spatch (scripts/chroot ensure TARGET)"; exit 0; }
# run ENV CMD...: CMD with ENV's spatch.
run() {
	local e=$1
	shift
	if [ "$e" = host ]; then nice -n 10 "$@"; else nice -n 10 "$TOP/scripts/chroot" run "$e" "$@"; fi
}
# One environment per spatch version (trixie's and sid's 1.3 are one).
versions=()
for e in "${envs[@]}"; do
	v=$(run "$e" spatch --version 2>&1 | sed -n 's/^spatch version \([^ ]*\).*/\1/p')
	if [ -z "$v" ] || [ -n "${seen[$v]:-}" ]; then continue; fi
	seen[$v]=$e
	versions+=("$v")
done
[ ${#versions[@]} -ge 2 ] || { echo "1..0 # SKIP one spatch version only (${versions[*]})"; exit 0; }
mapfile -t rules < <(awk '!/^#/ && $1 ~ /\.cocci$/ { print $1 }' "$TOP/patches/series")
# The rules of the in-tree users, on each fetched series' source.
mapfile -t crules < <(awk '!/^#/ && $1 ~ /\.cocci$/ { print $1 }' "$TOP/patches/consumers/series" 2>/dev/null)
cseries=()
for d in "$TOP"/upstream/consumers-src/*/; do
	[ ! -f "$d.rdmabp-pin" ] || cseries+=("$(basename "$d")")
done
plan $((${#versions[@]} + ${#rules[@]} + ${#crules[@]} + 1))

# Materialised with every version, side by side.
for v in "${versions[@]}"; do
	e=${seen[$v]}
	mk_tree "$w/$v"
	start=$(date +%s)
	out=$(run "$e" "$TOP/scripts/dist-cocci" "$w/$v" 2>&1)
	rc=$?
	ok $rc "spatch $v ($e) parses and applies every rule of patches/series ($(($(date +%s) - start))s)"
	[ $rc = 0 ] || diag "$(tail -n 3 <<<"$out")"
done
ref=${versions[0]}
for unit in "${rules[@]}"; do
	p=patches/generated/${unit%.cocci}.patch
	bad=''
	for v in "${versions[@]:1}"; do
		cmp -s <(tail -n +2 "$w/$ref/$p" 2>/dev/null) <(tail -n +2 "$w/$v/$p" 2>/dev/null) && [ -s "$w/$v/$p" ] || bad+=" $v"
	done
	[ -z "$bad" ]
	ok $? "$unit: the same patch with spatch ${versions[*]}${bad:+ (differs with$bad from $ref)}"
	[ -z "$bad" ] || diag "$(diff "$w/$ref/$p" "$w/${bad##* }/$p" | head -n 12)"
done

# A rule of the in-tree users: the same patch for each series, with every
# version (one that changes nothing there as well: its header alone).
for unit in "${crules[@]}"; do
	if [ ${#cseries[@]} -eq 0 ]; then
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP consumers/$unit: no series' source fetched (scripts/fetch-consumers SERIES)"
		continue
	fi
	bad='' n=0
	for s in "${cseries[@]}"; do
		p=patches/generated/consumers/$s/${unit%.cocci}.patch
		[ -s "$w/$ref/$p" ] || bad+=" $ref:$s"
		[ ! -f "$w/$ref/$p" ] || n=$((n + $(grep -c '^+++ ' "$w/$ref/$p")))
		for v in "${versions[@]:1}"; do
			cmp -s <(tail -n +2 "$w/$ref/$p" 2>/dev/null) <(tail -n +2 "$w/$v/$p" 2>/dev/null) && [ -s "$w/$v/$p" ] || bad+=" $v:$s"
		done
	done
	[ -z "$bad" ] && [ "$n" -gt 0 ]
	ok $? "consumers/$unit: the same patch of each series (${cseries[*]}; $n files in all) with spatch ${versions[*]}${bad:+ (differs or missing:$bad)}"
done

# The comparison sees a difference of layout only: a rule that removes a
# statement (1.1 keeps the blank line before it, 1.3 drops it).
printf '%s\n' '@@' 'expression DEV, OPS;' '@@' '- DEV->stat_ops = OPS;' >"$w/rm.cocci"
printf 'cocci/rm-stat-ops.cocci\t!HAVE_NETDEV_STAT_OPS\n' >"$w/rm.series"
p=patches/generated/cocci/rm-stat-ops.patch
sums=()
for v in "${versions[@]}"; do
	mk_tree "$w/neg-$v" "$w/rm.series"
	cp "$w/rm.cocci" "$w/neg-$v/patches/cocci/rm-stat-ops.cocci"
	run "${seen[$v]}" "$TOP/scripts/dist-cocci" "$w/neg-$v" >/dev/null 2>&1
	[ -s "$w/neg-$v/$p" ] && sums+=("$(tail -n +2 "$w/neg-$v/$p" | md5sum | cut -d' ' -f1)")
done
n=$(printf '%s\n' "${sums[@]}" | sort -u | wc -l)
[ ${#sums[@]} = ${#versions[@]} ] && [ "$n" -ge 2 ]
ok $? "a rule that removes a statement gives $n different patches with spatch ${versions[*]}, and the comparison says so"
exit $((_tap_failed > 0))
