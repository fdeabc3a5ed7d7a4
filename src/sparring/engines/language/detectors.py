"""Tags that need counting or combining rather than one pattern: evidence, options, and
over-justification. Each returns the span it found (offsets in the sentence) or None."""

from __future__ import annotations

import re

_QUANTITY = re.compile(
    r"[$€£]\s?\d|\d[\d,.]*\s?(k|m)?\s?(usd|eur|gbp|dollars|euros|pounds)\b|\d[\d,.]*\s?(%|percent|k\b|m\b|x\b|times\b|pp\b|weeks?\b|days?\b|hours?\b|months?\b|minutes?\b|"
    r"points?\b|customers\b|clients\b|accounts\b|deals\b|logos\b|hires\b|tickets\b|incidents\b|pages\b|escalations\b|"
    r"seats\b|users\b|a (month|year|week|quarter)\b)|\bfrom \$?\d[\d,.]*\s?\w{0,10} to \$?\d|\bby (half|a third|a quarter)\b"
    r"|\b(doubled|tripled|halved)\b",
    re.I,
)
_RESULT = re.compile(
    r"\b(i|we|i'?ve|we'?ve|and|my team|the team|it|they|which|that|this|these|those|(my|our) (last |new )?[\w-]+( at \w+)?|"
    r"the (change|flow|feature|fix|tool|migration|project|rewrite|hires?|process|campaign|programme|program))\b"
    r"(\s+(have|has|had|already|just|then|also|alone|now))*\s+"
    r"(cut|reduced|lowered|increased|grew|saved|delivered|closed|shipped|improved|generated|brought|doubled|tripled|"
    r"halved|drove|won|renewed|launched|migrated|automated|retained|exceeded|beat|achieved|booked|signed|landed|sold|"
    r"recovered|prevented|avoided|shortened|sped|eliminated|raised|added|freed|returned|converted|expanded|scaled|"
    r"paid|lifted|boosted|trimmed|slashed|resolved|saves|cuts|reduces|brings|generates|adds|frees|keeps)\b"
    r"|\b(went|rose|fell|dropped|grew|climbed|improved|declined|increased|decreased|jumped|down|up) (from|by|to) \$?\d"
    r"|\b(the result|as a result|resulting in|which means)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(i'?d like|i would like|could we|can we|would you|i'?m asking|i want|my ask|will|would|could|"
    r"projected|expect|forecast|plan to)\b",
    re.I,
)


def evidence(sentence: str) -> tuple[int, int] | None:
    """A quantified, achieved result (a past result clause plus an amount), not a number in an ask."""
    quantity = _QUANTITY.search(sentence)
    result = _RESULT.search(sentence)
    if quantity is None or result is None:
        return None
    return min(quantity.start(), result.start()), len(sentence)


_EITHER_OR = re.compile(r"\beither\b.{3,}?\bor\b", re.I)
_OPTIONS = re.compile(
    r"\b((package|option|plan|scenario|proposal) (a|b|1|2|one|two)\b|(open to|happy with|fine with|take) either\b|(two|three|couple of|few|several|multiple) (options|packages|ways|alternatives|"
    r"structures|versions|scenarios|routes|paths|configurations|combinations)|alternatively|or (we|i) could|"
    r"one option (is|would be)|(another|a second|a third|the other) option|or instead|or, if .{3,40}, )\b",
    re.I,
)
_NUMBER_OR_NUMBER = re.compile(r"\d[\d,.]*\s*[k%]?\b[^.?!]{0,60}\bor\b[^.?!]{0,40}\d", re.I)

_JUSTIFY = re.compile(
    r"\b(because|since|as well as|also|plus|on top of that|not to mention|besides|in addition|additionally|"
    r"moreover|furthermore|especially since|after all|given that|and also|what'?s more|not only|and another thing)\b",
    re.I,
)
_CHAIN = re.compile(r",? and (also )?(?=\w)|, plus |\bplus |, not to mention |; and ", re.I)
_REASON_FRAME = re.compile(
    r"\b(because|since|given|reason|explain|so i think|would cover|makes sense|i'?m asking|we need|we want|i need|"
    r"i'?d like|we'?d like|has to move|so i hope|i know it'?s a lot)\b",
    re.I,
)


_PREFER_OR = re.compile(r"\bwould (you|your [\w ]{1,30}?) (prefer|rather)\b.{3,}\bor\b", re.I)


