#!/bin/bash
# devlink(8) against the devlink instance of rdmabp_devlink_test.ko, through
# the kernel's devlink netlink family: parameters shown, set, refused by
# the driver's validate callback, a driverinit value applied by a reload,
# the health reporters shown, diagnosed, dumped and tested, and a port's
# function address and state shown and set. On 6.12 every parameter
# callback is reached through the compat module's trampolines
# (compat/devlink_param.c), on 6.1 the port function callbacks through its
# dispatchers (compat/devlink_port.c), on 7.2 all directly.
#
# Run in the guest by scripts/vm/guest-tests (t_extra, vmcheck script=1)
# while the module is loaded, after its in-kernel cases. A KTAP report on
# stdout (each case becomes a result extra_rdmabp_devlink_test:CASE), the
# commands and their output on stderr.
DEV=platform/rdmabp_devlink_test
CALLS=/sys/module/rdmabp_devlink_test/parameters/calls
# The devlink compat units the module was built with (its load message).
UNITS=$(dmesg | sed -n 's/.*rdmabp_devlink_test: devlink compat units in use: //p' | tail -n1)

why=
out=
rc=0

# run CMD...: its output (both streams) in $out, its status in $rc.
run() {
	out=$("$@" 2>&1)
	rc=$?
	printf '$ %s (exit %s)\n%s\n' "$*" "$rc" "$out" >&2
}

bad() { why=$*; return 1; }

# skip REASON: the case does not apply to this kernel (a feature the
# project leaves out there); a KTAP SKIP.
skip() { skipped=$*; return 0; }

# driver_said TEXT: the driver's extack message reached devlink(8); on a
# kernel without formatted extack messages (<linux/netlink.h>: the message
# goes to the kernel log, the extack says so) it is in the kernel log.
driver_said() {
	grep -q -- "$1" <<<"$out" && return 0
	grep -q 'details in the kernel log' <<<"$out" && dmesg | tail -n 100 | grep -q -- "$1"
}

has_unit() { [[ " $UNITS " == *" $1 "* ]]; }

# A kernel before "devlink: Support get and set state of port function"
# (v5.12) has no port function state: left out (unit devlink_port_fn_state).
no_fn_state() { has_unit devlink_port_fn_state; }

# param NAME CMODE: the value devlink shows for NAME in CMODE (strings
# unquoted), from the JSON output.
param() {
	run devlink -j dev param show "$DEV" name "$1"
	[ "$rc" = 0 ] || return 1
	sed -n 's/.*"cmode": *"'"$2"'", *"value": *\("[^"]*"\|[^,}]*\).*/\1/p' <<<"$out" | tr -d '"'
}

# want NAME CMODE VALUE: NAME reads VALUE in CMODE.
want() {
	local got
	got=$(param "$1" "$2")
	[ "$got" = "$3" ] || bad "$1 ($2) reads '${got:-?}', want '$3'"
}

# count KEY: a counter of /sys/module/.../parameters/calls.
count() {
	sed -n 's/.*\b'"$1"'=\([0-9]*\).*/\1/p' "$CALLS"
}

# set_param NAME VALUE CMODE
set_param() {
	run devlink dev param set "$DEV" name "$1" value "$2" cmode "$3"
}

t_dev_show() {
	run devlink dev show
	[ "$rc" = 0 ] || bad "devlink dev show: exit $rc" || return
	grep -qE "^$DEV(:| |\$)" <<<"$out" || bad "devlink dev show does not list $DEV"
}

t_param_show() {
	local p names="enable_roce test_groups enable_remote_dev_reset test_mode test_threshold test_groups_applied test_csum_mode test_loads"
	run devlink -j dev param show "$DEV"
	# An older devlink(8) (bookworm's) lists one device's parameters only
	# by name: the dump of every device then.
	if [ "$rc" != 0 ] && grep -q 'Parameter name expected' <<<"$out"; then
		run devlink -j dev param show
	fi
	[ "$rc" = 0 ] || bad "devlink dev param show: exit $rc" || return
	for p in $names; do
		grep -q "\"name\": *\"$p\"" <<<"$out" || bad "parameter $p is not listed" || return
	done
	# 7.x's generic ids: listed where the kernel knows them, left out where not.
	for p in num_doorbells total_vfs io_eq_size; do
		if has_unit "devlink_param_generic_id_$p"; then
			! grep -q "\"name\": *\"$p\"" <<<"$out" || bad "$p is listed on a kernel without it" || return
		else
			grep -q "\"name\": *\"$p\"" <<<"$out" || bad "parameter $p is not listed" || return
		fi
	done
}

