"""Join the round-6 hand verdicts with the saved transcripts; write judgements.jsonl, print figures.

Run from the repository root: python3 benchmarks/judged6/build.py (standard library only).
Same method and strictness as rounds 2-5 (benchmarks/judged2/README.md to
benchmarks/judged5/README.md), so the figures compare. The code is shared with rounds 4 and 5
(benchmarks/judged_build.py).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from judged_build import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
