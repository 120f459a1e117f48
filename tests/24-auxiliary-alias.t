#!/bin/bash
# patches/cocci/auxiliary-module-alias.cocci (kernels without an auxiliary
# bus): every entry of an auxiliary id table gets its module alias beside the
# table's MODULE_DEVICE_TABLE(), and a table the rule cannot handle stops the
# build with the table named. The rule runs on pinned files (one table of
# one entry and one of two, the two shapes it knows), on every table of the
# pinned tree, and on a table of three.
. "$(dirname "$0")/lib.sh"
command -v spatch >/dev/null || { echo "1..0 # SKIP spatch is not installed (apt-get install coccinelle)"; exit 0; }
plan 6
[ -f "$TOP/upstream/linux/.rdmabp-pin" ] || make -C "$TOP" -s fetch >/dev/null
rule="$TOP/patches/cocci/auxiliary-module-alias.cocci"
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
for f in drivers/infiniband/hw/mlx5/main.c drivers/infiniband/hw/mana/device.c; do
	mkdir -p "$w/$(dirname "$f")"
	cp "$TOP/upstream/linux/$f" "$w/$f"
done
(cd "$w" && spatch --very-quiet --sp-file "$rule" --in-place --dir drivers) >"$w/out" 2>&1
ok $? "the rule applies to the pinned tables"

# aliases FILE: the names of every entry of every auxiliary table of FILE,
# then the arguments of the aliases added, each list sorted.
aliases() {
	diff <(awk '/struct auxiliary_device_id .*\[\] = \{/ { t = 1; next }
		t && /^\};/ { t = 0 }
		t && /\.name *=/ { sub(/.*\.name *= */, ""); sub(/ *,? *\}?,? *$/, ""); print }' "$1" | sort) \
		<(sed -n 's/^RDMABP_AUXILIARY_MODULE_ALIAS(\(.*\));$/\1/p' "$1" | sort)
}
aliases "$w/drivers/infiniband/hw/mlx5/main.c" >"$w/d1" 2>&1 &&
	grep -q '^RDMABP_AUXILIARY_MODULE_ALIAS(MLX5_ADEV_NAME ".rdma");$' "$w/drivers/infiniband/hw/mlx5/main.c"
ok $? "mlx5_ib: one alias for each of its two tables of one entry" || diag "$(cat "$w/d1" "$w/out")"
aliases "$w/drivers/infiniband/hw/mana/device.c" >"$w/d2" 2>&1 &&
	[ "$(grep -c '^RDMABP_AUXILIARY_MODULE_ALIAS' "$w/drivers/infiniband/hw/mana/device.c")" -eq 2 ]
ok $? "mana_ib: two aliases for its table of two entries" || diag "$(cat "$w/d2" "$w/out")"

# Every table of the pinned tree: one alias per entry (a table of a shape
# the rule does not know would lose its aliases silently).
mapfile -t tables < <(cd "$TOP/upstream/linux" && grep -rl 'struct auxiliary_device_id .*\[\] = {' drivers)
mkdir -p "$w/all"
for f in "${tables[@]}"; do
	mkdir -p "$w/all/$(dirname "$f")"
	cp "$TOP/upstream/linux/$f" "$w/all/$f"
done
(cd "$w/all" && spatch --very-quiet --sp-file "$rule" --in-place --dir drivers) >"$w/out-all" 2>&1
bad=''
for f in "${tables[@]}"; do
	aliases "$w/all/$f" >/dev/null 2>&1 || bad+=" $f"
done
[ ${#tables[@]} -gt 0 ] && [ -z "$bad" ]
ok $? "each of the ${#tables[@]} files of the pinned tree with an auxiliary id table: one alias per entry${bad:+; not:$bad}"

mkdir -p "$w/three"
cat >"$w/three/three.c" <<'C'
static const struct auxiliary_device_id three_table[] = {
	{ .name = "a.b", },
	{ .name = "a.c", },
	{ .name = "a.d", },
	{},
};
MODULE_DEVICE_TABLE(auxiliary, three_table);
C
spatch --very-quiet --sp-file "$rule" --in-place "$w/three/three.c" >"$w/out3" 2>&1 &&
	grep -qx 'RDMABP_AUXILIARY_TABLE_UNHANDLED(three_table);' "$w/three/three.c" &&
	! grep -q RDMABP_AUXILIARY_MODULE_ALIAS "$w/three/three.c"
ok $? "a table of three entries gets RDMABP_AUXILIARY_TABLE_UNHANDLED, no alias" || diag "$(cat "$w/out3" "$w/three/three.c")"
# What that expands to stops the build, naming the table and the rule.
out=$({ echo '#define static_assert _Static_assert'
	sed -n '/^#define RDMABP_AUXILIARY_TABLE_UNHANDLED/,/[^\\]$/p' "$TOP/include/linux/auxiliary_bus.h"
	echo 'RDMABP_AUXILIARY_TABLE_UNHANDLED(three_table);'; } | gcc -fsyntax-only -x c - 2>&1)
rc=$?
[ "$rc" -ne 0 ] && grep -q 'static assertion failed: "auxiliary id table three_table: more entries than patches/cocci/auxiliary-module-alias.cocci handles; extend it"' <<<"$out"
ok $? "it stops the build: a static assertion naming the table and the rule" || diag "$out"
exit $((_tap_failed > 0))
