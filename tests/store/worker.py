"""Saves versions of one case in a loop, one stdout line per outcome (run as a process by the store tests).

Lines: ``ready`` once the store is open, then ``committed VERSION NOTE`` after each commit,
``busy MESSAGE`` when the store reported itself busy, or ``conflict NOTE`` when a conditional save
lost to another writer. ``--chain``: save number i starts from version i + 1 (so of several
workers each step saves exactly once); ``--new``: save number i creates the case ``SLUG-i``.
A conditional save that found the store busy is tried again, so every step is attempted.
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
    parser.add_argument("--chain", action="store_true", help="save i from base version i + 1")
    parser.add_argument("--new", action="store_true", help="save i creates the case SLUG-i")
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
        slug = f"{args.slug}-{index}" if args.new else args.slug
        base = index + 1 if args.chain else None
        try:
            info = store.save(slug, case, note=note, yaml_text=f"# saved by {note}\n", base_version=base, new=args.new)
        except SparringError as exc:
            if exc.kind == "conflict" and (args.chain or args.new):
                print(f"conflict {note}", flush=True)
            elif exc.kind == "busy":
                print(f"busy {exc.message}", flush=True)
                if args.chain or args.new:
                    continue
            else:
                raise
        else:
            print(f"committed {info.version} {note}", flush=True)
        index += 1
    store.close()


if __name__ == "__main__":
    main()
