// The fuzz loop: libFuzzer feeds inputs to aliasesTarget (see its doc comment).
import FuzzSupport

runFuzzer(aliasesTarget)
