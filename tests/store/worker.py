"""Saves versions of one case in a loop, one stdout line per outcome (run as a process by the store tests).

Lines: ``ready`` once the store is open, then ``committed VERSION NOTE`` after each commit or
``busy MESSAGE`` when the store reported itself busy.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sparring.model.case import parse_case
from sparring.model.errors import SparringError
from sparring.store.repository import CaseStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("slug")
    parser.add_argument("case_json")
    parser.add_argument("--name", default="w")
    parser.add_argument("--count", type=int, default=0, help="saves to make; 0 = until killed")
    parser.add_argument("--start-file", type=Path, help="wait for this file to exist before saving")
    parser.add_argument("--busy-timeout", type=float, default=5.0)
    args = parser.parse_args()

    data = json.loads(args.case_json)
    store = CaseStore(args.url, busy_timeout=args.busy_timeout)
    print("ready", flush=True)
    if args.start_file is not None:
        while not args.start_file.exists():
            time.sleep(0.001)
    index = 0
    while args.count == 0 or index < args.count:
        note = f"{args.name}-{index}"
        case = parse_case({**data, "title": f"{data['title']} ({note})"})
        try:
            info = store.save(args.slug, case, note=note, yaml_text=f"# saved by {note}\n")
        except SparringError as exc:
            if exc.kind != "busy":
                raise
            print(f"busy {exc.message}", flush=True)
        else:
            print(f"committed {info.version} {note}", flush=True)
        index += 1
    store.close()


if __name__ == "__main__":
    main()
