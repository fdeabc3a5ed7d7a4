"""The template mouth: every move phrased in the persona's tone, in the case's own words.

Each move has at least five phrasings per tone, and no line repeats within a session (the
choice among unused phrasings is seeded). Packages are written from the decided values only,
so the numbers in a reply are exactly the numbers of the decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from sparring.engines.sim.moves import Move
from sparring.engines.sim.phrasing import say_package
from sparring.model.case import Case
from sparring.model.levers import LeverValue, Package

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "ACCEPT": {
        "hard": [
            "Fine. {package}. That's agreed.",
            "All right, we have a deal: {package}.",
            "I can live with that. {package}, and we're done.",
            "Agreed — {package}. Let's not reopen it.",
            "OK. {package}. I'll confirm it in writing.",
        ],
        "balanced": [
            "That works for me: {package}. Let's shake on it.",
            "Good — we have an agreement: {package}.",
            "I can say yes to that. {package}.",
            "Let's do it: {package}. I'll send a note to confirm.",
            "Deal. {package} it is.",
        ],
        "soft": [
            "Yes, happily — {package}.",
            "That sounds great to me: {package}. Thank you for working it through.",
            "I'm glad we got here. {package}, agreed.",
            "Wonderful, let's go with {package}.",
            "Yes — {package}. I think that's fair for both of us.",
        ],
    },
    "CONFIRM:filled": {
        "hard": [
            "You're proposing {yours}. On the rest I stay at {rest}. Is that the deal?",
            "So {yours} from you, and {rest} from me. Yes?",
            "{yours}, you say. The rest stays mine: {rest}. Agreed?",
            "Your part is {yours}; mine is {rest}. Is that what you're agreeing to?",
            "Let me be exact: {yours} as you asked, {rest} as I offered. Confirm?",
        ],
        "balanced": [
            "So you're proposing {yours}, with the rest as I had it: {rest}. Does that work?",
            "If I follow you, that's {yours} — and on the rest, {rest}. Shall we go with that?",
            "Let me check I have it: {yours} from you, and {rest} as I offered. Is that right?",
            "You'd take {yours}, and I'd keep {rest}. Are we there?",
            "Just so we're clear: {yours} is yours, {rest} is where I was. Does that work for you?",
        ],
        "soft": [
            "So you'd like {yours}; on the rest, I'd keep {rest}. Would that work for you?",
            "I think I follow: {yours}, with {rest} as I had it. Does that sound right?",
            "Let me make sure I have it: {yours} from you, and {rest} as I offered. Is that right?",
            "So that's {yours}, and on my side {rest}. Shall we go with that?",
            "If I've understood, you'd like {yours}, with {rest} as before. Does that work for you?",
        ],
    },
    "CONFIRM": {
        "hard": [
            "So we're clear: {package}. Yes?",
            "All in, that's {package}. Is that what you're agreeing to?",
            "So, the whole package: {package}. Confirm?",
            "Before I say yes: {package}, all of it. Agreed?",
            "That would be {package}. Is that the deal?",
        ],
        "balanced": [
            "So we're agreed: {package}?",
            "With the rest as I had it, that's {package}. Does that work?",
            "Just to confirm: {package}. Are we there?",
            "If I put it together, that's {package}. Shall we go with that?",
            "So the whole package would be {package}. Is that right?",
        ],
        "soft": [
            "I think we're close — so that's {package}? Does that sound right to you?",
            "Just so we're on the same page: {package}. Happy with that?",
            "Can I check I've got it? {package}.",
            "So that would be {package} — does that work for you?",
            "Lovely — to confirm, {package}?",
        ],
    },
    "HOLD": {
        "hard": [
            "My answer hasn't changed: {package}.",
            "I'm still at {package}.",
            "No — {package} is where I stay.",
            "It's still {package}.",
            "I've told you: {package}.",
        ],
        "balanced": [
            "I'm still at {package}; I can't go further today.",
            "I hear you, but I have to stay at {package}.",
            "Where I can be is still {package}.",
            "I'd have to hold at {package}.",
            "For now it stays at {package}.",
        ],
        "soft": [
            "I'm sorry — I'm still at {package}.",
            "I wish I could move, but it's still {package}.",
            "I have to stay at {package} for now, I'm afraid.",
            "Honestly, {package} is as far as I can go right now.",
            "I'd love to do more, but it's {package}.",
        ],
    },
    "COUNTER:reply": {
        "hard": [
            "That's more than I can do. {package} is where I am.",
            "No. What I can put on the table is {package}.",
            "I hear the number, but my answer is {package}.",
            "Let's be realistic: {package}.",
            "I'm not there. {package}, and that already stretches things.",
        ],
        "balanced": [
            "I can't get to that, but I can offer {package}.",
            "Here's what I can do: {package}.",
            "Let me come back with {package}. Does that move us closer?",
            "I'd propose {package} instead.",
            "That's further than I can go; {package} is what I can do.",
        ],
        "soft": [
            "I'd love to get closer — how about {package}?",
            "Could {package} work for you?",
            "I want to find something that works; I can do {package}.",
            "Let me try this: {package}. Would that help?",
            "What if we said {package}?",
        ],
    },
    "COUNTER:moved": {
        "hard": [
            "I'll move, once: {package}.",
            "Fine, I can go to {package}. Not further.",
            "I can stretch to {package}.",
            "All right — {package}. That's a real move.",
            "{package}. That's me moving, not a starting point.",
        ],
        "balanced": [
            "Meeting you part of the way: {package}.",
            "I can move to {package}. Does that move us closer?",
            "Let me come back with {package}.",
            "I can go a bit further: {package}.",
            "Here's a step toward you: {package}.",
        ],
        "soft": [
            "I can come closer — how about {package}?",
            "Let me meet you part of the way: {package}. Would that help?",
            "I've looked again, and I can do {package}.",
            "What if we said {package}?",
            "I'd like to move toward you: {package}.",
        ],
    },
    "COUNTER:trade": {
        "hard": [
            "With that in, I can go to {package}.",
            "That changes the picture. {package}.",
            "For that, {package}.",
            "That's worth something: {package}.",
            "If you take that on, {package}.",
        ],
        "balanced": [
            "With that on the table, I can move to {package}.",
            "That changes things a little: {package}.",
            "Because of that, I can do {package}.",
            "If you take that on, I can go to {package}.",
            "That helps me make the case for {package}.",
        ],
        "soft": [
            "That makes it easier for me — I can do {package}.",
            "With that, I'd be glad to offer {package}.",
            "That helps a lot; how about {package}?",
            "Thank you — that lets me go to {package}.",
            "If you can do that, I can offer {package}.",
        ],
    },
    "COUNTER:own": {
        "hard": [
            "What I can put on the table is {package}.",
            "My number is {package}.",
            "Here's my offer: {package}.",
            "Let me be concrete: {package}.",
            "I'll put it plainly: {package}.",
        ],
        "balanced": [
            "Here's what I can do: {package}.",
            "Let me put something concrete on the table: {package}.",
            "What I can offer is {package}.",
            "My proposal would be {package}.",
            "Here's where I can be: {package}.",
        ],
        "soft": [
            "How about {package}?",
            "Could {package} work for you?",
            "I want to find something that works; I can do {package}.",
            "Let me suggest {package}. Would that help?",
            "What if we said {package}?",
        ],
    },
    "OBJECT:fact": {
        "hard": [
            "You should know that {topic}.",
            "Fact: {topic}.",
            "I'm bound by this: {topic}.",
            "One thing won't change: {topic}.",
            "For the record, {topic}.",
        ],
        "balanced": [
            "You should know that {topic}.",
            "I have to be upfront: {topic}.",
            "One thing that shapes this: {topic}.",
            "For context, {topic}.",
            "I'm bound by this: {topic}.",
        ],
        "soft": [
            "I should tell you that {topic}.",
            "To be open with you, {topic}.",
            "For context, {topic}.",
            "One thing I can't change: {topic}.",
            "You should know that {topic}.",
        ],
    },
    "OBJECT": {
        "hard": [
            "Look — {topic}.",
            "Before we go further: {topic}.",
            "The problem is simple — {topic}.",
            "Here's the thing: {topic}.",
            "You need to know this: {topic}.",
        ],
        "balanced": [
            "I'll be straight with you — {topic}.",
            "Here's what worries me: {topic}.",
            "I need to be honest — {topic}.",
            "The thing I keep coming back to: {topic}.",
            "My concern is this: {topic}.",
        ],
        "soft": [
            "I'd like to help, but {topic}.",
            "One thing I'm struggling with: {topic}.",
            "I hope you understand — {topic}.",
            "I'm worried about one thing: {topic}.",
            "Can we talk about this first? {topic}.",
        ],
    },
    "ASK": {
        "hard": ["{topic}", "Answer me this: {topic}", "First: {topic}", "Be specific. {topic}", "So — {topic}"],
        "balanced": [
            "{topic}",
            "Quick question: {topic}",
            "Let me check one thing: {topic}",
            "Help me with one thing: {topic}",
            "So tell me — {topic}",
        ],
        "soft": [
            "{topic}",
            "Can I ask — {topic}",
            "Help me out: {topic}",
            "I want to be sure I understand. {topic}",
            "May I ask — {topic}",
        ],
    },
    "ASK:social": {
        "hard": [
            "Sure. {topic}.",
            "Right. {topic}.",
            "I've got a few minutes. {topic}.",
            "OK. {topic}.",
            "Fine. {topic}.",
        ],
        "balanced": [
            "Of course, good to see you. {topic}.",
            "Sure, I have time. {topic}.",
            "Happy to. {topic}.",
            "Good to see you too. {topic}.",
            "Of course. {topic}.",
        ],
        "soft": [
            "Of course — always happy to talk. {topic}.",
            "It's good to see you. {topic}.",
            "Sure, take your time. {topic}.",
            "I'm glad you came to me. {topic}.",
            "Of course. {topic}.",
        ],
    },
    "ANSWER:social": {
        "hard": [
            "{topic}. What's on your mind?",
            "{topic}. What can I do for you?",
            "{topic}. Go ahead.",
            "{topic}. So, what's up?",
            "{topic}. What did you want to discuss?",
        ],
        "balanced": [
            "{topic}. What's on your mind?",
            "{topic}. What would you like to talk about?",
            "{topic}. Go ahead, I'm listening.",
            "{topic}. What can I do for you?",
            "{topic}. What did you want to discuss?",
        ],
        "soft": [
            "{topic}. What's on your mind?",
            "{topic}. It's good to see you — go ahead.",
            "{topic}. What would you like to talk about?",
            "{topic}. I'm all ears.",
            "{topic}. What can I do for you?",
        ],
    },
    "ANSWER:lead": {
        "hard": [
            "To your question: {topic}.",
            "You asked — {topic}.",
            "On that: {topic}.",
            "First, {topic}.",
            "{topic}.",
        ],
        "balanced": [
            "To answer your question, {topic}.",
            "On your question: {topic}.",
            "You asked, so: {topic}.",
            "First, your question — {topic}.",
            "To be open about it, {topic}.",
        ],
        "soft": [
            "Thanks for asking — {topic}.",
            "To answer you honestly, {topic}.",
            "It's a fair question: {topic}.",
            "On your question: {topic}.",
            "I'm glad you asked — {topic}.",
        ],
    },
    "PAUSE:granted": {
        "hard": [
            "Fine. Take the time, and come back with an answer{when}.",
            "All right — think it over. Let's speak{when}.",
            "OK. I'll hold it until then{when_comma}.",
            "Take the night. I need your answer{when}.",
            "Fine, sleep on it. Talk{when}.",
        ],
        "balanced": [
            "Of course — take the time you need. Let's talk again{when}.",
            "That's fair; think it over and we'll pick it up{when}.",
            "Sure. Nothing changes while you think about it; let's speak{when}.",
            "Of course. I'd rather you were sure. Let's talk{when}.",
            "That's fine — take it away and we'll continue{when}.",
        ],
        "soft": [
            "Of course, take all the time you need. Let's talk{when}.",
            "Absolutely — it's a big decision. Let's speak{when}.",
            "Please, think it over. I'm here{when}.",
            "Of course. Talk it through, and we'll pick it up{when}.",
            "No rush at all; let's continue{when}.",
        ],
    },
    "ANSWER": {
        "hard": [
            "Since you ask: {topic}.",
            "Fine, I'll tell you — {topic}.",
            "Plainly: {topic}.",
            "All right — {topic}.",
            "Here's the straight answer: {topic}.",
        ],
        "balanced": [
            "Good question. Honestly, {topic}.",
            "Fair question — {topic}.",
            "I'll be open with you: {topic}.",
            "Since you ask — {topic}.",
            "Honestly? {topic}.",
        ],
        "soft": [
            "I'm glad you asked: {topic}.",
            "Honestly? {topic}.",
            "Good question — {topic}.",
            "I'm happy to tell you: {topic}.",
            "Thanks for asking — {topic}.",
        ],
    },
    "PAUSE": {
        "hard": [
            "Let's stop here and pick this up tomorrow.",
            "I'm not continuing in this tone. Tomorrow.",
            "We're done for today. Think about it.",
            "I need a break from this. Let's talk later.",
            "I'll come back to you when we can both be constructive.",
        ],
        "balanced": [
            "Let me think about this; can we continue tomorrow?",
            "I'd like to take a pause and come back to it.",
            "Let's both sleep on it and talk again.",
            "I need some time to consider this.",
            "Can we pick this up later in the week?",
        ],
        "soft": [
            "Shall we take a breather and come back to it?",
            "Let me think it over — no rush on either side.",
            "I'd rather pause than say something we regret.",
            "Let's give it a day; I want to get this right.",
            "Could we continue tomorrow? I'd like to think.",
        ],
    },
    "WALK": {
        "hard": [
            "We're not going to get there. I'm ending it here.",
            "This isn't working. We'll go another way.",
            "I'm out. {topic}",
            "No deal. {topic}",
            "We'll stop here; there's nothing more I can do.",
        ],
        "balanced": [
            "I don't think we can find a deal today. {topic}",
            "I'm going to have to say no for now. {topic}",
            "We're too far apart; let's leave it here. {topic}",
            "I can't make this work. {topic}",
            "Let's call it for now. {topic}",
        ],
        "soft": [
            "I'm sorry, I just can't get there. {topic}",
            "I wish I could, but this is where I have to stop. {topic}",
            "I don't think this will work right now. {topic}",
            "I'm afraid it's a no for now. {topic}",
            "Let's leave it here — maybe another time. {topic}",
        ],
    },
}


TEMPLATES["COUNTER"] = TEMPLATES["COUNTER:reply"]

_WORRY = re.compile(
    r"^(?!(let'?s|focus|why|what|how|please|just|you|don'?t|start|wait|revisit|keep|try|hold|take|look|use|"
    r"come back|see)\b)",
    re.I,
)
"""An objection that states a worry ("the pool is tight"), not advice or a proposal ("let's wait")."""


def fmt(value: LeverValue) -> str:
    if isinstance(value, str):
        return value
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}".rstrip("0").rstrip(".")


def render_package(case: Case, package: Package) -> str:
    """``base salary 126,000 USD/year, retention bonus 4,000 USD`` in the case's own words."""
    parts = []
    for lever in case.levers:
        if lever.id in package:
            unit = f" {lever.unit}" if lever.unit and lever.values is None else ""
            parts.append(f"{lever.label} {fmt(package[lever.id])}{unit}")
    return ", ".join(parts)


