// SPDX-License-Identifier: GPL-2.0
/*
 * devl_health_reporter_create()/devl_port_health_reporter_create(), health
 * reporters created under the devlink instance lock: "devlink: protect health
 * reporter operation with instance lock", v6.3 (v5 posted 2023-01-18; listed
 * in the '[PULL] Networking for v6.3' of 2023-02-21). Absent in 6.1.192 (only
 * the devlink_ calls), present in 6.12.117 (Debian's kernels, by this
 * probe). The names only: their period argument went away later ("devlink:
 * Introduce burst period for health reporter", v6.18,
 * HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS).
 * Checked: dfdfd1305dde, net-next v5 of 2023-01-18 (v6.3 consistent);
 * 6a06d8c40510, net-next V4 of 2025-08-24 (v6.18 consistent).
 */
#include <net/devlink.h>

void *rdmabp_probe(void)
{
	return devl_health_reporter_create;
}
