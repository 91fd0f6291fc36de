#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (release, -sanitize=fuzzer,address) and runs each for
# a bounded time from its committed seed corpus, Fuzz/Corpus/<target>/ (the documents target
# also from Tests/NexusTextTests/Fixtures/).
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]      SECONDS per target (default 60); TARGET: documents,
#                                              text, json, edge-list, aliases, corrections (default all)
#
# New inputs the fuzzer finds go to a scratch corpus outside the repository ($NEXUS_FUZZ_WORK,
# default a fresh temporary folder), never into Fuzz/Corpus. A crash or a broken invariant
# stops that target; its input is saved as <work>/<target>/crash-<sha1> (or leak-, timeout-,
# oom-), the command to replay it is printed, the other targets still run, and the script
# exits 1. Each target's final libFuzzer figures (executions, exec/s, coverage) are printed
# in one line at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
case $seconds in
  ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number of seconds, got '$seconds'" >&2; exit 64 ;;
esac
all=(documents text json edge-list aliases corrections)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for target in "${targets[@]}"; do
  [ -d "Fuzz/Corpus/$target" ] || { echo "fuzz.sh: unknown target '$target'; use one of: ${all[*]}" >&2; exit 64; }
done

# -Xswiftc rather than SwiftPM's --sanitize: given --sanitize=fuzzer --sanitize=address, SwiftPM
# 6.3 once compiled everything with -sanitize=address alone (no coverage: the fuzzer ran blind).
build=(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address)
echo "fuzz: building (${build[*]})"
"${build[@]}"
bin=$("${build[@]}" --show-bin-path)
for target in "${targets[@]}"; do
  # grep reads all of nm's output (grep -q would stop early, and pipefail would see nm's SIGPIPE).
  nm "$bin/fuzz-$target" | grep __start___sancov_cntrs >/dev/null || {
    echo "fuzz.sh: fuzz-$target was built without coverage instrumentation; remove Fuzz/.build and run again" >&2; exit 1; }
done

# Swift's own crash backtracer reads the dying process's memory, which AddressSanitizer reports
# as a heap overflow of its own; libFuzzer's handler prints the stack and saves the input.
export SWIFT_BACKTRACE=enable=no
# No allocation stack on every malloc (a third of the run time on these allocation-heavy
# readers); a report still shows where the bad access was. Replay an input without it to see
# where the memory came from.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
work=${NEXUS_FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/nexus-fuzz.XXXXXX")}
echo "fuzz: scratch corpus and artifacts in $work"
failed=()
summary=()
for target in "${targets[@]}"; do
  dir="$work/$target"
  mkdir -p "$dir/corpus"
  log="$dir/fuzz.log"
  echo "fuzz: $target for ${seconds}s"
  status=0
  # The documents target also starts from the readers' test fixtures (articles in every
  # format and encoding), read in place rather than copied into Fuzz/Corpus.
  seeds=("Fuzz/Corpus/$target")
  [ "$target" != documents ] || seeds+=("Tests/NexusTextTests/Fixtures")
  # The scratch corpus comes first: libFuzzer writes new inputs to the first folder only.
  "$bin/fuzz-$target" "$dir/corpus" "${seeds[@]}" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$dir/" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  if [ $status -eq 0 ] && [ -z "$execs" ]; then
    # A program that exits at once with 0 (its own main instead of libFuzzer's) fuzzed nothing.
    result="FAILED: fuzz-$target ran no input (no libFuzzer statistics in $log)"
    failed+=("$target")
  elif [ $status -eq 0 ]; then
    result="no crash"
  else
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    result="FAILED (exit $status): ${artifact:-see $log}"
    failed+=("$target")
    grep -E 'fuzz invariant broken|ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|Fatal error' "$log" | head -3 >&2 || true
    [ -n "$artifact" ] && echo "fuzz: replay with: $bin/fuzz-$target $artifact" >&2
  fi
  summary+=("$target: ${seconds}s, ${execs:-?} executions, ${speed:-?} exec/s, ${cov:-cov: ?}, $result")
done

echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}; logs and inputs in $work" >&2
  exit 1
fi
