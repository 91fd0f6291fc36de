#!/usr/bin/env python3
"""The map step of Nexus on Dask: articles in, one analysis line per article out.

    python3 Scripts/dask-map.py INPUT.jsonl OUT.jsonl [--partitions N] [--nexus PATH]
                                [--scheduler ADDRESS] [--id-field id] [--text-field text]
                                [--date-field date] [-- EXTRA NEXUS OPTIONS]
    nexus ingest OUT.jsonl --store corpus.db

INPUT.jsonl holds one article per line (a JSON object with a text field, as `nexus build`
reads JSON Lines). dask.bag splits it into N partitions; each partition is piped through
`nexus extract --format jsonl -` in its own process, on whichever worker runs it, and the
analysis lines are written to OUT.jsonl (through a temporary file, renamed at the end) in
input order. `nexus ingest OUT.jsonl` stores them without analysing them again and gives
the same store as `nexus ingest INPUT.jsonl` (see docs/store.md#distributed-extraction).

A record without an id is given the id `nexus` would give it when reading INPUT.jsonl whole,
`<file name>-<line number>`, so ids do not depend on the partitioning.

Without --scheduler the partitions run on Dask's local process pool; with
--scheduler tcp://HOST:8786 on a dask.distributed cluster (the `nexus` binary, with its
resources beside it, must then be at the --nexus path on every worker).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys


def default_nexus():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "debug", "nexus")
    if os.access(here, os.X_OK):
        return os.path.normpath(here)
    return shutil.which("nexus") or "nexus"


def with_ids(numbered, stem, id_field):
    """The record of line `number` (1-based) as a JSON line, with an id when it has none."""
    number, line = numbered
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return line  # nexus reports the bad line and skips it
    if isinstance(record, dict):
        value = record.get(id_field)
        if not ((isinstance(value, str) and value) or (isinstance(value, (int, float)) and not isinstance(value, bool))):
            record[id_field] = f"{stem}-{number}"
        return json.dumps(record, ensure_ascii=False)
    return line


def require_id(line, id_field):
    """A line read in blocks: kept as is; a record without an id stops the run."""
    line = line.rstrip("\n")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if isinstance(record, dict) and record.get(id_field) in (None, ""):
        raise ValueError(f"a record has no '{id_field}' field; with --blocksize every record needs its id")
    return line


def extract(lines, nexus, arguments):
    """Runs one partition through `nexus extract --format jsonl -`: its output lines."""
    lines = [line for line in lines if line is not None]
    if not lines:
        return []
    result = subprocess.run([nexus, "extract", "--format", "jsonl", *arguments, "-"],
                            input=("\n".join(lines) + "\n").encode("utf-8"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Skipped records are reported by nexus on stderr; pass them on.
    if result.stderr:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
    if result.returncode != 0:
        raise RuntimeError(f"nexus extract failed ({result.returncode}) on a partition of {len(lines)} records")
    return result.stdout.decode("utf-8").splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="articles as JSON Lines")
    parser.add_argument("output", help="the analysis lines (nexus-analysis JSON Lines)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions, each one nexus process (default 4)")
    parser.add_argument("--nexus", default=default_nexus(), help="the nexus binary (default .build/debug/nexus, else nexus on PATH)")
    parser.add_argument("--blocksize", help="let the workers read INPUT in blocks of this size (\"64MiB\"); every record needs an id")
    parser.add_argument("--scheduler", help="a dask.distributed scheduler address (default: local processes)")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--date-field", default="date")
    parser.add_argument("extra", nargs="*", help="after --: more options for nexus extract (--no-syntax, --aliases FILE)")
    args = parser.parse_args()
    if args.partitions < 1:
        parser.error("--partitions must be at least 1")

    import dask
    import dask.bag as db

    client = None
    if args.scheduler:
        from dask.distributed import Client
        client = Client(args.scheduler)
    stem = os.path.splitext(os.path.basename(args.input))[0]
    arguments = ["--id-field", args.id_field, "--text-field", args.text_field, "--date-field", args.date_field, *args.extra]
    if args.blocksize:
        # Read by the workers in blocks (a path they can all see: shared disk, s3://, hdfs://);
        # line numbers are unknown there, so every record must have its id.
        records = db.read_text(args.input, blocksize=args.blocksize).map(require_id, id_field=args.id_field)
    else:
        # Read here, numbered, so that records without ids get the ids nexus would give them.
        with open(args.input, encoding="utf-8") as file:
            numbered = list(enumerate(file.read().split("\n"), start=1))
        if numbered and numbered[-1][1] == "":
            numbered.pop()
        records = db.from_sequence(numbered, npartitions=max(1, min(args.partitions, len(numbered) or 1)))
        records = records.map(with_ids, stem=stem, id_field=args.id_field)
    analysed = records.map_partitions(extract, nexus=args.nexus, arguments=arguments)
    scheduler = {} if client else {"scheduler": "processes"}
    lines = analysed.compute(**scheduler)
    temporary = args.output + ".tmp"
    with open(temporary, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    os.replace(temporary, args.output)
    print(f"{args.output}: {len(lines)} analyses from {records.npartitions} partitions", file=sys.stderr)
    if client:
        client.close()


if __name__ == "__main__":
    main()
