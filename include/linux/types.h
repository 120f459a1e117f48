/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/types.h> with the types of newer kernels that RDMA uses. */
#ifndef _RDMABP_LINUX_TYPES_H
#define _RDMABP_LINUX_TYPES_H

#include_next <linux/types.h>

#if defined(__KERNEL__) && !defined(__ASSEMBLY__) && !defined(HAVE_PHYS_VEC)
/*
 * Undoes: "types: move phys_vec definition to common header" (v6.19).
 * Selected by: !HAVE_PHYS_VEC. A physical address range, as the newer
 * DMA and dma-buf helpers pass them.
 */
struct phys_vec {
	phys_addr_t	paddr;
	size_t		len;
};
#endif /* !HAVE_PHYS_VEC */

#endif /* _RDMABP_LINUX_TYPES_H */
