// SPDX-License-Identifier: GPL-2.0
/*
 * rdmabp_devlink_test: the devlink interfaces of 7.2 as mlx5_core uses them
 * (parameters with the 7.2 callbacks, driverinit values set by pointer,
 * health reporters whose ops carry the default periods), on a devlink
 * instance of a platform device, so that they run where no ConnectX is.
 *
 * On a kernel with the older devlink (6.12) the same source goes through
 * include/net/devlink.h and compat/devlink_param.c (the parameter registry
 * and its get/validate trampolines); on 7.2 through the kernel's own
 * devlink. Loading the module creates the instance and runs the in-kernel
 * cases (a KTAP report in the kernel log); the instance stays until the
 * module is removed, for compat/tests/rdmabp_devlink_test.sh to drive it
 * from user space through devlink's netlink interface (devlink(8)).
 * /sys/module/rdmabp_devlink_test/parameters/calls counts what the
 * driver's callbacks saw.
 *
 * As mlx5, it registers, sets and unregisters parameters on the registered
 * instance (at probe and at every reload): on 6.1, whose devlink warns at
 * that, compat/devlink_param.c does it on the kernel's list instead.
 *
 * A second port is registered with port function callbacks of its own
 * (address and state, as mlx5's e-switch vports): on 6.1, whose devlink
 * asks struct devlink_ops for them, they are reached through the compat
 * module's dispatchers (compat/devlink_port.c).
 *
 * The parameter ids follow mlx5's: driver-specific ids right after
 * DEVLINK_PARAM_GENERIC_ID_MAX, and generic ids that only 7.x knows
 * (num_doorbells, total_vfs) in an array registered after them.
 *
 * A test artifact (make compat-tests), never installed.
 */
#include <linux/etherdevice.h>
#include <linux/kernel.h>	/* test_taint(): <linux/panic.h> since v5.14 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/platform_device.h>
#include <linux/string.h>
#include <net/devlink.h>
#include "rdmabp_ktap.h"

#define RDMABP_DL_NAME		"rdmabp_devlink_test"

/* As mlx5_devlink_param_id: driver ids start after the generic ones. */
enum rdmabp_dl_param_id {
	RDMABP_DL_PARAM_ID_BASE = DEVLINK_PARAM_GENERIC_ID_MAX,
	RDMABP_DL_PARAM_ID_MODE,
	RDMABP_DL_PARAM_ID_GROUPS,
	RDMABP_DL_PARAM_ID_THRESHOLD,
	RDMABP_DL_PARAM_ID_GROUPS_APPLIED,
	RDMABP_DL_PARAM_ID_CSUM_MODE,
	RDMABP_DL_PARAM_ID_TMP,
	RDMABP_DL_PARAM_ID_LOADS,
};

/* Initial values: what user space must read before it sets anything. */
#define RDMABP_DL_THRESHOLD	777
#define RDMABP_DL_THRESHOLD_MIN	64
#define RDMABP_DL_THRESHOLD_MAX	4096
#define RDMABP_DL_GROUPS	15
#define RDMABP_DL_EQ_SIZE	1024
#define RDMABP_DL_DOORBELLS	8
#define RDMABP_DL_VFS		16
#define RDMABP_DL_GRACE_MS	1234
#define RDMABP_DL_BURST_MS	567
#define RDMABP_DL_DIAGNOSE	4242
#define RDMABP_DL_DUMP		24301

struct rdmabp_dl {
	bool remote_reset;
	char mode[8];
	char csum[16];
	u32 threshold;
	u32 vfs;
	u32 groups_applied;
	struct devlink_health_reporter *reporter;
	struct devlink_health_reporter *port_reporter;
	struct devlink_port port;
	bool port_registered;
	/* Port 1: registered with callbacks of its own (a port function). */
	struct devlink_port fn_port;
	bool fn_port_wanted, fn_port_registered;
	u8 fn_hw_addr[ETH_ALEN];
	enum devlink_port_fn_state fn_state;
	unsigned int fn_calls;
	unsigned int params_registered;
	bool load_params_registered;
	/* What the driver's callbacks saw. */
	unsigned int gets, sets, validates, wrong_ids;
	unsigned int recovers, dumps, diagnoses, tests, reloads;
	void *recover_ctx;
	struct devlink_health_reporter *recover_reporter;
};

static struct platform_device *rdmabp_pdev;
static bool rdmabp_driver_registered;
static struct devlink *rdmabp_devlink;

static struct rdmabp_dl *rdmabp_dl(struct devlink *devlink)
{
	return devlink_priv(devlink);
}

/* A callback was called for the parameter it belongs to. */
static bool rdmabp_dl_id_is(struct devlink *devlink, u32 id, u32 want)
{
	if (id == want)
		return true;
	rdmabp_dl(devlink)->wrong_ids++;
	pr_info("# " RDMABP_DL_NAME ": the callback of parameter %u was called for %u\n",
		want, id);
	return false;
}

/* ------------------------------------------------- parameter callbacks */

static int rdmabp_dl_reset_get(struct devlink *devlink, u32 id,
			       struct devlink_param_gset_ctx *ctx,
			       struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id,
			     DEVLINK_PARAM_GENERIC_ID_ENABLE_REMOTE_DEV_RESET))
		return -EINVAL;
	ctx->val.vbool = dl->remote_reset;
	return 0;
}

static int rdmabp_dl_reset_set(struct devlink *devlink, u32 id,
			       struct devlink_param_gset_ctx *ctx,
			       struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->sets++;
	if (!rdmabp_dl_id_is(devlink, id,
			     DEVLINK_PARAM_GENERIC_ID_ENABLE_REMOTE_DEV_RESET))
		return -EINVAL;
	dl->remote_reset = ctx->val.vbool;
	return 0;
}

/* As mlx5's flow_steering_mode: a string out of a fixed set. */
static int rdmabp_dl_mode_validate(struct devlink *devlink, u32 id,
				   union devlink_param_value *val,
				   struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_MODE))
		return -EINVAL;
	if (strcmp(val->vstr, "dmfs") && strcmp(val->vstr, "smfs") &&
	    strcmp(val->vstr, "hmfs")) {
		NL_SET_ERR_MSG_MOD(extack,
				   "Bad parameter: supported values are [\"dmfs\", \"smfs\", \"hmfs\"]");
		return -EINVAL;
	}
	return 0;
}

static int rdmabp_dl_mode_get(struct devlink *devlink, u32 id,
			      struct devlink_param_gset_ctx *ctx,
			      struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_MODE))
		return -EINVAL;
	strscpy(ctx->val.vstr, dl->mode, sizeof(ctx->val.vstr));
	return 0;
}

static int rdmabp_dl_mode_set(struct devlink *devlink, u32 id,
			      struct devlink_param_gset_ctx *ctx,
			      struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->sets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_MODE))
		return -EINVAL;
	strscpy(dl->mode, ctx->val.vstr, sizeof(dl->mode));
	return 0;
}

