// The declaration of libFuzzer's driver entry point for Swift (see include/FuzzerDriver.h);
// the definition comes from libclang_rt.fuzzer, linked by -sanitize=fuzzer.
#include "FuzzerDriver.h"
