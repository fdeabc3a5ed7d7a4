"""Answers to the user's questions, from the case, said before any push (LISTEN.WHY).

A person asked "who signs this off?" or "which part is hardest for you?" answers, even when they
also have an objection or a number to put down. The answer comes from the case: the decision
process, a constraint with its why, an incentive, or — for "which part is hardest" — the lever
where the user's ask sits furthest beyond its limit. Each item is told once in full; asked again,
it is said again briefly ("as I said, …") rather than ignored. Up to two questions of one turn are
answered, in the order asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sparring.engines.ear.acts import questions_in
from sparring.engines.ear.reading import Reading
from sparring.engines.language.alignment import concepts
from sparring.engines.sim import sentences
from sparring.engines.sim.counterpart import Counterpart
from sparring.model.case import Case
from sparring.model.levers import Package

_HARDEST = re.compile(
    r"\b(which|what) (part|piece|bit|one|element|term)\b[^?]{0,60}\b(hard|hardest|difficult|tough|toughest|problem|"
    r"issue|sticking|blocker|easiest|easier|flexible|movable|most)\b",
    re.I,
)
_EITHER = re.compile(r"\b(is it|is the (problem|issue|difficulty)|whether)\b[^?]{0,50}\bor\b", re.I)
""""Is it the base or the guarantee?": a hardest-part question when it names two terms."""
_SOCIAL_Q = re.compile(
    r"\b(got|have|has|do you have) (maybe )?(a|few|a few|\d+) (sec|second|secs|min|mins|minute|minutes|moment)\b"
    r"|\bif (that'?s|it'?s|this is) (ok|okay|alright|all right|fine)\W*$|\bis (now|this) a good time\b",
    re.I,
)
_SMALL_TALK_Q = re.compile(
    r"\bhow (are|is|'s) (you|things|it going|your (week|day|quarter))\b(?! \w+ing\b)|\bhow('s| is| are)\b[^?,]{0,40}"
    r"\bgoing\b|\bhow (did|was|were) (the |your )?[^?,]{1,40}\b(go|trip|weekend|holiday|visit|conference|offsite|"
    r"break)\b",
    re.I,
)
_RANK = {"high": 0, "medium": 1, "low": 2}
PROPOSAL_QUESTION = re.compile(
    r"^\W*((ok|okay|so|well|and|but|hmm|right|fine)[,.]?\s+)*(what if|how about|what about (we|if|doing)|"
    r"would you (consider|accept|take|do|agree|be (ok|okay|open|willing))|"
    r"(could|can) (we|you) (do|go|agree|meet|make|live|accept|consider|move|offer|add|stretch|split|try)|"
    r"shall we|does (that|this) work|"
    r"is (that|this) (ok|okay|fine|acceptable)|deal\?|are we (agreed|good)|"
    r"(could|can|may) i\b(?! (ask|check|understand|clarify|confirm))|"
    r"i (was )?wonder(ing|ed)? if (i|we) (could|can|might)|(would|is) it (be )?possible (to|for)|"
    r"is there any way (i|we)|would [^?]{1,60}\b(work|be (possible|ok|okay|acceptable|fine|doable)))\b",
    re.I,
)


@dataclass(frozen=True)
class Answer:
    item: str
    """The case item told ("process", an incentive or constraint id, "levers", "small_talk")."""
    text: str
    """A first-person clause, or several sentences."""
    again: bool = False


def answers(reading: Reading, cp: Counterpart, revealed: list[str], your_ask: Package | None) -> list[Answer]:
    """The answers to the turn's questions (at most two); empty when it asks nothing."""
    asked = [q for q in questions_in(reading.text) if _asks(q)]
    acts = reading.acts
    if not asked and not ({"ask_priorities", "ask_constraints", "ask_process"} & acts):
        return []
    asked = [part for q in asked if not proposes_in(q, reading) for part in _parts(q)]
    if not asked:
        return []  # an ask act without a question ("I wanted to say what the director needs") gets none
    del acts
    out: list[Answer] = []
    told: set[str] = set()
    for question in asked:
        found = _answer_one(question, reading, cp, revealed, your_ask, told)
        if found is not None:
            out.append(found)
            told.add(found.item)
        if len(out) == 2:
            break
    return out


