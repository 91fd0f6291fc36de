#ifndef NEXUS_CGRAPHVIZ_SHIM_H
#define NEXUS_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 strict concurrency rejects C globals such as Agundirected; these wrappers hand
   out the graph descriptors as values instead. */
static inline Agdesc_t nexus_agundirected(void) { return Agundirected; }
static inline Agdesc_t nexus_agdirected(void) { return Agdirected; }
static inline Agdesc_t nexus_agstrictdirected(void) { return Agstrictdirected; }

#endif
