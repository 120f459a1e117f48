// SPDX-License-Identifier: GPL-2.0
/*
 * IRQ reverse maps whose entries can be removed one by one.
 *
 * Undoes: "lib: cpu_rmap: Add irq_cpu_rmap_remove to complement
 * irq_cpu_rmap_add" (v6.4).
 * Selected by: !HAVE_IRQ_CPU_RMAP_REMOVE.
 * Why not a header: the glue between an IRQ's affinity notifier and its
 * reverse-map slot is private to lib/cpu_rmap.c, and the kernel's
 * free_irq_cpu_rmap() releases every slot's glue, so a glue released
 * early (irq_cpu_rmap_remove()) would be used after it was freed. These
 * are the newer kernel's three calls on the exported cpu_rmap_add(),
 * cpu_rmap_update() and cpu_rmap_put(): a release clears its slot, the
 * map is freed without the cleared slots, and an entry added takes the
 * first clear slot (the same series' "lib: cpu_rmap: Use allocator for
 * rmap entries"): such a kernel's cpu_rmap_add() only appends, and hits
 * its BUG_ON() once as many entries were ever added as the map has slots
 * (mlx5 releases and requests its completion IRQs again as EQs come and
 * go).
 */
#include <linux/cpu_rmap.h>
#include <linux/interrupt.h>
#include <linux/export.h>
#include <linux/slab.h>

#ifndef HAVE_IRQ_CPU_RMAP_REMOVE

struct rdmabp_irq_glue {
	struct irq_affinity_notify notify;
	struct cpu_rmap *rmap;
	u16 index;
};

void rdmabp_free_irq_cpu_rmap(struct cpu_rmap *rmap)
{
	struct rdmabp_irq_glue *glue;
	u16 index;

	if (!rmap)
		return;

	for (index = 0; index < rmap->size; index++) {
		glue = rmap->obj[index];
		if (glue)
			irq_set_affinity_notifier(glue->notify.irq, NULL);
	}

	cpu_rmap_put(rmap);
}
EXPORT_SYMBOL_GPL(rdmabp_free_irq_cpu_rmap);

static void rdmabp_irq_cpu_rmap_notify(struct irq_affinity_notify *notify,
				       const cpumask_t *mask)
{
	struct rdmabp_irq_glue *glue =
		container_of(notify, struct rdmabp_irq_glue, notify);
	int rc;

	rc = cpu_rmap_update(glue->rmap, glue->index, mask);
	if (rc)
		pr_warn("irq_cpu_rmap_notify: update failed: %d\n", rc);
}

static void rdmabp_irq_cpu_rmap_release(struct kref *ref)
{
	struct rdmabp_irq_glue *glue =
		container_of(ref, struct rdmabp_irq_glue, notify.kref);

	glue->rmap->obj[glue->index] = NULL;
	cpu_rmap_put(glue->rmap);
	kfree(glue);
}

int rdmabp_irq_cpu_rmap_remove(struct cpu_rmap *rmap, int irq)
{
	return irq_set_affinity_notifier(irq, NULL);
}
EXPORT_SYMBOL_GPL(rdmabp_irq_cpu_rmap_remove);

/*
 * The first clear slot, as the newer cpu_rmap_add() takes it: one that
 * was released, or the next never used (then the kernel's cpu_rmap_add()
 * appends it there). Returns its index or -ENOSPC.
 */
static int rdmabp_cpu_rmap_add(struct cpu_rmap *rmap, void *obj)
{
	u16 index;

	for (index = 0; index < rmap->used; index++) {
		if (!rmap->obj[index]) {
			rmap->obj[index] = obj;
			return index;
		}
	}
	if (rmap->used >= rmap->size)
		return -ENOSPC;
	return cpu_rmap_add(rmap, obj);
}

int rdmabp_irq_cpu_rmap_add(struct cpu_rmap *rmap, int irq)
{
	struct rdmabp_irq_glue *glue = kzalloc(sizeof(*glue), GFP_KERNEL);
	int rc;

	if (!glue)
		return -ENOMEM;
	glue->notify.notify = rdmabp_irq_cpu_rmap_notify;
	glue->notify.release = rdmabp_irq_cpu_rmap_release;
	glue->rmap = rmap;
	kref_get(&rmap->refcount);
	rc = rdmabp_cpu_rmap_add(rmap, glue);
	if (rc < 0)
		goto err_add;

	glue->index = rc;
	rc = irq_set_affinity_notifier(irq, &glue->notify);
	if (rc)
		goto err_set;

	return rc;

err_set:
	rmap->obj[glue->index] = NULL;
err_add:
	cpu_rmap_put(glue->rmap);
	kfree(glue);
	return rc;
}
EXPORT_SYMBOL_GPL(rdmabp_irq_cpu_rmap_add);

#endif /* !HAVE_IRQ_CPU_RMAP_REMOVE */