_EMBEDDED = re.compile(
    r"\b(i'?m (also |just |really )?curious|i wonder(ed)?|(can|could|would|will) you tell me|"
    r"tell me (what|how|who|when|where|why|whether|if|about)|help me understand|"
    r"i'?d (love|like) to (know|understand|hear)|(can|may|could) i ask|i (want|wanted) to (ask|understand|know))\b",
    re.I,
)
_WH_AUX = re.compile(
    r"^\W*((and|but|so|also|first|ok|okay)[,:]?\s+)*(what|how|who|where|when)('s|'re)\b|"
    r"^\W*((and|but|so|also|first|ok|okay)[,:]?\s+)*(what|why|how|who|when|where|which)"
    r"( (?!(you|i|we|he|she|they|it)\b)\w+)?\s+(is|are|was|were|do|"
    r"does|did|can|could|will|would|should|has|have|long|much|many|decide|decides|signs?|approves?)\b",
    re.I,
)


_ABOUT_THEM = re.compile(
    r"^\W*((and|but|so|also|ok|okay)[,]?\s+)*(on [^,?]{1,30}, )?(doesn'?t|does|isn'?t|is|can'?t|can|could|would|"
    r"will|won'?t|do|don'?t) (your|the|their|our|hr|finance|procurement|legal|policy) \w+",
    re.I,
)
_WH = re.compile(r"\b(what|which|how|who|when|where|why|whether)\b", re.I)


def proposes_in(question: str, reading: Reading) -> bool:
    """A question that puts terms on the table ("would 76k be possible?", "maybe 42 a seat on 24
    months?", "what if we said 130?") proposes; it is not asked for information."""
    if PROPOSAL_QUESTION.search(question):
        return True
    if _ABOUT_THEM.match(question):
        return False  # "doesn't your treasurer allow net 45?": asked about their rules, not offered
    start = reading.text.find(question)
    spans = [(h.start, h.end) for package in reading.offer.packages for h in package if h.end > h.start]
    holds_terms = start >= 0 and any(start <= s and e <= start + len(question) for s, e in spans)
    return holds_terms and not _WH.search(question)


def asks_them(sentence: str) -> bool:
    """An information question in question form ("what will the calibration expect?", "can I ask
    how…"), not a statement that opens with a wh-word ("What I'd like is 136k")."""
    return bool(_EMBEDDED.search(sentence) or _WH_AUX.match(sentence) or _ABOUT_THEM.match(sentence))


def _asks(sentence: str) -> bool:
    """A real question: a question mark, an embedded ask ("can I ask how…"), or a wh-word with its
    verb ("and when does the committee meet") — not a clause that starts with "when you were away"."""
    return sentence.rstrip().endswith("?") or bool(_EMBEDDED.search(sentence) or _WH_AUX.match(sentence))


_PROCESS_Q = re.compile(
    r"^\W*((and|but|so|also|first)[,:]?\s+)*(where|when|who|how long|what'?s next|what happens)\b", re.I
)


_PART = re.compile(
    r",? (?:and|or|also|plus)\s+(?=(?:what|how|who|when|where|why|which|whether|is|are|do|does|can|could|would|will|"
    r"i'?m (?:also )?curious)\b)|;\s+|\s+-\s+(?=(?:what|how|who|when|where|why)\b)",
    re.I,
)


def _parts(question: str) -> list[str]:
    """ "Who signs, and when do they meet?" is two questions; each gets its answer."""
    return [p for p in _PART.split(question) if p and len(p.split()) >= 2]


def _answer_one(
    question: str,
    reading: Reading,
    cp: Counterpart,
    revealed: list[str],
    your_ask: Package | None,
    told: set[str],
) -> Answer | None:
    case = cp.case
    words = concepts(question)
    named = [lv for lv in case.levers if words & concepts(f"{lv.name or ''} {lv.id.replace('_', ' ')}")]
    hardest = _HARDEST.search(question) or (_EITHER.search(question) and len(named) >= 2)
    if _SOCIAL_Q.search(question):
        return None  # "got a sec?": small talk, met as such
    if hardest and "levers" not in told:
        hard = _hardest(cp, your_ask, words)
        if hard is not None:
            return Answer("levers", hard)
    if _SMALL_TALK_Q.search(question) and "small_talk" not in told:
        if re.search(r"\bhow (did|was|were)\b", question, re.I):
            return Answer("small_talk", "it went well, thanks — busy, but good")
        going = re.search(r"\bgoing\b", question, re.I)
        return Answer(
            "small_talk", "it's going well, thanks — busy, but good" if going else "I'm well, thanks — busy, but good"
        )
    process = case.counterpart.decision_process or (
        case.counterpart.authority.notes if case.counterpart.authority else None
    )
    scored: list[tuple[int, int, str, str]] = []
    for item_id, text, bias in _items(case, process, reading, question):
        if item_id in told:
            continue
        shared = len(words & concepts(text)) + bias - (2 if item_id in revealed else 0)  # new things first
        if shared > 0:
            scored.append((shared, -_order(case, item_id), item_id, text))
    if not scored:
        if _PROCESS_Q.search(question) and process and "process" not in told:
            return Answer("process", _say(case, "process"), again="process" in revealed)
        return None
    _, _, item_id, _ = max(scored)
    first = not any(i.id in revealed or i.id in told for i in case.counterpart.incentives)
    return Answer(item_id, _say(case, item_id, first_priority=first), again=item_id in revealed)


