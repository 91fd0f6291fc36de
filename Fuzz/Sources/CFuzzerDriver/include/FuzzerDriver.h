#ifndef NEXUS_FUZZER_DRIVER_H
#define NEXUS_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have a `main` of their own (LLVM 12+, in
/// libclang_rt.fuzzer): parses libFuzzer's flags from argc/argv and runs the fuzzing loop on
/// `UserCb`. SwiftPM gives every executable target a `main`, so the targets call this instead
/// of relying on the `main` libFuzzer would supply.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
