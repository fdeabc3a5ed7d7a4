"""The case's words, said by the counterpart: fragments become first-person sentences.

Plans are written by the user, about the counterpart, in note form: "merit budget frozen until
the April 2027 cycle", "have a second senior who can run design reviews when she is away",
"if I struggle as a manager, Sam's judgement is questioned". The counterpart must say them as a
person would: "the merit budget is frozen until the April 2027 cycle", "I need a second senior
who can run design reviews when I'm away", "if you struggle as a manager, my judgement is
questioned". Three small steps do it, each tested on every example: :func:`shift` swaps the
points of view (the user's I → you, the counterpart's name and she/he → I), :func:`statement`
gives a note a verb ("X frozen" → "X is frozen"), and :func:`goal` frames an incentive as what
the speaker needs ("keep attrition under 5%" → "I need to keep attrition under 5%").
"""

from __future__ import annotations

import itertools
import re

from sparring.model.case import Case

_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "every",
        "each",
        "any",
        "some",
        "no",
        "all",
        "both",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]
)
_MODALS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "has",
        "have",
        "had",
        "can",
        "cannot",
        "can't",
        "could",
        "will",
        "would",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "does",
        "do",
        "did",
        "won't",
        "wouldn't",
        "shouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "doesn't",
        "don't",
        "didn't",
        "hasn't",
        "haven't",
        "needs",
        "need",
    ]
)
_VERBS = frozenset(
    [
        "come",
        "comes",
        "go",
        "goes",
        "require",
        "requires",
        "set",
        "sets",
        "sit",
        "sits",
        "stay",
        "stays",
        "start",
        "starts",
        "end",
        "ends",
        "take",
        "takes",
        "make",
        "makes",
        "get",
        "gets",
        "cap",
        "caps",
        "limit",
        "limits",
        "allow",
        "allows",
        "apply",
        "applies",
        "cover",
        "covers",
        "mean",
        "means",
        "expect",
        "expects",
        "assume",
        "assumes",
        "want",
        "wants",
        "ask",
        "asks",
        "lock",
        "locks",
        "open",
        "opens",
        "close",
        "closes",
        "meet",
        "meets",
        "review",
        "reviews",
        "approve",
        "approves",
        "sign",
        "signs",
        "decide",
        "decides",
        "run",
        "runs",
        "move",
        "moves",
        "pay",
        "pays",
        "fund",
        "funds",
        "rise",
        "rises",
        "fall",
        "falls",
        "grow",
        "grows",
        "depend",
        "depends",
        "include",
        "includes",
        "count",
        "counts",
        "matter",
        "matters",
        "work",
        "works",
        "happen",
        "happens",
        "hold",
        "holds",
        "report",
        "reports",
        "track",
        "tracks",
        "check",
        "checks",
        "lead",
        "leads",
        "hire",
        "hires",
        "cost",
        "costs",
        "own",
        "owns",
        "sits",
        "belong",
        "belongs",
        "follow",
        "follows",
        "carry",
        "carries",
        "stop",
        "stops",
        "keep",
        "keeps",
        "vary",
        "varies",
        "give",
        "gives",
        "expire",
        "expires",
        "renew",
        "renews",
        "outweigh",
        "outweighs",
        "sees",
        "see",
        "reads",
        "read",
        "goes",
    ]
)
_PARTICIPLES = frozenset(
    [
        "frozen",
        "set",
        "held",
        "given",
        "made",
        "done",
        "paid",
        "sent",
        "built",
        "kept",
        "shut",
        "cut",
        "bound",
        "tied",
        "capped",
        "limited",
        "fixed",
        "locked",
        "required",
        "mandated",
        "mandatory",
        "approved",
        "due",
        "pending",
        "closed",
        "open",
        "full",
        "booked",
        "oversubscribed",
        "committed",
        "allocated",
        "reserved",
        "planned",
        "scheduled",
        "budgeted",
        "funded",
        "spent",
        "exhausted",
        "tight",
        "stretched",
        "needed",
        "expected",
        "agreed",
        "defined",
        "based",
        "restricted",
    ]
)
_IMPERATIVE = frozenset(
    [
        "keep",
        "deliver",
        "bring",
        "have",
        "fill",
        "name",
        "show",
        "avoid",
        "report",
        "protect",
        "be",
        "hold",
        "hit",
        "reduce",
        "cut",
        "grow",
        "ship",
        "pass",
        "unblock",
        "develop",
        "get",
        "make",
        "build",
        "find",
        "hire",
        "retain",
        "close",
        "win",
        "land",
        "meet",
        "stay",
        "finish",
        "launch",
        "improve",
        "increase",
        "decrease",
        "lower",
        "raise",
        "secure",
        "cover",
        "manage",
        "ensure",
        "maintain",
        "support",
        "prove",
        "hand",
        "run",
        "lead",
        "drive",
        "save",
        "limit",
        "stop",
        "start",
        "fix",
        "move",
        "prevent",
        "look",
        "stop",
        "reach",
        "control",
        "contain",
        "staff",
        "fund",
        "spend",
        "balance",
        "deliver",
        "hit",
        "exceed",
        "beat",
        "recover",
        "sell",
        "grow",
        "convert",
        "renew",
        "expand",
        "hire",
        "train",
        "mentor",
        "coach",
        "promote",
        "replace",
        "backfill",
        "plan",
        "prepare",
        "see",
        "open",
        "stretch",
        "extend",
        "shorten",
        "pick",
        "sign",
        "clear",
        "cap",
        "free",
        "pay",
        "use",
        "add",
        "drop",
    ]
)
_SUBJECT_PRONOUNS = {"she": "I", "he": "I", "they": "they"}


