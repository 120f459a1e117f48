// SPDX-License-Identifier: GPL-2.0
/*
 * The target core fills in the fabric callbacks a template leaves NULL
 * (tpg_check_demo_mode, tpg_check_prod_mode_write_protect,
 * tpg_get_inst_index, sess_get_index, set_default_node_attributes, ...):
 * "scsi: target: Add default fabric ops callouts", v6.4.
 * Absent in 5.10.262 and 6.1.192, present in 6.12.118 (Debian's kernels:
 * target_fabric_tf_ops_check() of their drivers/target/target_core_configfs.c
 * still requires the five in 5.10.262 and 6.1.192; Debian's 6.12 ib_srpt
 * has none of them).
 * The change is in target_core_configfs.c alone: no header shows it. The
 * probe compiles what "scsi: target: core: Add RTPI field to target port"
 * added to struct se_portal_group in the same pull request (tpg_rtpi,
 * v6.4; absent in 5.10.262 and 6.1.192 as well). A kernel with one
 * change and not the other: with tpg_rtpi but no defaults, ib_srpt fails
 * to register (EINVAL) as on 5.10; with the defaults but no tpg_rtpi,
 * ib_srpt gives the core the callbacks it would have filled in itself.
 * Checked: e5dc6e445c38 and 3f4b9cb4133a, both in James Bottomley's pull
 * request 'first round of SCSI updates for the 6.3+ merge window' of
 * 2023-04-26 (the v6.4 merge window); 3f4b9cb4133a 'Applied to
 * 6.4/scsi-queue' by Martin K. Petersen.
 */
#include <target/target_core_base.h>

u16 rdmabp_probe(struct se_portal_group *se_tpg)
{
	return se_tpg->tpg_rtpi;
}
