// The fuzz loop: libFuzzer feeds inputs to jsonTarget (see its doc comment).
import FuzzSupport

runFuzzer(jsonTarget)
