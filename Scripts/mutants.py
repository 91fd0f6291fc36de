#!/usr/bin/env python3
"""Hand-planted mutants: does the test suite notice a real bug?

Each mutant below is a small, plausible bug (a flipped comparison, a dropped guard, an
off-by-one) planted by a textual replacement in one source file. For each, the script applies
the replacement, builds (`swift build --build-tests`), runs the narrow test filter that should
notice it (`swift test --skip-build --filter ...`) and restores the file, always (also on
Ctrl-C or an error). A mutant is *killed* when the build or the tests fail, *survived* when
every test still passes. A survivor is a hole in the tests: write the test that kills it.

Run from the package root:

    python3 Scripts/mutants.py               # every mutant (40+ minutes on two cores)
    python3 Scripts/mutants.py A01 X03       # some of them
    python3 Scripts/mutants.py --list        # the list, without running anything

Prints one row per mutant and writes the table (Markdown) to .build/mutants.md. The exit
status is 1 when any mutant survived or no longer applies (its original text is gone: update
the list).
"""
import os
import signal
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

ANALYSIS = "NexusAnalysisTests"
RESOLVER = "NexusEventsTests.ResolverGuardTests|NexusEventsTests.ResolverSampleTests|NexusEventsTests.ResolutionUnseenTests|NexusEventsTests.ResolverEdgeCaseTests|NexusEventsTests.NamesakeResolutionTests|NexusEventsTests.ResolverUnseenCorpusTests|NexusPipelineTests.NewsroomStyleTests|NexusPipelineTests.UnseenPassageTests|NexusPipelineTests.SeedArticlesTests"
EXPORT = "NexusExportTests"