def clause(text: str) -> str:
    """The text as a clause: trimmed, without a final full stop, lower-case first letter unless a
    name or an acronym starts it."""
    out = " ".join(text.split()).strip().rstrip(".;:")
    if not out:
        return out
    first = out.split()[0]
    if (
        (first.isupper() and len(first) > 1)
        or re.match(r"^[A-Z][a-z]*[A-Z]", first)
        or first[0].isdigit()
        or first == "I"
        or re.match(r"^I'(d|m|ll|ve)$", first)
    ):
        return out
    if (
        re.match(r"^[A-Z][a-z]+('s)?$", first)
        and first.lower().removesuffix("'s") not in _DETERMINERS | _IMPERATIVE
        and not _common(first.removesuffix("'s"))
    ):
        return out  # a proper noun ("Marta", "Karen")
    return out[0].lower() + out[1:]


def _common(word: str) -> bool:
    return word.lower() in _COMMON_WORDS


_COMMON_WORDS = frozenset(
    [
        "pay",
        "merit",
        "retention",
        "bonuses",
        "bonus",
        "budget",
        "supplier",
        "contracts",
        "contract",
        "sso",
        "tools",
        "total",
        "requisitions",
        "hybrid",
        "month",
        "month-end",
        "policy",
        "promotions",
        "promotion",
        "base",
        "sign-on",
        "the",
        "commission",
        "new",
        "two",
        "three",
        "four",
        "other",
        "security",
        "engineering",
        "leadership",
        "calibration",
        "if",
        "an",
        "a",
        "each",
        "every",
        "headcount",
        "price",
        "support",
        "seats",
        "term",
        "uptime",
        "trial",
        "remote",
        "core",
        "office",
        "exceptions",
        "salary",
        "salaries",
    ]
)


def sentence(text: str) -> str:
    """A clause as a sentence: capital first letter and a full stop (or its own ?/!)."""
    out = text.strip()
    if not out:
        return out
    out = out[0].upper() + out[1:]
    return out if out[-1] in ".?!" else out + "."


_MARK = {"my": "Qqmyqq", "I": "QqIqq", "me": "Qqmeqq"}
_UNMARK = {v: k for k, v in _MARK.items()}


def _names(case: Case) -> list[str]:
    name = (case.counterpart.name or "").strip()
    parts = [name] if name else []
    if name and " " in name:
        parts.append(name.split()[0])
    return parts


_ES_STEMS = ("ss", "sh", "ch", "x", "o")


def _organisation_names(case: Case) -> list[str]:
    org = (case.counterpart.organisation or "").strip()
    if not org:
        return []
    return [org] + ([org.split()[0]] if " " in org and len(org.split()[0]) > 3 else [])


