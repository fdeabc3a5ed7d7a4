"""Dialogue acts: what a turn *does* in the negotiation (tests/data/hear/README.md defines each).

Acts that need the offer (propose, options, concession, quoting their number) are decided in
reading.py from the offer reader; the rest are recognised here from cues, each a small set of
case-insensitive expressions with the hard negatives next to them ("I can't accept that" is not
an acceptance, "sorry to hear" not small talk). Acceptance is read with its certainty, so an
unsure "I guess that could work" gets a confirmation question instead of a handshake.
"""

from __future__ import annotations

import re
from typing import Literal

Act = Literal[
    "propose", "options", "accept", "reject", "concession", "conditional_trade", "evidence",
    "ask_priorities", "ask_constraints", "ask_process", "clarification", "disclosure", "small_talk",
    "competing_offer", "threat", "ultimatum", "quote_their_number", "pause",
]  # fmt: skip
ACTS: tuple[str, ...] = Act.__args__  # type: ignore[attr-defined]
Certainty = Literal["sure", "unsure"]


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.I)


_NEGATED = re.compile(
    r"\b(not|n't|never|no way|hardly|barely|nothing|hard to|unable|can'?t|cannot|won'?t|wouldn'?t|couldn'?t|don'?t|"
    r"doesn'?t|isn'?t|aren'?t)\b[^.?!,]{0,25}$",
    re.I,
)
_ACCEPT_SURE = _re(
    r"\b(that|this|it|which|those|these|the (offer|package|terms|deal|numbers?|proposal)|your (offer|proposal|"
    r"package|terms|numbers?))\s+(works|work|is fine|are fine|is good|are good|sounds (good|great|fair|right|fine|"
    r"reasonable)|is acceptable|are acceptable|is fair|seems fair|is great|looks good|is perfect|will do)\b",
    r"\b(works|work) for (me|us)\b(?!\s+(if|only if|as long as|provided|but))",
    r"\bi('ll| will| can| could)? (happily |gladly )?(take|accept|sign|go with|agree to|live with) (it|that|this|"
    r"those|them|the offer|your offer|your proposal|the package|the deal|those terms|these terms)\b(?!\s+(if|only if|"
    r"as long as|provided))",
    r"\bi('m| am) (happy|glad|good|fine|ok|okay|comfortable|pleased) (to accept|to take|to sign|with (that|this|it|"
    r"those terms|the offer|your offer))\b(?!\s+(if|only if|as long as|provided|but))",
    r"\b(we|you)('ve| have) (got )?(a|yourself a) deal\b",
    r"\bit'?s a deal\b",
    r"\bdeal\s*[.!]*\s*$",
    r"^\W*deal\b(?!\s*(breaker|with))",
    r"\b(agreed|accepted)\b\s*[.!]*\s*$",
    r"^\W*(agreed|accepted)\b",
    r"\bi (accept|agree)\b(?!\s+(that (the|you|it)|with you|to disagree))",
    r"\blet'?s (do it|do that|go with (it|that|this|your (offer|proposal|numbers?))|shake on it|lock it in|"
    r"make it official|call it a deal|go ahead|proceed|lock it|lock (it|that|this) (in|down))\b",
    r"\b(sounds|that'?s|this is) (good|great|fair|perfect|fine|reasonable|acceptable|excellent|wonderful)( to me|"
    r" by me)?\s*[.!]*\s*$",
    r"^\W*(sounds|that'?s|this is) (good|great|fair|perfect|fine|reasonable|acceptable|excellent|"
    r"wonderful)\b(?![^.?!]{0,40}\b(but|if|except|however|although|though)\b)",
    r"\b(yes|yeah|yep|yup|sure|ok|okay|alright|all right|fine|perfect|great|done|absolutely|definitely|"
    r"of course)\b[\s,.!]*(deal|let'?s do it|agreed|i accept|i'?ll take it|that works|works for me|we have a deal|"
    r"you have a deal|done)\b",
    r"^\W*(yes|yeah|yep|yup|sure|ok|okay|alright|all right|fine|perfect|great|done|absolutely|definitely|deal)\W*$",
    r"^\W*(yes|yeah|yep|ok|okay|alright|all right|perfect|great|fine)\b[,.!\s]+(that'?s|thanks|thank you|i'?m|let'?s|"
    r"we'?re|you'?ve|count|consider|send|put|shall)\b(?![^.?!]{0,40}\b(but|if|except|however)\b)",
    r"\bcount me in\b",
    r"\bconsider it done\b",
    r"\bwe'?re agreed\b",
    r"\bwe have an agreement\b",
    r"\b(send|put) (me )?(it|that|the (offer|paperwork|contract|letter)) (over|in writing|through)\b",
    r"\bi'?m in\b\s*[.!]*\s*$",
    r"\bthat'?ll do\b",
    r"\byou('ve| have) got yourself a deal\b",
    r"\bsold\b\s*[.!]*\s*$",
    r"\bi('ll| will) (accept|take) (the|your) (offer|counter|proposal|package|terms|number)\b",
    r"\b(happy|glad|pleased|delighted) to (accept|go with|take|sign)( that| it| this| the offer|"
    r" your offer)?\b(?!\s+(if|only if|as long as|provided))",
    r"\bwe can (go with|agree on|do) (that|this|it)\b(?!\s+(if|only if|as long as|provided))",
    r"\bi can work with (that|this|it|those|these|the [\w.]+|your [\w.]+|\d[\d.,]*k?)\b(?!\s+(if|only if|as long as|"
    r"provided))",
    r"\b(is|it'?s|that'?s) (agreed|perfect|very good|good for (me|us))\b(?![^.?!]{0,40}\b(but|if|except|however)\b)",
    r"\bwe (have|'ve got|got) (an )?agreement\b",
    r"\b(we can|let'?s) close (on )?(that|this|it)\b",
    r"^\W*(good|great|perfect|excellent|done)\W*$",
    r"^(?!\W*(oh|um|uh|hmm|ah|er)\b)[^.?!]{0,40}[,]\s*(ok|okay|agreed|deal|done)\W*$",
    r"^\W*(alright|all right|ok|okay|yes|yeah)[,\s]+(perfect|great|good|lovely|brilliant|fine)\W*$",
    r"\b\d[\d.,]*k?\s+(works|is fine|is good|it is|sounds good|sounds fair)\b"
    r"(?!\s+(if|only if|as long as|provided|but))",
    r"🤝",
)
_ACCEPT_UNSURE = _re(
    r"\bi (guess|suppose|think|reckon) (that|this|it|so|i can|i could|we can|that'?s|it'?s|"
    r"i'?ll)\b[^.?!]{0,30}\b(work|works|fine|ok|okay|live with|accept|take it|do|acceptable)\b",
    r"\b(that|it|this) (might|may|could|should|would) (work|be (ok|okay|fine|acceptable))\b",
    r"\b(probably|maybe|perhaps) (that'?s|it'?s|this is|that is|fine|ok|okay|i can|i could|that works)\b",
    r"\b(fine|ok|okay|alright),? i (guess|suppose)\b",
    r"^\W*i (guess|suppose)( so)?\W*$",
    r"\bi could (probably |maybe )?(live with|accept|take|go with) (that|it|this)\b(?!\s+(if|only if|as long as|"
    r"provided))",
    r"\bi('d| would) (accept|take|go with|agree to) (that|it|this|your offer)\b(?!\s+(if|only if|as long as|provided))",
    r"\b(that|this)'?s (not bad|close enough|about right|almost there)\b",
)
_ACCEPT_BLOCK = _re(
    r"\b(but|except|however|although|though|as long as|only if|provided|on (the )?condition|if you|if we|if i can|"
    r"unless)\b",
    r"\?\s*$",
)
_REJECT = _re(
    r"\bthat'?s not (a|an) (raise|counter|bonus|offer|serious|real|fair|option|solution|answer)\b",
    r"\bi'?m not (taking|accepting|going to accept|getting into|signing|doing|going to do|carrying|matching)\b",
    r"\bwe'?re not (matching|taking|accepting|signing|doing)\b",
    r"^\W*then (hire|let them|we'?ll leave it|go with|find someone)\b",
    r"\b(doesn'?t|does not|won'?t|will not) work for (us|me)\b",
    r"\b(doesn'?t|does not|won'?t) (fix|solve|cover|help)\b",
    r"\b(that'?s|it'?s|is) (a )?(loan|pay cut|step back|downgrade)\b",
    r"\bnot really\b",
    r"^\W*(no|nope|nah)\b(?!\s+(problem|worries|doubt|rush|question))",
    r"\b(that|this|it|your offer|the offer)\s+(doesn'?t|does not|won'?t|will not|isn'?t going to|is not going to|"
    r"can'?t|cannot) (work|do|fly|cut it)\b",
    r"\bi (can'?t|cannot|won'?t|will not|couldn'?t) (accept|take|agree to|do|go with|sign|live with) (that|this|it|"
    r"those|your|the)\b",
    r"\b(not|isn'?t|is not) (enough|acceptable|good enough|workable|close|there|what i)\b",
    r"\btoo (low|little|small|short|high|long|much|far)\b",
    r"\b(falls?|fell) (well )?short\b",
    r"\bnon-?starter\b",
    r"\bi'?ll (have to )?pass\b",
    r"\bi (have to|must|'ll have to) (decline|say no)\b",
    r"\bno deal\b",
    r"\b(i'?m|i am|we'?re) not (there|happy with|comfortable with|able to accept)\b",
    r"\bthat'?s a no\b",
    r"\b(is|'s) a (no|hard no|non-?starter|deal-?breaker)( for (us|me))?\b",
    r"\bnot going to happen\b",
    r"\bi don'?t (think|see) (that|this|it) (works|working|is enough|is fair|gets us there)\b",
    r"\bway (off|below|too low|short)\b",
    r"\bthat won'?t (do|work)\b",
    r"\bi'?m afraid not\b",
    r"\bdoesn'?t (work|cut it) for me\b",
    r"\b(insulting|lowball|low-?ball)\b",
)
_ASK_PRIORITIES = _re(
    r"\bwhich (one )?(matters|is|would be) (more|most)\b|\bwhich (one )?(your|the) \w+ would (rather|prefer)\b",
    r"\bwhat does (the|your) \w+ (actually )?(measure|care about|want|need)\b|\bwhat'?s more important\b",
    r"\bwhich is easier for you\b|\bhow do you think about\b|\bwhat do you (care|value)\b",
    r"\bwhat (matters|is important|'s important|do you care about|are you (measured|judged|evaluated|assessed|"
    r"graded) on|are your (goals|priorities|targets|objectives)|would (help|make (this|it) (work|easier)|"
    r"a win look like|success look like)( for you| on your side)?|does success look like|keeps you up|'?s (driving|"
    r"on your plate|top of your list|your (biggest|main|top))|are you (trying|hoping|aiming) to|do you need (most|"
    r"from this|on your side)|would you (like|want|need) to see|are the (team'?s|department'?s|company'?s) (goals|"
    r"priorities))\b",
    r"\b(what'?s|what is|what are) (most important|your (top |main |biggest )?(priority|priorities|concern|concerns|"
    r"goal|goals|worry|worries|challenge|challenges|focus|kpis?|metrics?))\b",
    r"\bhow (is|are|'s) (the team|the department|things|it|everyone|your team|the new team|the quarter|the project|"
    r"the roadmap|q\d|the budget process)( going| doing| holding up| looking)?\b",
    r"\bhow are you (doing|finding|holding up|feeling about)\b",
    r"\b(your|the team'?s|the company'?s) (biggest|main|top) (priority|priorities|concern|challenge|worry|"
    r"goal)\b[^.]*\?",
    r"\bwhat would (you|your team|the team|the business|finance|the company) (need|want|like|value)\b(?! to (see|"
    r"approve|sign|say yes))",
    r"\bwhat (do|does) (you|the team|the business|your team|your side|finance|the company|they|she|he) (need|want|"
    r"value|care about)\b(?! to (see|approve|sign|say yes))",
    r"\btell me (more )?about (your|the team'?s|what you)\b",
    r"\bwhat'?s the (bigger|big) picture\b",
    r"\b(worried|worry|worries|concerned|concerns|care (most )?about|weighing|weigh|criteria|need to look like|"
    r"keeps you)\b",
    r"\b(your|the team'?s|your team'?s) (priorities|goals|targets|objectives|kpis|concerns|biggest worries|"
    r"main worries)\b",
    r"\bwhere are you (on|with) (this|that|the)\b",
    r"\bwhat are you (looking for|hoping for|hoping to get|trying to achieve)\b",
    r"\bhelp me understand (what|your|where)\b",
)
_ASK_CONSTRAINTS = _re(
    r"\bhow (was|is|were) .{0,25} (arrived at|calculated|set|decided|worked out)\b",
    r"\bwhere does .{0,25} come from\b|\b(hr rule|hard no|negotiable|identical|fixed for|in principle)\b",
    r"\b(is|are) .{0,30} (possible|fixed|the same|a rule)\b|\bis even that hard\b|\blimited by\b",
    r"\bwhy (is|are|can'?t|couldn'?t|won'?t|does|do|did|would|not|only|that|the|so)\b",
    r"\bwhat'?s (fixed|flexible|stopping|preventing|holding (you|it|this) back|behind|the (limit|constraint|ceiling|"
    r"cap|budget|rule|policy|blocker|obstacle|issue|problem))\b",
    r"\bwhat (is|are) the (limit|limits|constraint|constraints|ceiling|cap|budget|rule|rules|policy|policies|blocker|"
    r"blockers|obstacle)\b",
    r"\bis there (any |some )?(flexibility|room|wiggle room|leeway|give|movement|budget|way)\b",
    r"\bhow much (room|flexibility|leeway|give|budget)\b",
    r"\b(can|could) (the|that|this) (band|budget|policy|rule|cap|limit|pool|freeze|envelope|number|cycle) (move|flex|"
    r"stretch|change|bend|be (changed|adjusted|extended|moved))\b",
    r"\bwhere does (that|this|the) .{0,25}(come from|come in)\b",
    r"\bwhat would it take\b",
    r"\bis (that|this|it|the \w+) (fixed|firm|negotiable|set in stone|final|flexible|movable)\b",
    r"\bwhat (stops|prevents|limits|blocks|is blocking)\b",
    r"\b(any|is there an?) exception\b[^.]*\?",
    r"\bwhat'?s (possible|realistic|doable|on the table)\b",
    r"\b(are|is) there (other|any) (options|levers|budgets?|pools?|ways)\b",
    r"\bwhat (can|could) you (do|move|offer|flex) on\b",
    r"\bhow (firm|fixed|flexible|set) is\b",
    r"\bwhat (are|is) (you|your) (able|allowed) to\b",
)
_ASK_PROCESS = _re(
    r"\bwho (on|in|at|should|would|will|decides|approves|signs|needs)\b",
    r"\b(when do i|how long (does|do|will|would)|what would need to be true|shall i (submit|send|write)|next steps?)\b",
    r"\bhow (do|will|would) you (intend to )?(rank|decide|evaluate|approve|choose|prioriti[sz]e)\b",
    r"\b(sign-?off|approval|approve|on the agenda|in this agenda|in the plan|in writing)\b",
    r"\bwho (decides|else|approves|signs|needs to|has to|would need to|makes the (call|decision)|do i need to|"
    r"should i|gets the final|has the final|owns)\b",
    r"\bwhat'?s (the|your) (process|timeline|next step|next steps|approval process|decision process|sign-?off)\b",
    r"\b(where are we|where do we stand|what are the next steps|what happens next|how (is|does) (this|it|"
    r"that) (get )?(decided|approved))\b",
    r"\bwhat would (you|she|he|they|the \w+) need (to see|from me)\b",
    r"\bwhat (is|are) the (process|timeline|next steps?|approval (process|steps)|criteria|decision criteria)\b",
    r"\bwhen (will|would|can|could|do|does|should) (you|we|i|they|the (committee|director|board|vp|cfo)) (know|"
    r"decide|hear|get an answer|meet|sign off|approve|confirm|have)\b",
    r"\bhow (does|do|would|will) (the|this|that|your) (approval|decision|process|sign-?off|committee|review)\b",
    r"\bhow (do|would|can) we get (this|it) (approved|signed|through|done)\b",
    r"\bwhat (would|does|do|will) (the \w+|your (boss|manager|director|vp|cfo|team)|finance|hr|they|he|she|you|"
    r"the committee|procurement|legal) need (to see|from me|to (approve|sign|say yes|agree|get there))\b",
    r"\bwhat do you need from me\b",
    r"\bwhat (happens|comes) next\b",
    r"\bby when\b",
    r"\bwhat would (you|it take for you to|make you) (need to )?(say yes|agree|approve|sign)\b",
    r"\bwho (do|should) i (talk|speak|write|send) to\b",
    r"\b(is|are) (anyone|someone) else (involved|deciding)\b",
    r"\bcan you (decide|approve|sign off on) (this|that|it)\b",
    r"\bdo you have (the )?(authority|sign-?off|final say)\b",
    r"\bwhat would help (you )?(make|build|sell|take) (the|this|a) case\b",
)
_CLARIFY = _re(
    r"\b(just so i'?m sure|just to (check|confirm|be sure)|as in\b|do you mean|you mean|what exactly|of what\?|"
    r"could you (confirm|clarify)|i just want to make sure|misreading|so i understand)\b",
    r"\bwhen you say\b",
    r"\bdo you mean\b",
    r"\bdid you mean\b",
    r"\bwhat do you mean\b",
    r"\bwhat did you mean\b",
    r"\bso you'?re saying\b",
    r"\bjust to (be clear|clarify|confirm|check|make sure)\b",
    r"\bto clarify\b",
    r"\bare we talking (about )?\b",
    r"\bis that (base|total|gross|net|before|after|per|including|in addition|on top|one-off|recurring|annual|"
    r"monthly)\b",
    r"\bdoes (that|this|it) include\b",
    r"\byou mean\b",
    r"\bcan you (repeat|say that again|explain what)\b",
    r"\bi'?m not sure i (follow|understand)\b",
    r"\bwhich (one|lever|part|term|number)\b",
    r"\bso (just )?to (confirm|recap)\b",
    r"\bif i understand (you )?(correctly|right)\b",
    r"\bam i (right|correct) (that|in)\b",
    r"\bsorry,? what\b",
    r"\bhang on,? (is|are|was|did)\b",
    r"\bwait,? (is|are|do|did|you)\b[^.]*\?",
)
_DISCLOSURE = _re(
    r"\b(it'?s|this|the last (year|few months)) (has )?been (a )?(really |very |pretty |so )?(stressful|hard|tough|"
    r"rough|difficult|draining|exhausting|lonely)( year| few months| time| stretch| quarter)?\b",
    r"\b(if|whether) i'?m (valued|appreciated|seen|wanted|on the right track)\b",
    r"\bi (got|was) (laid off|made redundant|let go)\b",
    r"\bmy (dad|mum|mom|mother|father|wife|husband|partner|kid|kids|son|daughter|family|child|children|parents?|baby|"
    r"twins|grandmother|grandfather|sister|brother|health|doctor|therapist|landlord)\b",
    r"\bi('m| am| have been| 've been| was| feel| felt) (really |so |a bit |quite |pretty |honestly |very )?(nervous|"
    r"anxious|worried|scared|stressed|exhausted|burnt out|burned out|pregnant|expecting|overwhelmed|struggling|"
    r"frustrated|disappointed|hurt|embarrassed|uncomfortable|torn|unsure|conflicted|sick|ill|unwell|tired|drained|"
    r"excited|grateful|thrilled|proud)\b",
    r"\b(truth is|between (us|you and me))\b",
    r"\bi (love|really like|enjoy) (working|this team|it here|the team|my job|my work|this job|the work|being here)\b",
    r"\b(stroke|diagnosis|surgery|chemo|hospital|carer|caring for|childcare|nursery|school run|commute|mortgage|rent|"
    r"divorce|bereavement|funeral|illness|disability|therapy|pregnan\w+|maternity|paternity)\b",
    r"\bi('ve| have) been (struggling|worried|losing sleep|feeling)\b",
    r"\bthis (is|has been) (hard|difficult|stressful|a lot) for me\b",
    r"\b(i|we) (moved|'re moving|am moving|are moving) (house|home|flat|apartment|in|out|back|here|away|cities|"
    r"countries|abroad|to (a|an|the)? ?(new|bigger|smaller|different)? ?(house|home|city|town|flat|area|country)|"
    r"to [A-Z][a-z]+)\b",
    r"\bi (don'?t|do not) (do|like) (this|negotiating|these conversations)\b",
    r"\bthis is (awkward|uncomfortable|hard) for me\b",
)
_SMALL_TALK = _re(
    r"^\W*(hi|hello|hey|good (morning|afternoon|evening)|morning|afternoon)\b",
    r"\bthank(s| you)( so much| very much| again)?( for| —|,|\.|!|$)",
    r"\bappreciate (you|your|it|the|this)\b",
    r"\bhow (was|were) (your|the) (weekend|holiday|holidays|trip|break|vacation|week|conference|offsite)\b",
    r"\bhope (you'?re|you are|you'?ve|you had|all is|everything|the family)\b",
    r"\bnice to (see|meet|talk|chat|catch up)\b",
    r"\bhow are you\b(?! (doing|finding|holding up) (with|on|after) )",
    r"\b(busy|crazy|hectic|long) (week|day|month|quarter)\b",
    r"\bcongrat(s|ulations)\b",
    r"\bgood to (see|talk|catch up)\b",
    r"\bglad (we|to|you)\b",
    r"\bhappy (friday|monday|new year|holidays)\b",
    r"\bgreat to (see|meet|talk)\b",
    r"\bthanks for (making|finding|taking) (the )?time\b",
)
_COMPETING = _re(
    r"\b(can|could) get [^.?!]{0,40}\belsewhere\b",
    r"\brecruiters? (have |has )?(already )?(told|said|quoted|offered|reached out)\b",
    r"\b(an?|another|a competing|a written|one|other|second) (job )?offer (from|at|of|in hand|on the table|with)\b",
    r"\boffered me\b",
    r"\bi (have|got|'ve got|received|'ve received|am holding|hold) (an?|another|a competing|a written|one other|"
    r"two) (job )?(offer|counter-?offer)s?\b",
    r"\bcounter-?offer\b",
    r"\b(another|a different|one other) (company|firm|employer|vendor|supplier|team|startup|"
    r"bank)\b[^.]{0,40}\b(offer|pay|paying|quoted|quote|would|will|wants|interested)\b",
    r"\b(they|acme|a competitor|the other (side|company|firm|vendor)|a recruiter|recruiters)\b[^.]{0,20}\b(offered|"
    r"are offering|is offering|would pay|will pay|quoted|are quoting)\b",
    r"\bon the table (elsewhere|from another)\b",
    r"\bi'?m (also )?(interviewing|talking) (with|to) (other|another|a few|two|several)\b",
    r"\b(final|late)[- ]stage (interviews?|round) (with|at|elsewhere)\b",
    r"\b(another|other) (vendor|supplier|provider|bidder)s? (has|have|is|are) (quoted|offering|offered|come in)\b",
    r"\bcompeting (offer|bid|quote|proposal)\b",
)
_THREAT = _re(
    r"\b(take|taking|return|returning) (their|the recruiters'?|recruiter|those) calls?\b",
    r"\btake the call\b",
    r"\bi'?ll (apply|start looking|look elsewhere|start interviewing|interview)\b",
    r"\b(putting|put) it in writing to the (ceo|coo|cfo|cto|board|director|vp)\b",
    r"\bsee how that goes\b",
    r"\b(look|looking|start looking|start to look|have to look|shop around|shopping around|go) elsewhere\b",
    r"\b(start|begin) (looking|interviewing|talking to recruiters)\b",
    r"\bi('ll| will| might| may| would| could)( have to| need to| be forced to)? (leave|quit|resign|walk|move on|"
    r"go to (hr|your boss|the director|legal|the vp)|escalate|go over your head|take (it|this|my business) elsewhere|"
    r"reconsider|consider my options|keep my options open|take the other)\b",
    r"\bi('d| would) hate to (leave|lose|go|walk|have to)\b",
    r"\bi have (other )?options\b",
    r"\bnot sure i can stay\b",
    r"\breconsider (my|our) (position|future|options|relationship|commitment)\b",
    r"\byou('ll| will| might| may| could) lose (me|us|the deal|the account|our business)\b",
    r"\b(flight risk|recruiters? (keep|are) (calling|reaching out|in touch))\b",
    r"\bother (companies|firms|vendors|suppliers|people) (would|will) (happily|gladly)?\s*(pay|take|hire)\b",
    r"\bthere are other (vendors|suppliers|options|companies|jobs)\b",
    r"\bi('m| am) not (going|willing) to stay\b",
    r"\bwe('ll| will) (take|move) our business\b",
    r"\bor (else|i('ll| will) (have to )?(leave|look|go))\b",
)
_ULTIMATUM = _re(
    r"\bor nothing\b|\bor don'?t bother\b|\bor i (stay|walk|leave|go|pass)\b|\btake it or leave it\b",
    r"\bfinal offer\b|\byour call\W*$|\bif it isn'?t signed by\b|\bor the (deal|offer) is off\b",
    r"\btake it or leave it\b",
    r"\b(my|our|this is (my|our)|that'?s (my|our)) (final|last|best and final) (offer|answer|word|position|number)\b",
    r"\bnon-?negotiable\b",
    r"\bor i('ll| will)? (walk|leave|quit|go|'m out|am out|resign)\b",
    r"\bor i'?m (out of here|gone|done|leaving|walking)\b",
    r"\bor we('ll| will)? (walk|go elsewhere|'re out|are out)\b",
    r"\b(by|before) (friday|monday|tuesday|wednesday|thursday|tomorrow|end of (the )?(day|week|month)|eod|"
    r"close of business|noon)\b[^.]{0,30}\bor\b",
    r"\bnot a (penny|cent|dollar|day) (less|more|below|above|under)\b",
    r"\bi won'?t (go|accept|take) (anything )?(below|under|less than|lower than)\b",
    r"\bthat'?s (it|all|the end of it)\b\s*[.!]*\s*$",
    r"\b(now or never|yes or no|this is the only (offer|option|way))\b",
    r"\botherwise (i'?m|i am|we'?re|we are) (out|done|walking|gone)\b",
    r"\bbottom line\b",
    r"\bend of (discussion|story|conversation)\b",
    r"\bno (more )?(negotiation|discussion|back and forth)\b",
    r"\bif not,? (i'?m|i am|we'?re|i'?ll|we'?ll) (out|done|walking|gone|leave|leaving|walk)\b",
    r"\b(either|it'?s) .{1,40} or (i|we)('ll| will)? (walk|leave|go|'m out|am out)\b",
    r"\bdeal breaker\b",
)
_PAUSE = _re(
    r"\b(take|have) (until|till) \w+|may i have (until|some time|a day|the weekend)|\b(answer|respond|reply|decide|"
    r"confirm|come back|get back|think)\b[^.?!]{0,30}\bby (monday|tuesday|wednesday|thursday|friday|tomorrow|the end "
    r"of the (day|week))\b.{0,20}$",
    r"\bthink (about )?(it|this|that|the [\w\s-]{1,30}) over(night)?\b|\b(overnight|over the weekend)\b",
    r"\b(lemme|let me|i'?d like to|i want to|i need to) (think|sleep on|talk it over|run it by|check with|"
    r"take (it|this) back)\b",
    r"\b(before i (answer|respond|commit|decide|give you an answer))\b",
    r"\bcome back (to you )?(tomorrow|on \w+|with something|next week)\b",
    r"\bgive you my answer\b|\breconvene\b",
    r"\blet me (think|sleep|mull|reflect|take (a|some) (day|time|moment|minute))\b",
    r"\bthink (it|this|that) (over|through)\b",
    r"\bsleep on (it|this|that)\b",
    r"\b(get|come) back to you\b",
    r"\btake (some|a little|a bit of|a few days|a day|a moment) (time|to think|more time)?\b",
    r"\b(can|could|shall) we (pause|take a (break|pause)|continue (this )?(tomorrow|later|next week|another time)|"
    r"pick (this|it) up (later|tomorrow|next week|another time)|come back to (this|it))\b",
    r"\bneed (a|some) (moment|minute|day|time|break|breather)\b",
    r"\b(talk|check|discuss it) (to|with) my (wife|husband|partner|family|spouse)\b",
    r"\bmull (it|this) over\b",
    r"\bgive me (a|some) (day|days|time|moment|minute|night)\b",
    r"\b(need|want) to think( about it| about this| it over)?\b",
    r"\bcan i (have|get|take) (a|some|until|the weekend)\b",
    r"\bpause (here|for now|this)\b",
    r"\b(can|could|shall) we (meet|talk|speak) (again|next week|tomorrow|later|on \w+)\b",
    r"\b(i'?ll|let me|i need to|i want to|i'?d like to|can i|could i) (think (it|this) (over|through)|"
    r"think about (it|this|that)|check with|talk (it|this) (over|through)|talk (to|with) (my|the) \w+ (first|"
    r"about (it|this))|discuss (it|this) with|run (it|this) (by|past)|sleep on|mull|get back to you|come back to you|"
    r"let you know)\b",
    r"\b(a|a few|couple of|two|one|a couple of) (days?|nights?) to (think|decide|consider|look at it)\b",
    r"\bnot ready to (decide|commit|sign|say yes|agree)\b",
    r"\btake (this|these|it|that)( points?)? back to (my|the|our) \w+",
)
_CONDITIONAL = _re(
    r"\bif (you|your \w+|we|the (company|team|budget|business)) (can|could|'ll|will|are able to|agree|do|give|add|"
    r"move|make|put|cover|include|throw in|meet|match|commit|sign|confirm|bump|raise|go|approve|guarantee|pay|offer|"
    r"extend|shorten|start|drop)\b",
    r"\b(in exchange|in return)\b",
    r"\bprovided (that )?(you|the|we)\b",
    r"\bas long as (you|the|we|i get|it)\b",
    r"\bon (the )?condition\b",
    r"\b(i|we)('ll| will| can| could| would|'d) [^.?!]{2,60} if (you|your|the|we|i (get|can get|could get))\b",
    r"\bfor that,? (i|we)\b",
    r"\b(trade|swap) (you|that|it|for)\b",
    r"\bin which case\b",
    r"\b(i|we)('ll| will| can| could| would|'d| am happy to|'m happy to| am willing to|'m willing to|'d be happy to|"
    r" would be happy to|'d also be happy to| would also be happy to|'d also like to|'m also happy to) (also )?(run|"
    r"cover|take on|own|lead|handle|mentor|train|onboard|document|present|pick up|"
    r"commit to|guarantee|provide|throw in|write|prepare|draft|build|set up|coach|help (with|you)|support|do the|"
    r"stay|work|come in|be (in|available|on call|the))\b",
    r"\b(i|we)('ll| will| can| could| would|'d) (also )?(take over|hand (over|off)|step in|back ?fill)\b",
    r"\bif it helps\b",
)
_CONCESSION = _re(
    r"\b(i|we)( can| could|'ll| will|'d| would| am willing to|'m willing to| am happy to|'m happy to| am prepared to|"
    r"'m prepared to)( also)? (drop|give up|forgo|waive|come down|go down|lower|move|flex|be flexible|compromise|"
    r"accept (a )?(later|lower|smaller|shorter|longer)|wait|start later|skip|let go of|take less|live without|"
    r"do without)\b",
    r"\b(i|we)('m| am| are|'re) (flexible|open) (on|about|with)\b",
    r"\bi could live without\b",
    r"\b(happy|willing|ok|okay|fine) to (wait|drop|give|move|start later|take less|come down|go down|push (it|"
    r"the start) back|delay)\b",
    r"\bforget (about )?the\b",
    r"\bi'?ll (settle|meet you)\b",
    r"\bi can wait\b",
    r"\bi don'?t need (the|a|any)\b",
)