def options(sentence: str) -> tuple[int, int] | None:
    """Two or more alternative packages offered."""
    for regex in (_EITHER_OR, _OPTIONS, _PREFER_OR):
        match = regex.search(sentence)
        if match:
            return match.start(), match.end()
    match = _NUMBER_OR_NUMBER.search(sentence)
    if match and re.search(r"\b(with|plus|and|or)\b", sentence, re.I):
        return match.start(), match.end()
    return None


def over_justification(sentence: str) -> tuple[int, int] | None:
    """A pile of defensive reasons for one ask: three or more stacked reasons in one sentence
    (reason words, or clauses chained with "and"/"plus" inside a reason frame); stacked
    quantified results are evidence, not over-justification."""
    markers = len(_JUSTIFY.findall(sentence))
    chained = len(_CHAIN.findall(sentence)) if _REASON_FRAME.search(sentence) else 0
    if len(_QUANTITY.findall(sentence)) >= 2 and _RESULT.search(sentence):
        return None
    if markers >= 3 or markers + chained >= 4 or chained >= 3:
        return 0, len(sentence)
    return None


_ASK = re.compile(
    r"\b(i'?d|i would|we'?d|we would) (kind of |sort of |really |just |also |still )?(like|love|want|prefer|be (happy|glad) (with|to take|to accept)|accept|take|settle for)\b"
    r"(?! to (thank|say|hear|understand|know|learn|share|introduce|check in|follow up|talk to you about how|think|sleep|be part|work with|join))"
    r"|\b(i'?m|i am|we'?re|we are) (asking|requesting|proposing|looking)( (for|you|that|to|because)\b|[.!]|$)"
    r"|\b(i|we|you) (could|can|might) (possibly |maybe |perhaps |, like, |like, )*(get|include|be considered|look at|do|have|add|go)\b"
    r"|\bmight make sense to .{0,20}(look at|revisit|review|move)\b|\d%? would be .{0,30}\b(reasonable|ok|okay|fair)\b"
    r"|\b(could|can) go (toward|towards|to) (the|my|our)\b|\blet'?s (set up|start with|run|do) (a|an) ([\w-]+ )?(trial|pilot)\b"
    r"|\b(we|i) want (the|a|an|our|my) [\w-]+ (lowered|raised|reduced|increased|cut|moved|changed|waived|removed)\b"
    r"|^\W*either you \w+|\bplease (send|issue) .{0,40}\b(with|at)\b"
    r"|\bmy (ask|request|proposal|counter) is\b|\b(i|we) (propose|request|suggest) (that|a|an|the|we|to|moving|setting)\b"
    r"|\b(could|can|would|will|might) (we|you|i) (move|set|raise|increase|bump|adjust|agree to|approve|start|add|include|extend"
    r"|match|do|make|put|give|offer|cover|lock|change|go|get|sign|commit|revisit|reconsider|consider|look at|bring|shift|review"
    r"|convert|have|work|take|keep|drop|waive|possibly|maybe|perhaps)\b"
    r"|\b(we|you|i) (could|can|might) (look at|move|do|take|make|revisit|review|consider|get|have)\b[^?]*\?"
    r"|\b(could|can|might|would) (the|my|our|your) [\w-]+( [\w-]+)? (be|go|possibly|come|move|increase|include)\b"
    r"|\bwould you (be (open|willing) to|consider|agree to|approve|prefer|be able to)\b|\b(is|would) (it|that) (be )?possible\b"
    r"|\bare you able to\b|\bplease (approve|confirm|consider|move|raise|increase|add|include|match|adjust|extend|promote)\b"
    r"|\blet'?s (set|agree on|make it|move|lock in|go with|sign|meet in the middle at|settle on|do)\b[^.?!]*(\d|\bat\b)"
    r"|\bi'?m (hoping|aiming) (for|to get)\b|\bi want (a |an |the |to (move|get|ask|request|propose|see|revisit))"
    r"|\bis there any (flexibility|way|room|chance)\b|\bany (flexibility|chance|room) (on|with|in|for)\b"
    r"|\b(is|would) (\$|€|£)?\d[\d,.]*\s?[km%]?( \w+)? (doable|possible|workable|ok|okay|acceptable)\b"
    r"|\b(our|my) (price|rate|counter|number|offer) is\b|\bhere'?s (our|my) (price|offer|counter)\b"
    r"|\b(we|you) should (add|include|move|set|raise|cut|drop|extend)\b"
    r"|\bwhat if we\b|\bin exchange for\b|\bhappy to (give|offer|do|trade|include)\b[^.?!]*\b(for|if|in exchange)\b"
    r"|\bi (can|could) (live|do) without\b[^.?!]*\bif\b|\bdon'?t need\b[^.?!]*\bif (we|i) get\b"
    r"|\bi feel strongly that we should\b",
    re.I,
)
_IMPERATIVE = re.compile(r"^\W*(give|promote|match|drop|approve|pay|send us|fund|lend|put|raise|double)\b", re.I)
_FINAL_TERMS = re.compile(r"\b(final (offer|number|price)|take it or leave it)\b[^.?!]*\d|\d[^.?!]*\bno less\b", re.I)
_NOT_ASK = re.compile(
    r"\b(what'?s|what is|what are|tell me|give me|send me) (your|the) (best|final|lowest|rock[- ]bottom|bottom[- ]line|top|"
    r"ballpark)?\s?(price|rate|number|quote|discount|salary|range|cost)\b"
    r"|\bcan (we|you) (schedule|book|meet|talk|chat|pick (this|it) up|continue|set up a call|hop on|send|share|resend)\b"
    r"|\b(can|could) we agree (on )?(the )?(milestones|scope|timeline|criteria|acceptance|agenda|process)\b",
    re.I,
)
_CONDITIONAL_TRADE = re.compile(
    r"\bif (you|your \w+) (can|could|'?ll|will|agree to|commit|handle|handles|move|sign|give|take|cover|do)\b.{3,80}"
    r"\b(we|i) (can|could|'?ll|will|would)\b",
    re.I,
)


