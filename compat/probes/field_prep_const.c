// SPDX-License-Identifier: GPL-2.0
/*
 * FIELD_PREP_CONST(), FIELD_PREP() for constant initialisers: "bitfield:
 * add FIELD_PREP_CONST()" (v6.2); absent in 6.1.192, present in 6.12.117.
 * Checked: e2192de59e45, through wireless-next (6.2 cycle).
 */
#include <linux/bitfield.h>

enum { RDMABP_PROBE = FIELD_PREP_CONST(0xf0, 3) };
int rdmabp_probe(void)
{
	return RDMABP_PROBE;
}
