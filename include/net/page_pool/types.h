/* SPDX-License-Identifier: GPL-2.0 */
/* <net/page_pool/types.h> on kernels that declare the page pool in one header. */
#ifndef _RDMABP_NET_PAGE_POOL_TYPES_H
#define _RDMABP_NET_PAGE_POOL_TYPES_H

#ifdef HAVE_PAGE_POOL_HELPERS_H
#include_next <net/page_pool/types.h>
#else
/*
 * Undoes: "page_pool: split types and declarations from page_pool.h"
 * (v6.6). Selected by: !HAVE_PAGE_POOL_HELPERS_H. Such a kernel declares
 * the types in <net/page_pool.h>, with the helpers.
 */
#include <net/page_pool/helpers.h>
#endif /* HAVE_PAGE_POOL_HELPERS_H */

#endif /* _RDMABP_NET_PAGE_POOL_TYPES_H */
