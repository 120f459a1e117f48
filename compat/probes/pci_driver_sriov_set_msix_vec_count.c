// SPDX-License-Identifier: GPL-2.0
/*
 * The PCI driver callbacks that size a VF's MSI-X table through sysfs
 * (sriov_vf_msix_count, sriov_vf_total_msix): "PCI: Add a sysfs file to
 * change the MSI-X table size of SR-IOV VFs", v5.13.
 * Checked: mlx5-next v7 1/4 of Leon Romanovsky (posted 2021-03-01, after
 * the v5.12 merge window; rdma-next's push logs carry it with the three
 * mlx5 patches that implement the callbacks): v5.13, inferred from that
 * date.
 * Absent in 5.10.262, present in 6.1.192 (Debian's kernels, by this
 * probe).
 */
#include <linux/pci.h>

int rdmabp_probe(struct pci_driver *drv, struct pci_dev *vf)
{
	return drv->sriov_get_vf_total_msix(vf) +
	       drv->sriov_set_msix_vec_count(vf, 1);
}
