// SPDX-License-Identifier: GPL-2.0
/*
 * devl_health_reporter_create()/devl_port_health_reporter_create(), health
 * reporters created under the devlink instance lock, from the devlink
 * instance-lock conversion (v6.3); absent in 6.1.192 (only the devlink_
 * calls), present in 6.12.117. The names only: their period argument went
 * away later (7.x, HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS).
 */
#include <net/devlink.h>

void *rdmabp_probe(void)
{
	return devl_health_reporter_create;
}
