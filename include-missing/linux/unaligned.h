/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <linux/unaligned.h> for kernels that keep it as <asm/unaligned.h>.
 *
 * Undoes: "move asm/unaligned.h to linux/unaligned.h" (v6.12).
 * Selected by: !HAVE_HEADER_LINUX_UNALIGNED_H.
 * Such a kernel has the same get_unaligned()/put_unaligned() family at the
 * architecture path.
 */
#ifndef _RDMABP_LINUX_UNALIGNED_H
#define _RDMABP_LINUX_UNALIGNED_H

#include <asm/unaligned.h>

#endif /* _RDMABP_LINUX_UNALIGNED_H */
