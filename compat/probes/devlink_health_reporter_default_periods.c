// SPDX-License-Identifier: GPL-2.0
/*
 * The health reporter's grace and burst periods live in its ops
 * (default_graceful_period, default_burst_period) and *_reporter_create()
 * no longer takes a period: completed by "devlink: Introduce burst period for
 * health reporter", v6.18 (series V4 posted 2025-08-24, in the v6.17 cycle,
 * which first moved the grace period into the ops; the release is inferred
 * from that date).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: 6a06d8c40510, net-next V4 of 2025-08-24, with 'devlink: Move
 * graceful period parameter to reporter ops' of the same series: v6.18
 * consistent with that date.
 */
#include <net/devlink.h>

static const struct devlink_health_reporter_ops rdmabp_ops = {
	.name = "rdmabp",
	.default_graceful_period = 1,
	.default_burst_period = 1,
};

struct devlink_health_reporter *rdmabp_probe(struct devlink *devlink)
{
	return devl_health_reporter_create(devlink, &rdmabp_ops, NULL);
}
