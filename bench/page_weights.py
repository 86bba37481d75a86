"""Print the first-visit weights of the public pages as a Markdown table for docs/benchmarks.md.

The browser journeys write one record per page to var/e2e/weights/<name>.json (see
tests/e2e/weights.py); run them first, then:

    .venv/bin/python bench/page_weights.py

Bytes are the response headers and bodies. "sent" is what the test server sent, with static
files uncompressed; "production" is the same with static files gzipped as WhiteNoise serves
them. Map tiles are counted apart and left out of the budget. The exit status is 1 when a page
misses the budget or no record is found.
"""

import json
import sys
from pathlib import Path

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "var" / "e2e" / "weights"
MAX_REQUESTS = 25
MAX_PRODUCTION_BYTES = 1_000_000


def load_records(folder):
    return [json.loads(path.read_text()) for path in sorted(folder.glob("*.json"))]


def within_budget(record):
    return record["requests"] < MAX_REQUESTS and record["production_bytes"] < MAX_PRODUCTION_BYTES


def format_table(records):
    lines = [
        "| page | path | requests | bytes sent | bytes in production | tile requests | budget |",
        "|---|---|--:|--:|--:|--:|---|",
    ]
    for record in records:
        verdict = "met" if within_budget(record) else "**missed**"
        lines.append(
            f"| {record['page']} | `{record['path']}` | {record['requests']} "
            f"| {record['bytes']:,} | {record['production_bytes']:,} "
            f"| {record['tile_requests']} | {verdict} |"
        )
    return "\n".join(lines)


def main():
    records = load_records(WEIGHTS_DIR)
    if not records:
        print(f"No weight record in {WEIGHTS_DIR}: run the browser tests first.", file=sys.stderr)
        return 1

    print(format_table(records))
    missed = [record["page"] for record in records if not within_budget(record)]
    max_production_bytes = max(record["production_bytes"] for record in records)
    max_request_count = max(record["requests"] for record in records)
    print()
    print(
        f"Targets per page: under {MAX_REQUESTS} requests and under "
        f"{MAX_PRODUCTION_BYTES:,} bytes in production, tiles excepted."
    )
    print(
        f"{len(records)} pages: at most {max_request_count} requests and "
        f"{max_production_bytes:,} bytes in production; "
        + (f"budget missed by {', '.join(missed)}." if missed else "every page meets the budget.")
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
