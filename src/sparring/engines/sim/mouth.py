"""The template mouth: every move phrased in the persona's tone, in the case's own words.

Each move has at least five phrasings per tone, and no line repeats within a session (the
choice among unused phrasings is seeded). Packages are written from the decided values only,
so the numbers in a reply are exactly the numbers of the decision.
"""

from __future__ import annotations

import re

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
    "COUNTER": {
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
            "Meeting you part of the way: {package}.",
        ],
        "soft": [
            "I'd love to get closer — how about {package}?",
            "Could {package} work for you?",
            "I want to find something that works; I can do {package}.",
            "Let me try this: {package}. Would that help?",
            "What if we said {package}?",
        ],
    },
    "OBJECT": {
        "hard": [
            "Look — {topic}.",
            "Before we go further: {topic}.",
            "The problem is simple — {topic}.",
            "Let's be realistic: {topic}.",
            "Here's the thing: {topic}.",
        ],
        "balanced": [
            "I'll be straight with you — {topic}.",
            "Here's what worries me: {topic}.",
            "I need to be honest — {topic}.",
            "The thing I keep coming back to: {topic}.",
            "On my side, {topic}.",
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
            "Can you help me understand — {topic}",
            "Before I answer: {topic}",
            "Let me check one thing: {topic}",
        ],
        "soft": [
            "{topic}",
            "Can I ask — {topic}",
            "Just so I get it right: {topic}",
            "Help me out: {topic}",
            "I want to be sure I understand. {topic}",
        ],
    },
    "ANSWER": {
        "hard": [
            "Since you ask: {topic}.",
            "Fine, I'll tell you — {topic}.",
            "Plainly: {topic}.",
            "All right — {topic}.",
            "You should know this: {topic}.",
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
            "It would really help me if you knew this: {topic}.",
            "Between us: {topic}.",
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


class Mouth:
    """Phrases moves for one session; remembers what it said so no line repeats."""

    def __init__(self, case: Case, style: str, seed: int):
        self.case = case
        self.style = style if style in ("hard", "balanced", "soft") else "balanced"
        self.rng = np.random.default_rng(seed + 7919)
        self.used: set[tuple[str, int]] = set()
        self.said: set[str] = set()

    def say(self, move: Move) -> str:
        """Acknowledge what was said → answer or move → (final) — one reply in the first person."""
        line = self._choose(move)
        if move.answer:
            line = f"{move.answer} {line}"
        if move.ack:
            line = f"{move.ack} {line}"
        line = re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), line)
        return re.sub(r"\?\.", "?", re.sub(r"\s{2,}", " ", line)).strip()

    def _choose(self, move: Move) -> str:
        kind = "HOLD" if move.kind == "COUNTER" and move.held else move.kind
        options = TEMPLATES[kind][self.style]
        unused = [i for i in range(len(options)) if (kind, i) not in self.used]
        if not unused:
            self.used = {u for u in self.used if u[0] != kind}
            unused = list(range(len(options)))
        order = list(self.rng.permutation(unused))
        topic = (move.topic or "").rstrip(".")
        if move.kind == "ASK" and topic[:1].isupper() and not re.match(r"^(I\b|I'|[A-Z]{2})", topic):
            lowered = topic[:1].lower() + topic[1:]  # "Quick question: what exactly…", not "…: What exactly…"
        else:
            lowered = topic
        package = say_package(self.case, move.package) if move.package else ""
        for index in order:
            template = options[int(index)]
            shown = topic if template.startswith("{topic}") else lowered
            line = template.format(package=package, topic=shown).strip()
            if move.final and move.kind == "COUNTER":
                line += " That's my final position."
            if line not in self.said:
                self.used.add((kind, int(index)))
                self.said.add(line)
                return line
        line = options[int(order[0])].format(package=package, topic=topic).strip()
        self.said.add(line)
        return line
