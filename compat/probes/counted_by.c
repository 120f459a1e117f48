// SPDX-License-Identifier: GPL-2.0
/*
 * __counted_by(): "Compiler Attributes: Add __counted_by macro", v6.5
 * (written v6.6 here before). Absent in Debian's 5.10.0-46, carried by its
 * 6.1.0-57.
 * Checked: dd06e72e68bc, applied 2023-05-26, listed in '[GIT PULL]
 * hardening updates for v6.5-rc1'.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this probe).
 */
#include <linux/compiler.h>
#include <linux/types.h>

struct rdmabp_probe_counted {
	int n;
	int v[] __counted_by(n);
};

int rdmabp_probe(struct rdmabp_probe_counted *c)
{
	return c->n;
}