# (id, file, original text (must occur exactly once), replacement, test filter, what the bug is)
MUTANTS = [
    # --- analysis ---
    ("A01", "Sources/NexusAnalysis/BetweennessCentrality.swift",
     "scale = n <= 2 ? nil : 1 / (Double(n - 1) * Double(n - 2))",
     "scale = n <= 1 ? nil : 1 / (Double(n - 1) * Double(n - 2))", ANALYSIS,
     "betweenness normalisation off by one (NaN on one edge)"),
    ("A02", "Sources/NexusAnalysis/BetweennessCentrality.swift",
     "scale = 0.5", "scale = 1", ANALYSIS, "raw betweenness counts each pair twice"),
    ("A03", "Sources/NexusAnalysis/ClosenessCentrality.swift",
     "if total > 0 && n > 1 {", "if n > 1 {", ANALYSIS, "closeness without its total > 0 guard (NaN for isolated nodes)"),
    ("A04", "Sources/NexusAnalysis/ClosenessCentrality.swift",
     "let reached = Double(kernel.settled - 1)", "let reached = Double(kernel.settled)", ANALYSIS,
     "closeness counts the node itself as reached"),
    ("A05", "Sources/NexusAnalysis/DegreeCentrality.swift",
     "guard n > 1 else { return [Double](repeating: 1, count: n) }",
     "guard n > 0 else { return [Double](repeating: 1, count: n) }", ANALYSIS,
     "degree centrality of a one-node graph divides by zero"),
    ("A06", "Sources/NexusAnalysis/PageRank.swift",
     "if outWeight[v] == 0 { dangling += x[v] }", "", ANALYSIS, "PageRank loses the rank of dangling nodes"),
    ("A07", "Sources/NexusAnalysis/PageRank.swift",
     "let teleport = (1 - alpha) / Double(n)", "let teleport = (1 - alpha) / Double(n + 1)", ANALYSIS,
     "PageRank teleport off by one"),
    ("A08", "Sources/NexusAnalysis/EigenvectorCentrality.swift",
     "var sum = x[v]", "var sum = 0.0", ANALYSIS, "eigenvector iteration without the identity shift"),
    ("A09", "Sources/NexusAnalysis/Modularity.swift",
     "q += (inside[community] ?? 0) / total - resolution * share * share",
     "q += (inside[community] ?? 0) / total - share * share", ANALYSIS, "modularity ignores the resolution"),
    ("A10", "Sources/NexusAnalysis/Modularity.swift",
     "if labels[u] == labels[v] { inside[labels[v], default: 0] += w }",
     "inside[labels[v], default: 0] += w", ANALYSIS, "modularity counts every edge as inside"),
    ("A11", "Sources/NexusAnalysis/ShortestPath.swift",
     "let candidate = d + 1 / weights[e]", "let candidate = d + weights[e]", ANALYSIS,
     "weighted shortest path uses strength as length"),
    ("A12", "Sources/NexusAnalysis/AnalysisGraph.swift",
     "merged[merged.count - 1].2 += pair.2", "merged[merged.count - 1].2 = pair.2", ANALYSIS,
     "parallel edges keep the last weight instead of the sum"),
    ("A13", "Sources/NexusAnalysis/AnalysisGraph.swift",
     "if a == b { continue }", "", ANALYSIS, "self-loops kept in the simple graph"),
    ("A14", "Sources/NexusAnalysis/EgoNetwork.swift",
     "while level < radius && !frontier.isEmpty {", "while level <= radius && !frontier.isEmpty {", ANALYSIS,
     "ego network one hop too deep"),
    ("A15", "Sources/NexusAnalysis/ApproximateBetweenness.swift",
     "let rescale = n > 2 ? Double(n) / Double(n - 2) : 1", "let rescale = Double(n) / Double(n - 2)", ANALYSIS,
     "sampled betweenness rescale without its n > 2 guard"),
    ("A16", "Sources/NexusAnalysis/KShortestPaths.swift",
     "let blockedNodes = Set(root.dropLast())", "let blockedNodes = Set<Int>()", ANALYSIS,
     "Yen's spur paths may revisit the root (paths not simple)"),
    ("A17", "Sources/NexusAnalysis/KShortestPaths.swift",
     "if a.length != b.length { return a.length < b.length }",
     "if a.length != b.length { return a.length > b.length }", ANALYSIS, "k shortest paths take the longest candidate"),
    ("A18", "Sources/NexusAnalysis/Louvain.swift",
     "if gain > bestGain {", "if gain >= bestGain {", ANALYSIS, "Louvain moves nodes on a zero gain"),
    ("A19", "Sources/NexusAnalysis/Louvain.swift",
     "if modularity - previous <= threshold { break }", "if modularity - previous <= threshold { }", ANALYSIS,
     "Louvain never stops aggregating on a small gain"),
    ("A20", "Sources/NexusAnalysis/CentralityMeasure.swift",
     "return options.weighted ? weightedDegree() : degreeCentrality()",
     "return degreeCentrality()", ANALYSIS + "|NexusCLITests.RankCommandTests|NexusCLITests.DegenerateGraphCommandTests",
     "rank --weighted ignored for degree"),
    # --- extraction: tokens, tagger spans, amounts, resolution ---
    ("E01", "Sources/NexusText/Tokenizer.swift",
     "range: TextRange(start: span.start, end: span.end)", "range: TextRange(start: span.start, end: span.end + 1)",
     "NexusTextTests", "token offsets one past the token"),
    ("E02", "Sources/NexusEntities/NER/NERChunker.swift",
     'if p == "E" || p == "S" { return true }', 'if p == "E" { return true }', "NexusEntitiesTests",
     "a single-token entity does not end its chunk"),
    ("E03", "Sources/NexusEvents/AmountParser.swift",
     '"million": 1e6,', '"million": 1e5,', "NexusEventsTests.AmountParserTests|NexusEventsTests.CommitmentUnseenTests",
     "million read as 100,000"),
    ("E04", "Sources/NexusEntities/Resolution/NameSimilarity.swift",
     "previous[j - 1] + cost)", "previous[j - 1] + 1)", RESOLVER + "|NexusPipelineTests.EntityNameMatcherTests",
     "edit distance charges equal letters"),
    ("E05", "Sources/NexusEntities/Resolution/ResolverDocument.swift",
     "if x.count == 1 { return y.hasPrefix(x) }", "if x.count == 1 { return true }", RESOLVER,
     "any initial matches any first name"),
    ("E06", "Sources/NexusEntities/Resolution/ResolverDocument.swift",
     "guard p.last == q.last else { return true }", "guard p.last == q.last else { return false }", RESOLVER,
     "people with different surnames may merge"),
    ("E07", "Sources/NexusEntities/Resolution/ResolverDocument.swift",
     "if candidates.count == 1, let target = candidates.first {",
     "if candidates.count >= 1, let target = candidates.first {", RESOLVER,
     "an acronym merges with one of several organisations with its initials"),
    ("E08", "Sources/NexusEvents/ResolverCorpus.swift",
     "NameSimilarity.editDistance(p, q) <= 1 ||", "NameSimilarity.editDistance(p, q) <= 3 ||", RESOLVER,
     "spelling variants three edits apart merge"),
    ("E09", "Sources/NexusEntities/Resolution/ResolverDocument.swift",
     'guard open + 2 < words.count, words[open].text == "(", words[open + 2].text == ")" else { continue }',
     'guard open + 2 < words.count, words[open].text == "(" else { continue }', RESOLVER,
     "an acronym definition needs no closing parenthesis"),
    # --- export: writers and readers ---
    ("X01", "Sources/NexusExport/XMLText.swift",
     'case "&": out.append("&amp;")', 'case "&": out.append("&")', EXPORT, "XML ampersand not escaped"),
    ("X02", "Sources/NexusExport/XMLText.swift",
     'case "\\n": out.append("&#10;")', 'case "\\n": out.append("\\n")', EXPORT,
     "line feeds in attributes not escaped (normalised to spaces by readers)"),
    ("X03", "Sources/NexusExport/CSVField.swift",
     'if scalar == "\\"" { out.append("\\"") }', "", EXPORT, "CSV inner quotes not doubled"),
    ("X04", "Sources/NexusExport/CSVField.swift",
     "|| text.first?.isWhitespace == true || text.last?.isWhitespace == true", "", EXPORT,
     "CSV fields with outer spaces not quoted"),
    ("X05", "Sources/NexusExport/ScriptJSON.swift",
     "case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029, 0x7F...0x9F, 0xFFFE, 0xFFFF:",
     "case 0x00..<0x20, 0x3E, 0x26, 0x2028, 0x2029, 0x7F...0x9F, 0xFFFE, 0xFFFF:",
     EXPORT, "'<' written raw into a script element"),
    ("X06", "Sources/NexusExport/ExportNumber.swift",
     "if value == value.rounded(), abs(value) < 1e18 {", "if abs(value) < 1e18 {", EXPORT,
     "fractional numbers truncated to integers in exports"),
    ("X07", "Sources/NexusExport/ScriptJSON.swift",
     "if value == value.rounded(), abs(value) < 1e15 {", "if abs(value) < 1e15 {", EXPORT,
     "fractional numbers truncated in the explorer's data"),
    ("X08", "Sources/NexusExport/ExtractionJSON+Reading.swift",
     'let end = try cursor.field("end").offset()', 'let end = try cursor.field("start").offset()', EXPORT,
     "the extraction reader loses the end offsets"),
    ("X09", "Sources/NexusPipeline/AnalysisLine.swift",
     'out += String(format: "\\\\u%04X", scalar.value)', 'out += String(format: "\\\\u%04X", scalar.value - 1)',
     "NexusPipelineTests.ExtractionPropertyTests", "analysis lines escape bidirectional controls as the wrong character"),
    ("X10", "Sources/NexusExport/ExtractionJSON.swift",
     '"trigger": .object(["text": .string(event.trigger.text), "start": .int(event.trigger.start), "end": .int(event.trigger.end)]),',
     '"trigger": .object(["text": .string(event.trigger.text), "start": .int(event.trigger.start), "end": .int(event.trigger.start)]),',
     "NexusPipelineTests.ExtractionPropertyTests", "extraction JSON writes an event trigger's start as its end"),
    ("X11", "Sources/NexusExport/ExtractionJSON.swift",
     'members["sentence"] = .int(mention.sentence)', 'members["sentence"] = .int(max(0, mention.sentence - 1))',
     "NexusPipelineTests.ExtractionPropertyTests", "extraction JSON writes a mention's sentence off by one"),
]


