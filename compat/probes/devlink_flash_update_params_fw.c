// SPDX-License-Identifier: GPL-2.0
/*
 * The firmware in struct devlink_flash_update_params (devlink requests it
 * for the driver, and sends the flash begin and end notifications):
 * "devlink: move request_firmware out of driver", v5.11, with "devlink:
 * move flash end and begin to core devlink" after it.
 * Checked: b44cfd4f5b91 (net-next v3 1/2 of Jacob Keller, posted
 * 2020-11; net-next's push log lists both before the merge of
 * 'devlink-move-common-flash_update-calls-to-core'), before v5.10
 * (2020-12-13): v5.11, inferred from that date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <net/devlink.h>

const struct firmware *
rdmabp_probe(struct devlink_flash_update_params *params)
{
	return params->fw;
}