# The driver's get callbacks give the values it started with.
t_param_get_runtime() {
	local gets
	gets=$(count get)
	want test_threshold runtime 777 &&
		want test_mode runtime dmfs &&
		want enable_remote_dev_reset runtime true &&
		want test_csum_mode runtime default || return
	[ "$(count get)" -ge $((gets + 4)) ] || bad "the driver's get ran $(($(count get) - gets)) times for 4 reads"
}

t_param_set_u32() {
	set_param test_threshold 1024 runtime
	[ "$rc" = 0 ] || bad "set test_threshold 1024: exit $rc: $out" || return
	want test_threshold runtime 1024
}

t_param_set_string() {
	set_param test_mode smfs runtime
	[ "$rc" = 0 ] || bad "set test_mode smfs: exit $rc: $out" || return
	want test_mode runtime smfs
}

t_param_set_bool() {
	set_param enable_remote_dev_reset false runtime
	[ "$rc" = 0 ] || bad "set enable_remote_dev_reset false: exit $rc: $out" || return
	want enable_remote_dev_reset runtime false
}

# The driver's validate refuses: its extack message reaches devlink(8),
# the value stays.
t_param_validate_refuses() {
	local validates
	validates=$(count validate)
	set_param test_threshold 5 runtime
	[ "$rc" != 0 ] || bad "set test_threshold 5 succeeded" || return
	driver_said "threshold 5 is outside 64\.\.4096" || bad "no message from the driver: $out" || return
	[ "$(count validate)" -gt "$validates" ] || bad "the driver's validate did not run" || return
	want test_threshold runtime 1024
}

t_param_validate_refuses_string() {
	set_param test_mode bogus runtime
	[ "$rc" != 0 ] || bad "set test_mode bogus succeeded" || return
	grep -q 'supported values are' <<<"$out" || bad "no message from the driver: $out" || return
	want test_mode runtime smfs
}

t_param_driverinit_show() {
	want test_groups driverinit 15 &&
		{ has_unit devlink_param_generic_id_io_eq_size ||
			want io_eq_size driverinit 1024; } &&
		want enable_roce driverinit true
}

t_param_driverinit_refuses() {
	set_param test_groups 5000 driverinit
	[ "$rc" != 0 ] || bad "set test_groups 5000 succeeded" || return
	grep -q 'Unsupported group number' <<<"$out" || bad "no message from the driver: $out" || return
	want test_groups driverinit 15
}

# A driverinit value takes effect at a reload: the driver reads it then.
t_param_driverinit_reload() {
	set_param test_groups 64 driverinit
	[ "$rc" = 0 ] || bad "set test_groups 64 driverinit: exit $rc: $out" || return
	want test_groups_applied runtime 0 || return
	run devlink dev reload "$DEV"
	[ "$rc" = 0 ] || bad "devlink dev reload: exit $rc: $out" || return
	[ "$(count reload)" = 1 ] || bad "reload_up ran $(count reload) times" || return
	want test_groups_applied runtime 64 && want test_groups driverinit 64
}

# reload_down() unregistered the load parameters, reload_up() registered
# them again on the registered instance and set their driverinit value to
# the reload count (as mlx5_unload()/mlx5_load() do with theirs).
t_param_reload_reregistered() {
	want test_loads driverinit "$(count reload)"
}

# A parameter registered on the registered instance is announced: devlink
# monitor sees test_loads come back at a reload (on 6.1 through
# compat/devlink_param.c, which announces it as the newer kernel does).
t_param_monitor() {
	local mon pid
	mon=$(mktemp)
	devlink monitor >"$mon" 2>&1 &
	pid=$!
	sleep 1
	run devlink dev reload "$DEV"
	sleep 1
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	printf '$ devlink monitor (during the reload)\n%s\n' "$(cat "$mon")" >&2
	if [ "$rc" != 0 ]; then
		rm -f "$mon"
		bad "devlink dev reload: exit $rc: $out"
		return
	fi
	local r=0
	if ! grep -q '^\[param,new\]' "$mon" || ! grep -q 'test_loads' "$mon"; then
		bad "devlink monitor saw no [param,new] of test_loads: $(head -c 200 "$mon")"
		r=1
	fi
	rm -f "$mon"
	return $r
}

