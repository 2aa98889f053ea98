/* util.h -- small shared helpers of the core (internal). */
#ifndef DL_UTIL_H
#define DL_UTIL_H

#include <stddef.h>
#include <stdlib.h>

/* Make room for `need` elements of `elem` bytes in the array *items of
 * capacity *cap, growing geometrically.  Returns 0 on success, -1 when the
 * allocation fails or the size would overflow (*items is then unchanged,
 * still owned by the caller). */
static inline int dl_grow(void **items, size_t *cap, size_t need, size_t elem)
{
  size_t ncap;
  void *p;
  if (need <= *cap) return 0;
  ncap = *cap ? *cap : 16;
  while (ncap < need) {
    if (ncap > ((size_t)-1) / 2 / elem) return -1;
    ncap *= 2;
  }
  p = realloc(*items, ncap * elem);
  if (!p) return -1;
  *items = p;
  *cap = ncap;
  return 0;
}

#endif