static int rdmabp_dl_threshold_validate(struct devlink *devlink, u32 id,
					union devlink_param_value *val,
					struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_THRESHOLD))
		return -EINVAL;
	if (val->vu32 < RDMABP_DL_THRESHOLD_MIN ||
	    val->vu32 > RDMABP_DL_THRESHOLD_MAX) {
		NL_SET_ERR_MSG_FMT_MOD(extack,
				       "threshold %u is outside %u..%u",
				       val->vu32, RDMABP_DL_THRESHOLD_MIN,
				       RDMABP_DL_THRESHOLD_MAX);
		return -EINVAL;
	}
	return 0;
}

static int rdmabp_dl_threshold_get(struct devlink *devlink, u32 id,
				   struct devlink_param_gset_ctx *ctx,
				   struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_THRESHOLD))
		return -EINVAL;
	ctx->val.vu32 = dl->threshold;
	return 0;
}

static int rdmabp_dl_threshold_set(struct devlink *devlink, u32 id,
				   struct devlink_param_gset_ctx *ctx,
				   struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->sets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_THRESHOLD))
		return -EINVAL;
	dl->threshold = ctx->val.vu32;
	return 0;
}

/* The driverinit value the last reload applied. */
static int rdmabp_dl_applied_get(struct devlink *devlink, u32 id,
				 struct devlink_param_gset_ctx *ctx,
				 struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_GROUPS_APPLIED))
		return -EINVAL;
	ctx->val.vu32 = dl->groups_applied;
	return 0;
}

/* The kernel wants a set callback for a runtime parameter: this one refuses. */
static int rdmabp_dl_applied_set(struct devlink *devlink, u32 id,
				 struct devlink_param_gset_ctx *ctx,
				 struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->sets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_GROUPS_APPLIED))
		return -EINVAL;
	NL_SET_ERR_MSG_MOD(extack, "test_groups_applied is read-only");
	return -EOPNOTSUPP;
}

/* As mlx5's swp_l4_csum_mode: a string with default callbacks. */
static int rdmabp_dl_csum_get(struct devlink *devlink, u32 id,
			      struct devlink_param_gset_ctx *ctx,
			      struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_CSUM_MODE))
		return -EINVAL;
	strscpy(ctx->val.vstr, dl->csum, sizeof(ctx->val.vstr));
	return 0;
}

static int rdmabp_dl_csum_set(struct devlink *devlink, u32 id,
			      struct devlink_param_gset_ctx *ctx,
			      struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->sets++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_CSUM_MODE))
		return -EINVAL;
	strscpy(dl->csum, ctx->val.vstr, sizeof(dl->csum));
	return 0;
}

static int rdmabp_dl_csum_validate(struct devlink *devlink, u32 id,
				   union devlink_param_value *val,
				   struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_CSUM_MODE))
		return -EINVAL;
	if (strcmp(val->vstr, "default") && strcmp(val->vstr, "full_csum") &&
	    strcmp(val->vstr, "l4_only")) {
		NL_SET_ERR_MSG_MOD(extack, "Invalid checksum mode");
		return -EINVAL;
	}
	return 0;
}

static int rdmabp_dl_csum_get_default(struct devlink *devlink, u32 id,
				      struct devlink_param_gset_ctx *ctx,
				      struct netlink_ext_ack *extack)
{
	strscpy(ctx->val.vstr, "default", sizeof(ctx->val.vstr));
	return 0;
}

static int rdmabp_dl_csum_reset_default(struct devlink *devlink, u32 id,
					enum devlink_param_cmode cmode,
					struct netlink_ext_ack *extack)
{
	strscpy(rdmabp_dl(devlink)->csum, "default",
		sizeof(rdmabp_dl(devlink)->csum));
	return 0;
}

/* As mlx5's eq size, large-group and doorbell validators. */
static int rdmabp_dl_eq_size_validate(struct devlink *devlink, u32 id,
				      union devlink_param_value *val,
				      struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE))
		return -EINVAL;
	return (val->vu32 >= 64 && val->vu32 <= 4096) ? 0 : -EINVAL;
}

static int rdmabp_dl_groups_validate(struct devlink *devlink, u32 id,
				     union devlink_param_value *val,
				     struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, RDMABP_DL_PARAM_ID_GROUPS))
		return -EINVAL;
	if (val->vu32 < 1 || val->vu32 > 1024) {
		NL_SET_ERR_MSG_MOD(extack,
				   "Unsupported group number, supported range is 1-1024");
		return -EOPNOTSUPP;
	}
	return 0;
}

static int rdmabp_dl_doorbells_validate(struct devlink *devlink, u32 id,
					union devlink_param_value *val,
					struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id,
			     DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS))
		return -EINVAL;
	return val->vu32 <= 64 ? 0 : -EINVAL;
}

static int rdmabp_dl_vfs_get(struct devlink *devlink, u32 id,
			     struct devlink_param_gset_ctx *ctx,
			     struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->gets++;
	if (!rdmabp_dl_id_is(devlink, id, DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS))
		return -EINVAL;
	ctx->val.vu32 = dl->vfs;
	return 0;
}

static int rdmabp_dl_vfs_set(struct devlink *devlink, u32 id,
			     struct devlink_param_gset_ctx *ctx,
			     struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	dl->sets++;
	if (!rdmabp_dl_id_is(devlink, id, DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS))
		return -EINVAL;
	dl->vfs = ctx->val.vu32;
	return 0;
}

static int rdmabp_dl_vfs_validate(struct devlink *devlink, u32 id,
				  union devlink_param_value *val,
				  struct netlink_ext_ack *extack)
{
	rdmabp_dl(devlink)->validates++;
	if (!rdmabp_dl_id_is(devlink, id, DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS))
		return -EINVAL;
	return val->vu32 <= 128 ? 0 : -EINVAL;
}

/* Driverinit parameters, set at registration (mlx5_devlink_params). */
static const struct devlink_param rdmabp_dl_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_ROCE, BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      NULL, NULL, NULL),
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_GROUPS, "test_groups",
			     DEVLINK_PARAM_TYPE_U32,
			     BIT(DEVLINK_PARAM_CMODE_DRIVERINIT), NULL, NULL,
			     rdmabp_dl_groups_validate),
	DEVLINK_PARAM_GENERIC(IO_EQ_SIZE, BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      NULL, NULL, rdmabp_dl_eq_size_validate),
};

/* Runtime parameters (mlx5_fs_params, mlx5_fw_reset_devlink_params). */
static const struct devlink_param rdmabp_dl_runtime_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_REMOTE_DEV_RESET,
			      BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			      rdmabp_dl_reset_get, rdmabp_dl_reset_set, NULL),
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_MODE, "test_mode",
			     DEVLINK_PARAM_TYPE_STRING,
			     BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			     rdmabp_dl_mode_get, rdmabp_dl_mode_set,
			     rdmabp_dl_mode_validate),
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_THRESHOLD, "test_threshold",
			     DEVLINK_PARAM_TYPE_U32,
			     BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			     rdmabp_dl_threshold_get, rdmabp_dl_threshold_set,
			     rdmabp_dl_threshold_validate),
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_GROUPS_APPLIED,
			     "test_groups_applied", DEVLINK_PARAM_TYPE_U32,
			     BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			     rdmabp_dl_applied_get, rdmabp_dl_applied_set,
			     NULL),
	DEVLINK_PARAM_DRIVER_WITH_DEFAULTS(RDMABP_DL_PARAM_ID_CSUM_MODE,
					   "test_csum_mode",
					   DEVLINK_PARAM_TYPE_STRING,
					   BIT(DEVLINK_PARAM_CMODE_RUNTIME),
					   rdmabp_dl_csum_get,
					   rdmabp_dl_csum_set,
					   rdmabp_dl_csum_validate,
					   rdmabp_dl_csum_get_default,
					   rdmabp_dl_csum_reset_default),
};

