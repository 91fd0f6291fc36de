// The fuzz loop: libFuzzer feeds inputs to edgeListTarget (see its doc comment).
import FuzzSupport

runFuzzer(edgeListTarget)
