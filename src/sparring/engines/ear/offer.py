"""The offer a turn puts on the table: lever values, each with the words it came from.

A number becomes a lever value only when the text ties it to that lever: a unit that fits
("3 days a week", "net 45", "a two-year term"), a currency or "k" on a money lever, a lever word
near it ("a bonus of 5k"), or, for a bare number, a size that only one lever can take ("meet at
133" on a salary in the 100,000s). Numbers in other frames (frames.py) are not offers. Month
names map onto a "months from the meeting" lever, categorical values are matched by their
distinctive words, and "drop the bonus", "5k more", "split the difference" and "your April date
is fine" are resolved against the standing offer. A number that fits two levers equally, or
none, is an :class:`Ambiguity`: the counterpart asks about it in words, never guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sparring.engines.ear.context import Context
from sparring.engines.ear.frames import PROPOSAL, STRONG, clause_bounds, frame_of, proposes, sentence_spans, terms_asked
from sparring.engines.ear.levers import Profile, profiles
from sparring.engines.ear.numbers import MONTHS, Mention, date_mentions, mentions, month_mentions
from sparring.engines.ear.refers import receipt_numbers
from sparring.model.case import Case
from sparring.model.levers import Lever, LeverValue, Package


@dataclass(frozen=True)
class Heard:
    """One lever value the turn proposes, and the words it came from."""

    lever: str
    value: LeverValue
    start: int
    end: int
    said: str
    how: str
    """amount · bare (a number with nothing but its size to tie it) · shorthand (a bare number read
    in thousands) · range · month · relative · percent · dropped · kept · value · midpoint"""


@dataclass(frozen=True)
class Ambiguity:
    """A number said as if it were terms, that no single lever can take."""

    said: str
    value: float
    levers: tuple[str, ...]
    """The levers it could be for (two or more), or the one it is out of reach for, or none."""
    reason: str  # "several" · "out_of_range" · "unknown"


@dataclass(frozen=True)
class OfferReading:
    packages: tuple[tuple[Heard, ...], ...] = ()
    ambiguous: Ambiguity | None = None
    quoted: tuple[Mention, ...] = ()
    """Their numbers the turn quotes back."""
    excluded: tuple[tuple[Mention, str], ...] = ()
    """Numbers that are not offers, with the frame that says so (receipt, count, year…)."""

    @property
    def offers(self) -> list[Package]:
        return [{h.lever: h.value for h in package} for package in self.packages]


_DROP = (
    r"\b(drop|waive|forgo|forget( about)?|give up|skip|lose|scrap|no need for( the| a| any)?|no|"
    r"don'?t need( the| a| any)?|without|leave out|take out|remove)\b( the| any| a| my| that)?( [\w-]+)??"
)
_MORE = re.compile(r"^\s*(more|extra|higher|on top|up)\b", re.I)
_LESS = re.compile(r"^\s*(less|fewer|lower|below|under|off|down|cheaper)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(another|an extra|additional|up by|raise (it|that) by|bump (it|that) (up )?by)\s*$", re.I)
_LESS_BEFORE = re.compile(
    r"\b((shave|knock|take|trim|cut) off|(cut|drop|lower|reduce)( it| that)? by|minus)\s*$",
    re.I,
)
_MIDPOINT = re.compile(
    r"\b(split the difference|meet (you )?(in the middle|halfway|half way)|middle ground|halfway|half way)\b", re.I
)
_MONTH_CUE = re.compile(
    r"\b(from|starting|start(s|ing)?( in| from)?|effective( from| in)?|in|by|as of|beginning( of)?|begin|until|till|"
    r"paid (from|in)|takes effect( in)?|kicks? in( in)?|with the)\s+(the\s+)?(start of\s+|beginning of\s+)?$",
    re.I,
)
_MONTH_AFTER = re.compile(r"^\s*(start|cycle|effective|onwards|on)\b", re.I)
_MONTH_PAST = re.compile(r"\b(since|last|back in|ago|in early|was|were|did|happened)\s+$", re.I)
_NOW = re.compile(
    r"\b(effective|starting|start|from|take effect|kick in|begin)\s+(immediately|right away|straight away|now|today|"
    r"this month)\b|\b(immediately|right away|straight away|from now on|as of now|starting now)\b|(?<=\d)k?\s+now\b",
    re.I,
)
_KEEP = re.compile(
    r"\b(your|the|that|a|an)\s+(\w+\s){0,2}?(date|timing|start|term|terms|length|payment terms|month|months|date of|"
    r"plan|schedule|"
    r"delay|trial|days?|bonus|title|seats?|volume|price|rate|number of \w+|headcount|budget)\b[^.?!]{0,40}\b"
    r"(is fine|are fine|is ok|is okay|works|work for me|i can live with|i can accept|is acceptable|i'?m (fine|ok|"
    r"okay|happy) with)"
    r"|\b(i can live with|i can accept|i accept|i'?m (fine|ok|okay|happy) with|happy to (accept|take|go with)|"
    r"i'?ll (accept|take)|i (can )?take|(we|i) keep|keep)\s+"
    r"(your|the|that)\s+(\w+\s){0,2}?(date|timing|start|term|length|payment terms|months|trial|days|bonus|title|"
    r"seats|volume|price|rate|headcount|budget)\b",
    re.I,
)
_OPTION_SPLIT = re.compile(
    r"\bor\b|\balternatively\b|\botherwise\b|\bor else\b|\boption (two|2|b)\b|\bthe other (one )?(is|would be)\b|"
    r"\bplan b\b",
    re.I,
)
_NOT_OPTION = re.compile(
    r"^\s*(i|we)('ll| will)? (walk|leave|go|am out|'m out|quit)|^\s*(else|not|so|less|more|two|three)\b", re.I
)


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "without",
        "by",
        "per",
        "plus",
        "minus",
        "is",
        "are",
        "was",
        "were",
        "be",
        "would",
        "could",
        "should",
        "will",
        "can",
        "may",
        "might",
        "must",
        "i",
        "we",
        "you",
        "it",
        "that",
        "this",
        "which",
        "if",
        "then",
        "than",
        "as",
        "up",
        "down",
        "more",
        "less",
        "over",
        "under",
        "off",
        "more",
        "extra",
        "total",
        "all",
        "in-hand",
        "instead",
        "now",
        "later",
        "please",
        "ok",
        "okay",
        "then",
        "too",
        "tops",
        "max",
        "maximum",
        "minimum",
        "min",
        "at",
        "least",
        "on",
        "top",
        "flat",
        "base",
        "gross",
        "net",
        "straight",
        "even",
        "each",
        "every",
        "month",
        "months",
        "year",
        "years",
        "week",
        "weeks",
        "day",
        "days",
        "a-year",
        "ish",
        "or",
        "yes",
        "yeah",
        "though",
        "sure",
        "fine",
        "done",
    ]
)


def _counts_something_else(text: str, mention: Mention, levers: list[Profile]) -> bool:
    """ "two departures", "11 accounts": a number followed by a noun no lever is about."""
    if mention.unit or mention.per or mention.percent or mention.net or mention.money:
        return False
    following = [
        w.split("'")[0] for w in re.findall(r"[a-z][a-z'-]*", text[mention.end : mention.end + 30].lower())[:2]
    ]
    if not following or following[0] in _FUNCTION_WORDS or text[mention.end : mention.end + 1] in "?.!,;:)":
        return False
    words = set().union(*(p.words for p in levers)) if levers else set()
    return not any(w in words or w.rstrip("s") in words for w in following)


def read_offer(text: str, case: Case, ctx: Context, stated: bool = False) -> OfferReading:
    """The package(s) ``text`` proposes (see the module docstring). ``stated``: the line states terms
    as a whole (the counterpart's own line), so every sentence of it counts, not only those that propose."""
    levers = profiles(case.levers)
    numeric = [p for p in levers if p.kind != "categorical"]
    found = mentions(text)
    excluded: list[tuple[Mention, str]] = []
    quoted: list[Mention] = []
    candidates: list[Mention] = []
    standing = {float(v) for v in (ctx.standing or {}).values() if isinstance(v, int | float)}
    theirs = ctx.their_numbers | standing
    lever_words = frozenset().union(*(p.words for p in levers)) if levers else frozenset()
    for mention in found:
        frame = frame_of(text, mention, theirs, True, lever_words)
        if frame is None and _counts_something_else(text, mention, levers):
            frame = "count"
        if frame in ("quote", "question_theirs"):
            quoted.append(mention)
        if frame is not None:
            excluded.append((mention, frame))
        else:
            candidates.append(mention)
    days = date_mentions(text)
    for mention in list(candidates):  # "26" in "start 26 jul" is a day of a month, not a term
        if any(d.start <= mention.start < d.end for d in days) and not mention.unit and not mention.scale:
            candidates.remove(mention)
            excluded.append((mention, "date"))
    for mention in list(candidates):  # "On-call pages: 41 a month, now 9": a receipt's figures, not terms
        lo, hi = clause_bounds(text, mention.start, mention.end)
        sentence = next(text[a:b] for a, b in sentence_spans(text) if a <= mention.start < b)
        if STRONG.search(sentence) or mention.money:
            continue  # "I'm asking for 157.5k": said as terms, whatever the receipts hold
        if round(mention.value, 2) in receipt_numbers(text, case, text[lo:hi]):
            candidates.remove(mention)
            excluded.append((mention, "receipt"))
    spans = _hour_spans(text, levers)
    if spans:
        candidates = [m for m in candidates if not any(h.start <= m.start < h.end for h in spans)]
        excluded = [(m, f) for m, f in excluded if not any(h.start <= m.start < h.end for h in spans)]
    forward = [(0, len(text))] if stated else _proposing_spans(text, levers, lever_words, ctx)
    shown = "".join(c if _inside(i, forward) else " " for i, c in enumerate(text))
    for mention in list(candidates):  # a number in a sentence that proposes nothing is not put forward
        if not _inside(mention.start, forward):
            candidates.remove(mention)
            excluded.append((mention, "statement"))
    topic = _topic(case, ctx)
    segments = _segments(text, candidates)
    packages: list[tuple[Heard, ...]] = []
    ambiguity: Ambiguity | None = None
    for lo, hi in segments:
        here = [m for m in candidates if lo <= m.start < hi]
        dropped = _dropped(shown[lo:hi], lo, numeric)
        gone = {h.lever for h in dropped}
        heard, problem = _assign(text, here, [p for p in numeric if p.id not in gone], case, ctx, topic)
        ambiguity = ambiguity or problem
        dated = _months(shown[lo:hi], lo, case, levers) + _weeks(shown[lo:hi], lo, case, levers, lever_words)
        # a month or a date said for a lever counted from a date outranks a number only its size ties there
        weak = {h.lever for h in heard if h.how in ("bare", "shorthand") or (h.how == "amount" and not _named(text, h))}
        heard = [h for h in heard if not any(d.lever == h.lever and h.lever in weak for d in dated)]
        taken = {h.lever for h in heard}
        heard += [h for h in dated if h.lever not in taken]
        taken = {h.lever for h in heard}
        heard += [h for h in _categorical(shown[lo:hi], lo, levers, case.current) if h.lever not in taken]
        taken = {h.lever for h in heard}
        heard += [h for h in dropped if h.lever not in taken]
        taken = {h.lever for h in heard}
        heard += [h for h in spans if lo <= h.start < hi and h.lever not in taken]
        if heard:
            packages.append(tuple(sorted(heard, key=lambda h: h.start)))
    packages = _with_midpoint(text, packages, case, ctx)
    packages = _with_kept(text, packages, case, ctx)
    packages = _with_their_terms(text, packages, case, ctx)
    packages = [
        kept for p in packages if (kept := tuple(h for h in p if _inside(h.start, forward) or h.how in _SELF_CUED))
    ]
    packages = [p for p in packages if not _only_their_terms(p, ctx)]
    if ambiguity and ambiguity.reason != "several" and packages:
        ambiguity = None  # a number out of reach beside real terms: the terms are what they answer
    placed = [(h.start, h.end) for package in packages for h in package]
    for m in candidates:  # a number no lever took (or only their terms did): said, but not as terms
        if not any(a <= m.start < b or m.start <= a < m.end for a, b in placed) and not (
            ambiguity and ambiguity.said == m.text
        ):
            excluded.append((m, "fact"))
    excluded.sort(key=lambda e: e[0].start)
    return OfferReading(tuple(packages), ambiguity, tuple(quoted), tuple(excluded))


_SELF_CUED = frozenset(["kept", "midpoint"])


def _proposing_spans(
    text: str, levers: list[Profile], lever_words: frozenset[str], ctx: Context
) -> list[tuple[int, int]]:
    """The sentences that put terms forward (frames.proposes): a value said anywhere else (a statement of
    fact, a story, a comparison, a question for information) is not proposed, however well it fits a lever."""
    said = " ".join(
        f"{p.id} {p.lever.name or ''} {p.lever.unit or ''} {' '.join(p.lever.values or [])}" for p in levers
    )
    extra = frozenset(MONTHS) | frozenset(re.findall(r"[a-z0-9]+", said.lower().replace("_", " ")))
    asked = terms_asked(ctx.their_last)
    return [(a, b) for a, b in sentence_spans(text) if proposes(text[a:b], lever_words, asked, extra)]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _named(text: str, heard: Heard) -> bool:
    """Whether a lever word is right next to the number ("start in 4 weeks"), not just its unit ("nine weeks on v2")."""
    around = text[max(0, heard.start - 25) : heard.end + 25].lower()
    return bool(re.search(r"\b(start|starting|begin|effective|from now)\b", around))


def _topic(case: Case, ctx: Context) -> frozenset[str]:
    """The levers the counterpart's last line set ("I could do two days."): what "one more than that"
    or a bare "2." answering it is about."""
    if not ctx.their_last:
        return frozenset()
    said = read_offer(ctx.their_last, case, Context(), stated=True)
    return frozenset(h.lever for package in said.packages for h in package)


def _only_their_terms(package: tuple[Heard, ...], ctx: Context) -> bool:
    """A package that only repeats the standing offer proposes nothing: "40 on a three-year term
    doesn't work for us", "43 per seat, 400 seats, agreed" quote their terms to refuse or accept them."""
    if not ctx.standing:
        return False
    return all(h.how != "dropped" and _same(ctx.standing.get(h.lever), h.value) for h in package)


def _same(a: LeverValue | None, b: LeverValue) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return a is not None and str(a) == str(b)


_CLOCK = r"(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)?"
_HOUR_SPAN = re.compile(
    rf"\b(?:from\s+)?{_CLOCK}\s*(?:-|–|to|until|till|through)\s*{_CLOCK}(?!\d|[.,]\d|\s*(?:k\b|%|a seat|per|days?|"
    r"weeks?|months?|years?|seats?|people|engineers?|stores?))",
    re.I,
)


def _hour_spans(text: str, levers: list[Profile]) -> list[Heard]:
    """ "core hours 10-4", "9 to 5", "10:00-16:00" on an hours lever: the length of the span."""
    target = next((p for p in levers if p.kind == "hours"), None)
    if target is None:
        return []
    out: list[Heard] = []
    for m in _HOUR_SPAN.finditer(text):
        start, end = _clock(m[1], m[2], m[3]), _clock(m[4], m[5], m[6])
        if start is None or end is None:
            continue
        if end <= start:
            end += 12  # "10-4", "9 to 5": the afternoon
        length = end - start
        if _on_grid(target.lever, length) and length <= 12:
            out.append(Heard(target.id, _snap(target.lever, length), m.start(), m.end(), m.group(0), "range"))
    return out[:1]


def _clock(hour: str, minute: str | None, half: str | None) -> float | None:
    h = int(hour)
    if h > 24 or (minute and int(minute) >= 60):
        return None
    if half and half.lower() == "pm" and h < 12:
        h += 12
    return h + (int(minute) / 60 if minute else 0.0)


def _segments(text: str, candidates: list[Mention]) -> list[tuple[int, int]]:
    """Options: the text split at "or" when the parts on both sides hold terms."""
    cuts = [0]
    for match in _OPTION_SPLIT.finditer(text):
        if _NOT_OPTION.match(text[match.end() :]):
            continue
        before = [m for m in candidates if cuts[-1] <= m.start < match.start()]
        after = [m for m in candidates if match.end() <= m.start]
        if before and after and _close(text, before[-1].end, match.start()):
            cuts.append(match.start())
    cuts.append(len(text))
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def _close(text: str, a: int, b: int) -> bool:
    return b - a < 90 and not re.search(r"[.?!]", text[a:b])


# --- numbers → levers ----------------------------------------------------------------------


def _fits(profile: Profile, m: Mention) -> list[tuple[float, str]]:
    """The values ``m`` could be on this lever, with how it was read (empty: it cannot be)."""
    kind, value = profile.kind, m.value
    if kind == "categorical":
        return []
    if m.net:
        return [(value, "amount")] if kind == "days" and ({"payment", "net", "terms"} & profile.words) else []
    if m.percent:
        return [(value, "amount")] if kind == "percent" else []
    unit = m.unit
    if unit in ("day",) and m.per == "week":
        return [(value, "amount")] if kind == "per_week" else []
    if unit == "hour" and m.per in ("day", "week"):
        return [(value, "amount")] if kind in ("hours", "per_week") else []
    if unit in ("day",):
        return [(value, "amount")] if kind in ("days", "per_week") else []
    if unit == "week":
        return [(value, "amount")] if kind == "weeks" else ([(value * 7, "amount")] if kind == "days" else [])
    if unit == "month":
        return [(value, "amount")] if kind in ("months", "months_from") else []
    if unit == "year":
        return [(value * 12, "amount")] if kind in ("months", "months_from") else []
    if unit == "quarter":
        return [(value * 3, "amount")] if kind in ("months", "months_from") else []
    if unit == "hour":
        return [(value, "amount")] if kind == "hours" else []
    if unit is not None:
        return [(value, "amount")] if kind == "count" and (_unit_matches(unit, profile) or unit == "head") else []
    if m.money or m.scale:
        if kind in ("money", "unit_price") or (kind == "count" and m.scale and not m.money and profile.high >= 1000):
            return [(value, "amount")]  # "42.5k" options: a count in thousands
        return []
    if m.per in ("seat", "user", "unit", "head", "hour") and kind == "unit_price":
        return [(value, "amount")]
    if m.per is not None:
        return [(value, "amount")] if kind in ("money", "unit_price") else []
    # a bare number: as it is, or in thousands on a money lever of that size ("meet at 133")
    out: list[tuple[float, str]] = []
    if kind in (
        "count",
        "money",
        "unit_price",
        "months",
        "months_from",
        "days",
        "per_week",
        "hours",
        "weeks",
        "percent",
    ):
        out.append((value, "bare"))
    if kind == "money" and value < 1000 and profile.high >= 20_000 and not (m.written and value < 20):
        out.append((value * 1000, "shorthand"))  # "meet at 133" is 133k; "two" is never 2,000
    return out


def _unit_matches(unit: str, profile: Profile) -> bool:
    return any(w.startswith(unit[:4]) for w in profile.words)


def _on_grid(lever: Lever, value: float, strict: bool = False) -> bool:
    """Inside the lever's range; with ``strict``, also on its step (a bare number must be)."""
    if lever.range is None:
        return False
    low, high = float(lever.range[0]), float(lever.range[1])
    if not low - 1e-9 <= value <= high + 1e-9:
        return False
    if lever.step and strict:
        steps = (value - low) / float(lever.step)
        return abs(steps - round(steps)) < 1e-6
    return True


def _affinity(profile: Profile, text: str, m: Mention, others: list[Mention]) -> float:
    """How strongly the words near a number point at this lever (after it counts most)."""
    score = 0.0
    lowered = text.lower()
    for word in profile.words:
        for match in re.finditer(rf"\b{re.escape(word)}", lowered):
            if match.start() >= m.end:
                gap = lowered[m.end : match.start()]
                if re.search(r"[,;.?!]", gap) or any(m.end <= o.start < match.start() for o in others):
                    continue
                score += 2.0 / (1 + len(gap) / 4)
            elif match.end() <= m.start:
                gap = lowered[match.end() : m.start]
                if re.search(r"[,;.?!]", gap) or any(match.end() <= o.start < m.start for o in others):
                    continue
                score += 1.0 / (1 + len(gap) / 4)
    return score


def _references(profile: Profile, case: Case, ctx: Context) -> list[float]:
    """The values this lever has taken in the plan and the talk: where a new number is expected."""
    lever_id = profile.id
    out: list[float] = []
    for package in (ctx.standing, ctx.your_last, case.current, case.tiers.ideal, case.tiers.likely, case.tiers.minimum):
        if package and isinstance(package.get(lever_id), (int, float)):
            out.append(float(package[lever_id]))
    return out


def _plausibility(profile: Profile, value: float, case: Case, ctx: Context) -> float:
    """1 near values this lever has taken, falling to 0 across its range."""
    refs = _references(profile, case, ctx)
    width = max(1e-9, profile.high - profile.low)
    if not refs:
        return 0.5
    return max(0.0, 1.0 - min(abs(value - r) for r in refs) / width)


def _assign(
    text: str,
    found: list[Mention],
    numeric: list[Profile],
    case: Case,
    ctx: Context,
    topic: frozenset[str] = frozenset(),
) -> tuple[list[Heard], Ambiguity | None]:
    """Each number to at most one lever, and each lever at most once, best-supported first."""
    options: list[tuple[float, Mention, Profile, float, str]] = []
    problem: Ambiguity | None = None
    claimed = _claimed(text, found, numeric)
    for m in found:
        scored: list[tuple[float, Profile, float, str]] = []
        ties: dict[str, float] = {}
        out_of_range: list[Profile] = []
        for p in numeric:
            for fit, how in _fits(p, m):
                moved = _relative(text, m, p, fit, ctx, case)
                if moved is None:
                    continue
                value = moved
                if not _on_grid(p.lever, value, strict=m.bare):
                    if p.kind != "categorical" and not m.bare:
                        out_of_range.append(p)
                    continue
                affinity = _affinity(p, text, m, [o for o in found if o is not m])
                typed = 0.0 if m.bare else 1.0
                tie = (
                    2.0 * typed
                    + affinity
                    + (0.5 if how in ("amount", "bare") else 0.0)
                    + (0.6 if p.id in topic and m.bare else 0.0)
                )
                ties[p.id] = max(ties.get(p.id, 0.0), tie)
                score = (
                    tie
                    + _plausibility(p, value, case, ctx)
                    + (0.8 if ctx.standing and _same(ctx.standing.get(p.id), value) else 0.0)
                )
                scored.append((score, p, value, how))
        if not scored:
            tied = [p for p in out_of_range if _affinity(p, text, m, []) > 0]
            if tied and not m.bare:  # "tooling of 300k": out of reach; "234k a year" named no lever
                lever = max(tied, key=lambda p: _affinity(p, text, m, []))
                problem = problem or Ambiguity(m.text, m.value, (lever.id,), "out_of_range")
            continue
        scored.sort(key=lambda s: -s[0])
        lead = max(ties, key=lambda k: ties[k])
        rivals = [k for k in ties if k != lead and k not in claimed.get(id(m), set()) and ties[k] >= ties[lead] - 0.35]
        if (
            rivals
            and _affinity(next(p for p in numeric if p.id == lead), text, m, []) < 0.5
            and not _relative_to(text, m)
        ):
            # nothing but its size ties it, and it fits two levers: ask which, never guess
            problem = problem or Ambiguity(m.text, m.value, (lead, rivals[0]), "several")
            continue
        for score, p, value, how in scored:
            options.append((score, m, p, value, how if m.range_end is None else "range"))
    heard: list[Heard] = []
    used_mentions: set[int] = set()
    used_levers: set[str] = set()
    for _, m, p, value, how in sorted(options, key=lambda o: -o[0]):
        if id(m) in used_mentions or p.id in used_levers:
            continue
        if m.range_end is not None:
            value = _range_value(p, value, m, text, ctx, case)
        heard.append(Heard(p.id, _snap(p.lever, value), m.start, m.end, m.text, how))
        used_mentions.add(id(m))
        used_levers.add(p.id)
    heard.sort(key=lambda h: h.start)
    return heard, problem


def _claimed(text: str, found: list[Mention], numeric: list[Profile]) -> dict[int, set[str]]:
    """For each number, the levers another number of the turn names outright ("24 months", "net 45",
    "110k tooling"): they are not what this one could be for."""
    named: dict[int, set[str]] = {}
    for m in found:
        for p in numeric:
            fits = _fits(p, m)
            typed = m.unit or m.net or m.per or _affinity(p, text, m, [o for o in found if o is not m]) >= 0.5
            if fits and typed and any(_on_grid(p.lever, v) for v, _ in fits):
                named.setdefault(id(m), set()).add(p.id)
    return {id(m): set().union(*(v for k, v in named.items() if k != id(m))) if named else set() for m in found}


def _relative_to(text: str, m: Mention) -> bool:
    after = text[m.end : m.end + 25]
    before = text[max(0, m.start - 25) : m.start]
    return bool(_MORE.match(after) or _MORE_BEFORE.search(before) or _LESS.match(after) or _LESS_BEFORE.search(before))


def _range_value(p: Profile, low_value: float, m: Mention, text: str, ctx: Context, case: Case) -> float:
    """A range is heard at the end better for them (what a counterpart takes from it)."""
    assert m.range_end is not None
    scale = low_value / m.value if m.value else 1.0
    high_value = m.range_end * (scale if not m.scale else 1.0)
    them = p.lever.them
    prefer_lower = (them.prefer == "lower") if them and isinstance(them.prefer, str) else p.lever.you.prefer == "higher"
    value = min(low_value, high_value) if prefer_lower else max(low_value, high_value)
    return value if _on_grid(p.lever, value) else low_value


def _relative(text: str, m: Mention, p: Profile, value: float, ctx: Context, case: Case) -> float | None:
    """ "5k more than your offer", "two fewer days": the value moved from the standing offer."""
    after = text[m.end : m.end + 25]
    before = text[max(0, m.start - 25) : m.start]
    base_package = ctx.standing or case.current or {}
    base = base_package.get(p.id)
    up = _MORE.match(after) or _MORE_BEFORE.search(before)
    down = _LESS.match(after) or _LESS_BEFORE.search(before)
    if not (up or down) or not isinstance(base, (int, float)):
        return value
    return float(base) + value if up else float(base) - value


def _snap(lever: Lever, value: float) -> LeverValue:
    assert lever.range is not None
    low = float(lever.range[0])
    if lever.step:
        value = low + round((value - low) / float(lever.step)) * float(lever.step)
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


# --- months, categorical values, dropped levers ---------------------------------------------


def _meeting(case: Case) -> dt.date | None:
    return case.meeting


_DATE_IN = re.compile(
    rf"\b(\d{{1,2}})\s+({'|'.join(sorted(MONTHS, key=len, reverse=True))})\w*\.?(?:\s+(\d{{4}}))?", re.I
)


def _date(day: str, month: str, year: str | None, near: dt.date | None) -> dt.date | None:
    """A day and month (and year) as a date; without a year, the one nearest ``near``."""
    number = MONTHS.get(month.lower()[:3]) or MONTHS.get(month.lower())
    if number is None:
        return None
    base = near or dt.date.today()
    years = [int(year)] if year else [base.year - 1, base.year, base.year + 1]
    dates = []
    for y in years:
        try:
            dates.append(dt.date(y, number, int(day)))
        except ValueError:
            continue
    return min(dates, key=lambda d: abs((d - base).days)) if dates else None


def _anchor(case: Case, profile: Profile) -> dt.date | None:
    """The date a "… from X" lever counts from: a date in its unit ("weeks from Mon 14 Jun 2027"), the
    date the case gives for X ("months from the plan lock" and "the plan locks on 31 Jan"), or the meeting."""
    unit = (profile.lever.unit or "").lower()
    given = _DATE_IN.search(unit)
    if given:
        return _date(given[1], given[2], given[3], case.meeting)
    what = re.search(r"\bfrom (the )?(?P<what>[a-z][\w -]*)", unit)
    if what and "meeting" not in what["what"]:
        stem = what["what"].split()[-1][:4]
        words = case.model_dump_json(exclude={"levers"})
        found = re.search(
            rf"\b{re.escape(stem)}\w*\s+(?:on\s+)?(\d{{1,2}})\s+([A-Za-z]{{3,9}})\.?(?:\s+(\d{{4}}))?", words
        )
        if found:
            return _date(found[1], found[2], found[3], case.meeting)
    return case.meeting


def _first_month(anchor: dt.date) -> int:
    """The month counted as 0: the anchor's, or the next when the anchor closes its month ("locks on 31 Jan")."""
    return (anchor + dt.timedelta(days=1)).month


def _weeks(segment: str, offset: int, case: Case, levers: list[Profile], lever_words: frozenset[str]) -> list[Heard]:
    """ "start 26 jul", "I can start on the 19th of July" on a lever in weeks from a date: whole weeks."""
    target = next((p for p in levers if p.kind == "weeks" and _DATE_IN.search((p.lever.unit or "").lower())), None)
    anchor = _anchor(case, target) if target else None
    if target is None or anchor is None:
        return []
    out: list[Heard] = []
    for day in date_mentions(segment):
        before = segment[: day.start]
        clause = re.split(r"[.?!;—–]|, but|\bbut\b", before)[-1]
        if re.search(
            r"\b(before|after|until|till|by|since|than|past|instead of|rather than|not|on or before)\s+(the\s+)?$",
            clause,
            re.I,
        ):
            continue  # "before 31 July", "instead of aug 2": not the date asked for
        words = re.findall(r"[a-z][a-z'-]*", clause.lower())
        cued = re.search(
            r"\b(start|starting|begin|beginning|join|joining|first day|come in|be there|from)\b", clause, re.I
        )
        listed = all(w in lever_words or w in ("and", "a", "the", "with", "plus", "k", "on", "base") for w in words)
        if not (cued or listed):
            continue
        when = _date(str(day.day), str(next(k for k, v in MONTHS.items() if v == day.month)), None, anchor)
        if when is None:
            continue
        weeks = round((when - anchor).days / 7)
        if _on_grid(target.lever, weeks, strict=True):
            out.append(
                Heard(target.id, _snap(target.lever, weeks), offset + day.start, offset + day.end, day.text, "date")
            )
    return out[:1]


def _months(segment: str, offset: int, case: Case, levers: list[Profile]) -> list[Heard]:
    """ "from April" on a lever in months from the meeting: calendar months from the meeting's month."""
    target = next((p for p in levers if p.kind == "months_from"), None)
    if target is None:
        return []
    anchor = _anchor(case, target)
    if anchor is None:
        return []
    first = _first_month(anchor) if anchor != case.meeting else anchor.month
    found: list[Heard] = []
    for month in month_mentions(segment):
        before = segment[max(0, month.start - 34) : month.start]
        before = re.sub(r"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?$", "", before)  # "effective 1 April"
        after = segment[month.end : month.end + 12]
        if _MONTH_PAST.search(before):
            continue
        if not (_MONTH_CUE.search(before) or _MONTH_AFTER.match(after)):
            continue
        if _about_something_else(segment[: month.start], levers):
            continue  # "the audit window opens in April": a date of something that is not a term
        months = (month.month - first) % 12
        if _on_grid(target.lever, months):
            found.append(
                Heard(
                    target.id,
                    _snap(target.lever, months),
                    offset + month.start,
                    offset + month.end,
                    month.text,
                    "month",
                )
            )
    now = _NOW.search(segment) or _at_anchor(segment, target)
    if now and _on_grid(target.lever, 0):
        found.append(
            Heard(target.id, _snap(target.lever, 0), offset + now.start(), offset + now.end(), now.group(0), "month")
        )
    proposing = [h for h in found if _in_proposal(segment, h.start - offset)]
    return (proposing or sorted(found, key=lambda h: h.start))[:1]


_WHEN_IT_HAPPENS = re.compile(
    r"\b(the|a|an|our|their|my|your|his|her)\s+(?P<what>(?:[\w'-]+\s+){0,3}?)(opens?|closes?|starts?|begins?|"
    r"ends?|is|are|was|were|lands?|happens?|comes?|runs?|kicks? off|goes live|went live|is due|are due|due|expires?|"
    r"renews?|falls?|moves?|finishes|launche[sd]|left|joined|arrived?)\s+(in|on|by|from|until|till|around|before|"
    r"after|at)?\s*(the\s+)?(start of\s+|end of\s+|beginning of\s+|middle of\s+)?$",
    re.I,
)
_THE_DEAL = frozenset(
    re.findall(
        r"\S+",
        "raise increase rise bump promotion contract deal change arrangement agreement new package offer it this that "
        "everything move switch",
    )
)


def _about_something_else(before: str, levers: list[Profile]) -> bool:
    """Whether a month follows "<something> opens / is due / starts in", where the something is no lever
    and not the deal itself ("the audit window opens in April", not "the raise starts in April")."""
    clause = re.split(r"[,;:—–]|\b(and|but|so|because|since|which)\b", before)[-1] or ""
    m = _WHEN_IT_HAPPENS.search(clause[-60:])
    if not m:
        return False
    words = set(re.findall(r"[a-z][a-z-]+", m["what"].lower()))
    known = set().union(*(p.words for p in levers)) | _THE_DEAL if levers else _THE_DEAL
    return bool(words) and not any(w in known or w.rstrip("s") in known for w in words)


def _at_anchor(segment: str, target: Profile) -> re.Match[str] | None:
    """ "as soon as the plan locks", "open at the lock": month 0 of a lever counted from that event."""
    what = re.search(r"\bfrom (the )?(?P<what>[a-z][\w -]*)", (target.lever.unit or "").lower())
    if not what or "meeting" in what["what"]:
        return None
    stem = re.escape(what["what"].split()[-1][:4])
    return re.search(
        rf"\b(as soon as|right when|when|once|the moment|right at|at|on|straight after|right after)\s+(the\s+)?"
        rf"(\w+\s+)?{stem}\w*\b",
        segment,
        re.I,
    )


def _in_proposal(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` proposes (has a proposal cue), and is not about an outside offer."""
    lo = max([text.rfind(c, 0, at) for c in ".!?;\n"]) + 1
    ends = [p for p in (text.find(c, at) for c in ".!?;\n") if p != -1]
    sentence = text[lo : min(ends) if ends else len(text)]
    return bool(PROPOSAL.search(sentence)) and not re.search(r"\boffer (from|at)\b|\belsewhere\b", sentence, re.I)


def _categorical(segment: str, offset: int, levers: list[Profile], case_current: Package | None = None) -> list[Heard]:
    """A categorical value named by its full text, or by the words only it has ("acting")."""
    out: list[Heard] = []
    lowered = segment.lower()
    for p in levers:
        if p.kind != "categorical" or p.lever.values is None:
            continue
        values = p.lever.values
        hit = _named_value(lowered, values)
        current = (case_current or {}).get(p.id)
        if hit is not None and hit[0] == current and lowered[hit[1] : hit[2]] != hit[0].lower():
            hit = None  # "the data org" is not a request for today's "Senior Data Analyst" title
        if hit is not None:
            value, start, end = hit
            out.append(Heard(p.id, value, offset + start, offset + end, segment[start:end], "value"))
    return out


_NOT_THIS = re.compile(r"\b(instead of|rather than|not|no|than|drop|forget|over)\s+(the\s+)?$", re.I)


def _named_value(lowered: str, values: list[str]) -> tuple[str, int, int] | None:
    """The value the text asks for: named in full, or by a word only it has ("acting", "q3") — not
    one the text turns away from ("9/80 instead of the 4x10", "drop the q3 thing")."""
    hits: list[tuple[int, int, str]] = []
    for v in sorted(values, key=len, reverse=True):
        spelled = re.escape(v.lower())
        if re.fullmatch(r"\d[\d.]*%", v):
            spelled = re.escape(v[:-1]) + r"\s?(%|percent\b)?"  # "99.9 sla" names "99.9%"
        for m in re.finditer(rf"(?<![\w.]){spelled}(?![\w]|\.\d)", lowered):
            hits.append((m.start(), m.end(), v))
    words = {v: set(re.findall(r"[\w./%]+", v.lower())) for v in values}
    for v, own in words.items():
        distinctive = own - set().union(*(w for u, w in words.items() if u != v))
        distinctive = {w for w in distinctive if len(w) > 3 or (len(w) >= 2 and any(c.isdigit() for c in w))}
        for w in distinctive:
            for m in re.finditer(rf"(?<![\w.]){re.escape(w)}(?![\w])", lowered):
                if not any(a <= m.start() < b for a, b, _ in hits):
                    hits.append((m.start(), m.end(), v))
    hits += _paraphrased(lowered, values, words, hits)
    kept = [h for h in sorted(hits) if not _NOT_THIS.search(lowered[max(0, h[0] - 16) : h[0]])]
    if not kept:
        return None
    start, end, value = kept[0]
    return value, start, end


_QUALIFIERS = frozenset(["acting", "interim", "temporary", "provisional", "deputy", "assistant", "associate", "junior"])
_FULL = re.compile(
    r"\b(the |a )?(full|permanent|real|proper|actual)\s+(title|role|promotion|position|job|thing)\b", re.I
)


def _paraphrased(
    lowered: str, values: list[str], words: dict[str, set[str]], hits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "the lead role" names the plain value among those sharing "lead" (not "Acting Team Lead");
    "the full title" names the plain value that a qualified one ("acting") stands in for."""
    plain = [v for v in values if not words[v] & _QUALIFIERS]
    qualified = [v for v in values if words[v] & _QUALIFIERS]
    out: list[tuple[int, int, str]] = []
    for q in qualified:
        core = words[q] - _QUALIFIERS
        bases = [v for v in plain if core & words[v]]
        if len(bases) != 1:
            continue
        shared = {w for w in core & words[bases[0]] if len(w) > 3}
        for w in shared:
            for m in re.finditer(rf"(?<![\w.]){re.escape(w)}(?![\w])", lowered):
                before = lowered[max(0, m.start() - 12) : m.start()]
                if not any(a <= m.start() < b for a, b, _ in hits) and not re.search(
                    r"\b(acting|interim|other)\s+$", before
                ):
                    out.append((m.start(), m.end(), bases[0]))
        for m in _FULL.finditer(lowered):
            out.append((m.start(), m.end(), bases[0]))
    return out


def _dropped(segment: str, offset: int, numeric: list[Profile]) -> list[Heard]:
    """ "I can drop the bonus", "no trial period" → that lever at 0 (levers whose range starts at 0)."""
    out: list[Heard] = []
    lowered = segment.lower()
    for p in numeric:
        words = "|".join(
            re.escape(w)
            for w in sorted(p.words, key=len, reverse=True)
            if p.kind in ("money", "count", "months", "days")
        )
        if not words or p.lever.range is None or float(p.lever.range[0]) != 0:
            continue  # only a lever that can be nothing can be dropped ("no bonus", "no trial")
        m = re.search(rf"{_DROP} ({words})\b", lowered) or re.search(
            rf"\b(leave|take|cut|keep|strike)\s+(the |any |a |my |that )?({words})\s+(out|off)\b", lowered
        )
        if m:
            out.append(
                Heard(
                    p.id,
                    _snap(p.lever, 0.0),
                    offset + m.start(),
                    offset + m.end(),
                    segment[m.start() : m.end()],
                    "dropped",
                )
            )
    return out


def _with_midpoint(text: str, packages: list[tuple[Heard, ...]], case: Case, ctx: Context) -> list[tuple[Heard, ...]]:
    """ "Split the difference", "meet in the middle on the trial": the midpoint of the standing offer and
    the user's previous proposal, on the levers named after the phrase (else where they differ),
    joining the other terms of the turn."""
    m = _MIDPOINT.search(text)
    if not m or len(packages) > 1 or not ctx.standing or not ctx.your_last:
        return packages
    taken = {h.lever for package in packages for h in package}
    named = _named_after(text[m.end() : m.end() + 30], case)
    if packages and not named:
        return packages  # "meet in the middle, 40,000?": the number says where the middle is
    heard: list[Heard] = list(packages[0]) if packages else []
    for lever in case.levers:
        if lever.id in taken or (named and lever.id not in named):
            continue
        a, b = ctx.standing.get(lever.id), ctx.your_last.get(lever.id)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a != b and lever.range is not None:
            heard.append(
                Heard(lever.id, _snap(lever, (float(a) + float(b)) / 2), m.start(), m.end(), m.group(0), "midpoint")
            )
    return [tuple(sorted(heard, key=lambda h: h.start))] if heard else packages


def _named_after(after: str, case: Case) -> frozenset[str]:
    """The levers "on the trial" / "on price" names right after a phrase."""
    found = re.match(r"^\s*(on|for|with)\s+(the\s+)?(?P<what>[\w-]+(\s+[\w-]+)?)", after, re.I)
    if not found:
        return frozenset()
    words = set(re.findall(r"[a-z][a-z-]+", found["what"].lower()))
    return frozenset(
        p.id for p in profiles(case.levers) if any(w in p.words or w.rstrip("s") in p.words for w in words)
    )


_ONLY_IF = re.compile(
    r"^\W*(((yes|yeah|yep|ok|okay|sure|fine|alright|deal|possibly|maybe)\W+(but\W+)?((only|just)\s+)?)|(but\s+)?"
    r"(only|just)\s+)(if|on|with|provided|as long as|in exchange for|for)\b",
    re.I,
)


def _with_their_terms(
    text: str, packages: list[tuple[Heard, ...]], case: Case, ctx: Context
) -> list[tuple[Heard, ...]]:
    """ "Can you do net 60?" — "only on 36 months.": a yes on a condition keeps the terms their line put
    (net 60) and adds the condition; the standing value stands without being said again."""
    if len(packages) != 1 or not ctx.their_last or not _ONLY_IF.match(text):
        return packages
    theirs = read_offer(ctx.their_last, case, Context(), stated=True)
    if len(theirs.packages) != 1:
        return packages
    taken = {h.lever for h in packages[0]}
    kept = [Heard(h.lever, h.value, 0, 0, h.said, "kept") for h in theirs.packages[0] if h.lever not in taken]
    return [tuple(sorted([*packages[0], *kept], key=lambda h: h.start))]


def _with_kept(text: str, packages: list[tuple[Heard, ...]], case: Case, ctx: Context) -> list[tuple[Heard, ...]]:
    """ "Your April date is fine, but I need 133": the standing value of the lever they keep joins the package."""
    if len(packages) != 1 or not ctx.standing:
        return packages
    package = list(packages[0])
    taken = {h.lever for h in package}
    for match in _KEEP.finditer(text):
        lo, hi = clause_bounds(text, match.start(), match.end())
        clause = text[lo:hi].lower()
        for p in profiles(case.levers):
            if p.id in taken or p.id not in ctx.standing:
                continue
            if any(re.search(rf"\b{re.escape(w)}", clause) for w in p.words) or (
                p.kind == "months_from" and re.search(r"\b(date|timing|start|month)\b", clause)
            ):
                package.append(Heard(p.id, ctx.standing[p.id], match.start(), match.end(), match.group(0), "kept"))
                taken.add(p.id)
    package.sort(key=lambda h: h.start)
    return [tuple(package)]
