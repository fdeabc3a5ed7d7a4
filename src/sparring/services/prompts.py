"""Every prompt the coach sends to a language model, in one place, each with a version.

The version (``incentives/1``) is written to the exchange log with every request, so an
answer can always be traced to the exact wording that produced it. Change a prompt's text
and bump its version in the same change; never reuse a version for different text.

Prompts hold only instructions and ``{placeholders}``: the services decide which parts of a
case fill them (and so what leaves the machine), see docs/coach.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from sparring.llm.base import Message


@dataclass(frozen=True)
class Prompt:
    """One versioned prompt: a system text and a user template with ``{placeholders}``."""

    name: str
    """The feature it serves, as logged (``incentives``, ``narrator``, …)."""
    version: str
    """``name/N``: bumped whenever the wording changes."""
    system: str
    user: str

    def messages(self, **fields: str) -> list[Message]:
        """The chat messages with the placeholders filled (every placeholder must be given)."""
        return [Message.system(self.system.format(**fields)), Message.user(self.user.format(**fields))]


_COACH = (
    "You are a negotiation coach who uses the Incentive Map method: people decide by their own "
    "incentives (what they are measured on, their pressures and risks), so every ask is framed as "
    "a win for the other side. Be concrete and brief."
)

INCENTIVES = Prompt(
    name="incentives",
    version="incentives/1",
    system=_COACH,
    user=(
        "The person across the table:\n"
        "Role: {role}\n"
        "Organisation: {organisation}\n"
        "Context: {context}\n\n"
        "If you were this person, what would your top three professional incentives be, and why? "
        "For each, give the incentive in a few words (what they want or are measured on), the metric "
        "that shows it, and why it matters to them."
    ),
)

OBJECTIONS = Prompt(
    name="objections",
    version="objections/1",
    system=_COACH,
    user=(
        "I am preparing this negotiation.\n"
        "What I ask for: {goal}\n"
        "The person across the table: {role}\n"
        "Their constraints:\n{constraints}\n"
        "Their pressures:\n{pressures}\n"
        "Risks for them of saying yes:\n{risks}\n"
        "Objections I have already prepared:\n{prepared}\n"
        "My evidence (id: claim, outcome):\n{evidence}\n\n"
        "What are the top five reasons they might say no? For each, write the objection as they would "
        "say it, a short counter I could give in the first person, and the ids of the evidence that "
        "backs the counter (only ids from the list above). Prefer objections I have not prepared yet."
    ),
)

REWRITE = Prompt(
    name="rewrite",
    version="rewrite/1",
    system=(
        "You edit negotiation pitches. You fix only the problems you are told about. You keep every "
        "number exactly as written and every commitment unchanged, and you add no new promise, "
        "number, offer or concession."
    ),
    user=(
        "The listener cares about:\n{incentives}\n\n"
        "Problems to fix:\n{problems}\n\n"
        "Pitch:\n{text}\n\n"
        "Rewrite the pitch so that it fixes these problems. Keep its length, its numbers and its commitments."
    ),
)

NARRATOR = Prompt(
    name="narrator",
    version="narrator/1",
    system=(
        "You play {persona} in a negotiation role-play. Your tone is {style}. Say the given line in your "
        "own words, keeping its meaning exactly: {meaning}. Copy every number and term exactly as it is "
        "written. Do not add any number, offer, promise or concession. One or two sentences, in English. "
        "Reply with the line only, no quotes and no name in front."
    ),
    user="Line: {line}",
)

FLIP_COACH = Prompt(
    name="flip-coach",
    version="flip-coach/1",
    system=(
        "You argue the user's side of a negotiation, in the first person, calmly and confidently, while "
        "the user plays a sceptical {role}. Say the given answer in your own words, keeping its meaning. "
        "Copy every number and term exactly as written. Do not add any number, promise or concession. "
        "At most three sentences, in English. Reply with the answer only."
    ),
    user="Answer: {line}",
)

DEBRIEF = Prompt(
    name="debrief",
    version="debrief/1",
    system=_COACH,
    user=(
        "A rehearsal of this negotiation just ended: {title}\n\n"
        "Transcript:\n{transcript}\n\n"
        "Scorecard:\n{scorecard}\n\n"
        "Write a short debrief: a summary in two or three sentences, up to three things that went well "
        "and up to three things to practise next. Use only facts from the transcript and the scorecard; "
        "quote no number that is not in them."
    ),
)

ALL: tuple[Prompt, ...] = (INCENTIVES, OBJECTIONS, REWRITE, NARRATOR, FLIP_COACH, DEBRIEF)
