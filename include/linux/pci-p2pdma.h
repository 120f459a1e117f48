/* SPDX-License-Identifier: GPL-2.0 */
/* <linux/pci-p2pdma.h> with the P2P DMA provider of newer kernels. */
#ifndef _RDMABP_LINUX_PCI_P2PDMA_H
#define _RDMABP_LINUX_PCI_P2PDMA_H

#include_next <linux/pci-p2pdma.h>

#ifndef HAVE_P2PDMA_PROVIDER
/*
 * Undoes: "PCI/P2PDMA: Separate the mmap() support from the core logic"
 * (v6.19), which introduced struct p2pdma_provider.
 * Selected by: !HAVE_P2PDMA_PROVIDER. Only named by RDMA prototypes; an
 * older kernel never hands one out.
 */
struct p2pdma_provider;

/* As a kernel without CONFIG_PCI_P2PDMA: no provider, P2P DMA unsupported. */
static inline int pcim_p2pdma_init(struct pci_dev *pdev)
{
	return -EOPNOTSUPP;
}

static inline struct p2pdma_provider *pcim_p2pdma_provider(struct pci_dev *pdev,
							   int bar)
{
	return NULL;
}
#endif /* !HAVE_P2PDMA_PROVIDER */

#ifndef HAVE_PCI_P2PDMA_STATE
/*
 * Undoes: "PCI/P2PDMA: Refactor the p2pdma mapping helpers" (v6.16;
 * absent in 6.12.117, present in 7.2.13), which moved struct
 * pci_p2pdma_map_state here.
 * Selected by: !HAVE_PCI_P2PDMA_STATE. Such a kernel defines the struct in
 * <linux/dma-map-ops.h>. The RDMA code (mlx5_ib's ODP) only declares one
 * and hands it to hmm_dma_map_pfn(), on such a kernel the compat module's
 * (compat/hmm_dma.c), which refuses P2PDMA pages and ignores the state.
 */
#include <linux/dma-map-ops.h>
#endif /* !HAVE_PCI_P2PDMA_STATE */

#ifndef HAVE_PCI_P2PDMA_MAP_STATE
/*
 * Undoes: "PCI/P2PDMA: Introduce helpers for dma_map_sg implementations"
 * (v6.0): struct pci_p2pdma_map_state.
 * Selected by: !HAVE_PCI_P2PDMA_MAP_STATE. Such a kernel (5.10) has no
 * P2PDMA mapping state at all: the struct as the helpers' first form
 * declared it, which the RDMA code only declares and hands to the compat
 * module's hmm_dma_map_pfn() (compat/hmm_dma.c), which ignores it.
 */
struct pci_p2pdma_map_state {
	struct dev_pagemap *pgmap;
	int map;
	u64 bus_off;
};
#endif /* !HAVE_PCI_P2PDMA_MAP_STATE */

#endif /* _RDMABP_LINUX_PCI_P2PDMA_H */
