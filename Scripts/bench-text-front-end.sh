#!/bin/sh
# Release-build benchmark of the text front end (-O -wmo, as `swift build -c release`), without
# touching the package targets:
# compiles the sources it needs (NexusText, the gazetteers of NexusEntities and the NexusCore
# types they use) into one optimized executable, then runs it on TEXT_FILE (default: the Samples
# repeated 20 times).
#
#   Scripts/bench-text-front-end.sh [TEXT_FILE]
#
# A CoNLL-2003 file can be turned into text with:
#   awk 'NF==0{print line; line=""; next} $1!="-DOCSTART-"{line=line (line==""?"":" ") $1}' eng.train > conll.txt
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in TextRange Token Sentence Document Mention EntityType; do
    sed 's/^import NexusCore$//' "$root/Sources/NexusCore/$f.swift" > "$work/$f.swift"
done
for f in "$root"/Sources/NexusText/*.swift "$root"/Sources/NexusEntities/Gazetteer/*.swift; do
    sed 's/^import Nexus\(Core\|Text\)$//' "$f" > "$work/$(basename "$f")"
done
printf 'import Foundation\nextension Bundle { static var module: Bundle { Bundle.main } }\n' > "$work/BundleModule.swift"
cp "$root/Scripts/bench-text-front-end/main.swift" "$work/Bench.swift"
text=${1:-}
if [ -z "$text" ]; then
    text="$work/samples.txt"
    for _ in $(seq 20); do cat "$root"/Samples/*.txt; done > "$text"
fi
swiftc -O -wmo -parse-as-library -module-name BenchTextFrontEnd "$work"/*.swift -o "$work/bench" 2>&1 | grep -v warning || true
"$work/bench" "$root/Sources/NexusEntities/Resources/gazetteers" "$text"
