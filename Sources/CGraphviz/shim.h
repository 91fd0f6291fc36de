#ifndef NEXUS_CGRAPHVIZ_SHIM_H
#define NEXUS_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 strict concurrency rejects C globals such as Agundirected; these wrappers hand
   out the graph descriptors as values instead. */
static inline Agdesc_t nexus_agundirected(void) { return Agundirected; }
static inline Agdesc_t nexus_agdirected(void) { return Agdirected; }
static inline Agdesc_t nexus_agstrictdirected(void) { return Agstrictdirected; }

/* Writes `g` as DOT into a malloc'd, NUL-terminated buffer (through open_memstream).
   Returns NULL when the stream cannot be opened or agwrite fails; the caller frees the
   buffer with free(). */
static inline char *nexus_agwrite_to_buffer(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (stream == NULL) return NULL;
    int status = agwrite(g, stream);
    if (fclose(stream) != 0 || status != 0) {
        free(buffer);
        return NULL;
    }
    *length = size;
    return buffer;
}

/* agtail and aghead are macros over the edge pair; Swift cannot import them. */
static inline Agnode_t *nexus_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *nexus_aghead(Agedge_t *e) { return aghead(e); }

/* Releases memory that Graphviz handed out with malloc (aglasterr, gvPluginList). */
static inline void nexus_free(void *pointer) { free(pointer); }

#endif
