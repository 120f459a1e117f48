/* SPDX-License-Identifier: GPL-2.0 */
/* <target/target_core_fabric.h> with the session calls of newer kernels. */
#ifndef _RDMABP_TARGET_TARGET_CORE_FABRIC_H
#define _RDMABP_TARGET_TARGET_CORE_FABRIC_H

#include_next <target/target_core_fabric.h>

#ifndef HAVE_TARGET_STOP_SESSION
/*
 * Undoes: "scsi: target: core: Rename
 * target_sess_cmd_list_set_waiting()" (v5.11).
 * Selected by: !HAVE_TARGET_STOP_SESSION. The same function under its
 * old name: it marks the session stopped so that no new command is
 * accepted before target_wait_for_sess_cmds().
 */
#define target_stop_session target_sess_cmd_list_set_waiting
#endif /* !HAVE_TARGET_STOP_SESSION */

#endif /* _RDMABP_TARGET_TARGET_CORE_FABRIC_H */