def shift(text: str, case: Case) -> str:
    """The user's words in the counterpart's mouth: I/me/my → you/your; the counterpart's name,
    she/he and her/his → I/me/my (with the verb after it agreeing)."""
    out = text
    for org in _organisation_names(case):  # the counterpart's own company is "our", not "Halvorsen's"
        out = re.sub(rf"\b(the )?{re.escape(org)}'s\b", "our", out)
        out = re.sub(rf"\b(at|in|for|to|with|from) {re.escape(org)}\b", r"\1 our company", out)
    out = re.sub(r"\b(Dad|Mum|Mom)\b", lambda m: {"Dad": "your father"}.get(m.group(1), "your mother"), out)
    for name in _names(case):  # placeholders are word tokens, so the user-side flip below skips them
        out = re.sub(rf"\b{re.escape(name)}'s\b", _MARK["my"], out)
        out = re.sub(
            rf"\b{re.escape(name)}\b(\s+)(\w+)", lambda m: f"{_MARK['I']}{m.group(1)}{_agree(m.group(2))}", out
        )
        out = re.sub(rf"\b{re.escape(name)}\b", _MARK["me"], out)
    tokens = re.split(r"(\W+)", out)
    result: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lower = token.lower()
        nxt = _next_word(tokens, i)
        if token in _UNMARK:
            result.append(_UNMARK[token])
        elif lower in ("i", "i'm", "i've", "i'd", "i'll"):
            result.append({"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll"}[lower])
            if lower == "i" and nxt in ("am", "was"):
                i = _replace_next(tokens, i, {"am": "are", "was": "were"}[nxt], result)
                continue
        elif lower == "me":
            result.append("you")
        elif lower == "my":
            result.append("your")
        elif lower == "mine":
            result.append("yours")
        elif lower == "myself":
            result.append("yourself")
        elif lower in ("she", "he"):
            result.append("I")
            if nxt:
                i = _replace_next(tokens, i, _agree(nxt), result)
                continue
        elif lower in ("her", "his"):
            result.append("me" if _ends_phrase(nxt) else "my")
        elif lower in ("herself", "himself"):
            result.append("myself")
        else:
            result.append(token)
        i += 1
    joined = "".join(result)
    joined = re.sub(  # "I rank them and presents to the CFO": the second verb agrees with I too
        r"(\bI [a-z]+[^.;:,]{0,40}? and )([a-z]{3,}?)(es|s)\b(?= (to|the|a|it|them|on|at|in|for|with)\b)",
        lambda m: m.group(1) + m.group(2) + ("e" if m.group(3) == "es" and not m.group(2).endswith(_ES_STEMS) else ""),
        joined,
    )
    return re.sub(r"\bI am\b", "I'm", joined)


def _next_word(tokens: list[str], i: int) -> str:
    for token in tokens[i + 1 :]:
        if re.match(r"\w", token):
            return token.lower()
        if re.search(r"[.,;:!?()]", token):
            return ""
    return ""


def _replace_next(tokens: list[str], i: int, word: str, result: list[str]) -> int:
    j = i + 1
    while j < len(tokens) and not re.match(r"\w", tokens[j]):
        result.append(tokens[j])
        j += 1
    if j < len(tokens):
        result.append(word)
    return j + 1


def _ends_phrase(word: str) -> bool:
    return word in (
        "",
        "and",
        "or",
        "to",
        "for",
        "when",
        "if",
        "in",
        "on",
        "at",
        "is",
        "was",
        "with",
        "about",
        "that",
        "but",
    )


_AGREE = {
    "is": "am",
    "was": "was",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "am not",
    "hasn't": "haven't",
    "wasn't": "wasn't",
}


def _agree(verb: str) -> str:
    """The first-person form of a third-person verb: proposes → propose, has → have, is → am."""
    lower = verb.lower()
    if lower in _AGREE:
        return _AGREE[lower]
    if lower in _MODALS or not lower.endswith("s") or lower.endswith("ss"):
        return verb
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _is_finite(words: list[str]) -> bool:
    lowered = [w.lower().strip(",;:()") for w in words]
    return any(w in _MODALS or w in _VERBS for w in lowered[1:]) or bool(
        lowered and lowered[0] in ("if", "when", "there")
    )


def statement(text: str) -> str:
    """A note as a clause with a verb: "merit budget frozen until April" → "the merit budget is
    frozen until April"; "two seniors left in 2026" stays as it is."""
    parts = [clause(p) for p in re.split(r";\s*", text) if p.strip()]
    return "; ".join(_one_statement(p) for p in parts)


def _one_statement(text: str) -> str:
    words = text.split()
    if not words:
        return text
    if _is_finite(words):
        return _with_article(words, text)
    for i, word in enumerate(words[1:], start=1):
        if word.lower().strip(",") in _PARTICIPLES:
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if after and after not in _PREPOSITIONS and not after[0].isdigit() and not word.endswith(","):
                return _with_article(words, text)  # "the pilot cut month-end reporting": a past verb with its object
            subject = " ".join(words[:i])
            copula = "are" if _plural(words[i - 1]) else "is"
            return f"{_determined(subject)} {copula} {' '.join(words[i:])}"
    return text


