#ifndef NEXUS_CPREFETCH_H
#define NEXUS_CPREFETCH_H

/* A software prefetch: asks the processor to bring the cache line holding `address` into
   the caches without waiting for it (GCC/Clang __builtin_prefetch, read access, high
   temporal locality). It never faults and changes no result, only when memory is read.
   Swift has no prefetch of its own; NexusLearning's weight tables use this to overlap the
   cache misses of a feature vector's rows (SparseWeightTable.score). */
static inline __attribute__((always_inline)) void nexus_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
