"""Join the round-4 hand verdicts with the saved transcripts; write judgements.jsonl, print figures.

Run from the repository root: python3 benchmarks/judged4/build.py (standard library only).
Same method and strictness as rounds 2 and 3 (benchmarks/judged2/README.md,
benchmarks/judged3/README.md), so the figures compare. The code is shared with round 5
(benchmarks/judged_build.py).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from judged_build import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