def package_numbers(case: Case, package: Package) -> list[float]:
    """The numbers a reply about ``package`` is allowed to contain, as figures or as said ("130k")."""
    return sorted(set(numbers_in(render_package(case, package))) | set(spoken_numbers(say_package(case, package))))


def spoken_numbers(text: str) -> list[float]:
    """Numbers as people say them in a reply: 130k → 130000, 1.5m → 1500000, figures as they are."""
    out = []
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*([km])?\b", text, re.I):
        value = float(m.group(1).replace(",", ""))
        out.append(value * {"k": 1_000, "m": 1_000_000}.get((m.group(2) or "").lower(), 1))
    return out


def numbers_in(text: str) -> list[float]:
    return [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


_INTERJECTION = re.compile(r"^(sure|of course|fine|ok|okay|absolutely|right|yes)\b[.,!]", re.I)
"""A reply that opens with a bare yes: after an acknowledgement it would say yes twice."""


class Mouth:
    """Phrases moves for one session; remembers what it said so no line repeats."""

    def __init__(self, case: Case, style: str, seed: int):
        self.case = case
        self.style = style if style in ("hard", "balanced", "soft") else "balanced"
        self.rng = np.random.default_rng(seed + 7919)
        self.used: set[tuple[str, int]] = set()
        self.said: set[str] = set()

    def say(self, move: Move) -> str:
        """Acknowledge what was said → answer → the move → (final) — one reply in the first person."""
        line = self._choose(move)
        if move.answer:
            said = move.answer.rstrip(".")
            lead = self._pick("ANSWER:lead", lambda t: t.format(topic=said))
            line = f"{lead} {line}"
        if move.ack:
            line = f"{move.ack} {line}"
        line = re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), line)
        return re.sub(r"\?\.", "?", re.sub(r"\s{2,}", " ", line)).strip()

    def _kind(self, move: Move) -> str:
        if move.kind == "COUNTER" and move.held:
            return "HOLD"
        keyed = f"{move.kind}:{move.cue}" if move.cue else ""
        if keyed in TEMPLATES:
            return keyed
        return "COUNTER:reply" if move.kind == "COUNTER" else move.kind

    def _choose(self, move: Move) -> str:
        kind = self._kind(move)
        topic = (move.topic or "").rstrip(".")
        if move.kind == "ASK" and topic[:1].isupper() and not re.match(r"^(I\b|I'|[A-Z]{2})", topic):
            lowered = topic[:1].lower() + topic[1:]  # "Quick question: what exactly…", not "…: What exactly…"
        else:
            lowered = topic
        package = say_package(self.case, move.package) if move.package else ""
        yours = say_package(self.case, move.yours) if move.yours else ""
        rest = {k: v for k, v in (move.package or {}).items() if k not in (move.yours or {})}
        rest_said = say_package(self.case, rest) if rest else ""
        when = f" {move.topic}" if move.kind == "PAUSE" and move.topic else ""

        def fill(template: str) -> str:
            shown = topic if template.startswith("{topic}") else lowered
            bare = not when and re.search(r"\b(speak|[Tt]alk|talk again)\{when\}", template)
            line = template.format(  # "let's speak." alone is cut short: "let's speak soon."
                package=package,
                topic=shown,
                when=" soon" if bare else when,
                when_comma=f",{when}" if when else "",
                yours=yours,
                rest=rest_said,
            ).strip()
            if move.final and move.kind == "COUNTER":
                line += " That's my final position."
            return line

        final = move.final and move.kind == "COUNTER"
        if final:  # a final position never comes with a question, nor with "for now"
            return self._pick(kind, fill, skip=lambda t: "?" in t or bool(re.search(r"for now|today|right now", t)))
        opening = " ".join((move.ack or "").split()[:3]).lower()
        if opening:  # never two sentences that open alike ("I hear you; …" then "I hear you, but …")
            echo = opening

            def first_skip(template: str) -> bool:  # nor "Of course, I'll … Sure." (two yeses in a row)
                return template.lower().startswith(echo[:9]) or bool(_INTERJECTION.match(template))

            if move.kind == "OBJECT" and not _WORRY.match(topic):
                return self._pick(kind, fill, skip=lambda t: first_skip(t) or ":" in t or "worr" in t or "?" in t)
            return self._pick(kind, fill, skip=first_skip)
        if move.kind == "OBJECT" and not _WORRY.match(topic):  # "let's discuss it in April" is no worry
            return self._pick(kind, fill, skip=lambda t: ":" in t or "worr" in t or "struggl" in t or "?" in t)
        return self._pick(kind, fill)

    def _pick(self, kind: str, fill: Callable[[str], str], skip: Callable[[str], bool] | None = None) -> str:
        """A seeded choice among the phrasings of ``kind`` not used yet in this session (a final
        position never comes with a question)."""
        options = TEMPLATES[kind][self.style]
        allowed = [i for i in range(len(options)) if skip is None or not skip(options[i])] or list(range(len(options)))
        unused = [i for i in allowed if (kind, i) not in self.used]
        if not unused:
            self.used = {u for u in self.used if u[0] != kind}
            unused = allowed
        order = list(self.rng.permutation(unused))
        for index in order:
            line = fill(options[int(index)])
            if line not in self.said:
                self.used.add((kind, int(index)))
                self.said.add(line)
                return line
        line = fill(options[int(order[0])])
        self.said.add(line)
        return line