_PAPERWORK = re.compile(
    r"\b(as long as|provided|if)\b[^.?!]{0,70}\b(in writing|written|by email|on paper|documented|signed off|"
    r"confirmed)\b",
    re.I,
)


_NOT_YET = re.compile(
    r"\b(before i (confirm|commit|sign|agree)|take (until|till|some time|a day|the weekend)|to (consider|think)|"
    r"in principle|sleep on it|think (it )?over|get back to you|come back to you|before i (answer|decide|reply|"
    r"respond)|(need|have|want) to check)\b",
    re.I,
)


def accept_certainty(text: str) -> Certainty | None:
    """Whether the turn accepts (sure or unsure), or None. A condition, a "but" or a question blocks
    it — except a condition about paperwork ("as long as we get it in writing"); a turn that opens
    with a bare "No." accepts nothing."""
    sentences = _sentences(text)
    if sentences and re.match(r"^\W*(no|nope|nah)\W*$", sentences[0], re.I):
        return None
    if _NOT_YET.search(text):
        return None  # "in principle that is acceptable; before I confirm…": not yet a yes
    for sentence in sentences:
        blocked = _ACCEPT_BLOCK.search(_PAPERWORK.sub("", sentence))
        if blocked and not re.match(r"^\W*(ok|okay|fine|yes|deal|agreed)\W*$", sentence, re.I):
            continue
        for pattern, certainty in ((_ACCEPT_SURE, "sure"), (_ACCEPT_UNSURE, "unsure")):
            for match in pattern.finditer(sentence):
                if _NEGATED.search(sentence[: match.start()][-40:] + match.group(0)[:0]):
                    continue
                if re.search(r"\b(not|n't|never|hardly)\b", match.group(0), re.I):
                    continue
                return certainty  # type: ignore[return-value]
    return None


