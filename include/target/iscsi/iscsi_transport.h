/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <target/iscsi/iscsi_transport.h> with the iSCSI target type names of
 * newer kernels. The names belong to iscsi_target_core.h, which the
 * kernel's iscsi_transport.h includes with quotes (a compat header at its
 * path would never be reached): the transport header is what an iSCSI
 * transport driver (isert) includes.
 */
#ifndef _RDMABP_TARGET_ISCSI_ISCSI_TRANSPORT_H
#define _RDMABP_TARGET_ISCSI_ISCSI_TRANSPORT_H

#include_next <target/iscsi/iscsi_transport.h>

#ifndef HAVE_ISCSIT_CONN
/*
 * Undoes: "scsi: target: iscsi: Rename iscsi_conn to iscsit_conn" and
 * "scsi: target: iscsi: Rename iscsi_cmd to iscsit_cmd" (v5.19).
 * Selected by: !HAVE_ISCSIT_CONN. The same structures under their old
 * names; the initiator's struct iscsi_conn (<scsi/libiscsi.h>) is never
 * in the same translation unit as the target's.
 */
#define iscsit_conn iscsi_conn
#define iscsit_cmd iscsi_cmd
#endif /* !HAVE_ISCSIT_CONN */

#endif /* _RDMABP_TARGET_ISCSI_ISCSI_TRANSPORT_H */
