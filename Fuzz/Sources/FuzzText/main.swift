// The fuzz loop: libFuzzer feeds inputs to textTarget (see its doc comment).
import FuzzSupport

runFuzzer(textTarget)
