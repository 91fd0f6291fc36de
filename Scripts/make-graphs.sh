#!/bin/sh
# Regenerates everything in Graphs/ from the articles in Samples/: the output set of
# `nexus build` (nexus.dot, .svg, .json, .graph.json, .html, .manifest.json), the README's
# picture nexus.png, and the explorer screenshot explorer.png.
#
#   Scripts/make-graphs.sh            # builds nexus (debug) first
#   NEXUS=.build/release/nexus Scripts/make-graphs.sh
#
# Run it from anywhere; it works in the folder above Scripts/. GraphsFolderTests runs it on a
# copy of Samples/ and checks that Graphs/ holds what it writes, byte for byte, but for
# explorer.png: the screenshot needs Chromium, chromedriver and Python's selenium, and is left
# alone (with a note) when they are missing or when NEXUS_SCREENSHOT=0.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${NEXUS:-}" ]; then
    swift build --product nexus
    NEXUS=.build/debug/nexus
fi
"$NEXUS" build Samples -o Graphs
"$NEXUS" render Graphs/nexus.graph.json -f png -o Graphs/nexus.png
if [ "${NEXUS_SCREENSHOT:-1}" = 0 ]; then
    exit 0
fi
if command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ] && python3 -c 'import selenium' 2>/dev/null; then
    python3 Tests/Browser/explorer_test.py "$PWD/Graphs/nexus.html" - Graphs/explorer.png
else
    echo "note: Graphs/explorer.png not taken again: it needs chromium, chromedriver and pip selenium" >&2
fi
