// SPDX-License-Identifier: GPL-2.0
/*
 * The generic devlink parameters io_eq_size and event_eq_size:
 * "devlink: Add new 'io_eq_size' generic device param", v5.17, with
 * event_eq_size two patches later in Shay Drory's series.
 * Checked: 47402385d0b1 (net-next v4, posted 2021-12-09), in the mlx5
 * pull for net-next of that month, before v5.16 (2022-01-09): v5.17,
 * inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

int rdmabp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE +
	       DEVLINK_PARAM_GENERIC_ID_EVENT_EQ_SIZE;
}
