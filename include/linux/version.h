/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/version.h> with the version macros of newer kernels. */
#ifndef _RDMABP_LINUX_VERSION_H
#define _RDMABP_LINUX_VERSION_H

#include_next <linux/version.h>

#ifndef LINUX_VERSION_MAJOR
/*
 * Undoes: "kbuild: simplify access to the kernel's version" (v5.12):
 * LINUX_VERSION_MAJOR, _PATCHLEVEL and _SUBLEVEL.
 * Selected by: the macro is not defined (a macro is its own probe).
 * Taken from LINUX_VERSION_CODE, whose sublevel such a kernel clamps to
 * 255 ("kbuild: clamp SUBLEVEL to 255", before it): a sublevel above it
 * reads as 255, as that code carries it.
 * Checked: 88a686728b37, in the kbuild pull for v5.12 (net-next's log
 * after the merge lists it after 9b82f13e7ef3, the clamp).
 */
#define LINUX_VERSION_MAJOR	(LINUX_VERSION_CODE >> 16)
#define LINUX_VERSION_PATCHLEVEL	((LINUX_VERSION_CODE >> 8) & 0xff)
#define LINUX_VERSION_SUBLEVEL	(LINUX_VERSION_CODE & 0xff)
#endif /* !LINUX_VERSION_MAJOR */

#endif /* _RDMABP_LINUX_VERSION_H */