_PREPOSITIONS = frozenset(
    {
        "until", "by", "in", "at", "for", "to", "from", "on", "with", "since", "after", "before", "through",
        "under", "over", "across", "within", "into", "of", "as", "than", "per", "and", "or", "but",
    }
)  # fmt: skip


_IRREGULAR_PAST = frozenset(
    [
        "ran",
        "fell",
        "rose",
        "grew",
        "went",
        "came",
        "took",
        "made",
        "led",
        "cut",
        "won",
        "sold",
        "built",
        "brought",
        "drove",
        "kept",
        "set",
        "got",
        "gave",
        "held",
        "hit",
        "left",
        "lost",
        "met",
        "paid",
        "put",
        "saw",
        "sent",
        "spent",
        "stood",
        "taught",
        "told",
        "wrote",
        "rewrote",
        "rebuilt",
        "began",
        "became",
        "caught",
        "found",
        "shut",
    ]
)


_AFTER_VERB = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "from",
        "to",
        "by",
        "in",
        "on",
        "at",
        "for",
        "with",
        "into",
        "over",
        "up",
        "down",
        "out",
        "off",
        "all",
        "every",
        "each",
    ]
)


def _past_verb(words: list[str], i: int) -> bool:
    """A past-tense verb at ``i``: an irregular one, or an -ed word followed by what follows a verb
    (not a noun: "shortlisted vendors" is an adjective)."""
    word = words[i].lower().strip(",")
    nxt = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
    if i > 0 and words[i - 1].endswith(","):
        return False  # "an RFP with three vendors, scored 40% price": a participle, not the verb
    if word in _IRREGULAR_PAST:
        return True
    return word.endswith("ed") and len(word) > 4 and (not nxt or nxt in _AFTER_VERB or nxt[0].isdigit())


_PRESENT_VERBS = frozenset(
    [
        "excludes",
        "includes",
        "covers",
        "costs",
        "takes",
        "saves",
        "means",
        "leaves",
        "lacks",
        "misses",
        "requires",
        "allows",
        "pays",
        "sits",
        "stands",
    ]
)


def has_verb(text: str) -> bool:
    """Whether a note already reads as a clause ("pay must stay inside the band"), not a bare noun
    phrase ("existing relationships with 11 of the 25 buyers")."""
    words = clause(text).split()
    if words and words[0].lower() in ("each", "every", "i", "we", "you", "they", "he", "she", "it", "there"):
        return True  # "each team submits…", "I rank them": a subject that comes with its verb
    noun_then_time = re.match(
        r"^(the )?[\w-]+( [\w-]*[^s\W])? (before|by|until|on|in|for|of|with|from|after) ", clause(text)
    )
    finite = re.search(
        r"\b(is|are|was|were|has|have|had|must|can|will|needs?|goes|meets?|excludes|includes|covers|costs|takes|"
        r"saves|means|leaves|lacks|misses|requires|allows|pays|sits|stands)\b",
        text,
        re.I,
    )
    if finite and finite.group(1).lower() in _PRESENT_VERBS:
        return True  # "Dispatchly's 57 excludes route optimisation": a present verb
    if noun_then_time and not finite and not any(_past_verb(words, i) for i in range(len(words))):
        return False  # "CFO signature before the 15 Jan budget lock": a noun phrase and its time
    if any(_past_verb(words, i) for i in range(len(words))):
        return True  # "readmissions fell from 23.4%", "worked one remote day": a past verb
    if any(
        w.islower() and w.endswith("s") and not w.endswith("ss") and nxt.lower() in ("the", "a", "an", "its", "their")
        for w, nxt in itertools.pairwise(words[1:])
    ):
        return True  # "Talent Acquisition reissues the letter": a verb before its object
    return _is_finite(words) or any(w.lower().strip(",") in _PARTICIPLES for w in words[1:])


def spoken(note: str) -> str:
    """A note of several parts said as sentences: a noun phrase first is framed as what it is ("RFP
    with three vendors" → "it's an RFP with three vendors"), later ones as what there is."""
    parts = [clause(p) for p in re.split(r";\s*", note) if p.strip()]
    out = []
    for index, part in enumerate(parts):
        if has_verb(part):
            out.append(_one_statement(part))
        else:
            head = "it's" if index == 0 else "there's"
            out.append(f"{head} {_indefinite(part)}")
    return ". ".join(p[:1].upper() + p[1:] if i else p for i, p in enumerate(out))


