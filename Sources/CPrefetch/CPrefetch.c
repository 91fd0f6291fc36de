/* CPrefetch is a header-only C module (include/CPrefetch.h); SwiftPM needs one source file. */
#include "CPrefetch.h"