/* Generic ids of 7.x, registered last (mlx5_devlink_eth_params,
 * mlx5_nv_param_devlink_params).
 */
static const struct devlink_param rdmabp_dl_new_params[] = {
	DEVLINK_PARAM_GENERIC(NUM_DOORBELLS,
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT), NULL, NULL,
			      rdmabp_dl_doorbells_validate),
	DEVLINK_PARAM_GENERIC(TOTAL_VFS, BIT(DEVLINK_PARAM_CMODE_PERMANENT),
			      rdmabp_dl_vfs_get, rdmabp_dl_vfs_set,
			      rdmabp_dl_vfs_validate),
};

/* Registered and unregistered again by a case. */
static const struct devlink_param rdmabp_dl_tmp_params[] = {
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_TMP, "test_tmp",
			     DEVLINK_PARAM_TYPE_U32,
			     BIT(DEVLINK_PARAM_CMODE_DRIVERINIT), NULL, NULL,
			     NULL),
};

/*
 * Registered at every load, as mlx5_load() registers its flow steering and
 * firmware reset parameters: by a case first, then by each reload_up()
 * (unregistered by reload_down()), always on the registered instance, its
 * driverinit value set to the number of reloads so far.
 */
static const struct devlink_param rdmabp_dl_load_params[] = {
	DEVLINK_PARAM_DRIVER(RDMABP_DL_PARAM_ID_LOADS, "test_loads",
			     DEVLINK_PARAM_TYPE_U32,
			     BIT(DEVLINK_PARAM_CMODE_DRIVERINIT), NULL, NULL,
			     NULL),
};

static const struct {
	const struct devlink_param *params;
	size_t count;
} rdmabp_dl_arrays[] = {
	{ rdmabp_dl_params, ARRAY_SIZE(rdmabp_dl_params) },
	{ rdmabp_dl_runtime_params, ARRAY_SIZE(rdmabp_dl_runtime_params) },
	{ rdmabp_dl_new_params, ARRAY_SIZE(rdmabp_dl_new_params) },
};

/* ------------------------------------------------------ health reporters */

static int rdmabp_dl_recover(struct devlink_health_reporter *reporter,
			     void *priv_ctx, struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = devlink_health_reporter_priv(reporter);

	dl->recovers++;
	dl->recover_ctx = priv_ctx;
	dl->recover_reporter = reporter;
	return 0;
}

static int rdmabp_dl_dump(struct devlink_health_reporter *reporter,
			  struct devlink_fmsg *fmsg, void *priv_ctx,
			  struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = devlink_health_reporter_priv(reporter);

	dl->dumps++;
	devlink_fmsg_u32_pair_put(fmsg, "rdmabp_dump", RDMABP_DL_DUMP);
	return 0;
}

static int rdmabp_dl_diagnose(struct devlink_health_reporter *reporter,
			      struct devlink_fmsg *fmsg,
			      struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = devlink_health_reporter_priv(reporter);

	dl->diagnoses++;
	devlink_fmsg_u32_pair_put(fmsg, "rdmabp_diagnose", RDMABP_DL_DIAGNOSE);
	return 0;
}

static int rdmabp_dl_test(struct devlink_health_reporter *reporter,
			  struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = devlink_health_reporter_priv(reporter);

	dl->tests++;
	return 0;
}

/* As mlx5's tx reporter: every op, and both default periods. */
static const struct devlink_health_reporter_ops rdmabp_dl_reporter_ops = {
	.name = "rdmabp_test",
	.recover = rdmabp_dl_recover,
	.dump = rdmabp_dl_dump,
	.diagnose = rdmabp_dl_diagnose,
	.test = rdmabp_dl_test,
	.default_graceful_period = RDMABP_DL_GRACE_MS,
	.default_burst_period = RDMABP_DL_BURST_MS,
};

/* As mlx5's vnic port reporter: diagnose only, no period. */
static const struct devlink_health_reporter_ops rdmabp_dl_port_reporter_ops = {
	.name = "rdmabp_vnic",
	.diagnose = rdmabp_dl_diagnose,
};

/* ------------------------------------------------------ devlink ops */

/* Port 1's function callbacks, as mlx5's e-switch vports have them. */
static struct rdmabp_dl *rdmabp_dl_of_fn_port(struct devlink_port *port)
{
	struct rdmabp_dl *dl = container_of(port, struct rdmabp_dl, fn_port);

	dl->fn_calls++;
	return dl;
}

static int rdmabp_dl_fn_hw_addr_get(struct devlink_port *port, u8 *hw_addr,
				    int *hw_addr_len,
				    struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl_of_fn_port(port);

	ether_addr_copy(hw_addr, dl->fn_hw_addr);
	*hw_addr_len = ETH_ALEN;
	return 0;
}

static int rdmabp_dl_fn_hw_addr_set(struct devlink_port *port,
				    const u8 *hw_addr, int hw_addr_len,
				    struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl_of_fn_port(port);

	if (hw_addr_len != ETH_ALEN || !is_unicast_ether_addr(hw_addr)) {
		NL_SET_ERR_MSG_MOD(extack, "not a unicast Ethernet address");
		return -EINVAL;
	}
	ether_addr_copy(dl->fn_hw_addr, hw_addr);
	return 0;
}

static int rdmabp_dl_fn_state_get(struct devlink_port *port,
				  enum devlink_port_fn_state *state,
				  enum devlink_port_fn_opstate *opstate,
				  struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl_of_fn_port(port);

	*state = dl->fn_state;
	*opstate = dl->fn_state == DEVLINK_PORT_FN_STATE_ACTIVE ?
		   DEVLINK_PORT_FN_OPSTATE_ATTACHED :
		   DEVLINK_PORT_FN_OPSTATE_DETACHED;
	return 0;
}

static int rdmabp_dl_fn_state_set(struct devlink_port *port,
				  enum devlink_port_fn_state state,
				  struct netlink_ext_ack *extack)
{
	rdmabp_dl_of_fn_port(port)->fn_state = state;
	return 0;
}

static const struct devlink_port_ops rdmabp_dl_fn_port_ops = {
	.port_fn_hw_addr_get = rdmabp_dl_fn_hw_addr_get,
	.port_fn_hw_addr_set = rdmabp_dl_fn_hw_addr_set,
	.port_fn_state_get = rdmabp_dl_fn_state_get,
	.port_fn_state_set = rdmabp_dl_fn_state_set,
};

