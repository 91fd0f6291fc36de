// The fuzz loop: libFuzzer feeds inputs to correctionsTarget (see its doc comment).
import FuzzSupport

runFuzzer(correctionsTarget)
