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
plan $(( ${#units[@]} + ${#tseries[@]} + ${#cunits[@]} + 1 ))
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT

# unit_patch UNIT: the patch file of a unit (a rule's materialised one).
unit_patch() {
	case "$1" in
	*.cocci) echo "$TOP/patches/generated/${1%.cocci}.patch" ;;
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
	local dir=$1 what=$2 u p f out
	shift 2
	rm -rf "$dir"
	mkdir -p "$dir"
	for u; do
		p=$(unit_patch "$u")
		[ -f "$p" ] || { echo "$u: no patch file ${p#"$TOP"/}"; return 1; }
		while read -r f; do
			[ -e "$dir/$f" ] || [ ! -e "$src/$f" ] || { mkdir -p "$dir/$(dirname "$f")"; cp "$src/$f" "$dir/$f"; }
		done < <(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$p")
	done
	for u; do
		p=$(unit_patch "$u")
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
# the one whose target lacks its fact. The series are tried oldest first,
# each fetched and verified where it is not yet (scripts/fetch-consumers:
# the cached package, or the mirror), until one takes the unit.
mapfile -t cseries < <(find "$TOP/upstream/consumers" -maxdepth 1 -name '*.conf' -printf '%f\n' | sed 's/\.conf$//' | sort -V)
for u in "${cunits[@]}"; do
	on='' why=''
	for s in "${cseries[@]}"; do
		d="$TOP/upstream/consumers-src/$s"
		if ! out=$("$TOP/scripts/fetch-consumers" "$s" 2>&1); then
			why+=" $s: $(tail -n1 <<<"$out");"
			continue
		fi
		if (cd "$d" && patch -p1 --dry-run --fuzz=0 --forward --batch -r - <"$TOP/patches/consumers/$u" >/dev/null 2>&1); then
			on=" $s"
			break
		fi
	done
	[ -n "$on" ]
	ok $? "consumers/$u applies to the pinned source of the in-tree users of:${on:- no series}"
	[ -z "$why" ] || diag "not fetched:$why"
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
