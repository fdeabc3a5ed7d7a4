"""Train the strategy model of the language analyser on CaSiNo and ship it in the package.

Usage: python scripts/train_language.py [--casino ../shared/data/casino/casino_train.json]
Writes src/sparring/engines/language/strategy_model.json.gz (deterministic: the same data
gives the same bytes). CaSiNo (Chawla et al., NAACL 2021) is CC BY 4.0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
from pathlib import Path

from sparring.services.language_eval import casino_rows, fit_strategy_model

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "sparring" / "engines" / "language" / "strategy_model.json.gz"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--casino", default=str(ROOT.parent / "shared" / "data" / "casino" / "casino_train.json"))
    args = parser.parse_args()
    rows = casino_rows(args.casino)
    digest = hashlib.sha256(Path(args.casino).read_bytes()).hexdigest()[:12]
    model = fit_strategy_model(rows, version=f"casino-train-{digest}-v1")
    TARGET.write_bytes(gzip.compress(model.to_json().encode("utf-8"), mtime=0))
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes) from {len(rows):,} annotated utterances")


if __name__ == "__main__":
    main()
