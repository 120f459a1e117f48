#!/bin/bash
# The compat module and the compat headers at run time: compat/tests/
# rdmabp_compat_test.ko and rdmabp_devlink_test.ko (make compat-tests) are
# built against the project's 6.12, 7.2, 6.1 and 5.10 builds and loaded in
# each target's guest on the project's stack (scripts/vmtest VM_EXTRA_KO);
# every case of their KTAP reports must pass (on 5.10 port_fn_set_state is
# a SKIP: no port function state there, v5.12). rdmabp_devlink_test keeps a devlink
# instance while loaded, which rdmabp_devlink_test.sh drives with devlink(8)
# in the guest (its cases are results too). On 6.12 the cases check the
# compat implementations (the modules depend on rdmabp_compat), on 7.2 the
# kernel's own functions and devlink. rdmabp_aux_test checks the compat
# auxiliary bus: a copy of compat/auxiliary_bus.c built into it runs beside
# the kernel's own bus where there is one (on 5.10, which has none, they
# run on rdmabp_compat's bus itself). Slow (four guests): make
# check-vm-extras.
. "$(dirname "$0")/lib.sh"
command -v qemu-system-x86_64 >/dev/null || { echo "1..0 # SKIP qemu-system-x86_64 missing (make deps)"; exit 0; }
src="$TOP/compat/tests/rdmabp_compat_test.c"
dlsrc="$TOP/compat/tests/rdmabp_devlink_test.c"
dlsh="$TOP/compat/tests/rdmabp_devlink_test.sh"
auxsrc="$TOP/compat/tests/rdmabp_aux_test.c"
# The cases, from the modules' tables: { "name", test_name },
mapfile -t cases < <(sed -n 's/^\t{ "\([a-z0-9_]*\)", test_[a-z0-9_]* },$/\1/p' "$src")
mapfile -t dlcases < <(sed -n 's/^\t{ "\([a-z0-9_]*\)", test_[a-z0-9_]* },$/\1/p' "$dlsrc")
# ... and the guest script's: t_NAME() {
mapfile -t auxcases < <(sed -n 's/^\t{ "\([a-z0-9_]*\)", rdmabp_aux_[a-z0-9_]* },$/\1/p' "$auxsrc")
mapfile -t shcases < <(sed -n 's/^t_\([a-z0-9_]*\)() {$/\1/p' "$dlsh")
targets="6.12 7.2 6.1 5.10"
per_target=$(( ${#cases[@]} + ${#dlcases[@]} + ${#shcases[@]} + ${#auxcases[@]} + 13 ))
plan $(( 5 + 4 * per_target ))

[ "${#cases[@]}" -ge 15 ]
ok $? "rdmabp_compat_test has ${#cases[@]} cases"
[ "${#dlcases[@]}" -ge 8 ] && [ "${#shcases[@]}" -ge 15 ]
ok $? "rdmabp_devlink_test has ${#dlcases[@]} in-kernel cases, rdmabp_devlink_test.sh ${#shcases[@]}"
[ "${#auxcases[@]}" -ge 9 ]
ok $? "rdmabp_aux_test has ${#auxcases[@]} cases"
checkpatch=${CHECKPATCH:-}
if [ -z "$checkpatch" ]; then
	# The pinned copy takes no scripts/: a full kernel source in the cache.
	for f in "$TOP/upstream/linux/scripts/checkpatch.pl" "${RDMABP_CACHE:-/var/cache/rdma-backports}"/src/full/*/scripts/checkpatch.pl; do
		[ -f "$f" ] && { checkpatch=$f; break; }
	done
fi
for f in "$src" "$dlsrc"; do
	if [ -n "$checkpatch" ]; then
		out=$(perl "$checkpatch" --no-tree -q -f "$f" 2>&1)
		[ -z "$out" ]
		ok $? "checkpatch --no-tree -f ${f#"$TOP"/} is clean"
		[ -z "$out" ] || diag "$out"
	else
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP no checkpatch.pl (give CHECKPATCH=)"
	fi
done

# not_built CONFIG_H FILE...: the cases of the FILEs' tables that a
# target's facts (its rdmabp/config.h) leave out of the module: inside an
# #ifdef HAVE_X the target lacks, or an #ifndef HAVE_X it has.
not_built() {
	local config=$1
	shift
	awk -v defs="$(sed -n 's/^#define \(HAVE_[A-Z0-9_]*\) .*/\1/p' "$config" 2>/dev/null | tr '\n' ' ')" '
		BEGIN { n = split(defs, d, " "); for (i = 1; i <= n; i++) have[d[i]] = 1 }
		/^#if/ { depth++; off[depth] = ($1 == "#ifdef" && $2 ~ /^HAVE_/ && !($2 in have)) ||
				($1 == "#ifndef" && $2 ~ /^HAVE_/ && ($2 in have)); next }
		/^#endif/ { off[depth] = 0; depth--; next }
		/^\t\{ "[a-z0-9_]*", [a-z0-9_]* \},$/ {
			for (i = 1; i <= depth; i++) if (off[i]) { split($0, q, "\""); print q[2]; break }
		}' "$@"
}

# case_ok RES NAME DESCRIPTION: vm_result_ok, or a SKIP when the target's
# facts leave the case out of the module.
case_ok() {
	if grep -qx -- "${2##*:}" <<<"$excluded"; then
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP $3: not in this target's module (its facts)"
		return
	fi
	vm_result_ok "$@"
}

skip_rest() { # skip_rest N REASON
	local i
	for i in $(seq "$1"); do
		_tap_n=$((_tap_n + 1))
		echo "ok $_tap_n # SKIP $2"
	done
}

read -ra vm_modules <<<"$(scripts_lib vm_stack_modules)"
have_modules() { stack_built "$1" rdmabp_compat "${vm_modules[@]}"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in $targets; do
	kver=$("$TOP/scripts/chroot" ensure "$target" 2>/dev/null)
	if [ -z "$kver" ]; then
		skip_rest "$per_target" "no $target build environment"
		continue
	fi
	tree="$TOP/build/$kver"
	excluded=$(not_built "$tree/rdmabp/config.h" "$src" "$dlsrc" "$auxsrc")
	if ! have_modules "$tree"; then
		diag "no $target stack yet: building core, rxe and siw"
		(use_small_selection && make -C "$TOP" --no-print-directory TARGET="$target" >&2) || true
	fi
	mapfile -t kos < <("$TOP/scripts/build-compat-tests" "$target" "$kver" 2>"$work/build-$target.log")
	rc=$?
	ko=${kos[0]:-} dlko=${kos[1]:-} auxko=${kos[2]:-}
	[ $rc = 0 ] && [ -f "$ko" ] && [ -f "$dlko" ] && [ -f "$auxko" ]
	ok $? "$target: make compat-tests builds rdmabp_compat_test.ko, rdmabp_devlink_test.ko and rdmabp_aux_test.ko"
	[ $rc = 0 ] || diag "$(tail -n 5 "$work/build-$target.log")"
	deps=$(modinfo -F depends "$ko" 2>/dev/null)
	dldeps=$(modinfo -F depends "$dlko" 2>/dev/null)
	if [ "$target" = 7.2 ]; then
		! grep -qw rdmabp_compat <<<"${deps//,/ }"
		ok $? "$target: the kernel has every compat function: no dependency on rdmabp_compat (depends: $deps)"
		! grep -qw rdmabp_compat <<<"${dldeps//,/ }"
		ok $? "$target: the kernel's devlink as it is: rdmabp_devlink_test does not depend on rdmabp_compat (depends: $dldeps)"
		impl="the kernel's"
	else
		grep -qw rdmabp_compat <<<"${deps//,/ }"
		ok $? "$target: the compat functions come from rdmabp_compat (depends: $deps)"
		grep -qw rdmabp_compat <<<"${dldeps//,/ }"
		ok $? "$target: the devlink parameters go through rdmabp_compat (rdmabp_devlink_test depends: $dldeps)"
		impl="rdmabp_compat's"
	fi

	if [ -f "$ko" ] && [ -f "$dlko" ] && [ -f "$auxko" ]; then
		VM_MODE=project VM_TESTS="modules_origin,extra_*,dmesg_clean" VM_EXTRA_KO="$ko $dlko $auxko" \
			"$TOP/scripts/vmtest" "$target" "$kver" >"$work/vm-$target.log" 2>&1
		rc=$?
	else
		# No module, no guest: its results are missing, its checks fail.
		rc=1
		rm -f "$TOP/build/vm/$kver/results.tsv" "$TOP/build/vm/$kver/project/guest/dmesg.txt"
		echo "no module to run" >"$work/vm-$target.log"
	fi
	ok $rc "$target: scripts/vmtest with VM_EXTRA_KO=rdmabp_compat_test.ko rdmabp_devlink_test.ko rdmabp_aux_test.ko exits 0"
	[ $rc = 0 ] || diag "$(tail -n 25 "$work/vm-$target.log")"
	res="$TOP/build/vm/$kver/results.tsv"
	for t in extra_rdmabp_compat_test extra_rdmabp_devlink_test extra_rdmabp_aux_test dmesg_clean; do
		vm_result_ok "$res" "project/$t" "$target: $t"
	done
	for c in "${cases[@]}"; do
		case_ok "$res" "project/extra_rdmabp_compat_test:$c" "$target: $c"
	done
	for c in "${dlcases[@]}"; do
		case_ok "$res" "project/extra_rdmabp_devlink_test:$c" "$target: devlink $c (in the kernel)"
	done
	for c in "${shcases[@]}"; do
		if [ "$target" = 5.10 ] && [ "$c" = port_fn_set_state ]; then
			line=$(awk -F'\t' -v t="project/extra_rdmabp_devlink_test:$c" '$1 == t' "$res" 2>/dev/null)
			[ "$(cut -f2 <<<"$line")" = SKIP ]
			ok $? "$target: devlink $c (devlink(8)) is skipped, no port function state: ${line:-no result}"
			continue
		fi
		vm_result_ok "$res" "project/extra_rdmabp_devlink_test:$c" "$target: devlink $c (devlink(8))"
	done
	for c in "${auxcases[@]}"; do
		case_ok "$res" "project/extra_rdmabp_aux_test:$c" "$target: $c"
	done
	# A kernel with its own bus: the cases ran on the copy, beside it; 5.10
	# has none: on the compat module's bus, the one its drivers bind on.
	if [ "$target" = 5.10 ]; then
		grep -q "# rdmabp_aux_test: rdmabp_compat's bus on /sys/bus/auxiliary" \
			"$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null
		ok $? "$target: the auxiliary bus cases ran on rdmabp_compat's bus (the kernel has none)"
	else
		grep -q "# rdmabp_aux_test: a copy of compat/auxiliary_bus.c on /sys/bus/rdmabp_auxiliary_test" \
			"$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null
		ok $? "$target: the auxiliary bus cases ran on the compat bus beside the kernel's"
	fi
	grep -q "# rdmabp_compat_test: netdev_lock: $impl, skb_crc32c: $impl" "$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null
	ok $? "$target: the guest ran $impl netdev_lock and skb_crc32c"
	# Which compat units the cases went through: none on 7.2, more the older.
	units=$(sed -n 's/.*# rdmabp_compat_test: compat units in use: //p' "$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null)
	if [ "$target" = 7.2 ]; then want="none"
	elif [ "$target" = 6.1 ] || [ "$target" = 5.10 ]; then
		want="netdev_lock skb_crc32c netif_set_mtu napi_schedule_bool hrtimer_setup strscpy_two_args bvec_phys wq_percpu system_dfl_wq dma_map_phys dma_iova_state hmm_pfn_dma_mapped hmm_dma_map to_net_ns register_net_sysctl_sz rtnl_newlink_params udp_tunnel_sock_sk ethtool_rxfh_indir_resize ethtool_rxfh_indir_lost netif_xmit_timeout_ms"
		want+=" skb_can_coalesce_netmem xdp_buff_get_skb_flags xdp_update_skb_frags_info xdp_set_features_flag_locked xsk_tx_metadata_request_pool net_dim_sample_ptr page_pool_dev_alloc_netmems pp_page_to_nmdesc page_pool_get_stats netmem_dma_unmap_page_attrs skb_gso_tcp_fixedid_inner ndo_hwtstamp_get xsk_tx_metadata netmem_ref irq_cpu_rmap_remove"
	else
		want="netdev_lock skb_crc32c netif_set_mtu hrtimer_setup dma_map_phys dma_iova_state hmm_pfn_dma_mapped hmm_dma_map to_net_ns rtnl_newlink_params udp_tunnel_sock_sk ethtool_rxfh_indir_resize ethtool_rxfh_indir_lost netif_xmit_timeout_ms"
		want+=" skb_can_coalesce_netmem xdp_buff_get_skb_flags xdp_update_skb_frags_info xdp_set_features_flag_locked xsk_tx_metadata_request_pool net_dim_sample_ptr page_pool_dev_alloc_netmems pp_page_to_nmdesc page_pool_get_stats netmem_dma_unmap_page_attrs skb_gso_tcp_fixedid_inner"
	fi
	[ "$units" = "$want" ]
	ok $? "$target: compat units in use: ${units:-?}"
	# The devlink units: five on 6.12, more on 6.1 and 5.10, none on 7.2.
	units=$(sed -n 's/.*# rdmabp_devlink_test: devlink compat units in use: //p' "$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null)
	want="devlink_param_get_extack devlink_health_reporter_default_periods devl_param_driverinit_value_set_ptr devlink_param_generic_id_num_doorbells devlink_param_generic_id_total_vfs"
	left=0
	case $target in
	7.2) want="none"; left="none, the kernel's own devlink" ;;
	6.1) want+=" devlink_param_set_extack devlink_port_ops devlink_params_after_register" ;;
	5.10) want+=" devlink_param_set_extack devlink_port_ops devlink_port_fn_state devlink_param_generic_id_io_eq_size" ;;
	esac
	[ "$units" = "$want" ]
	ok $? "$target: devlink compat units in use: ${units:-?}"
	grep -q "# rdmabp_devlink_test: compat parameter arrays left: $left\$" "$TOP/build/vm/$kver/project/guest/dmesg.txt" 2>/dev/null
	ok $? "$target: after rdmabp_devlink_test is removed, compat parameter arrays left: $left"
done
exit $((_tap_failed > 0))
