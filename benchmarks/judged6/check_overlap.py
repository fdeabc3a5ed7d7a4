"""Check that no 7-word run of a judged6 script appears in any case file."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "src/sparring/examples").glob("*.yaml")) + sorted(
    (ROOT / "tests/data/hear/cases").glob("*.yaml")
)
SCRIPTS = sorted((Path(__file__).parent / "scripts").glob("*.txt"))
N = 7


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))


def grams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + N]) for i in range(len(tokens) - N + 1)}


def main() -> int:
    case_grams: set[tuple[str, ...]] = set()
    for case in CASES:
        case_grams |= grams(words(case.read_text()))
    found = 0
    for script in SCRIPTS:
        for n, line in enumerate(script.read_text().splitlines(), 1):
            for gram in sorted(grams(words(line)) & case_grams):
                print(f"{script.name}:{n}: {' '.join(gram)}")
                found += 1
    print(f"{len(SCRIPTS)} scripts, {len(CASES)} case files, {found} matching {N}-word runs")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