/* Port 1, with its callbacks (instance lock held). */
static int rdmabp_dl_fn_port_add(struct devlink *devlink)
{
	struct devlink_port_attrs attrs = {
		.flavour = DEVLINK_PORT_FLAVOUR_VIRTUAL,
	};
	struct rdmabp_dl *dl = rdmabp_dl(devlink);
	int err;

	memset(&dl->fn_port, 0, sizeof(dl->fn_port));
	devlink_port_attrs_set(&dl->fn_port, &attrs);
	err = devl_port_register_with_ops(devlink, &dl->fn_port, 1,
					  &rdmabp_dl_fn_port_ops);
	if (err) {
		WHY("devl_port_register_with_ops: %d", err);
		return err;
	}
	dl->fn_port_registered = true;
	return 0;
}

/* Port 0 and its health reporter, as mlx5 adds a vport's (instance lock
 * held).
 */
static int rdmabp_dl_port_add(struct devlink *devlink)
{
	struct devlink_port_attrs attrs = {
		.flavour = DEVLINK_PORT_FLAVOUR_VIRTUAL,
	};
	struct rdmabp_dl *dl = rdmabp_dl(devlink);
	struct devlink_health_reporter *rep;
	int err;

	memset(&dl->port, 0, sizeof(dl->port));
	devlink_port_attrs_set(&dl->port, &attrs);
	err = devl_port_register(devlink, &dl->port, 0);
	if (err) {
		WHY("devl_port_register: %d", err);
		return err;
	}
	dl->port_registered = true;
	rep = devl_port_health_reporter_create(&dl->port,
					       &rdmabp_dl_port_reporter_ops, dl);
	if (IS_ERR(rep)) {
		WHY("devl_port_health_reporter_create: %ld", PTR_ERR(rep));
		return PTR_ERR(rep);
	}
	dl->port_reporter = rep;
	return 0;
}

static void rdmabp_dl_port_del(struct devlink *devlink)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	if (dl->port_reporter)
		devl_health_reporter_destroy(dl->port_reporter);
	dl->port_reporter = NULL;
	if (dl->port_registered)
		devl_port_unregister(&dl->port);
	dl->port_registered = false;
	if (dl->fn_port_registered)
		devl_port_unregister(&dl->fn_port);
	dl->fn_port_registered = false;
}

/* The load parameters in, their value the reload count (instance lock held). */
static int rdmabp_dl_load(struct devlink *devlink)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);
	union devlink_param_value v;
	int err;

	err = devl_params_register(devlink, rdmabp_dl_load_params,
				   ARRAY_SIZE(rdmabp_dl_load_params));
	if (err) {
		WHY("devl_params_register of the load parameters: %d", err);
		return err;
	}
	dl->load_params_registered = true;
	memset(&v, 0, sizeof(v));
	v.vu32 = dl->reloads;
	devl_param_driverinit_value_set(devlink, RDMABP_DL_PARAM_ID_LOADS, &v);
	return 0;
}

static void rdmabp_dl_unload(struct devlink *devlink)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);

	if (dl->load_params_registered)
		devl_params_unregister(devlink, rdmabp_dl_load_params,
				       ARRAY_SIZE(rdmabp_dl_load_params));
	dl->load_params_registered = false;
}

static int rdmabp_dl_reload_down(struct devlink *devlink, bool netns_change,
				 enum devlink_reload_action action,
				 enum devlink_reload_limit limit,
				 struct netlink_ext_ack *extack)
{
	if (netns_change) {
		NL_SET_ERR_MSG_MOD(extack, "no namespace change");
		return -EOPNOTSUPP;
	}
	/* The kernel wants no port left across a driver reinit. */
	rdmabp_dl_port_del(devlink);
	rdmabp_dl_unload(devlink);
	return 0;
}

/* A reload applies the new driverinit value, as mlx5_load_one() does, and
 * brings the port and its reporter back.
 */
static int rdmabp_dl_reload_up(struct devlink *devlink,
			       enum devlink_reload_action action,
			       enum devlink_reload_limit limit,
			       u32 *actions_performed,
			       struct netlink_ext_ack *extack)
{
	struct rdmabp_dl *dl = rdmabp_dl(devlink);
	union devlink_param_value val;
	int err;

	*actions_performed = BIT(DEVLINK_RELOAD_ACTION_DRIVER_REINIT);
	dl->reloads++;
	err = devl_param_driverinit_value_get(devlink,
					      RDMABP_DL_PARAM_ID_GROUPS, &val);
	if (err)
		return err;
	dl->groups_applied = val.vu32;
	err = rdmabp_dl_load(devlink);
	if (err)
		return err;
	err = rdmabp_dl_port_add(devlink);
	if (err || !dl->fn_port_wanted)
		return err;
	return rdmabp_dl_fn_port_add(devlink);
}

#ifndef HAVE_DEVLINK_PORT_OPS
/* This kernel's devlink asks struct devlink_ops for a port function. */
#define RDMABP_DL_FN_VIA_DEVLINK_OPS
#endif

#ifndef HAVE_DEVL_LOCK
/*
 * 5.10's devlink reloads without the instance mutex, which these
 * callbacks expect held: wrapped as mlx5's are
 * (patches/quilt/mlx5-devlink-nolock-cmds-take-instance-lock.patch).
 */
static int rdmabp_dl_reload_down_locked(struct devlink *devlink,
					bool netns_change,
					enum devlink_reload_action action,
					enum devlink_reload_limit limit,
					struct netlink_ext_ack *extack)
{
	int err;

	devl_lock(devlink);
	err = rdmabp_dl_reload_down(devlink, netns_change, action, limit,
				    extack);
	devl_unlock(devlink);
	return err;
}

static int rdmabp_dl_reload_up_locked(struct devlink *devlink,
				      enum devlink_reload_action action,
				      enum devlink_reload_limit limit,
				      u32 *actions_performed,
				      struct netlink_ext_ack *extack)
{
	int err;

	devl_lock(devlink);
	err = rdmabp_dl_reload_up(devlink, action, limit, actions_performed,
				  extack);
	devl_unlock(devlink);
	return err;
}
#endif /* !HAVE_DEVL_LOCK */

static const struct devlink_ops rdmabp_dl_ops = {
	.reload_actions = BIT(DEVLINK_RELOAD_ACTION_DRIVER_REINIT),
#ifdef HAVE_DEVL_LOCK
	.reload_down = rdmabp_dl_reload_down,
	.reload_up = rdmabp_dl_reload_up,
#else
	.reload_down = rdmabp_dl_reload_down_locked,
	.reload_up = rdmabp_dl_reload_up_locked,
#endif /* HAVE_DEVL_LOCK */
#ifdef RDMABP_DL_FN_VIA_DEVLINK_OPS
	/* The compat module's dispatchers, named as mlx5's devlink_ops names
	 * them (patches/quilt/mlx5-devlink-port-fn-via-devlink-ops.patch).
	 */
#ifdef HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK
	.port_function_hw_addr_get = rdmabp_devlink_port_fn_hw_addr_get,
	.port_function_hw_addr_set = rdmabp_devlink_port_fn_hw_addr_set,
#else
	/* 5.10 passes the devlink first (<net/devlink.h>). */
	.port_function_hw_addr_get = rdmabp_devlink_port_function_hw_addr_get,
	.port_function_hw_addr_set = rdmabp_devlink_port_function_hw_addr_set,
#endif /* HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK */
#ifdef HAVE_DEVLINK_PORT_FN_STATE
	.port_fn_state_get = rdmabp_devlink_port_fn_state_get,
	.port_fn_state_set = rdmabp_devlink_port_fn_state_set,
#endif /* HAVE_DEVLINK_PORT_FN_STATE */
#endif /* RDMABP_DL_FN_VIA_DEVLINK_OPS */
};

