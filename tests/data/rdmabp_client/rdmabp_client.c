// SPDX-License-Identifier: GPL-2.0
/* A third-party module on rdma-backports: an ib_client that logs devices. */
#include <linux/module.h>
#include <rdma/ib_verbs.h>

static int rdmabp_client_add(struct ib_device *dev)
{
	pr_info("rdmabp_client: %s (%u ports)\n", dev_name(&dev->dev), rdma_end_port(dev));
	return 0;
}

static void rdmabp_client_remove(struct ib_device *dev, void *data)
{
	pr_info("rdmabp_client: %s gone\n", dev_name(&dev->dev));
}

static struct ib_client rdmabp_client = {
	.name = "rdmabp_client",
	.add = rdmabp_client_add,
	.remove = rdmabp_client_remove,
};

static int __init rdmabp_client_init(void)
{
	return ib_register_client(&rdmabp_client);
}

static void __exit rdmabp_client_exit(void)
{
	ib_unregister_client(&rdmabp_client);
}

module_init(rdmabp_client_init);
module_exit(rdmabp_client_exit);
MODULE_DESCRIPTION("ib_client built against rdma-backports");
MODULE_LICENSE("GPL");
