// SPDX-License-Identifier: GPL-2.0
/*
 * The auxiliary bus: "Add auxiliary bus support", v5.11. The commit's
 * subject has no subsystem prefix (the one written here before, driver
 * core: auxiliary bus: Introduce auxiliary bus, matches no patch found).
 * Checked: 7de3697e9cbd, named so in its Fixes: tags; the standalone v4 was
 * resent in December 2020, in the v5.11 merge window.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/auxiliary_bus.h>

int rdmabp_probe(struct auxiliary_device *auxdev)
{
	return auxiliary_device_init(auxdev);
}
