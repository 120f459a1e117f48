#!/bin/bash
# patches/cocci/auxiliary-module-alias.cocci (kernels without an auxiliary
# bus): every entry of an auxiliary id table gets its module alias beside the
# table's MODULE_DEVICE_TABLE(), and a table the rule cannot handle stops it
# with the table named. The rule runs on pinned files (one table of one
# entry and one of two, the two shapes it knows) and on a table of three.
. "$(dirname "$0")/lib.sh"
command -v spatch >/dev/null || { echo "1..0 # SKIP spatch is not installed (apt-get install coccinelle)"; exit 0; }
plan 4
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
		t && /\.name *=/ { sub(/.*\.name *= */, ""); sub(/, *\}?,? *$/, ""); print }' "$1" | sort) \
		<(sed -n 's/^RDMABP_AUXILIARY_MODULE_ALIAS(\(.*\));$/\1/p' "$1" | sort)
}
aliases "$w/drivers/infiniband/hw/mlx5/main.c" >"$w/d1" 2>&1 &&
	grep -q '^RDMABP_AUXILIARY_MODULE_ALIAS(MLX5_ADEV_NAME ".rdma");$' "$w/drivers/infiniband/hw/mlx5/main.c"
ok $? "mlx5_ib: one alias for each of its two tables of one entry" || diag "$(cat "$w/d1" "$w/out")"
aliases "$w/drivers/infiniband/hw/mana/device.c" >"$w/d2" 2>&1 &&
	[ "$(grep -c '^RDMABP_AUXILIARY_MODULE_ALIAS' "$w/drivers/infiniband/hw/mana/device.c")" -eq 2 ]
ok $? "mana_ib: two aliases for its table of two entries" || diag "$(cat "$w/d2" "$w/out")"

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
expect_fail "a table of three entries stops the rule, named" 'auxiliary id table three_table: more entries' \
	spatch --very-quiet --sp-file "$rule" --in-place "$w/three/three.c"
exit $((_tap_failed > 0))