/* ---------------------------------------------------------------- cases */

/* 7.x's devlink_alloc() wants a device bound to a driver. */
static int rdmabp_dl_probe(struct platform_device *pdev)
{
	return 0;
}

static struct platform_driver rdmabp_dl_driver = {
	.probe = rdmabp_dl_probe,
	.driver = {
		.name = RDMABP_DL_NAME,
	},
};

static enum rdmabp_result test_devlink_register(void)
{
	struct rdmabp_dl *dl;
	int err;

	err = platform_driver_register(&rdmabp_dl_driver);
	if (err) {
		WHY("platform_driver_register: %d", err);
		return RDMABP_FAIL;
	}
	rdmabp_driver_registered = true;
	rdmabp_pdev = platform_device_register_simple(RDMABP_DL_NAME,
						      PLATFORM_DEVID_NONE,
						      NULL, 0);
	if (IS_ERR(rdmabp_pdev)) {
		WHY("platform_device_register_simple: %ld", PTR_ERR(rdmabp_pdev));
		rdmabp_pdev = NULL;
		return RDMABP_FAIL;
	}
	if (!rdmabp_pdev->dev.driver) {
		WHY("the platform device is not bound to its driver");
		return RDMABP_FAIL;
	}
	rdmabp_devlink = devlink_alloc(&rdmabp_dl_ops, sizeof(*dl),
				       &rdmabp_pdev->dev);
	if (!rdmabp_devlink) {
		WHY("devlink_alloc failed");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(rdmabp_devlink);
	dl->threshold = RDMABP_DL_THRESHOLD;
	dl->remote_reset = true;
	dl->vfs = RDMABP_DL_VFS;
	strscpy(dl->mode, "dmfs", sizeof(dl->mode));
	strscpy(dl->csum, "default", sizeof(dl->csum));
	devl_lock(rdmabp_devlink);
	err = devl_register(rdmabp_devlink);
	devl_unlock(rdmabp_devlink);
	if (err) {
		WHY("devl_register: %d", err);
		devlink_free(rdmabp_devlink);
		rdmabp_devlink = NULL;
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* The three arrays register, each on its own, under the instance lock. */
static enum rdmabp_result test_params_register(void)
{
	struct devlink *devlink = rdmabp_devlink;
	struct rdmabp_dl *dl;
	int err = 0;
	size_t i;

	if (!devlink) {
		WHY("no devlink instance");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(devlink);
	devl_lock(devlink);
	for (i = 0; i < ARRAY_SIZE(rdmabp_dl_arrays) && !err; i++) {
		err = devl_params_register(devlink, rdmabp_dl_arrays[i].params,
					   rdmabp_dl_arrays[i].count);
		if (!err)
			dl->params_registered++;
	}
	devl_unlock(devlink);
	if (err) {
		WHY("devl_params_register of array %zu: %d", i - 1, err);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

static int rdmabp_dl_init_value(struct devlink *devlink, u32 id,
				union devlink_param_value *val)
{
	union devlink_param_value got;
	int err;

	devl_param_driverinit_value_set(devlink, id, val);
	err = devl_param_driverinit_value_get(devlink, id, &got);
	if (err) {
		WHY("devl_param_driverinit_value_get(%u): %d", id, err);
		return err;
	}
	if (memcmp(&got, val, sizeof(got))) {
		WHY("parameter %u: driverinit value set and read back differ",
		    id);
		return -EINVAL;
	}
	return 0;
}

/* Driverinit values set by pointer read back (mlx5_devlink_set_params_init_values). */
static enum rdmabp_result test_driverinit_value_set_get(void)
{
	struct devlink *devlink = rdmabp_devlink;
	union devlink_param_value v;
	int err;

	if (!devlink || rdmabp_dl(devlink)->params_registered < 1) {
		WHY("no parameters registered");
		return RDMABP_FAIL;
	}
	devl_lock(devlink);
	memset(&v, 0, sizeof(v));
	v.vbool = true;
	err = rdmabp_dl_init_value(devlink, DEVLINK_PARAM_GENERIC_ID_ENABLE_ROCE,
				   &v);
	if (!err) {
		memset(&v, 0, sizeof(v));
		v.vu32 = RDMABP_DL_GROUPS;
		err = rdmabp_dl_init_value(devlink, RDMABP_DL_PARAM_ID_GROUPS, &v);
	}
#ifdef HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE
	if (!err) {
		memset(&v, 0, sizeof(v));
		v.vu32 = RDMABP_DL_EQ_SIZE;
		err = rdmabp_dl_init_value(devlink,
					   DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE,
					   &v);
	}
#else
	/* An id this kernel does not know: left out, so unreadable. */
	if (!err &&
	    !devl_param_driverinit_value_get(devlink,
					     DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE,
					     &v)) {
		WHY("io_eq_size, left out on this kernel, reads back");
		err = -EINVAL;
	}
#endif /* HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE */
	devl_unlock(devlink);
	return err ? RDMABP_FAIL : RDMABP_PASS;
}

/*
 * A generic id of 7.x: where the kernel knows it, its driverinit value
 * reads back; where it does not, setting it (mlx5 does, for
 * num_doorbells) neither warns nor lands on another parameter, and
 * reading it fails, so the driver keeps its default.
 */
static enum rdmabp_result test_driverinit_new_generic_id(void)
{
	struct devlink *devlink = rdmabp_devlink;
	union devlink_param_value v, groups;
	bool tainted = test_taint(TAINT_WARN);
	int err, gerr;

	if (!devlink || rdmabp_dl(devlink)->params_registered < 3) {
		WHY("the parameters are not registered");
		return RDMABP_FAIL;
	}
	memset(&v, 0, sizeof(v));
	v.vu32 = RDMABP_DL_DOORBELLS;
	devl_lock(devlink);
	devl_param_driverinit_value_set(devlink,
					DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS,
					&v);
	memset(&v, 0, sizeof(v));
	err = devl_param_driverinit_value_get(devlink,
					      DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS,
					      &v);
	gerr = devl_param_driverinit_value_get(devlink,
					       RDMABP_DL_PARAM_ID_GROUPS,
					       &groups);
	devl_unlock(devlink);
	if (!tainted && test_taint(TAINT_WARN)) {
		WHY("setting num_doorbells warned (see the kernel log)");
		return RDMABP_FAIL;
	}
	if (gerr || groups.vu32 != RDMABP_DL_GROUPS) {
		WHY("test_groups reads %u (%d) after num_doorbells was set, want %u",
		    groups.vu32, gerr, RDMABP_DL_GROUPS);
		return RDMABP_FAIL;
	}
#ifdef HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS
	if (err || v.vu32 != RDMABP_DL_DOORBELLS) {
		WHY("num_doorbells reads %u (%d), want %u", v.vu32, err,
		    RDMABP_DL_DOORBELLS);
		return RDMABP_FAIL;
	}
#else
	if (!err) {
		WHY("num_doorbells reads %u on a kernel without it", v.vu32);
		return RDMABP_FAIL;
	}
#endif /* HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS */
	return RDMABP_PASS;
}

/* The compat registry's arrays for the instance (none: the kernel's own). */
static int rdmabp_dl_registry(struct devlink *devlink)
{
#ifndef HAVE_DEVLINK_PARAM_GET_EXTACK
	return rdmabp_devlink_param_sets(devlink);
#else
	return -1;
#endif /* !HAVE_DEVLINK_PARAM_GET_EXTACK */
}

/* An array registered and unregistered again is gone from the kernel and
 * from the compat registry.
 */
static enum rdmabp_result test_params_unregister(void)
{
	struct devlink *devlink = rdmabp_devlink;
	union devlink_param_value v;
	int before, during, after, err;

	if (!devlink) {
		WHY("no devlink instance");
		return RDMABP_FAIL;
	}
	before = rdmabp_dl_registry(devlink);
	devl_lock(devlink);
	err = devl_params_register(devlink, rdmabp_dl_tmp_params,
				   ARRAY_SIZE(rdmabp_dl_tmp_params));
	if (err) {
		devl_unlock(devlink);
		WHY("devl_params_register: %d", err);
		return RDMABP_FAIL;
	}
	during = rdmabp_dl_registry(devlink);
	memset(&v, 0, sizeof(v));
	v.vu32 = 5;
	err = rdmabp_dl_init_value(devlink, RDMABP_DL_PARAM_ID_TMP, &v);
	devl_params_unregister(devlink, rdmabp_dl_tmp_params,
			       ARRAY_SIZE(rdmabp_dl_tmp_params));
	after = rdmabp_dl_registry(devlink);
	if (!err && !devl_param_driverinit_value_get(devlink,
						     RDMABP_DL_PARAM_ID_TMP,
						     &v)) {
		WHY("test_tmp still reads %u after devl_params_unregister",
		    v.vu32);
		err = -EEXIST;
	}
	devl_unlock(devlink);
	if (err)
		return RDMABP_FAIL;
	pr_info("# " RDMABP_DL_NAME ": compat parameter arrays: %d, %d with test_tmp, %d after\n",
		before, during, after);
	if (during != (before < 0 ? -1 : before + 1) || after != before) {
		WHY("the compat registry holds %d arrays, %d with test_tmp, %d after",
		    before, during, after);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

#if !defined(HAVE_DEVLINK_PARAMS_AFTER_REGISTER) && defined(HAVE_DEVL_LOCK)
/* This kernel's devlink warns at parameter changes on a registered
 * instance; the compat module makes them on the kernel's list itself.
 */
#define RDMABP_DL_PARAMS_BY_COMPAT
#endif

/* Whether the kernel had warned before this module ran its cases. */
static bool rdmabp_tainted_at_load;

/*
 * Everything so far changed the parameters of a registered instance, as
 * mlx5 does right after devl_register(): three arrays registered, driverinit
 * values set, an array unregistered. None of it warned (6.1's devlink
 * warned at five places: compat/devlink_param.c does it there instead, on
 * the kernel's own list, which it must have found). Then the load
 * parameters come in as mlx5_load() registers its own, a driverinit value
 * with them, which the kernel reads back; reload_up() registers them again
 * (rdmabp_devlink_test.sh).
 */
static enum rdmabp_result test_params_after_register(void)
{
	struct devlink *devlink = rdmabp_devlink;
	union devlink_param_value v;
	int err;

	if (!devlink || rdmabp_dl(devlink)->params_registered < 3) {
		WHY("the parameters are not registered");
		return RDMABP_FAIL;
	}
#ifdef RDMABP_DL_PARAMS_BY_COMPAT
	if (!rdmabp_devlink_params_direct(devlink)) {
		WHY("the compat module did not find the kernel's parameter list");
		return RDMABP_FAIL;
	}
#endif
	devl_lock(devlink);
	err = rdmabp_dl_load(devlink);
	memset(&v, 0xff, sizeof(v));
	if (!err)
		err = devl_param_driverinit_value_get(devlink,
						      RDMABP_DL_PARAM_ID_LOADS,
						      &v);
	devl_unlock(devlink);
	if (err) {
		if (!why[0])
			WHY("test_loads: driverinit value not read back: %d", err);
		return RDMABP_FAIL;
	}
	if (v.vu32 != rdmabp_dl(devlink)->reloads) {
		WHY("test_loads reads %u, want %u", v.vu32,
		    rdmabp_dl(devlink)->reloads);
		return RDMABP_FAIL;
	}
	if (rdmabp_tainted_at_load) {
		WHY("the kernel had warned before: cannot tell whether these did");
		return RDMABP_SKIP;
	}
	if (test_taint(TAINT_WARN)) {
		WHY("changing the parameters of the registered instance warned (see the kernel log)");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* A reporter and a port reporter with 7.2-style ops. */
static enum rdmabp_result test_health_reporter_create(void)
{
	struct devlink *devlink = rdmabp_devlink;
	struct devlink_health_reporter *rep;
	struct rdmabp_dl *dl;
	int err;

	if (!devlink) {
		WHY("no devlink instance");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(devlink);
	devl_lock(devlink);
	rep = devl_health_reporter_create(devlink, &rdmabp_dl_reporter_ops, dl);
	if (IS_ERR(rep)) {
		devl_unlock(devlink);
		WHY("devl_health_reporter_create: %ld", PTR_ERR(rep));
		return RDMABP_FAIL;
	}
	dl->reporter = rep;
	err = rdmabp_dl_port_add(devlink);
	devl_unlock(devlink);
	if (err)
		return RDMABP_FAIL;
	if (devlink_health_reporter_priv(dl->reporter) != dl ||
	    devlink_health_reporter_priv(dl->port_reporter) != dl) {
		WHY("devlink_health_reporter_priv is not the priv given");
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/* Destroyed, the name is free again: a second create succeeds. */
static enum rdmabp_result test_health_reporter_destroy(void)
{
	struct devlink *devlink = rdmabp_devlink;
	struct devlink_health_reporter *rep;
	struct rdmabp_dl *dl;

	if (!devlink || !rdmabp_dl(devlink)->reporter) {
		WHY("no reporter");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(devlink);
	devl_lock(devlink);
	rep = devl_health_reporter_create(devlink, &rdmabp_dl_reporter_ops, dl);
	if (!IS_ERR(rep)) {
		devl_health_reporter_destroy(rep);
		devl_unlock(devlink);
		WHY("a second reporter of the same name was created");
		return RDMABP_FAIL;
	}
	devl_health_reporter_destroy(dl->reporter);
	dl->reporter = NULL;
	rep = devl_health_reporter_create(devlink, &rdmabp_dl_reporter_ops, dl);
	devl_unlock(devlink);
	if (IS_ERR(rep)) {
		WHY("create after destroy: %ld", PTR_ERR(rep));
		return RDMABP_FAIL;
	}
	dl->reporter = rep;
	return RDMABP_PASS;
}

/* A reported error is dumped and recovered through the ops. */
static enum rdmabp_result test_health_report_recovers(void)
{
	struct devlink *devlink = rdmabp_devlink;
	struct rdmabp_dl *dl;
	static int ctx;
	int err;

	if (!devlink || !rdmabp_dl(devlink)->reporter) {
		WHY("no reporter");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(devlink);
	err = devlink_health_report(dl->reporter, "rdmabp test error", &ctx);
	if (err) {
		WHY("devlink_health_report: %d", err);
		return RDMABP_FAIL;
	}
	if (dl->recovers != 1 || dl->recover_ctx != &ctx ||
	    dl->recover_reporter != dl->reporter || dl->dumps != 1) {
		WHY("recover ran %u times (ctx %s, reporter %s), dump %u times",
		    dl->recovers, dl->recover_ctx == &ctx ? "right" : "wrong",
		    dl->recover_reporter == dl->reporter ? "right" : "wrong",
		    dl->dumps);
		return RDMABP_FAIL;
	}
	return RDMABP_PASS;
}

/*
 * What this kernel's devlink calls for a port function's address and
 * state: struct devlink_ops (on 6.1 the compat module's dispatchers,
 * compat/devlink_port.c), or the port's own ops.
 */
static int rdmabp_dl_fn_addr_get(struct devlink_port *port, u8 *addr,
				 int *len)
{
#if defined(RDMABP_DL_FN_VIA_DEVLINK_OPS) && \
	!defined(HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK)
	return rdmabp_dl_ops.port_function_hw_addr_get(port->devlink, port,
						       addr, len, NULL);
#elif defined(RDMABP_DL_FN_VIA_DEVLINK_OPS)
	return rdmabp_dl_ops.port_function_hw_addr_get(port, addr, len, NULL);
#else
	if (!port->ops || !port->ops->port_fn_hw_addr_get)
		return -EOPNOTSUPP;
	return port->ops->port_fn_hw_addr_get(port, addr, len, NULL);
#endif
}

static int rdmabp_dl_fn_addr_set(struct devlink_port *port, const u8 *addr)
{
#if defined(RDMABP_DL_FN_VIA_DEVLINK_OPS) && \
	!defined(HAVE_DEVLINK_PORT_FN_HW_ADDR_NO_DEVLINK)
	return rdmabp_dl_ops.port_function_hw_addr_set(port->devlink, port,
						       addr, ETH_ALEN, NULL);
#elif defined(RDMABP_DL_FN_VIA_DEVLINK_OPS)
	return rdmabp_dl_ops.port_function_hw_addr_set(port, addr, ETH_ALEN,
						       NULL);
#else
	if (!port->ops || !port->ops->port_fn_hw_addr_set)
		return -EOPNOTSUPP;
	return port->ops->port_fn_hw_addr_set(port, addr, ETH_ALEN, NULL);
#endif
}

static int rdmabp_dl_fn_state_of(struct devlink_port *port,
				 enum devlink_port_fn_state *state,
				 enum devlink_port_fn_opstate *opstate)
{
#if defined(RDMABP_DL_FN_VIA_DEVLINK_OPS) && \
	!defined(HAVE_DEVLINK_PORT_FN_STATE)
	/* 5.10's devlink never asks (feature left out): the dispatcher. */
	return rdmabp_devlink_port_fn_state_get(port, state, opstate, NULL);
#elif defined(RDMABP_DL_FN_VIA_DEVLINK_OPS)
	return rdmabp_dl_ops.port_fn_state_get(port, state, opstate, NULL);
#else
	if (!port->ops || !port->ops->port_fn_state_get)
		return -EOPNOTSUPP;
	return port->ops->port_fn_state_get(port, state, opstate, NULL);
#endif
}

static int rdmabp_dl_fn_state_to(struct devlink_port *port,
				 enum devlink_port_fn_state state)
{
#if defined(RDMABP_DL_FN_VIA_DEVLINK_OPS) && \
	!defined(HAVE_DEVLINK_PORT_FN_STATE)
	return rdmabp_devlink_port_fn_state_set(port, state, NULL);
#elif defined(RDMABP_DL_FN_VIA_DEVLINK_OPS)
	return rdmabp_dl_ops.port_fn_state_set(port, state, NULL);
#else
	if (!port->ops || !port->ops->port_fn_state_set)
		return -EOPNOTSUPP;
	return port->ops->port_fn_state_set(port, state, NULL);
#endif
}

/*
 * A port registered with callbacks of its own (devl_port_register_with_ops(),
 * as mlx5's e-switch vports): its function's address and state reach its
 * callbacks, and only its: port 0, registered without any, answers
 * -EOPNOTSUPP (devlink shows no function for it). On 6.1 the instance's
 * devlink_ops dispatch by port; a port unregistered is forgotten and one
 * registered again is found again. The port stays for
 * rdmabp_devlink_test.sh (devlink port function show/set).
 */
static enum rdmabp_result test_port_fn_dispatch(void)
{
	static const u8 mac[ETH_ALEN] = { 0x02, 0xbd, 0, 0, 0, 0x01 };
	static const u8 mcast[ETH_ALEN] = { 0x03, 0xbd, 0, 0, 0, 0x09 };
	enum devlink_port_fn_opstate opstate = DEVLINK_PORT_FN_OPSTATE_DETACHED;
	enum devlink_port_fn_state state = DEVLINK_PORT_FN_STATE_INACTIVE;
	struct devlink *devlink = rdmabp_devlink;
	u8 addr[MAX_ADDR_LEN] = {};
	struct rdmabp_dl *dl;
	int err, len = 0;

	if (!devlink || !rdmabp_dl(devlink)->port_registered) {
		WHY("no devlink instance or no port 0");
		return RDMABP_FAIL;
	}
	dl = rdmabp_dl(devlink);
	dl->fn_port_wanted = true;
	devl_lock(devlink);
	err = rdmabp_dl_fn_port_add(devlink);
	devl_unlock(devlink);
	if (err)
		return RDMABP_FAIL;

	err = rdmabp_dl_fn_addr_set(&dl->fn_port, mac);
	if (err) {
		WHY("port 1: setting the address: %d", err);
		return RDMABP_FAIL;
	}
	err = rdmabp_dl_fn_addr_get(&dl->fn_port, addr, &len);
	if (err || len != ETH_ALEN || !ether_addr_equal(addr, mac)) {
		WHY("port 1: the address reads %d (len %d, %pM)", err, len,
		    addr);
		return RDMABP_FAIL;
	}
	err = rdmabp_dl_fn_addr_set(&dl->fn_port, mcast);
	if (err != -EINVAL || !ether_addr_equal(dl->fn_hw_addr, mac)) {
		WHY("port 1: a multicast address: %d, now %pM", err,
		    dl->fn_hw_addr);
		return RDMABP_FAIL;
	}
	err = rdmabp_dl_fn_state_to(&dl->fn_port, DEVLINK_PORT_FN_STATE_ACTIVE);
	if (!err)
		err = rdmabp_dl_fn_state_of(&dl->fn_port, &state, &opstate);
	if (err || state != DEVLINK_PORT_FN_STATE_ACTIVE ||
	    opstate != DEVLINK_PORT_FN_OPSTATE_ATTACHED) {
		WHY("port 1: state %d, opstate %d (%d)", state, opstate, err);
		return RDMABP_FAIL;
	}

	len = 0;
	if (rdmabp_dl_fn_addr_get(&dl->port, addr, &len) != -EOPNOTSUPP ||
	    rdmabp_dl_fn_addr_set(&dl->port, mac) != -EOPNOTSUPP ||
	    rdmabp_dl_fn_state_of(&dl->port, &state, &opstate) != -EOPNOTSUPP ||
	    rdmabp_dl_fn_state_to(&dl->port, DEVLINK_PORT_FN_STATE_ACTIVE) !=
	    -EOPNOTSUPP) {
		WHY("port 0 (no callbacks) did not answer -EOPNOTSUPP to all four");
		return RDMABP_FAIL;
	}

#ifdef RDMABP_DL_FN_VIA_DEVLINK_OPS
	devl_lock(devlink);
	devl_port_unregister(&dl->fn_port);
	dl->fn_port_registered = false;
	devl_unlock(devlink);
	err = rdmabp_dl_fn_addr_get(&dl->fn_port, addr, &len);
	if (err != -EOPNOTSUPP) {
		WHY("an unregistered port's callbacks are still called (%d)",
		    err);
		return RDMABP_FAIL;
	}
	devl_lock(devlink);
	err = rdmabp_dl_fn_port_add(devlink);
	devl_unlock(devlink);
	if (err)
		return RDMABP_FAIL;
	err = rdmabp_dl_fn_addr_get(&dl->fn_port, addr, &len);
	if (err || !ether_addr_equal(addr, mac)) {
		WHY("port 1 registered again: the address reads %d (%pM)", err,
		    addr);
		return RDMABP_FAIL;
	}
#endif
	return RDMABP_PASS;
}

/* -------------------------------------------------------- the counters */

static int rdmabp_dl_calls_get(char *buf, const struct kernel_param *kp)
{
	struct rdmabp_dl *dl;

	if (!rdmabp_devlink)
		return sysfs_emit(buf, "none\n");
	dl = rdmabp_dl(rdmabp_devlink);
	return sysfs_emit(buf,
			  "get=%u set=%u validate=%u wrong_id=%u recover=%u dump=%u diagnose=%u test=%u reload=%u fn=%u\n",
			  dl->gets, dl->sets, dl->validates, dl->wrong_ids,
			  dl->recovers, dl->dumps, dl->diagnoses, dl->tests,
			  dl->reloads, dl->fn_calls);
}

static const struct kernel_param_ops rdmabp_dl_calls_ops = {
	.get = rdmabp_dl_calls_get,
};

module_param_cb(calls, &rdmabp_dl_calls_ops, NULL, 0444);
MODULE_PARM_DESC(calls, "what the driver's devlink callbacks saw (read-only)");

/* ------------------------------------------------------------ runner */

static const struct rdmabp_case rdmabp_cases[] = {
	{ "devlink_register", test_devlink_register },
	{ "params_register", test_params_register },
	{ "driverinit_value_set_get", test_driverinit_value_set_get },
	{ "driverinit_new_generic_id", test_driverinit_new_generic_id },
	{ "params_unregister", test_params_unregister },
	{ "params_after_register", test_params_after_register },
	{ "health_reporter_create", test_health_reporter_create },
	{ "health_reporter_destroy", test_health_reporter_destroy },
	{ "health_report_recovers", test_health_report_recovers },
	{ "port_fn_dispatch", test_port_fn_dispatch },
};

/* The devlink compat units this target's probe facts select. */
static const char rdmabp_units[] = ""
#ifndef HAVE_DEVLINK_PARAM_GET_EXTACK
	" devlink_param_get_extack"
#endif
#ifndef HAVE_DEVLINK_HEALTH_REPORTER_DEFAULT_PERIODS
	" devlink_health_reporter_default_periods"
#endif
#ifndef HAVE_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR
	" devl_param_driverinit_value_set_ptr"
#endif
#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_NUM_DOORBELLS
	" devlink_param_generic_id_num_doorbells"
#endif
#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_TOTAL_VFS
	" devlink_param_generic_id_total_vfs"
#endif
#ifndef HAVE_DEVLINK_PARAM_SET_EXTACK
	" devlink_param_set_extack"
#endif
#ifdef RDMABP_DL_FN_VIA_DEVLINK_OPS
	" devlink_port_ops"
#endif
#ifndef HAVE_DEVLINK_PORT_FN_STATE
	" devlink_port_fn_state"
#endif
#ifndef HAVE_DEVLINK_PARAM_GENERIC_ID_IO_EQ_SIZE
	" devlink_param_generic_id_io_eq_size"
#endif
#ifdef RDMABP_DL_PARAMS_BY_COMPAT
	" devlink_params_after_register"
#endif
	;

static void rdmabp_dl_teardown(void)
{
	struct devlink *devlink = rdmabp_devlink;
	struct rdmabp_dl *dl;
	unsigned int i;

	if (devlink) {
		dl = rdmabp_dl(devlink);
		devl_lock(devlink);
		rdmabp_dl_port_del(devlink);
		rdmabp_dl_unload(devlink);
		if (dl->reporter)
			devl_health_reporter_destroy(dl->reporter);
		for (i = dl->params_registered; i > 0; i--)
			devl_params_unregister(devlink,
					       rdmabp_dl_arrays[i - 1].params,
					       rdmabp_dl_arrays[i - 1].count);
		devl_unregister(devlink);
		devl_unlock(devlink);
		if (rdmabp_dl_registry(devlink) < 0)
			pr_info("# " RDMABP_DL_NAME ": compat parameter arrays left: none, the kernel's own devlink\n");
		else
			pr_info("# " RDMABP_DL_NAME ": compat parameter arrays left: %d\n",
				rdmabp_dl_registry(devlink));
		devlink_free(devlink);
		rdmabp_devlink = NULL;
	}
	if (rdmabp_pdev)
		platform_device_unregister(rdmabp_pdev);
	rdmabp_pdev = NULL;
	if (rdmabp_driver_registered)
		platform_driver_unregister(&rdmabp_dl_driver);
	rdmabp_driver_registered = false;
}

static int __init rdmabp_devlink_test_init(void)
{
	int failed;

	rdmabp_tainted_at_load = test_taint(TAINT_WARN);
	pr_info("KTAP version 1\n");
	pr_info("1..%zu\n", ARRAY_SIZE(rdmabp_cases));
	pr_info("# " RDMABP_DL_NAME ": devlink compat units in use:%s\n",
		rdmabp_units[0] ? rdmabp_units : " none");
	failed = rdmabp_ktap_run(rdmabp_cases, ARRAY_SIZE(rdmabp_cases));
	pr_info("# " RDMABP_DL_NAME ": %d of %zu failed\n", failed,
		ARRAY_SIZE(rdmabp_cases));
	return 0;
}

static void __exit rdmabp_devlink_test_exit(void)
{
	rdmabp_dl_teardown();
}

module_init(rdmabp_devlink_test_init);
module_exit(rdmabp_devlink_test_exit);
MODULE_DESCRIPTION("rdma-backports: the devlink compat at run time (KTAP, and an instance for devlink(8))");
MODULE_LICENSE("GPL");