def _indefinite(noun_phrase: str) -> str:
    """ "RFP with three vendors" → "an RFP with three vendors"; determined phrases stay."""
    first = noun_phrase.split()[0]
    if first.lower() in _DETERMINERS or first.endswith("'s") or first[0].isdigit():
        return noun_phrase
    if _plural(first) or (first.islower() and _plural(noun_phrase.split()[min(1, len(noun_phrase.split()) - 1)])):
        return noun_phrase
    article = "an" if first[0].lower() in "aeio" or (first.isupper() and first[0] in "AEFHILMNORSX") else "a"
    return f"{article} {noun_phrase}"


_COUNTABLE_SINGULAR = ("pool", "review", "budget", "plan", "policy", "freeze", "cycle", "committee", "process", "rule")


def _with_article(words: list[str], text: str) -> str:
    """ "Q4 promotion pool is 3%" → "the Q4 promotion pool is 3%": a bare singular noun phrase of two
    or more words before its verb gets its article ("SSO and a SOC 2 report are…" stays)."""
    lowered = [w.lower().strip(",;:()") for w in words]
    verb = next((i for i, w in enumerate(lowered) if w in _MODALS or w in _VERBS), None)
    if verb is None or verb < 2 or lowered[0] in _DETERMINERS or lowered[0] in _SUBJECTS:
        return text
    subject = lowered[:verb]
    if "and" in subject or any(w[:1].isdigit() and not re.match(r"^[a-z]*\d", w) for w in subject[:1]):
        return text
    if not any(w.endswith(_COUNTABLE_SINGULAR) for w in subject) or lowered[0] in ("two", "three", "four", "five"):
        return text
    return f"the {text}"


def _plural(word: str) -> bool:
    w = word.lower().strip(",")
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "sis")) and w not in ("this", "its")


def _determined(noun_phrase: str) -> str:
    """ "merit budget" → "the merit budget"; "our budget", "SSO", "Marta's pool" stay."""
    first = noun_phrase.split()[0]
    if first.lower() in _DETERMINERS or first[0].isupper() or first[0].isdigit() or first.endswith("'s"):
        return noun_phrase
    return f"the {noun_phrase}"


def reason(text: str) -> str:
    """A constraint's why, as a clause that follows "because": "company-wide cost programme" →
    "of the company-wide cost programme"; a full clause stays a clause."""
    parts = [clause(p) for p in re.split(r";\s*", text) if p.strip()]
    out = []
    for part in parts:
        words = part.split()
        if _is_finite(words) and not _noun_then_participle(words):
            out.append(part)
        elif words and words[0].lower() in _PARTICIPLES | {"set", "approved", "required"}:
            out.append(f"it's {part}")
        else:
            out.append(f"of {_determined(part)}")
    first = out[0]
    rest = [p.removeprefix("of ") if p.startswith("of ") else p for p in out[1:]]
    return "; ".join([first, *rest]) if rest else first


_SUBJECTS = frozenset(
    [
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "there",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "our",
        "their",
        "my",
        "his",
        "her",
        "its",
    ]
)


def _noun_then_participle(words: list[str]) -> bool:
    """ "company-wide cost programme announced in September": a noun phrase with a participle
    after it, not a clause (no subject word, no auxiliary before the -ed verb)."""
    lowered = [w.lower().strip(",;:()") for w in words]
    if not lowered or lowered[0] in _SUBJECTS or lowered[0] in _MODALS:
        return False
    for i, w in enumerate(lowered[1:], start=1):
        if w in _MODALS or w in ("is", "are", "was", "were", "has", "have", "had", "needs", "need", "must", "can"):
            return False
        if w.endswith("ed") and i >= 1:
            return True
    return False


def goal(text: str, case: Case) -> str:
    """An incentive as what the speaker needs: "keep attrition under 5%" → "I need to keep
    attrition under 5%"; "the forecast delivered by day 6" → "I need the forecast delivered by
    day 6"; a full clause stays one."""
    said = clause(shift(text, case))
    words = said.split()
    if not words:
        return said
    first = words[0].lower()
    if first in ("be", "have", "get") or first in _IMPERATIVE:
        verb = "want" if first == "avoid" else "need"
        return f"I {verb} to {said}"
    if _is_finite(words):
        return said
    return f"I need {_determined(said)}"
