#!/bin/bash
# The backport units apply, without compiling anything: against the pristine
# pinned tree, every unit alone (or after the units its series line names
# with after:UNIT), and the written series of every supported target
# (patches/targets/, which tests/26 keeps equal to the computed ones) in
# order. A failure names the unit, the file and the target. Coccinelle
# rules count through their materialised patches (patches/generated/, make
# dist) when there are some.
. "$(dirname "$0")/lib.sh"
src="$TOP/upstream/linux"
[ -f "$src/.rdmabp-pin" ] || { echo "1..0 # SKIP no pinned source (make fetch)"; exit 0; }
series="$TOP/patches/series"
mapfile -t units < <(awk '!/^#/ && NF { print $1 }' "$series")
mapfile -t tseries < <(cd "$TOP/patches/targets" && ls -- *.series)
cunits=()
[ ! -f "$TOP/patches/consumers/series" ] ||
	mapfile -t cunits < <(awk '!/^#/ && NF { print $1 }' "$TOP/patches/consumers/series")
mapfile -t cseries < <(find "$TOP/upstream/consumers" -maxdepth 1 -name '*.conf' -printf '%f\n' | sed 's/\.conf$//' | sort -V)
# A consumers rule: its materialised patch applies on each series' source,
# it changes one at least, and gentree makes the same tree of each with
# spatch and with its patch.
ncrules=$(printf '%s\n' "${cunits[@]}" | grep -c '\.cocci$')
plan $(( ${#units[@]} + ${#tseries[@]} + ${#cunits[@]} + ncrules * 2 * ${#cseries[@]} + 1 ))
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT

# unit_patch UNIT [BEFORE]: the patch file of a unit (a rule's materialised
# one; where the units BEFORE it, one a line, are those before it in a
# target's series, what it did there: patches/generated/at/, as gentree).
unit_patch() {
	local at
	case "$1" in
	*.cocci)
		at="$TOP/patches/generated/at/$(printf '%s' "${2:-}" | sha256sum | cut -c1-16)/${1%.cocci}.patch"
		if [ $# -gt 1 ] && [ -f "$at" ]; then echo "$at"; else echo "$TOP/patches/generated/${1%.cocci}.patch"; fi
		;;
	*) echo "$TOP/patches/$1" ;;
	esac
}
# afters UNIT: the units UNIT is written on top of, deepest first.
afters() {
	local dep deps
	mapfile -t deps < <(awk -v u="$1" '$1 == u { for (i = 2; i <= NF; i++) if ($i ~ /^after:/) print substr($i, 7) }' "$series")
	for dep in "${deps[@]}"; do
		afters "$dep"
		echo "$dep"
	done
}
# apply_chain DIR WHAT UNIT...: copies the pristine files the units touch
# into DIR and applies the units in order; on failure prints why, naming
# the unit and the file.
apply_chain() {
	local dir=$1 what=$2 u p f out before
	shift 2
	rm -rf "$dir"
	mkdir -p "$dir"
	before=''
	for u; do
		p=$(unit_patch "$u" "$before")
		before+="$u"$'\n'
		[ -f "$p" ] || { echo "$u: no patch file ${p#"$TOP"/}"; return 1; }
		while read -r f; do
			[ -e "$dir/$f" ] || [ ! -e "$src/$f" ] || { mkdir -p "$dir/$(dirname "$f")"; cp "$src/$f" "$dir/$f"; }
		done < <(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$p")
	done
	before=''
	for u; do
		p=$(unit_patch "$u" "$before")
		before+="$u"$'\n'
		grep -q '^+++ ' "$p" || continue
		out=$(cd "$dir" && patch -p1 --fuzz=0 --forward --batch --no-backup-if-mismatch -r - <"$p" 2>&1) || {
			f=$(grep -B3 -m1 -E 'FAILED|can.t find file|malformed' <<<"$out" | sed -n 's/^patching file //p' | tail -n1)
			echo "$u does not apply ${what}${f:+ to $f}: $(grep -m1 -E 'FAILED|can.t find|malformed|Reversed' <<<"$out")"
			return 1
		}
	done
}

skipped=0
for u in "${units[@]}"; do
	if [[ "$u" == *.cocci ]] && [ ! -f "$(unit_patch "$u")" ]; then
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP $u: no materialised patch (make dist)"
		skipped=$((skipped + 1))
		continue
	fi
	mapfile -t deps < <(afters "$u")
	if [ ${#deps[@]} -eq 0 ]; then
		why=$(apply_chain "$w/alone" "alone to the pristine tree" "$u")
		ok $? "$u applies alone to the pristine tree"
	else
		why=$(apply_chain "$w/alone" "after ${deps[*]}" "${deps[@]}" "$u")
		ok $? "$u applies after ${deps[*]} (its after:)"
	fi
	[ -z "$why" ] || diag "$why"
done
for s in "${tseries[@]}"; do
	t=${s%.series}
	mapfile -t sel < <(grep -v '^#' "$TOP/patches/targets/$s")
	nogen=
	for u in "${sel[@]}"; do
		[[ "$u" != *.cocci ]] || [ -f "$(unit_patch "$u")" ] || nogen+=" $u"
	done
	if [ -n "$nogen" ]; then
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP the series of $t has rules without materialised patches (make dist):$nogen"
		continue
	fi
	why=$(apply_chain "$w/target" "in the series of $t" "${sel[@]}")
	ok $? "the series of $t (${#sel[@]} units) applies in order"
	[ -z "$why" ] || diag "$why"
done
# The units of the in-tree users' own source (patches/consumers/series):
# each applies to the pinned source of a series (upstream/consumers-src/SERIES),
# the one whose target lacks its fact. The series are fetched and verified
# where they are not yet (scripts/fetch-consumers: the cached package, or
# the mirror). A quilt patch is tried on them oldest first, until one takes
# it; a coccinelle rule runs on each (its patch is materialised per series).
fetched=() nofetch=''
if [ ${#cunits[@]} -gt 0 ]; then
	for s in "${cseries[@]}"; do
		if out=$("$TOP/scripts/fetch-consumers" "$s" 2>&1); then
			fetched+=("$s")
		else
			nofetch+=" $s: $(tail -n1 <<<"$out");"
		fi
	done
fi
# A consumers rule's patches, materialised per series: the tree's own
# (make dist), else made here by scripts/dist-cocci on a copy of the
# project whose patches/series has no rule of its own (the consumers
# rules only: seconds), which gentree then runs from, with spatch and
# without. cgen is where the patches are; ctree that copy.
cgen='' ctree=''
if [ "$ncrules" -gt 0 ] && command -v spatch >/dev/null && [ ${#fetched[@]} -gt 0 ]; then
	ctree="$w/ctree"
	mkdir -p "$ctree/upstream"
	(cd "$TOP" && cp -a scripts patches include include-missing compat consumers Kbuild "$ctree/")
	(cd "$TOP/upstream" && find . -maxdepth 1 -type f -exec cp {} "$ctree/upstream/" \;)
	rm -rf "$ctree/patches/generated"
	grep '^#' "$TOP/patches/series" >"$ctree/patches/series"
	ln -s "$src" "$ctree/upstream/linux"
	ln -s "$TOP/upstream/consumers-src" "$ctree/upstream/consumers-src"
	if out=$(nice -n 10 "$ctree/scripts/dist-cocci" "$ctree" 2>&1); then
		cgen="$ctree/patches/generated/consumers"
	else
		diag "scripts/dist-cocci of the consumers rules failed: $(tail -n1 <<<"$out")"
	fi
elif [ -d "$TOP/patches/generated/consumers" ]; then
	cgen="$TOP/patches/generated/consumers"
fi
# mask_spatch CMD...: CMD where the spatch on PATH cannot run (as on a
# node: gentree then applies the materialised patches).
mask_spatch() {
	unshare --mount --propagation private sh -c 'mount --bind /dev/null "$(command -v spatch)" && exec "$@"' mask "$@"
}
for u in "${cunits[@]}"; do
	if [[ "$u" != *.cocci ]]; then
		on=''
		for s in "${fetched[@]}"; do
			if (cd "$TOP/upstream/consumers-src/$s" && patch -p1 --dry-run --fuzz=0 --forward --batch -r - <"$TOP/patches/consumers/$u" >/dev/null 2>&1); then
				on=" $s"
				break
			fi
		done
		[ -n "$on" ]
		ok $? "consumers/$u applies to the pinned source of the in-tree users of:${on:- no series}"
		[ -z "$nofetch" ] || diag "not fetched:$nofetch"
		continue
	fi
	name=${u%.cocci}
	changed=''
	for s in "${cseries[@]}"; do
		p="$cgen/$s/$name.patch"
		if [ -z "$cgen" ] || [ ! -f "$p" ]; then
			_tap_n=$((_tap_n + 1))
			echo "ok $_tap_n # SKIP consumers/$u: no patch materialised for $s (spatch, or make dist; the source fetched)"
			continue
		fi
		n=$(grep -c '^+++ ' "$p")
		if [ "$n" -eq 0 ]; then
			# Changes nothing there: the header alone, no hunk at all.
			! grep -qE '^(---|@@|[-+] )' "$p"
		else
			changed+=" $s"
			(cd "$TOP/upstream/consumers-src/$s" && patch -p1 --dry-run --fuzz=0 --forward --batch -r - <"$p" >/dev/null 2>&1)
		fi
		ok $? "consumers/$u: its patch materialised for $s applies to that series' source ($n files)"
	done
	[ -n "$changed" ]
	ok $? "consumers/$u changes the source of a series at least:${changed:- none}"
	[ -z "$nofetch" ] || diag "not fetched:$nofetch"
	# gentree, of a target of each series that lacks every fact of
	# patches/consumers/series, with no unit of patches/series: the tree
	# made with spatch and the one made with the materialised patch (spatch
	# masked) are the same, the rule applied in both.
	for s in "${cseries[@]}"; do
		if [ -z "$ctree" ] || [ ! -f "$cgen/$s/$name.patch" ] || [ "$(id -u)" != 0 ]; then
			_tap_n=$((_tap_n + 1))
			echo "ok $_tap_n # SKIP consumers/$u on $s: spatch vs its patch needs spatch, the source and root (to mask spatch)"
			continue
		fi
		cfg="$w/cfg-$s"
		mkdir -p "$cfg"
		grep -v '^#' "$TOP/patches/consumers/series" | grep -oE 'HAVE_[A-Z0-9_]+' | sort -u |
			sed 's|.*|/* #undef & */|' >"$cfg/config.h"
		echo "$TOP/upstream/consumers-src/$s" >"$cfg/target-source"
		rm -rf "$w/sp" "$w/mat"
		e1=$(RDMABP_SERIES=/dev/null RDMABP_GENTREE_FRESH=1 nice -n 10 "$ctree/scripts/gentree" "$cfg" "$w/sp" 2>&1)
		r1=$?
		e2=$(RDMABP_SERIES=/dev/null RDMABP_GENTREE_FRESH=1 mask_spatch nice -n 10 "$ctree/scripts/gentree" "$cfg" "$w/mat" 2>&1)
		r2=$?
		d=$(diff -r --exclude=inputs.sha256 "$w/sp" "$w/mat" 2>&1 | head -n 5)
		# The masked run had no spatch (its inputs name none), and the
		# rule is in both: each file its patch names differs from the
		# pristine source.
		same=0
		while read -r f; do
			[ -f "$w/sp/$f" ] && ! cmp -s "$TOP/upstream/consumers-src/$s/$f" "$w/sp/$f" || same=1
		done < <(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$cgen/$s/$name.patch")
		[ $r1 = 0 ] && [ $r2 = 0 ] && [ -z "$d" ] && [ $same = 0 ] && grep -qx "$u" "$w/sp/rdmabp/consumers-series" &&
			! cmp -s "$w/sp/rdmabp/inputs.sha256" "$w/mat/rdmabp/inputs.sha256"
		ok $? "consumers/$u on $s: gentree gives the same tree with spatch as with its materialised patch"
		[ $r1 = 0 ] || diag "with spatch: $(tail -n1 <<<"$e1")"
		[ $r2 = 0 ] || diag "spatch masked: $(tail -n1 <<<"$e2")"
		[ -z "$d" ] || diag "$d"
	done
done
# A series line whose after: names no earlier unit is refused by gentree.
mkdir -p "$w/cfg"
printf '/* #undef HAVE_ABSENT */\n' >"$w/cfg/config.h"
printf 'quilt/mlx5e-no-1600g-link-modes.patch\t!HAVE_ABSENT after:quilt/mlx5e-no-200g-per-lane-link-modes.patch\nquilt/mlx5e-no-200g-per-lane-link-modes.patch\t!HAVE_ABSENT\n' >"$w/bad.series"
printf 'quilt/mlx5e-no-200g-per-lane-link-modes.patch\tHAVE_ABSENT\nquilt/mlx5e-no-1600g-link-modes.patch\t!HAVE_ABSENT after:quilt/mlx5e-no-200g-per-lane-link-modes.patch\n' >"$w/unsel.series"
e1=$(RDMABP_SERIES="$w/bad.series" "$TOP/scripts/gentree" --list "$w/cfg" 2>&1 >/dev/null)
e2=$(RDMABP_SERIES="$w/unsel.series" "$TOP/scripts/gentree" --list "$w/cfg" 2>&1 >/dev/null)
grep -q 'mlx5e-no-1600g-link-modes.patch is to apply after .*200g.*, which is not an earlier unit' <<<"$e1" &&
	grep -q 'mlx5e-no-1600g-link-modes.patch applies only after .*200g.*, which the facts of this target do not select' <<<"$e2"
ok $? "gentree refuses an after: that names no earlier unit, or a unit not selected"
exit $((_tap_failed > 0))