def _items(case: Case, process: str | None, reading: Reading, question: str) -> list[tuple[str, str, int]]:
    """(id, text, bias) of what can answer: the act the ear heard weighs its kind up by two."""
    cp = case.counterpart
    one = reading.acts if len(questions_in(reading.text)) <= 1 else _acts_of(question)
    out: list[tuple[str, str, int]] = []
    if process:
        out.append(("process", process, 2 if "ask_process" in one else 0))
    for c in cp.constraints:
        out.append((c.id, f"{c.text} {c.why or ''}", 2 if "ask_constraints" in one else 0))
    for i in cp.incentives:
        out.append((i.id, f"{i.text} {i.metric or ''}", 2 if "ask_priorities" in one else 0))
    return out


def _acts_of(question: str) -> frozenset[str]:
    from sparring.engines.ear.acts import cue_acts

    return frozenset(cue_acts(question))


def _order(case: Case, item_id: str) -> int:
    cp = case.counterpart
    for i in cp.incentives:
        if i.id == item_id:
            return _RANK[i.importance]
    for index, c in enumerate(cp.constraints):
        if c.id == item_id:
            return 0 if c.fixed else 1 + index
    return 0


def _say(case: Case, item_id: str, first_priority: bool = True) -> str:
    cp = case.counterpart
    if item_id == "process":
        process = cp.decision_process or (cp.authority.notes if cp.authority else "") or ""
        return sentences.spoken(sentences.shift(process, case))
    for c in cp.constraints:
        if c.id == item_id:
            line = sentences.statement(sentences.shift(c.text, case))
            if c.why:
                why = sentences.shift(c.why, case)
                if re.search(r"\b(allows?|exceptions?|except|unless|can be waived)\b", why, re.I):
                    line += f", although {sentences.clause(why)}"  # "section 6 allows exceptions": not a cause
                else:
                    line += f", because {sentences.reason(why)}"
            return line
    for i in cp.incentives:
        if i.id == item_id:
            if first_priority:
                return f"{sentences.goal(i.text, case)} — that's what matters most to me right now"
            return f"{sentences.goal(i.text, case)} — that's high on my list too"  # one "most", not a new one
    raise KeyError(item_id)


def _hardest(cp: Counterpart, your_ask: Package | None, words: frozenset[str]) -> str | None:
    """ "The salary is the hard part; the title I can work with": the lever of the user's ask that
    sits furthest beyond its limit, and those that sit inside it."""
    case = cp.case
    ask = your_ask or {}
    named = [lv for lv in case.levers if words & concepts(f"{lv.name or ''} {lv.id.replace('_', ' ')}")]
    levers = [lv for lv in (named or case.levers) if lv.id in ask or not ask]
    if not levers:
        return None
    gaps: list[tuple[float, str]] = []
    for lever in levers:
        value = ask.get(lever.id, cp.state.opening.get(lever.id))
        ok = value is not None and cp.lever_ok(lever, value)
        gap = 0.0 if ok else _gap(cp, lever.id, value)
        gaps.append((gap, (lever.name or lever.id.replace("_", " ")).lower()))
    gaps.sort(reverse=True)
    hard = [name for gap, name in gaps if gap > 0]
    easy = [name for gap, name in gaps if gap <= 0]
    if not hard:
        return "none of it is out of reach; it's the package as a whole I have to get approved"
    line = f"the {hard[0]} is the hard part"
    if easy:
        line += f"; the {' and the '.join(easy[:2])} I can work with"
    elif len(hard) > 1:
        line += f", then the {hard[1]}"
    return line


def _gap(cp: Counterpart, lever_id: str, value: object) -> float:
    lever = cp.case.lever(lever_id)
    if lever is None or lever.range is None or not isinstance(value, int | float):
        return 1.0
    limit = cp.effective_reservation(lever)
    if isinstance(limit, str):
        return 1.0
    width = max(1e-9, float(lever.range[1]) - float(lever.range[0]))
    return abs(float(value) - float(limit)) / width
