// SPDX-License-Identifier: GPL-2.0
/*
 * The health reporter's grace and burst periods live in its ops
 * (default_graceful_period, default_burst_period) and *_reporter_create()
 * no longer takes a period: present in 7.2.13, absent in 6.12.117.
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
