#!/bin/bash
# A node without spatch: for every target whose series has a coccinelle
# rule, the tree scripts/gentree makes from the rules' materialised patches
# (scripts/dist-cocci, patches/generated/) is the tree it makes with
# spatch, file for file. The rules run after the units before them in the
# series, which may change their context (patches/generated/at/).
. "$(dirname "$0")/lib.sh"
command -v spatch >/dev/null || { echo "1..0 # SKIP spatch is not installed (apt-get install coccinelle)"; exit 0; }
command -v unshare >/dev/null || { echo "1..0 # SKIP no unshare (util-linux) to mask spatch"; exit 0; }
[ -f "$TOP/upstream/linux/.rdmabp-pin" ] || { echo "1..0 # SKIP no pinned source (make fetch)"; exit 0; }
targets=()
# shellcheck disable=SC2046 # one word per target
for t in $(bash -c '. "$1/scripts/lib.sh" && supported_targets' sh "$TOP"); do
	! grep -q '\.cocci$' "$TOP/patches/targets/$t.series" || targets+=("$t")
done
plan $((${#targets[@]} * 2 + 1))

w="$TOP/build/test-dist-cocci-series"
rm -rf "$w"
mkdir -p "$w/tree"
trap 'rm -rf "$w"' EXIT
# A copy of the project and its pinned sources: dist-cocci writes
# patches/generated/ into it.
(cd "$TOP" && { git ls-files; find upstream/linux upstream/consumers-src -type f 2>/dev/null; } |
	tar -cf - -T -) | tar -C "$w/tree" -xf -
out=$("$w/tree/scripts/dist-cocci" "$w/tree" 2>&1)
ok $? "scripts/dist-cocci materialises the rules ($(find "$w/tree/patches/generated" -name '*.patch' 2>/dev/null | wc -l) patches)"
[ -z "$out" ] || diag "$(tail -n 3 <<<"$out")"

spatch_bin=$(readlink -f "$(command -v spatch)")
for t in "${targets[@]}"; do
	kver=$("$TOP/scripts/chroot" ensure "$t" 2>/dev/null) || kver=
	if [ -z "$kver" ]; then
		skip 2 "$t: no build environment"
		continue
	fi
	cfg="$w/cfg-$t"
	mkdir -p "$cfg"
	root=$("$TOP/scripts/chroot" path "$t")
	if "$TOP/scripts/chroot" run "$t" "$TOP/scripts/configure" "$kver" "/usr/src/linux-headers-$kver" "$cfg" >/dev/null 2>&1 &&
		"$TOP/scripts/select-modules" "$TOP/ofed.conf" "$root/usr/src/linux-headers-$kver/.config" "$cfg" >/dev/null 2>&1 &&
		out=$("$w/tree/scripts/gentree" "$cfg" "$w/spatch-$t" 2>&1 | tail -n1) && [ -d "$w/spatch-$t" ] &&
		out=$(unshare -m sh -c 'mount --bind /dev/null "$1" && "$2" "$3" "$4"' sh "$spatch_bin" \
			"$w/tree/scripts/gentree" "$cfg" "$w/nospatch-$t" 2>&1 | tail -n1) && [ -d "$w/nospatch-$t" ]; then
		ok 0 "$t ($kver): gentree makes the tree with spatch and with spatch masked ($(grep -c '\.cocci$' "$w/spatch-$t/rdmabp/series") rules)"
	else
		ok 1 "$t ($kver): gentree makes the tree with spatch and with spatch masked"
		diag "$out"
		ok 0 "# SKIP $t: no trees to compare"
		continue
	fi
	d=$(diff -r --exclude=inputs.sha256 "$w/spatch-$t" "$w/nospatch-$t" 2>&1 | head -n 20)
	[ -z "$d" ]
	ok $? "$t: the materialised patches give the spatch tree, file for file"
	[ -z "$d" ] || diag "$d"
done
