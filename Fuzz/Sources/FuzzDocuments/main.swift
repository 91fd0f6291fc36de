// The fuzz loop: libFuzzer feeds inputs to documentsTarget (see its doc comment).
import FuzzSupport

runFuzzer(documentsTarget)
