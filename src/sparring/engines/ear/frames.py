"""The frames around a number that say it is *not* a term being offered.

"cut failed card payments by 31 %" is a receipt; "11 of your 25 accounts" a count; "SOC 2" an
id; "you said 129k" their number quoted back; "I'm on 118k today" the current package; "the
median is 133k" the market; "Acme offered me 145k" a competing offer. Each frame is a small
expression over the clause around the number; :func:`frame_of` names the first that holds.
"""

from __future__ import annotations

import re
from typing import Literal

from sparring.engines.ear.numbers import Mention, is_year

Frame = Literal[
    "quote", "question", "receipt", "current", "market", "competing", "id", "year", "count", "metric", "question_theirs"
]

_ID_BEFORE = re.compile(
    r"(\b(soc|iso|type|tier|level|phase|step|version|v|section|clause|article|room|floor|page|item|point|day|"
    r"working day|grade|band|gen|series|windows|python|model|no|number|ticket|case|req|hr|l|m|p|e|ic|q|h|fy|cy|#|"
    r"year|month|week|option|round|quarter|wave|days|close days)"
    r"[\s.#-]*$)",
    re.I,
)
_ORDINAL_AFTER = re.compile(r"^(st|nd|rd|th)\b", re.I)
_QUOTE_BEFORE = re.compile(
    r"\b(you (said|offered|mentioned|quoted|proposed|suggested|put|came back with|came in at|floated|gave me|"
    r"are offering|'re offering|can do|could do|have offered|'ve offered|said you could do)|"
    r"you'?re (at|offering|stuck at|capped at)|your (offer|number|figure|counter|quote|proposal|price|budget|cap|"
    r"ceiling|max|maximum|limit|top)( of| at| is| was)?|"
    r"(the|that|this) (offer|number|figure|counter) (of|at)|they (offered|said|quoted)|(their|the) (original|initial|"
    r"first|current) (offer|number|quote)|"
    r"(stuck|capped|topped out) at|offer(ed)? (me )?(only|just)|only (offering|giving)|when you say)\b[^.?!;]{0,40}$",
    re.I,
)
_QUOTE_AFTER = re.compile(
    r"^[^.?!;]{0,30}\b(you (said|offered|mentioned|quoted|proposed|put on the table|came back with)|is your (offer|"
    r"number|ceiling|max|limit)|"
    r"(that )?you'?re offering|on the table from you)\b",
    re.I,
)
_QUESTION_NUMBER = re.compile(
    r"\b(why|where does|where did|how did you (get|arrive|land)|what'?s behind|is that really|is .{0,12} really|"
    r"is .{0,15} (the|your) (ceiling|cap|max|maximum|limit|top|number|best)|what makes)\b",
    re.I,
)
_RECEIPT = re.compile(
    r"\b(cut|cuts|reduced|reduces|lowered|saved|saves|grew|increased|increases|closed|shipped|improved|improves|"
    r"generated|"
    r"generates|delivered|brought|brings|doubled|tripled|halved|drove|won|renewed|launched|migrated|automated|retained|"
    r"exceeded|beat|achieved|booked|signed|landed|sold|recovered|prevented|avoided|shortened|eliminated|freed|frees|"
    r"handled|onboarded|trained|mentored|hired|built|ran|managed|led|covered|took|takes(?! effect)|fell|dropped|rose|"
    r"climbed|jumped|"
    r"went|came down|came in|hit|reached|topped|averaged|processed|resolved|served|supported|finished|completed)\b"
    r"|\b(down|up) (from|by|to)\b|\bfrom \$?\d[\d,.]*\s?\w{0,8} (to|down to|up to) \$?\d"
    r"|\b(the result|results?:|savings?|saving|save|left after|off the (\w+ )?(bill|cost|spend|budget|invoice))\b",
    re.I,
)
_CURRENT = re.compile(
    r"\b(i'?m (at|on|paid|making|earning|currently)|i am (at|on|paid)|i (make|earn|made|earned|was (on|at|"
    r"paid|making))|ended up (at|on)|i'?m stuck (at|on)|"
    r"(currently|right now|today|at the moment)( i'?m| i am| i| it'?s| we'?re| we| at| on)?|my (current|present|old|"
    r"previous|last|existing)|"
    r"(previous|current|last|old) (base|salary|pay|job|role|package|employer|company)|at my (last|previous|old|"
    r"current) (job|role|company|employer)|"
    r"(is|was|are) (currently|now) |we (pay|are paying|'re paying) (today|now|currently)|used to|we'?re on|sits? (at|"
    r"below))\b[^.?!;]{0,30}$",
    re.I,
)
_MARKET = re.compile(
    r"\b(median|market|average|benchmark|percentile|p\d\d|band|range (is|for|runs)|levels\.fyi|glassdoor|recruiters?|"
    r"industry|peers|comparable|similar roles?|people in (this|my|similar) roles?|salary survey|oews|bls|going rate|"
    r"other (vendors?|suppliers?|companies|firms)|incumbent|competitors?|list price|list is|list|"
    r"rate card|(other|similar) (customers|clients|companies|buyers|firms)( in [\w ]{0,20})?)\b[^.?!;]{0,45}$",
    re.I,
)
_COMPETING = re.compile(
    r"\b(offer (from|at)|offered me|another (company|offer|employer|firm|vendor|supplier)|other offer|competing offer|"
    r"(acme|they|(an|one|the) other (company|firm|team|vendor)) (offered|is offering|are offering|would pay|will pay|"
    r"pays)|they'?re (at|charging|quoting|offering)|they (are at|charge|quote)|"
    r"i (have|got|'ve got|received) an? (offer|written offer|counteroffer)|on the table (elsewhere|from)|"
    r"elsewhere)\b[^.?!;]{0,45}$",
    re.I,
)
_METRIC_PERCENT_BEFORE = re.compile(
    r"\b(by|under|below|above|over|to|from|of|at|than|than a|rate|share|variance|attrition|churn|growth|margin|uptime|"
    r"utilisation|utilization|conversion|accuracy|coverage|occupancy|ratio)\s*$",
    re.I,
)
_RAISE_PERCENT_AFTER = re.compile(
    r"^\s*(raise|increase|bump|rise|pay rise|uplift|more|higher|adjustment|on (my|the) base|on top|off|discount|less|"
    r"lower|"
    r"reduction|cut (on|to|in) (the )?(price|rate|fee))\b",
    re.I,
)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between sentence or semicolon breaks and ", but"."""
    left = max(text.rfind(c, 0, start) for c in ".?!;\n")
    for marker in (" but ", ", but", " - ", " — ", " – "):
        pos = text.rfind(marker, 0, start)
        if pos > left:
            left = pos + len(marker) - 1
    right_candidates = [p for p in (text.find(c, end) for c in ".?!;\n") if p != -1]
    for marker in (" but ", ", but", " — ", " – "):
        pos = text.find(marker, end)
        if pos != -1:
            right_candidates.append(pos)
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


def frame_of(text: str, mention: Mention, their_numbers: frozenset[float], money_levers: bool) -> Frame | None:
    """Why ``mention`` is not a term of the offer, or None when nothing says so."""
    lo, hi = clause_bounds(text, mention.start, mention.end)
    before = text[lo : mention.start]
    after = text[mention.end : hi]
    if is_year(mention) and not mention.unit:
        return "year"
    plain = not (mention.money or mention.scale or mention.percent)
    level = re.search(r"\b(day|level|band|grade|tier)\s*$", before, re.I)
    if plain and _ID_BEFORE.search(before[-14:]) and (not level or not mention.unit):
        return "id"
    if _ORDINAL_AFTER.match(text[mention.end : mention.end + 3]) and not mention.unit:
        return "id"
    if re.match(r"^[/x×]\d", text[mention.end : mention.end + 2]) or re.search(r"\d[/x×]$", before[-2:]):
        return "id"  # "the 9/80 schedule", "5x8 shifts": a name, not a term
    theirs = _is_theirs(mention, their_numbers)
    if theirs and _KEEP_BEFORE.search(before):
        return None  # "keep the 60 and the 1,050": their numbers, kept in the user's package
    if (
        theirs
        and (
            _THAT_BEFORE.search(before)
            or re.match(r"^\s*(k|%)?(\s+[\w-]+){0,2}\s*\?", text[mention.end : mention.end + 25])
            or (not before.strip(" ,") and re.match(r"^\s*k?\s+(is|'s|was|feels|sounds|seems)\b", after, re.I))
        )
        and not _proposal_cue(before)
    ):
        return "quote"  # "that 57 is a stripped-down quote", "132.5? that's the bottom quarter"
    quoted = _QUOTE_BEFORE.search(before)
    if quoted and re.search(r"\b(if|unless|when)\s*$", before[: quoted.start(1)], re.I):
        quoted = None  # "if you can do 133, …" proposes 133; it does not quote them
    if quoted and not theirs and _proposal_cue(before[quoted.end(1) :]):
        quoted = None  # "you said 129k, but I'm asking for 136k": the cue after the quote wins
    if quoted or _QUOTE_AFTER.search(after):
        return "quote"
    if theirs and (_QUESTION_NUMBER.search(text[lo:hi]) or re.search(r"\byour\b", before[-25:], re.I)):
        return "question_theirs"
    if _QUESTION_NUMBER.search(text[lo:hi]) and not _proposal_cue(before):
        return "question"
    if _ASKING.match(text[lo:hi].strip()) and text[hi : hi + 1] == "?" and not PROPOSAL.search(text[lo:hi]):
        return "question"  # "why is 129,000 the number?" asks about a number; it proposes none
    competing = _COMPETING.search(before)
    if competing and re.match(
        r"^\s*(us|me|our side|my side|our end|my end|this side)\b", before[competing.end() :], re.I
    ):
        competing = None  # "final offer from us: 43, 400 seats": the user's own offer
    if competing or re.match(r"^[^.?!;]{0,30}\belsewhere\b", after, re.I):
        return "competing"
    if _REJECTED_AFTER.match(after):
        return "quote"  # "36 a seat is not a serious number": a number turned down, not proposed
    cue = _last_cue(before)
    after_cue = before[cue:] if cue is not None else before
    if _CURRENT.search(after_cue) or re.search(r"\b(last year|a year ago|in 20\d\d)\b[^.?!;]{0,15}$", after_cue, re.I):
        return "current"
    if re.match(r"^[^.?!;]{0,12}\bas (the|a|our|their) (default|standard|policy|norm|rule)\b", after, re.I):
        return "current"  # "sets net 60 as the default": their policy, not the user's term
    if re.search(r"\b(gap|difference|delta)\b[^.?!;]{0,20}$", before, re.I):
        return "metric"  # "the gap to 136 is 7k a year": a difference, not a term
    if re.search(r"\b(in|over|during|for) (the )?(last|past|previous|first)\s*$", before, re.I):
        return "metric"  # "99.96% in the last twelve months": the period of a result
    if _MARKET.search(before) and not _proposal_cue(before):
        return "market"
    if re.search(
        r"\b(come|coming|go|going|move|moving|drop|dropping|bring|bringing|lower|reduce|step|stepping)\s+(it\s+)?"
        r"(down|up|back)?\s*from\s*$",
        before,
        re.I,
    ):
        return None  # "I'll come down from 150 to 110": a move the user makes, not a result
    near = text[max(lo, mention.start - 60) : min(hi, mention.end + 40)]
    if _RECEIPT.search(near) and not _proposal_cue(before):
        return "receipt"  # the receipt's verb is near the number, not anywhere in a long run-on
    if mention.percent and not _RAISE_PERCENT_AFTER.match(after) and _METRIC_PERCENT_BEFORE.search(before):
        return "metric"
    if re.match(r"^\s+of\s+(your|our|the|their|my)\b", after, re.I):
        return "count"
    if re.match(r"^\s*(out of|of)\s+\d", after, re.I):
        return "count"
    return None


_REJECTED_AFTER = re.compile(
    r"^[^.?!;,]{0,25}?\b(is|was|'s|are|sounds|feels|seems)\s+(not|n't|never|a non-?starter|too (low|high|much|little)|"
    r"ridiculous|a joke|insulting|unacceptable|off the table|out of the question|way (off|too)|nowhere near|"
    r"((a )?(little|bit|little bit|bit|kind of|sort of|still|just|barely|really|quite|pretty|very|rather|far) )*"
    r"(low|too low|not enough|short|under|below|inside|at the bottom|the bottom|a lowball|lowball|light|thin|"
    r"underwhelming|disappointing|less than|below what|under what))",
    re.I,
)
_ASKING = re.compile(
    r"^(what|why|how|when|where|which|who|may i ask|can i ask|could i ask|is the|is that|is this|does|do you|did|"
    r"are you|are we|just to (check|confirm))\b",
    re.I,
)
_KEEP_BEFORE = re.compile(r"\b(keep|stick with|stay (at|with)|hold|leave|keeping)( the| your| it at| that)?\s*$", re.I)
_THAT_BEFORE = re.compile(r"(^|[^\w])(that|this|those|when you say|you say|if you say)\s*$", re.I)


def _is_theirs(mention: Mention, their_numbers: frozenset[float]) -> bool:
    candidates = {mention.value, mention.value * 1000} if not mention.scale else {mention.value}
    return any(abs(c - n) < 1e-6 for c in candidates for n in their_numbers)


PROPOSAL = re.compile(
    r"\b(i'?d like|i would like|i'?m asking|i am asking|ask(ing)? for|i want|i need|looking for|hoping for|how about|"
    r"what about|"
    r"could we|can we|can you|could you|would you|will you|let'?s|make it|meet (me )?(at|in)|go to|move (it )?to|"
    r"get (me )?to|"
    r"come up to|bump|propose|proposing|suggest|suggesting|i can offer|i could offer|my offer|i'?d offer|settle|"
    r"land at|"
    r"i can do|i could do|i'?d do|we can do|i'?d take|i would take|i'?d accept|i could accept|i'?d sign|we'?d sign|"
    r"i'?ll sign|works for me|would work|is fair|would be fair|in the range|somewhere|at least|no less than|"
    r"minimum|floor|instead|rather|need it to be|has to be|must be|should be|if you|then i|in exchange|in return|"
    r"i'?m thinking|thinking of|i'?m after|targeting|aiming for|my ask|the ask|my number|i'?d be happy with|happy with|"
    r"comfortable with|i could live with|i can live with|i'?d go|we could go|i can go|i could go|raise it to|up to|"
    r"down to|something like|somewhere like|so like|ideally|i was thinking|i'?m thinking|we'?d (propose|suggest|do|go)|"
    r"we propose|we could do|i can make|we can make|maybe|what if|i'?d say|the other is|one is|how'?s|would you do|"
    r"could you do|can you do|i'?d want|we'?d want|we want|we need|we'?d need|is (it )?possible|possible)\b",
    re.I,
)


def _last_cue(before: str) -> int | None:
    """Where the last proposal cue within 45 characters of the number ends, if there is one."""
    offset = max(0, len(before) - 45)
    found = list(PROPOSAL.finditer(before[offset:]))
    return offset + found[-1].end() if found else None


def _proposal_cue(before: str) -> bool:
    return bool(PROPOSAL.search(before[-45:]))