def run(command, log):
    with open(log, "a") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        return subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, timeout=1800).returncode


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    chosen = [m for m in MUTANTS if not arguments or m[0] in arguments]
    if "--list" in sys.argv:
        for m in MUTANTS:
            print(f"{m[0]}  {m[1]}: {m[5]}  [{m[4]}]")
        print(f"{len(MUTANTS)} mutants")
        return 0
    os.makedirs(os.path.join(ROOT, ".build"), exist_ok=True)
    log = os.path.join(ROOT, ".build", "mutants.log")
    open(log, "w").close()
    rows = []
    pristine = {}

    def restore(*_):
        for path, text in pristine.items():
            with open(path, "w") as f:
                f.write(text)
        pristine.clear()

    def interrupted(signum, frame):
        restore()
        print("\ninterrupted: every source file restored", file=sys.stderr)
        sys.exit(130)

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    for ident, file, original, replacement, test_filter, bug in chosen:
        path = os.path.join(ROOT, file)
        with open(path) as f:
            text = f.read()
        if text.count(original) != 1:
            rows.append((ident, file, bug, f"STALE (original found {text.count(original)} times)", 0))
            print(f"{ident}  STALE  {file}: original text found {text.count(original)} times", flush=True)
            continue
        started = time.time()
        pristine[path] = text
        try:
            with open(path, "w") as f:
                f.write(text.replace(original, replacement))
            if run(["swift", "build", "--build-tests"], log) != 0:
                status = "killed (does not compile)"
            else:
                code = run(["swift", "test", "--skip-build", "--filter", test_filter], log)
                status = "survived" if code == 0 else "killed"
        except subprocess.TimeoutExpired:
            status = "killed (timeout)"
        finally:
            restore()
        seconds = time.time() - started
        rows.append((ident, file, bug, status, seconds))
        print(f"{ident}  {status:<26} {seconds:5.0f}s  {file}: {bug}", flush=True)
    table = ["| mutant | file | planted bug | result |", "|---|---|---|---|"]
    for ident, file, bug, status, _ in rows:
        table.append(f"| {ident} | `{file.replace('Sources/', '')}` | {bug} | {status} |")
    with open(os.path.join(ROOT, ".build", "mutants.md"), "w") as f:
        f.write("\n".join(table) + "\n")
    survivors = [r for r in rows if not r[3].startswith("killed")]
    print("\n".join(table))
    print(f"\n{len(rows)} mutants, {len(rows) - len(survivors)} killed, {len(survivors)} survived or stale")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