# The driver's set refuses, with its message (a kernel whose set callback
# takes no extack, 6.1, has no way to pass one: the refusal alone).
t_param_read_only() {
	set_param test_groups_applied 3 runtime
	[ "$rc" != 0 ] || bad "set test_groups_applied succeeded" || return
	has_unit devlink_param_set_extack ||
		grep -q 'test_groups_applied is read-only' <<<"$out" || bad "no message from the driver: $out" || return
	want test_groups_applied runtime 64
}

# Every callback ran for its own parameter id.
t_param_callback_ids() {
	[ "$(count wrong_id)" = 0 ] || bad "callbacks called for another id: $(cat "$CALLS")"
}

t_health_show() {
	run devlink -j health show "$DEV" reporter rdmabp_test
	[ "$rc" = 0 ] || bad "devlink health show: exit $rc: $out" || return
	grep -q '"grace_period": *1234\b' <<<"$out" || bad "grace_period is not 1234: $out" || return
	grep -q '"error": *1\b' <<<"$out" && grep -q '"recover": *1\b' <<<"$out" ||
		bad "want 1 error and 1 recovery (the in-kernel report): $out" || return
	# A kernel without burst periods does not know one: none is shown.
	if has_unit devlink_health_reporter_default_periods; then
		! grep -q '"burst_period"' <<<"$out" || bad "a burst_period on a kernel without it: $out"
	elif grep -q '"burst_period"' <<<"$out"; then
		grep -q '"burst_period": *567\b' <<<"$out" || bad "burst_period is not 567: $out"
	fi
}

t_health_diagnose() {
	run devlink -j health diagnose "$DEV" reporter rdmabp_test
	[ "$rc" = 0 ] || bad "devlink health diagnose: exit $rc: $out" || return
	grep -q '"rdmabp_diagnose": *4242\b' <<<"$out" || bad "no rdmabp_diagnose 4242: $out"
}

t_health_dump() {
	run devlink -j health dump show "$DEV" reporter rdmabp_test
	[ "$rc" = 0 ] || bad "devlink health dump show: exit $rc: $out" || return
	grep -q '"rdmabp_dump": *24301\b' <<<"$out" || bad "no rdmabp_dump 24301: $out"
}

t_health_test() {
	local tests
	tests=$(count test)
	run devlink health test "$DEV" reporter rdmabp_test
	[ "$rc" = 0 ] || bad "devlink health test: exit $rc: $out" || return
	[ "$(count test)" = $((tests + 1)) ] || bad "the test op ran $(($(count test) - tests)) times"
}

t_port_health() {
	run devlink health show
	grep -q "rdmabp_vnic" <<<"$out" || bad "devlink health show lists no rdmabp_vnic reporter" || return
	run devlink -j health diagnose "$DEV/0" reporter rdmabp_vnic
	[ "$rc" = 0 ] || bad "devlink health diagnose $DEV/0: exit $rc: $out" || return
	grep -q '"rdmabp_diagnose": *4242\b' <<<"$out" || bad "no rdmabp_diagnose 4242: $out"
}

# fn FIELD: the function FIELD (hw_addr, state, opstate) devlink shows for
# port 1, which the in-kernel case port_fn_dispatch registered with
# callbacks of its own (on 6.1 reached through compat/devlink_port.c).
FN=$DEV/1
fn() {
	run devlink -j port show "$FN"
	[ "$rc" = 0 ] || return 1
	sed -n 's/.*"'"$1"'": *"\([^"]*\)".*/\1/p' <<<"$out" | head -n1
}

# want_fn FIELD VALUE
want_fn() {
	local got
	got=$(fn "$1")
	[ "$got" = "$2" ] || bad "port 1's function $1 reads '${got:-?}', want '$2'"
}

