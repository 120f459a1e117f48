// SPDX-License-Identifier: GPL-2.0
/*
 * Hardware timestamping configuration through ndo_eth_ioctl for drivers
 * written against ndo_hwtstamp_get/ndo_hwtstamp_set.
 *
 * Undoes: "net: add NDOs for configuring hardware timestamping" (v6.6).
 * Selected by: !HAVE_NDO_HWTSTAMP_GET.
 * Why not a header: one function for every driver's ioctl wrapper (the
 * rule patches/cocci/mlx5-ndo-hwtstamp-ioctl.cocci writes the wrappers), doing
 * what the net core of a newer kernel does in dev_get_hwtstamp() and
 * dev_set_hwtstamp(): the user's struct hwtstamp_config in and out, the
 * driver's answer in struct kernel_hwtstamp_config. The core of such a
 * kernel has already validated a SIOCSHWTSTAMP request
 * (net_hwtstamp_validate()) before it calls ndo_eth_ioctl.
 */
#include <linux/netdevice.h>
#include <linux/uaccess.h>

#ifndef HAVE_NDO_HWTSTAMP_GET

static int rdmabp_hwtstamp_reply(struct ifreq *ifr,
				 const struct kernel_hwtstamp_config *kcfg)
{
	struct hwtstamp_config cfg;

	/* The driver answered the user itself (a copy of a private layout). */
	if (kcfg->copied_to_user)
		return 0;
	hwtstamp_config_from_kernel(&cfg, kcfg);
	return copy_to_user(ifr->ifr_data, &cfg, sizeof(cfg)) ? -EFAULT : 0;
}

int rdmabp_ndo_hwtstamp_ioctl(struct net_device *dev, struct ifreq *ifr,
			      int cmd,
			      int (*get)(struct net_device *dev,
					 struct kernel_hwtstamp_config *cfg),
			      int (*set)(struct net_device *dev,
					 struct kernel_hwtstamp_config *cfg,
					 struct netlink_ext_ack *extack))
{
	struct kernel_hwtstamp_config kcfg = {};
	struct hwtstamp_config cfg;
	int err;

	switch (cmd) {
	case SIOCGHWTSTAMP:
		if (!get)
			return -EOPNOTSUPP;
		kcfg.ifr = ifr;
		err = get(dev, &kcfg);
		break;
	case SIOCSHWTSTAMP:
		if (!set)
			return -EOPNOTSUPP;
		if (copy_from_user(&cfg, ifr->ifr_data, sizeof(cfg)))
			return -EFAULT;
		hwtstamp_config_to_kernel(&kcfg, &cfg);
		kcfg.ifr = ifr;
		err = set(dev, &kcfg, NULL);
		break;
	default:
		return -EOPNOTSUPP;
	}
	if (err)
		return err;
	return rdmabp_hwtstamp_reply(ifr, &kcfg);
}
EXPORT_SYMBOL_GPL(rdmabp_ndo_hwtstamp_ioctl);

#endif /* !HAVE_NDO_HWTSTAMP_GET */