def cue_acts(text: str) -> set[str]:
    """The acts recognised from cues alone (no offer needed)."""
    found: set[str] = set()
    questions = [s for s in _sentences(text) if _is_question(s)]
    table = (
        ("reject", _REJECT, False),
        ("ask_priorities", _ASK_PRIORITIES, True),
        ("ask_constraints", _ASK_CONSTRAINTS, True),
        ("ask_process", _ASK_PROCESS, True),
        ("clarification", _CLARIFY, False),
        ("disclosure", _DISCLOSURE, False),
        ("small_talk", _SMALL_TALK, False),
        ("competing_offer", _COMPETING, False),
        ("threat", _THREAT, False),
        ("ultimatum", _ULTIMATUM, False),
        ("pause", _PAUSE, False),
        ("conditional_trade", _CONDITIONAL, False),
        ("concession", _CONCESSION, False),
    )
    for act, pattern, question_only in table:
        scope = questions if question_only else _sentences(text)
        if any(pattern.search(s) for s in scope):
            found.add(act)
    if "small_talk" in found and re.search(r"\bsorry to hear\b", text, re.I):
        found.discard("small_talk")
    return found


def _is_question(sentence: str) -> bool:
    s = sentence.strip()
    return (
        s.endswith("?")
        or bool(
            re.match(
                r"^(what|why|how|who|when|where|which|is|are|can|could|would|will|do|does|did|should|may)\b", s, re.I
            )
        )
        or bool(
            re.search(
                r"\b(i'?m (also |just |really )?curious|i wonder(ed)?|tell me|help me understand|i'?d (love|like) "
                r"to (know|understand|hear)|(can|may|could) i ask|i (want|wanted) to ask)\b",
                s,
                re.I,
            )
        )
    )


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.?!])\s+|\n+", text.strip())
    return [p for p in parts if p.strip()]


def sentences_of(text: str) -> list[str]:
    """The turn split into sentences, as the cues read it."""
    return _sentences(text)


def questions_in(text: str) -> list[str]:
    """The sentences of the turn that ask something."""
    return [s for s in _sentences(text) if _is_question(s)]
