// SPDX-License-Identifier: GPL-2.0
/*
 * The state of a devlink port function (enum devlink_port_fn_state and
 * _opstate, devlink_ops::port_fn_state_get/_set): "devlink: Support get
 * and set state of port function", v5.12.
 * Checked: net-next V10 04/14 of Saeed Mahameed's SF series (posted
 * 2021-01-22), in net-next's push logs before v5.11 (2021-02-14): v5.12,
 * inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	enum devlink_port_fn_state state = DEVLINK_PORT_FN_STATE_ACTIVE;
	enum devlink_port_fn_opstate opstate = DEVLINK_PORT_FN_OPSTATE_ATTACHED;

	return state + opstate;
}
