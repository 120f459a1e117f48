#!/bin/bash
# scripts/configure's fast path (all probes in one translation unit, errors
# attributed by location, scripts/configure-attribute) gives the same facts
# as the reference method (each probe its own kbuild object,
# RDMABP_CONFIGURE_METHOD=single) on every target's headers, for the
# project's probes and for probes made to trip a batch up; a changed probe
# compiles alone, the rest come from the per-probe cache.
. "$(dirname "$0")/lib.sh"
# shellcheck disable=SC2046 # one word per target
set -- $(bash -c '. "$1/scripts/lib.sh" && supported_targets' sh "$TOP")
plan $(($# * 2 + 5))

w="$TOP/build/test-configure"
rm -rf "$w"
mkdir -p "$w"

# configure_in TARGET KVER METHOD OUT [VAR=VALUE...]: scripts/configure in
# the target's chroot with a fresh cache; its last log line on stdout.
configure_in() {
	local target=$1 kver=$2 method=$3 o=$4
	shift 4
	"$TOP/scripts/chroot" run "$target" env TMPDIR="$w" RDMABP_CONFIGURE_METHOD="$method" \
		RDMABP_CONFIGURE_CACHE="${cache:-$w/cache-$target-$method}" "$@" \
		"$TOP/scripts/configure" "$kver" "/usr/src/linux-headers-$kver" "$o" 2>&1 | tail -n1
}

first=
for t in "$@"; do
	kver=$("$TOP/scripts/chroot" ensure "$t" 2>/dev/null) || kver=
	if [ -z "$kver" ]; then
		skip 2 "$t: no build environment"
		continue
	fi
	[ -n "$first" ] || first=$t
	b=$(configure_in "$t" "$kver" batch "$w/$t/batch")
	s=$(configure_in "$t" "$kver" single "$w/$t/single")
	diag "$t batch: $b" "$t single: $s"
	[ -s "$w/$t/single/probes.tsv" ] && diff -u "$w/$t/single/probes.tsv" "$w/$t/batch/probes.tsv" >&2
	ok $? "$t ($kver): the batch gives the facts of one object per probe"
	# The batch did the work: most probes needed no compile of their own.
	alone=$(sed -n 's/.* \([0-9]*\) alone).*/\1/p' <<<"$b")
	compiled=$(sed -n 's/.* \([0-9]*\) compiled,.*/\1/p' <<<"$b")
	[ -n "$alone" ] && [ "$compiled" -gt 0 ] && [ "$alone" -le $((compiled / 4)) ]
	ok $? "$t: at most a quarter of the probes confirmed alone ($alone of $compiled)"
done

if [ -z "$first" ]; then
	for i in 1 2 3 4 5; do ok 0 "# SKIP no target has a build environment"; done
	exit 0
fi
kver=$("$TOP/scripts/chroot" ensure "$first")

# Probes made to trip a batch up, each with the result it has alone.
p="$w/probes"
mkdir -p "$p"
cp "$TOP/compat/probes/sanity.c" "$p/"
for x in a b c; do
	# The compiler reports an implicit declaration once per file.
	printf '#include <linux/types.h>\nint rdmabp_probe(void)\n{\n\treturn no_such_kernel_function(1);\n}\n' >"$p/undeclared_$x.c"
	# A helper of the same name in three probes: fine alone.
	printf '#include <linux/types.h>\nstatic int shared_helper(void)\n{\n\treturn 1;\n}\nint rdmabp_probe(void)\n{\n\treturn shared_helper();\n}\n' >"$p/same_helper_$x.c"
done
printf '#include <linux/types.h>\n#include <linux/no-such-header-rdmabp.h>\nint rdmabp_probe;\n' >"$p/missing_header.c"
printf '#include <linux/netdevice.h>\nvoid *rdmabp_probe(struct net_device *dev)\n{\n\treturn netdev_priv(dev);\n}\n' >"$p/present.c"
printf '#include <linux/netdevice.h>\nvoid rdmabp_probe(struct net_device *dev, long *p)\n{\n\tdev_hold(p);\n}\n' >"$p/wrong_type.c"
printf '#define RDMABP_BEFORE 1\n#include <linux/types.h>\nint rdmabp_probe = RDMABP_BEFORE;\n' >"$p/macro_before_include.c"
printf '#include <linux/build_bug.h>\nvoid rdmabp_probe(void)\n{\n\tBUILD_BUG_ON(sizeof(int) == 4);\n}\n' >"$p/codegen_error.c"
# Two headers that define the same struct (as 5.10's libiscsi.h and
# iscsi_target_core.h do): a clash inside a header, which must not send
# every probe after it to compile alone, nor decide a probe wrongly.
mkdir -p "$p/h"
printf '#ifndef PROBE_ONE_H\n#define PROBE_ONE_H\nstruct probe_clash { int a; };\n#endif\n' >"$p/h/one.h"
printf '#ifndef PROBE_TWO_H\n#define PROBE_TWO_H\nstruct probe_clash { long b; };\n#endif\n' >"$p/h/two.h"
for x in a m; do
	printf '#include <linux/types.h>\n#include "%s/h/one.h"\nint rdmabp_probe(struct probe_clash *c)\n{\n\treturn c->a;\n}\n' "$p" >"$p/header_clash_$x.c"
done
printf '#include <linux/types.h>\n#include "%s/h/two.h"\nlong rdmabp_probe(struct probe_clash *c)\n{\n\treturn c->b;\n}\n' "$p" >"$p/header_clash_z.c"
printf '#include <linux/types.h>\nstruct rdmabp_probe_s { int x; };\n#define RDMABP_NAME(p) p##_fn\nint RDMABP_NAME(rdmabp_probe)(struct rdmabp_probe_s *s)\n{\n\treturn s->x;\n}\nint rdmabp_probe_fn(struct rdmabp_probe_s *s);\n' >"$p/own_names.c"
want="HAVE_CODEGEN_ERROR no
HAVE_HEADER_CLASH_A yes
HAVE_HEADER_CLASH_M yes
HAVE_HEADER_CLASH_Z yes
HAVE_MACRO_BEFORE_INCLUDE yes
HAVE_MISSING_HEADER no
HAVE_OWN_NAMES yes
HAVE_PRESENT yes
HAVE_SAME_HELPER_A yes
HAVE_SAME_HELPER_B yes
HAVE_SAME_HELPER_C yes
HAVE_UNDECLARED_A no
HAVE_UNDECLARED_B no
HAVE_UNDECLARED_C no
HAVE_WRONG_TYPE no"
# The symbol facts come from compat/probes whatever RDMABP_PROBES says.
facts() { grep -E "^HAVE_($(find "$p" -name '*.c' ! -name sanity.c -printf '%f\n' | sed 's/\.c$//' | tr '[:lower:]' '[:upper:]' | paste -sd'|'))\s" "$1" | tr '\t' ' '; }

cache="$w/cache-tricky" b=$(configure_in "$first" "$kver" batch "$w/tricky/batch" RDMABP_PROBES="$p")
cache="$w/cache-tricky-single" s=$(configure_in "$first" "$kver" single "$w/tricky/single" RDMABP_PROBES="$p")
diag "batch: $b" "single: $s"
[ "$(facts "$w/tricky/single/probes.tsv")" = "$want" ]
ok $? "$first: each tricky probe alone has the expected result"
[ "$(facts "$w/tricky/batch/probes.tsv")" = "$want" ]
ok $? "$first: the batch gives the same results for the tricky probes"

# Change one probe: only it compiles, the rest come from the per-probe cache.
printf '\n/* changed */\n' >>"$p/present.c"
cache="$w/cache-tricky" b=$(configure_in "$first" "$kver" batch "$w/tricky/again" RDMABP_PROBES="$p")
diag "after changing one probe: $b"
grep -q ' 1 compiled,' <<<"$b" && [ "$(facts "$w/tricky/again/probes.tsv")" = "$want" ]
ok $? "a changed probe compiles alone, the others come from the cache"
cache="$w/cache-tricky" b=$(configure_in "$first" "$kver" batch "$w/tricky/again" RDMABP_PROBES="$p")
grep -q 'from the cache' <<<"$b"
ok $? "the same probes again: the whole result from the cache"

expect_fail "an unknown method is refused" "RDMABP_CONFIGURE_METHOD=fast: use batch or single" \
	env RDMABP_CONFIGURE_METHOD=fast "$TOP/scripts/configure" x /nonexistent "$w/x"
rm -rf "$w"
