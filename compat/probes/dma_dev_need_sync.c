// SPDX-License-Identifier: GPL-2.0
/*
 * dma_dev_need_sync(): "dma: avoid redundant calls for sync operations"
 * (v6.10); absent in 6.1.192, present in 6.12.117.
 * Checked: 32ba8b823252 (named so in Fixes: tags), v6 of the series posted
 * 2024-05-07; release not read in a pull request.
 */
#include <linux/dma-mapping.h>

bool rdmabp_probe(const struct device *dev)
{
	return dma_dev_need_sync(dev);
}
