/* SPDX-License-Identifier: GPL-2.0 */
/* <scsi/scsi_host.h> with the host template members of newer kernels. */
#ifndef _RDMABP_SCSI_SCSI_HOST_H
#define _RDMABP_SCSI_SCSI_HOST_H

#include_next <scsi/scsi_host.h>

#if !defined(HAVE_SDEV_CONFIGURE) && defined(HAVE_DEVICE_CONFIGURE)
/*
 * Undoes: "scsi: Rename .device_configure() into .sdev_configure()"
 * (v6.14). Selected by: !HAVE_SDEV_CONFIGURE && HAVE_DEVICE_CONFIGURE.
 * The member has the same prototype under its old name.
 */
#define sdev_configure device_configure
#endif /* !HAVE_SDEV_CONFIGURE && HAVE_DEVICE_CONFIGURE */

#ifndef HAVE_SCSI_HOST_ALLOC_CONST
/*
 * Undoes: "scsi: core: Declare most SCSI host template pointers const"
 * (v6.4).
 * Selected by: !HAVE_SCSI_HOST_ALLOC_CONST. Such a kernel takes the
 * template without const but writes to it only for a driver with
 * show_info (its /proc/scsi directory and count), which neither ib_srp's
 * template nor iSER's has: the const ones of the pinned ULPs are passed
 * as they are.
 */
static inline struct Scsi_Host *
rdmabp_scsi_host_alloc(const struct scsi_host_template *sht, int privsize)
{
	return scsi_host_alloc((struct scsi_host_template *)sht, privsize);
}
#define scsi_host_alloc rdmabp_scsi_host_alloc
#endif /* !HAVE_SCSI_HOST_ALLOC_CONST */

#ifndef HAVE_SCSI_HOST_BUSY_ITER_NO_RESERVED
/*
 * Undoes: "blk-mq: Drop 'reserved' arg of busy_tag_iter_fn" (v6.0).
 * Selected by: !HAVE_SCSI_HOST_BUSY_ITER_NO_RESERVED. Such a kernel
 * passes each callback whether the command's tag is reserved, which the
 * newer callbacks do not take: a wrapper drops it. scsi_host_busy_iter()
 * returns only when every command was visited, so the wrapper's data can
 * live on the stack.
 */
struct rdmabp_scsi_busy_iter {
	bool (*fn)(struct scsi_cmnd *cmd, void *priv);
	void *priv;
};

static inline bool rdmabp_scsi_busy_iter_fn(struct scsi_cmnd *cmd,
					    void *data, bool reserved)
{
	struct rdmabp_scsi_busy_iter *it = data;

	return it->fn(cmd, it->priv);
}

static inline void
rdmabp_scsi_host_busy_iter(struct Scsi_Host *shost,
			   bool (*fn)(struct scsi_cmnd *cmd, void *priv),
			   void *priv)
{
	struct rdmabp_scsi_busy_iter it = { .fn = fn, .priv = priv };

	scsi_host_busy_iter(shost, rdmabp_scsi_busy_iter_fn, &it);
}
#define scsi_host_busy_iter rdmabp_scsi_host_busy_iter
#endif /* !HAVE_SCSI_HOST_BUSY_ITER_NO_RESERVED */

#endif /* _RDMABP_SCSI_SCSI_HOST_H */