# As the in-kernel case left it; port 0, without callbacks, shows none.
t_port_fn_show() {
	local calls
	calls=$(count fn)
	want_fn hw_addr 02:bd:00:00:00:01 || return
	no_fn_state || { want_fn state active && want_fn opstate attached; } || return
	[ "$(count fn)" -gt "$calls" ] || bad "port 1's callbacks did not run for devlink port show" || return
	run devlink -j port show "$DEV/0"
	[ "$rc" = 0 ] || bad "devlink port show $DEV/0: exit $rc: $out" || return
	! grep -q '"function"' <<<"$out" || bad "port 0 shows a function: $out"
}

t_port_fn_set_hw_addr() {
	run devlink port function set "$FN" hw_addr 02:bd:00:00:00:02
	[ "$rc" = 0 ] || bad "port function set hw_addr: exit $rc: $out" || return
	want_fn hw_addr 02:bd:00:00:00:02
}

t_port_fn_set_state() {
	if no_fn_state; then
		skip "no port function state in this kernel (v5.12)"
		return
	fi
	run devlink port function set "$FN" state inactive
	[ "$rc" = 0 ] || bad "port function set state inactive: exit $rc: $out" || return
	want_fn state inactive && want_fn opstate detached || return
	run devlink port function set "$FN" state active
	[ "$rc" = 0 ] || bad "port function set state active: exit $rc: $out" || return
	want_fn state active && want_fn opstate attached
}

# The port's callback refuses, with its message; the address stays.
t_port_fn_refused_by_driver() {
	run devlink port function set "$FN" hw_addr 03:bd:00:00:00:09
	[ "$rc" != 0 ] || bad "a multicast hw_addr was taken" || return
	grep -q 'not a unicast Ethernet address' <<<"$out" || bad "no message from the driver: $out" || return
	want_fn hw_addr 02:bd:00:00:00:02
}

# A port without callbacks: refused as the newer devlink refuses it.
t_port_fn_refused_no_ops() {
	run devlink port function set "$DEV/0" hw_addr 02:bd:00:00:00:03
	[ "$rc" != 0 ] || bad "port 0 took a function hw_addr" || return
	grep -q "Port doesn't support function attributes" <<<"$out" || bad "not the message devlink gives: $out" || return
	no_fn_state && { want_fn hw_addr 02:bd:00:00:00:02; return; }
	run devlink port function set "$DEV/0" state active
	[ "$rc" != 0 ] || bad "port 0 took a function state" || return
	grep -q 'Function does not support state setting' <<<"$out" || bad "not the message devlink gives: $out" || return
	want_fn hw_addr 02:bd:00:00:00:02
}

# The ports go at a reload and come back: port 1's callbacks are found
# again (the driver kept the address).
t_port_fn_reload() {
	run devlink dev reload "$DEV"
	[ "$rc" = 0 ] || bad "devlink dev reload: exit $rc: $out" || return
	want_fn hw_addr 02:bd:00:00:00:02 || return
	no_fn_state || want_fn state active
}

cases=(dev_show param_show param_get_runtime param_set_u32 param_set_string
	param_set_bool param_validate_refuses param_validate_refuses_string
	param_driverinit_show param_driverinit_refuses param_driverinit_reload
	param_reload_reregistered param_monitor param_read_only param_callback_ids health_show health_diagnose
	health_dump health_test port_health port_fn_show port_fn_set_hw_addr
	port_fn_set_state port_fn_refused_by_driver port_fn_refused_no_ops
	port_fn_reload)

echo "KTAP version 1"
echo "1..${#cases[@]}"
echo "# devlink $(devlink -V 2>&1), compat units: ${UNITS:-?}" >&2
i=0
for c in "${cases[@]}"; do
	i=$((i + 1))
	why=failed
	skipped=
	echo "== $c" >&2
	if [ ! -r "$CALLS" ]; then
		echo "not ok $i $c # rdmabp_devlink_test is not loaded"
	elif "t_$c"; then
		echo "ok $i $c${skipped:+ # SKIP $skipped}"
	else
		why=${why//$'\n'/ | }
		echo "not ok $i $c # ${why:0:300}"
	fi
done
echo "# calls: $(cat "$CALLS" 2>/dev/null)" >&2
