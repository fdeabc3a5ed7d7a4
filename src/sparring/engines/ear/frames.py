"""The frames around a number that say it is *not* a term being offered.

"cut failed card payments by 31 %" is a receipt; "11 of your 25 accounts" a count; "SOC 2" an
id; "you said 129k" their number quoted back; "I'm on 118k today" the current package; "the
median is 133k" the market; "Acme offered me 145k" a competing offer. Each frame is a small
expression over the clause around the number; :func:`frame_of` names the first that holds.
"""

from __future__ import annotations

import re
from typing import Literal

from sparring.engines.ear.numbers import TENS, UNITS, Mention, is_year

Frame = Literal[
    "quote",
    "question",
    "receipt",
    "current",
    "market",
    "competing",
    "id",
    "year",
    "count",
    "metric",
    "question_theirs",
    "limit",
    "rejection",
    "fact",
    "date",
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
    r"\b((?<!is )(?<!'s )(?<!that )why|"
    r"where does|where did|how did you (get|arrive|land)|what'?s behind|is that really|is .{0,12} really|"
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


def _breaks(text: str) -> list[int]:
    """Where clauses break: . ? ! ; line ends and an ellipsis, but not the dot of "132.5" nor an ellipsis
    the clause runs on after ("for 12 months… isn't gonna fly")."""
    out = []
    for m in re.finditer(r"\.{3}|…|[.?!;\n]", text):
        if m.group(0) in ("...", "…") and re.match(r"\s*[a-z]", text[m.end() :]):
            continue
        if (
            m.group(0) == "."
            and re.match(r"\d", text[m.end() : m.end() + 1])
            and m.start()
            and text[m.start() - 1].isdigit()
        ):
            continue
        out.append(m.start())
    return out


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between sentence or semicolon breaks and ", but"."""
    breaks = _breaks(text)
    left = max([b for b in breaks if b < start], default=-1)
    for marker in (" but ", ", but", " - ", " — ", " – "):
        pos = text.rfind(marker, 0, start)
        if pos > left:
            left = pos + len(marker) - 1
    right_candidates = [b for b in breaks if b >= end][:1]
    for marker in (" but ", ", but", " — ", " – "):
        pos = text.find(marker, end)
        if pos != -1:
            right_candidates.append(pos)
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


def frame_of(
    text: str,
    mention: Mention,
    their_numbers: frozenset[float],
    money_levers: bool,
    lever_words: frozenset[str] = frozenset(),
) -> Frame | None:
    """Why ``mention`` is not a term of the offer, or None when nothing says so (``lever_words``:
    the words of the case's levers, so "the OTE is 112k" is a figure and "the base is 80k" is not)."""
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
    if re.search(r"\b(if|since|as|because)\s*$", before, re.I) and re.match(
        r"^\s*(k\b)?\s*(is|'s|are|was) (where|what|how|the (norm|level|standard|benchmark|top|cap|going rate))\b",
        after,
        re.I,
    ):
        return "quote"  # "if 37,500 is where your seniors are, …": a premise about a number, not a term
    if _receipt_after(after, lever_words):
        return "receipt"  # "the 234k a year the stores would save", "2.1M of blocked ARR": what a result is worth
    theirs = _is_theirs(mention, their_numbers)
    if theirs and _KEEP_BEFORE.search(before):
        return None  # "keep the 60 and the 1,050": their numbers, kept in the user's package
    if (
        theirs
        and (
            _THAT_BEFORE.search(before)
            or re.match(r"^\s*(k|%)?(\s+[\w-]+){0,2}\s*\?", text[mention.end : mention.end + 25])
            or (_LEAD_IN.fullmatch(before) and re.match(r"^\s*k?\s+(is|'s|was|feels|sounds|seems)\b", after, re.I))
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
    bounded = _bound(before, after)
    if bounded is not None:
        return "quote" if theirs and bounded == "rejection" else bounded
    if _YOUR_BEFORE.search(before) and not _KEEP_BEFORE.search(before) and not _TAKE_YOURS.search(before):
        return "quote"  # "with your 72k base": their number, quoted in an argument
    if _POSSESSIVE.search(before) and not re.search(r"\b(let|that|it|here|there|what|who|he|she)'s\s*$", before, re.I):
        return "competing"  # "on Dispatchly's 57": somebody else's price
    band = _BAND_FACT.search(before)
    if band and band["subj"].lower() not in _NOT_A_SUBJECT and not _proposal_cue(before):
        return "market"  # "senior ii starts at 124": where a band starts, a fact
    if _GAP_AFTER.match(after):
        return "metric"  # "about 9 thousand below": a gap between two figures
    if _COMPUTED.search(after) or _figure_is(before, lever_words):
        return "metric"  # "the OTE is 112k", "71 apples to apples": a figure worked out, not asked for
    if theirs and (_QUESTION_NUMBER.search(text[lo:hi]) or re.search(r"\byour\s+([\w-]+\s+){0,2}$", before, re.I)):
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
    if _REJECTED_AFTER.match(after) or _terms_turned_down(after, lever_words):
        return "quote" if theirs else "rejection"  # "36 a seat is not a serious number": turned down, not proposed
    cue = _last_cue(before)
    after_cue = before[cue:] if cue is not None else before
    if _CURRENT.search(after_cue) or re.search(r"\b(last year|a year ago|in 20\d\d)\b[^.?!;]{0,40}$", after_cue, re.I):
        return "current"
    if re.match(r"^[^.?!;]{0,12}\bas (the|a|our|their) (default|standard|policy|norm|rule)\b", after, re.I):
        return "current"  # "sets net 60 as the default": their policy, not the user's term
    if re.search(r"\b(gap|difference|delta)\b[^.?!;]{0,20}$", before, re.I):
        return "metric"  # "the gap to 136 is 7k a year": a difference, not a term
    if re.search(r"\b(in|over|during|for) (the )?(last|past|previous|first)\s*$", before, re.I):
        return "metric"  # "99.96% in the last twelve months": the period of a result
    if _MARKET.search(re.split(r",\s+and\b", before)[-1]) and not _proposal_cue(before):
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
    if re.match(r"^\s+of us\b", after, re.I) or re.search(
        r"\b(we'?re|we are|there'?re|there are|we have|we'?ve got|we had|i have|i manage|i lead|we run)\s+"
        r"(only |just |still |currently |now |today )?$",
        before,
        re.I,
    ):
        return "current"  # "it's two of us", "we're four people", "we have 2 engineers": the team as it is
    if re.search(r"\b(team|group|staff|crew|family|household|department|org|squad|pod|panel) of\s*$", before, re.I):
        return "count"  # "a team of four": how many people there are, not a term
    if re.match(r"^\s+of\s+(your|our|the|their|my)\b", after, re.I):
        return "count"
    if re.match(r"^\s*(out of|of)\s+\d", after, re.I):
        return "count"
    return None


_REJECTED_AFTER = re.compile(
    r"^[^.?!;,]{0,25}?(\b(isn'?t|wasn'?t|aren'?t|won'?t|doesn'?t|ain'?t) (gonna |going to )?(fly|work|happen|do|cut it|"
    r"fit|fly with|enough|possible|realistic|an option)\b|\b(is|was|'s|are) (a no|a hard no|a non-?starter|"
    r"a deal-?breaker|dead)\b|"
    r"\b(is|was|'s|are|sounds|feels|seems)\s+(not|n't|never|a non-?starter|too (low|high|much|little)|"
    r"ridiculous|a joke|insulting|unacceptable|off the table|out of the question|way (off|too)|nowhere near|"
    r"((a )?(little|bit|little bit|bit|kind of|sort of|still|just|barely|really|quite|pretty|very|rather|far) )*"
    r"(low|too low|not enough|short|under|below|inside|at the bottom|the bottom|a lowball|lowball|light|thin|"
    r"underwhelming|disappointing|less than|below what|under what)))",
    re.I,
)
_TURNED_DOWN = re.compile(
    r"\b(isn'?t|wasn'?t|aren'?t|won'?t|doesn'?t|don'?t|ain'?t) (gonna |going to )?(fly|work|happen|cut it)\b|"
    r"\b(is|are|'s) (a no|a hard no|a non-?starter|a deal-?breaker|not (happening|enough|serious)|too (low|high))\b",
    re.I,
)
_LIST_WORDS = frozenset(
    re.findall(
        r"\S+",
        "a an the on for at and with net per seat seats month months mo mos year years day days week weeks k plus "
        "term terms of in by from to",
    )
)


def _terms_turned_down(after: str, lever_words: frozenset[str]) -> bool:
    """ "55 on 900 seats for 12 months isn't gonna fly": a list of terms, then the verb that turns it down."""
    verb = _TURNED_DOWN.search(after[:70])
    if not verb:
        return False
    words = re.findall(r"[a-z][a-z'-]*", after[: verb.start()].lower())
    return all(w in _LIST_WORDS or w in lever_words or w.rstrip("s") in lever_words for w in words)


_RECEIPT_AFTER = re.compile(
    r"\b(saves?|saving|savings|saved|arr|revenue|waste|wasted|blocked|stuck|at risk|lost|lose|losing|pipeline|cost us|"
    r"costs us|churn|churned|write-?offs?|fines|fined|penalt(y|ies))\b",
    re.I,
)


def _receipt_after(after: str, lever_words: frozenset[str]) -> bool:
    """A money figure that a result's word follows before any lever word does: a value, not a term."""
    found = _RECEIPT_AFTER.search(after[:40])
    if not found:
        return False
    words = re.findall(r"[a-z][a-z'-]*", after[: found.start()].lower())
    return not any(w in lever_words or w.rstrip("s") in lever_words for w in words)


_REFUSED_BEFORE = re.compile(
    r"(\b(can'?t|cannot|can not|won'?t|couldn'?t|wouldn'?t|will not|do not|don'?t) (do|go (to|with|for)|accept|"
    r"agree to|offer|give( you)?|take|sign|manage|afford|stretch to|justify|live with|commit to)|"
    r"\bnot|\bno way (on|to)?|\binstead of|\brather than|\bnot at|\bnothing like)\s+(the |a |an |your |that )?$",
    re.I,
)
_LIMIT_BEFORE = re.compile(
    r"(\b(anything|everything|something)?\s*\b(under|below|less than|lower than|over|above|more than|higher than|"
    r"beyond|past)\s+$)",
    re.I,
)
_NO_AFTER = re.compile(
    r"^\s*(k\b|%)?[^.?!;]{0,20}?\b(is|'s|are) (a no|a hard no|a non-?starter|a deal-?breaker|out|off the table|not "
    r"(happening|possible|an option|on))\b|^\s*(k\b|%)?[^.?!;]{0,20}?\b(won'?t|doesn'?t|does not|will not) work\b"
    r"|^\s*(k\b|%)?[^.?!;]{0,20}?\b(we|i) (walk|can'?t|cannot|won'?t|pass)\b",
    re.I,
)
_GO_PAST = re.compile(
    r"\b(can'?t|cannot|won'?t|couldn'?t|will not|not) (go|come|drop|move|get|budge) (any )?(under|below|over|above|"
    r"beyond|lower than|higher than|past)\s+$",
    re.I,
)
_MAX_AFTER = re.compile(
    r"^\s*(k\b|%)?\s*(days?\s+)?(max|maximum|tops|at most|at the most|at the outside|is (my|our|the) (max|maximum|"
    r"limit|ceiling|cap|absolute max)|is as (far|high|low) as (i|we) (can|could) go)\b",
    re.I,
)
_MAX_BEFORE = re.compile(r"\b(max|maximum|at most|no more than|a ceiling of|a cap of|cap (it|that|this) at)\s+$", re.I)


def _bound(before: str, after: str) -> Frame | None:
    """A number said as a bound or turned down: "under 40 is a no for us", "net 60 max", "not 99.95",
    "can't do net 90" — where the user's line is, or what they refuse; not a proposal of that number."""
    if _REFUSED_BEFORE.search(before[-30:]):
        return "rejection"
    if (_LIMIT_BEFORE.search(before[-25:]) and _NO_AFTER.match(after)) or _GO_PAST.search(before[-40:]):
        return "limit"
    if _MAX_AFTER.match(after) or _MAX_BEFORE.search(before[-25:]):
        return "limit"
    return None


_YOUR_BEFORE = re.compile(r"\byour\s+(own\s+|current\s+|existing\s+)?$", re.I)
_TAKE_YOURS = re.compile(
    r"\b(take|accept|live with|go with|fine with|ok with|okay with|happy with|keep|stick with|agree to|work with)\s+"
    r"your\s+$",
    re.I,
)
_POSSESSIVE = re.compile(r"\b[A-Z][\w&-]*'s\s+(own\s+|latest\s+|quoted\s+|current\s+)?\$?$")
_BAND_FACT = re.compile(
    r"\b(?P<subj>[\w'-]+)\s+(starts?|begins?|tops? out|caps? out|maxes out|bottoms out|runs from|goes from|ends)\s+"
    r"(at|from)\s*$",
    re.I,
)
_NOT_A_SUBJECT = frozenset(
    re.findall(r"\S+", "i we you it they i'd we'd i'll we'll you'd can could would to and then should let's just so if")
)
_GAP_AFTER = re.compile(
    r"^\s*(k\b)?\s*(below|short|under|behind|less|lower|more|above|over|higher)\s*(than\s+(what|where|the market|"
    r"the median|my|today)|what|where|[.?!,;…]|$)",
    re.I,
)
_COMPUTED = re.compile(
    r"^\s*(k\b|%)?[^.?!;]{0,12}?\b(apples to apples|like for like|like-for-like|all-in|all in|fully loaded|"
    r"effectively|in real terms)\b",
    re.I,
)
_FIGURE_IS = re.compile(
    r"\b(the|my|our|their|that|which|this)\s+((?:[\w-]+\s+){0,2}?)(is|was|were|are|comes to|came to|come to|"
    r"works out (to|at)|worked out (to|at)|totals?|totalled|adds up to|'s)\s+(about|around|roughly|only|just|nearly|"
    r"almost|like|basically|effectively|over|under|close to)?\s*$",
    re.I,
)


_PROPOSAL_NOUNS = frozenset(
    ["proposal", "ask", "offer", "counter", "counteroffer", "counter-offer", "request", "number", "target", "position"]
)


def _figure_is(before: str, lever_words: frozenset[str]) -> bool:
    """ "the OTE is 112k", "my W-2 came to 121k": a figure of something that is not a lever."""
    m = _FIGURE_IS.search(before[-45:])
    if not m or _proposal_cue(before) or not lever_words:
        return False
    words = re.findall(r"[a-z][a-z0-9-]*", m[2].lower())
    if m[1].lower() in ("my", "our") and words and words[-1] in _PROPOSAL_NOUNS:
        return False  # "my proposal is 136k", "our counter is 42": the speaker's own terms
    if not words:
        return m[3].lower() not in ("is", "'s", "are", "was", "were")  # "that comes to 112k"
    return not any(w in lever_words or w.rstrip("s") in lever_words for w in words)


_ASKING = re.compile(
    r"^(what|why|how|when|where|which|who|may i ask|can i ask|could i ask|is the|is that|is this|does|do you|did|"
    r"are you|are we|just to (check|confirm))\b",
    re.I,
)
_KEEP_BEFORE = re.compile(r"\b(keep|stick with|stay (at|with)|hold|leave|keeping)( the| your| it at| that)?\s*$", re.I)
_LEAD_IN = re.compile(r"\W*((but|and|so|well|ok|okay|yes|yeah|now|still|look|honestly)\W*)*", re.I)
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


# --- the positive evidence that a sentence proposes terms ----------------------------------------
#
# A number is a term only where the speaker puts it forward. The default is "not an offer"; these are
# the frames that say a sentence proposes: a proposal verb or phrase (STRONG), an imperative with
# terms ("make it 133", "give me net 45"), a sentence that is nothing but terms ("40k and 2 aug."),
# and any plain statement answering a request for terms ("what did you have in mind?").

STRONG = re.compile(
    r"\b(i'?d like|i would like|i'?d love|i'?m asking|i am asking|i ask|asking for|ask(ing)? (is|was) for|my ask|"
    r"the ask|our ask|i want|we want|i'?d want|we'?d want|i need|we need|i'?d need|we'?d need|i would need|"
    r"we would need|need (it|that|this|them|the \w+) to be|looking for|hoping for|hope for|how about|what about|"
    r"what if|(can|could|would|will) (you|we|they) (do|make|go|meet|get|offer|give|settle|agree|land|bump|move|"
    r"come|stretch|include|add|put|start|open|fund|approve|back|keep|have|try|look at|consider|raise|cover)|"
    r"(can|could|would|will) (you|we) (maybe |possibly |perhaps |just |at least |even )+\w+|let'?s|"
    r"make it|meet (me |you )?(at|in|on)|bump|propose|proposing|proposal|suggest|suggesting|i can offer|"
    r"i could offer|we can offer|we could offer|my offer|our offer|i'?d offer|offer from (us|me)|settle|land at|"
    r"(i|we) (can|could|would|will|'d|'ll) (do|go|take|accept|sign|live with|work with|agree|commit|start|give|"
    r"offer|manage|stretch|come|move|drop|trade|throw|put|make|keep|hold|stay|settle|lower|reduce|cut|raise|"
    r"bring|add|split|meet|include|run|be (happy|fine|ok|okay|good|comfortable))|i'?d (do|go|take|accept|sign|"
    r"settle|be (happy|fine|ok|okay|good|comfortable))|we'?d (do|go|take|accept|sign|settle)|i'?ll (do|take|"
    r"accept|sign|give|go|drop|trade|throw|commit|settle)|we'?ll (do|take|accept|sign|give|go|drop|commit)|"
    r"works for me|work for me|would work|could work|is fair|would be fair|feels fair|is better|would be better|"
    r"is what (i|we) (need|want|'?d need|would need|can do)|what i (need|want|would need|'d need) is|"
    r"in the range|somewhere (around|near|between|in)|at least|no less than|minimum|instead|rather|"
    r"has to be|must be|should be|if you|in exchange|in return|i'?m thinking|thinking of|"
    r"thinking about|i was thinking|i'?m after|targeting|aiming for|aim for|my number|our number|i'?d be happy|"
    r"happy with|comfortable with|i can live with|i could live with|up to|down to|something like|so like|"
    r"ideally|i'?d say|we'?d say|the other is|one is|i'?d prefer|i prefer|we'?d prefer|prefer|how'?s|"
    r"is (it|that|there) possible|possible|only (on|with|if|for|at)|"
    r"(could|can|would|might) (i|we|you|it|they|this|that|the \w+) (maybe |possibly |perhaps |just |even |still )*"
    r"(be considered|get to|look at|go (to|up)|show|have|start|make|move|come|be)|"
    r"(could|can|would|might)\s+(\w+\s+)?(maybe|possibly|perhaps)|(could|can) (get|go|come) (up )?to|"
    r"tell you what|get (you|us|me) there|(fine|ok|okay|good) (by|with|for) me|"
    r"only works|works if|(ok|okay|fine|yes|sure),? but|"
    r"deal (at|on|if)|counter|final|i('ll| will)? go with|if (we|i) (do|go|sign|take|agree|commit)|"
    r"(i|we) (only |just |would |'d |will |therefore |then )*(ask|commit|offer|guarantee|request)|"
    r"let me (give|offer|put|propose|suggest|lay out)|(two|2|three|a couple of) (ways|options|packages)|"
    r"option (one|two|three|a|b|c|1|2|3)|here'?s (my|our|what)|provided|as long as|on condition|subject to|"
    r"come in at|came in at|would (cover|fix|solve|do it|do the trick|work|help|get (you|us|me) there|close|settle)|"
    r"(and|then) (it'?s|we'?re|we have|you'?ve got|you have) (a deal|done|settled|got a deal)|and we'?re (done|good)|"
    r"or nothing|or no deal|or don'?t bother|that'?s (it|all|my (final|last|best))|take it or leave it|"
    r"end of story|full stop|\d[^.?!]{0,40},\s*not\b|"
    r"or (i|we)('ll| will)? (walk|leave|go|quit|hand|resign|stay|take|look|pass|'m out|am out)|"
    r"(could|would|might|can|will) (\$|£|€)?\d+|(could|would|might) (something|somewhere|anything|a figure|a number) "
    r"(near|nearer|closer|around|like|in)|(i'?ll|i will|let'?s|we'?ll) round|split the difference|"
    r"meet (me|you|us) (between|halfway|in the middle|partway)|\beither\b(?! way)|this is it|"
    r"or (i|we) (keep looking|look around|keep my options open|stay put)|"
    r"(^|[.!?]\s+)\W*(offer|counter|counter-?offer|proposal|ask|terms|final offer)\s*:\s*(?=\w)|"
    r"(is|'s|would be|sounds) (correct|right|reasonable|fine by me|my price)|"
    r",\s*(agreed|confirmed|signed) (now|today|in writing))\b",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^\W*((so|ok|okay|then|just|please|fine|look|well|right|and|but|yeah|yes|no)\W+)*(make|give|put|send|do|"
    r"take|bump|meet|call|go|add|drop|cut|keep|raise|open|start|include|throw|write|set|lower|move|hold|"
    r"sign|fund|double|halve|match|round)\b",
    re.I,
)
_INFO_QUESTION = re.compile(
    r"^\W*((so|ok|okay|and|but|then|just|also|well|honestly|sorry|um|uh|quick question)\W+)*(what|why|how|who|"
    r"when|where|which|whose|is|are|was|were|does|do|did|has|have|may i|can i ask|could i ask|i wonder|"
    r"i'?m curious)\b",
    re.I,
)
_TERMS_ASKED = re.compile(
    r"\b(what (did|do) you have in mind|what are you (asking|thinking|looking)|what (would|do) you (need|want|"
    r"propose|suggest)|what'?s your (number|ask|counter|proposal|offer|floor|minimum|best)|where do you (need|want)|"
    r"where would you (land|be)|what number|what would (make|it take|you need)|what (salary|price|term|schedule|"
    r"number|figure)|what'?s on your mind|where'?s your head|where are you on it|how would you split|"
    r"what would a \w+ look like|what were you thinking|what'?s the minimum|where do you have room|"
    r"what would you (do|accept|take)|what (\w+ )?(were|are) you thinking|which (matters|is|would be) more|"
    r"which (one|would you)|"
    r"would you rather)\b",
    re.I,
)
_FILLER = frozenset(
    re.findall(
        r"\S+",
        "a an the on for at and with net per seat seats month months mo mos year years day days week weeks k plus "
        "term terms of in by from to so ok okay then yeah yes just um uh well fine and or also both each all "
        "that it is would be please total tops each a-year annual annually now start starting effective like "
        "maybe around about roughly say open opening then only too more extra another as soon once when latest "
        "earliest after before until though",
    )
)


_ASKS_TERMS = re.compile(
    r"\b(how about|what about|what if|how'?s|(can|could|would|will) (you|we) (do|make|go|meet|get|offer|give|settle|"
    r"agree|land|bump|move|come|stretch|include|add|put|start|fund|approve|back|try|consider|raise|cover)|"
    r"is (it |that |there )?possible)\b",
    re.I,
)
"""The proposal cues a question for information may still carry ("what about 40?", "how's 38?")."""
_FREE_RELATIVE = re.compile(r"^\W*(\w+\W+){0,2}?(what|where|how much|when)\s+(i|we)\b", re.I)
""" "What I'd need is 134k": a statement that opens with a wh-word, not a question."""
_NUMBER_WORDS = frozenset(
    ["k", "m", "mm", "thousand", "grand", "million", "hundred", "half", "quarter", "couple", "both", "dozen"]
    + list(UNITS)
    + list(TENS)
    + [f"{t}-{u}" for t in TENS for u in list(UNITS)[1:10]]
)


_FINITE = re.compile(
    r"\b(i|we|you|they|he|she|it|there|this|that|which|who)\s+[a-z']+|\b(is|are|was|were|am|has|have|had|did|does|"
    r"do|be|been)\b|\w'(s|re|ve|d|ll|m)\b|\b\w{3,}ed\b",
    re.I,
)
"""A finite verb, roughly: a sentence without one ("2 engineers, reqs open from the lock") is a list of terms."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as offsets: split at . ! ? followed by a space or the end (not at the
    dot of "132.5"), at ; and at line breaks; an ellipsis followed by lower case goes on."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\.{3}|…|[.!?]+(?=\s|$)|;|\n+", text):
        if m.group(0) in ("...", "…") and re.match(r"\s*[a-z]", text[m.end() :]):
            continue  # "for 12 months… isn't gonna fly": one clause
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_TERMS_OR_ELSE = re.compile(
    r"\b(and|or) (i|we)('ll| will)? (stay|walk|leave|sign|go|quit|walk away)\b|\b(that'?s|this is) (my|our) "
    r"(final|last|best)( and final)? (offer|number|word)\b",
    re.I,
)


def proposes(sentence: str, lever_words: frozenset[str], asked: bool, extra: frozenset[str] = frozenset()) -> bool:
    """Whether ``sentence`` puts terms forward (see the block comment above). ``asked``: the counterpart's
    last line asked for terms; ``extra``: more words a bare terms list may hold (month and value words)."""
    s = sentence.strip()
    if _TERMS_OR_ELSE.search(s):
        return True  # "138k from April and I stay", "145k or I walk": terms put as an ultimatum are still terms
    info = bool(_INFO_QUESTION.match(s)) and not _FREE_RELATIVE.match(s)
    if (_ASKS_TERMS.search(s) if info else STRONG.search(s)) or _IMPERATIVE.match(s):
        return True
    words = [w for w in re.findall(r"[a-z][a-z0-9'-]*", s.lower()) if w not in _NUMBER_WORDS]
    other = [w for w in words if not (w in _FILLER or w in lever_words or w.rstrip("s") in lever_words or w in extra)]
    named = any(w in lever_words or w.rstrip("s") in lever_words or w in extra for w in words)
    unpossessed = re.sub(r"(\w)'s\b", r"\1", s)  # "the director's pool" has no verb in it
    if not other or (len(other) <= 3 and named and not info and not _FINITE.search(unpossessed)):
        return True  # "40k and 2 aug.", "132k plus a 6k bonus from the pool?", "2 engineers, reqs open…": terms
    if info or s.endswith("?"):
        return False  # a question for information proposes nothing
    return asked


def terms_asked(their_last: str) -> bool:
    """Whether the counterpart's last line asks the user for terms ("what did you have in mind?")."""
    return bool(_TERMS_ASKED.search(their_last))
