// SPDX-License-Identifier: GPL-2.0
/*
 * "PCI/PTM: Drop granularity parameter from pci_enable_ptm()": the
 * one-argument pci_enable_ptm() of 7.2.13 (6.12.117 takes a granularity
 * pointer), v7.1 (applied to the PCI tree's pci/ptm branch 'for v7.1', as
 * its maintainer wrote on the list).
 * Absent in 6.12.118, present in 7.2.13 (Debian's kernels, by this probe).
 * Checked: Bjorn Helgaas's reply to the igc/PTM series: 'I applied them to
 * pci/ptm for v7.1' (the commit id not read): v7.1.
 */
#include <linux/pci.h>

int rdmabp_probe(struct pci_dev *dev)
{
	return pci_enable_ptm(dev);
}
