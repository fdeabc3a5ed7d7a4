"""Render the rehearsal transcripts shown in docs/rehearsal.md from the scripts in docs/transcripts.

The docs show what the code does: tests/test_docs.py renders them again and compares, so a
change in the ear, the policy or the voice that changes a transcript fails until the page is
regenerated (`python scripts/doc_transcripts.py --write`).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from sparring.engines.sim.session import RehearsalSession
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "rehearsal.md"
SCRIPTS = ROOT / "docs" / "transcripts"
PEOPLE = (("prepared", "A prepared user"), ("nervous", "A nervous user"), ("difficult", "A difficult user"))
SEED = 4
START, END = "<!-- transcripts:start -->", "<!-- transcripts:end -->"


def transcript(person: str) -> str:
    """One person's rehearsal of the raise example, as markdown quotes."""
    case = load_case_file(example_path("raise")).case
    session = RehearsalSession(case, seed=SEED)
    lines = (SCRIPTS / f"raise-{person}.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.strip() and session.turn(line).ended:
            break
    if not session.ended:
        session.turn("/end")
    out: list[str] = []
    for entry in session.transcript:
        if entry.speaker == "you":
            out += [f"> **you:** {entry.text}"] + ([f"> *{entry.heard}*"] if entry.heard else []) + [">"]
        elif entry.text:
            move = f" ({entry.move.lower()})" if entry.move else ""
            out += [f"> **them**{move}: {entry.text}", ">"]
    card = session.scorecard()
    practise = " / ".join(card.practise)
    out += ["", f"Outcome: {card.outcome} · score {card.score} · practise next: {practise}"]
    return "\n".join(out)


def section() -> str:
    return "\n\n".join(f"### {title}\n{transcript(person)}" for person, title in PEOPLE)


def render(page: str) -> str:
    """The page with the part between the markers replaced by freshly rendered transcripts."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    return pattern.sub(lambda _: f"{START}\n{section()}\n{END}", page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite docs/rehearsal.md in place")
    args = parser.parse_args()
    page = PAGE.read_text(encoding="utf-8")
    if args.write:
        PAGE.write_text(render(page), encoding="utf-8")
    else:
        print(section())


if __name__ == "__main__":
    main()