def ask(sentence: str, tags: set[str]) -> tuple[int, int] | None:
    """An explicit request or proposal of terms (not asking for their price, not logistics)."""
    if _NOT_ASK.search(sentence) and not _CONDITIONAL_TRADE.search(sentence):
        return None
    for regex in (_ASK, _CONDITIONAL_TRADE):
        match = regex.search(sentence)
        if match:
            return match.start(), match.end()
    if "options" in tags or ("ultimatum" in tags and (_IMPERATIVE.search(sentence) or _FINAL_TERMS.search(sentence))):
        return 0, len(sentence)
    return None


_PRICE = re.compile(
    r"\b(price|pricing|per[- ]seat|salary|salaries|number|cost|costs|licen[cs]e|rate|quote|discount|budget|range|"
    r"knock|fee|fees|how much|top of the range|lowest you can go)\b|[$€£]\s?\d",
    re.I,
)
_OPEN_SCOPE = re.compile(
    r"\b(haven'?t|have not|still haven'?t|not yet) (really )?(decided|looked|scoped|agreed|figured|defined|settled|read|seen)\b"
    r"|\b(don'?t|do not) (know|want to spend time on)\b.{0,40}\byet\b|\beven if we don'?t know\b"
    r"|\b(afterwards|after you'?ve signed|once you'?ve signed|once we'?ve signed|over the next few weeks|later on)\b"
    r"|\b(can|will|'?ll) (figure|sort|work|talk about|decide|discuss|nail down|see|agree) .{0,50}\b(later|afterwards|after|once)\b"
    r"|\bthen we'?ll (see|figure|work out|sort)\b|\bfirst tell me\b"
    r"|\b(before|without) (we |even )?(go further|get into|go into|discuss|talk about|agree|define|settle|scope|look at"
    r"|finali[sz]e|cover|dig into|know)\b|\buntil you\b|\bregardless of (the )?(scope|terms|details)\b"
    r"|\b(details|scope|terms|deliverables) (can|will) come later\b|\b(price|pricing|the number) first\b"
    r"|\blet'?s (start|begin|lead) with (the )?(price|pricing|number|discount)\b|\bthen work out\b",
    re.I,
)
_SCOPE_SETTLED = re.compile(
    r"\b(signed off|agreed|settled|locked|finali[sz]ed)\b[^.?!]{0,40}\b(last|already|yesterday|earlier)\b"
    r"|\bwith the scope\b|\bnow that (the )?(scope|terms)\b|\bonce (the )?scope is (agreed|settled)\b",
    re.I,
)


def price_before_scope(sentence: str, neighbours: str = "") -> tuple[int, int] | None:
    """Price pushed while scope, timing or terms are explicitly still open (in this sentence
    or, for a price question, the sentence next to it: "Is $90k doable? We haven't decided…")."""
    price = _PRICE.search(sentence)
    if price is None or _SCOPE_SETTLED.search(sentence):
        return None
    if _OPEN_SCOPE.search(sentence) or (
        neighbours and _OPEN_SCOPE.search(neighbours) and not _PRICE.search(neighbours)
    ):
        return 0, len(sentence)
    return None
