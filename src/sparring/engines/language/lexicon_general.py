"""Broader, general cues added after the first held-out evaluation showed the first patterns
were too narrow (they recalled 17-67 % on unseen sentences). These are written from general
knowledge of how each move is phrased, not from the held-out sentences.
"""

from __future__ import annotations

from sparring.engines.language.patterns import Pattern, p

_LOGISTICS = (
    r"\b(what time|when (can|could|should|do|shall)|where (should|do|shall)|send (me|over|the)|the (link|invite|deck|file|slides|doc))\b"
    r"|\b(really|actually|honestly) (need|think|want)\b|\bare you sure\b|\bmatters to me\b|\b(could|can|would|will) you (do|give|move|match|offer|approve|include|raise|consider|be open)\b"
)

GENERAL: dict[str, list[Pattern]] = {
    "hedge": [
        p(
            r"\b(i hope|hopefully) (this|i'?m|it'?s) (isn'?t|not) (too )?(cheeky|pushy|forward|greedy|much|out of line)\b",
            "",
        ),
        p(r"\b(not sure|no idea) if (this|it)'?s? (possible|realistic|doable|ok|okay)\b", ""),
        p(r"\bif you (don'?t|do not) mind\b", ""),
        p(r"\b(would|could) you (possibly|maybe|perhaps) (consider|look|think)\b", "could you"),
    ],
    "apology": [
        p(
            r"\b(sorry|apologies),? (i|but|for being)\b",
            "",
            unless=r"\bsorry to hear\b|\b(late|delay|slow) (reply|response)\b",
        ),
        p(r"\bi (know|realise|realize) (this|it)('s| is) (awkward|cheeky|a lot to ask|uncomfortable|a big ask)\b", ""),
        p(
            r"\b(sorry|apologies) (to|for|if) .{0,30}\b(ask|asking|push|pushing|bring|bringing|raise|raising|cheeky|demanding|greedy|awkward)\b",
            "",
            unless=r"\bsorry to hear\b",
        ),
    ],
    "desperation": [
        p(
            r"\b(i|we) (just )?(really )?need (this|it|a yes|the win|this deal|this one) to (work|happen|go through|close)\b",
            "",
        ),
        p(r"\b(i'?m|we'?re|i am|we are) (under|in) (a lot of|huge|serious|real|so much|enormous) pressure\b", ""),
        p(
            r"\bmy (job|bonus|commission|quota|review|promotion|year|credibility) (is )?(on the line|at stake|depends on|riding on)\b",
            "",
        ),
        p(
            r"\b(we|i) (have to|need to|must|got to) (close|sign|get this|land this|book this)\b.{0,25}\b(today|now|this week|this month|this quarter|asap|or)\b",
            "",
        ),
        p(r"\bi'?ll do (anything|whatever)\b|\b(anything|whatever) you can (do|give)\b", ""),
        p(r"\b(we|i) can'?t (lose|afford to lose) (this|you|the deal)\b", ""),
        p(r"\b(whatever|any) (number|price|amount) (works|is fine)\b", ""),
        p(r"\bi can'?t go back (empty[- ]handed|without)\b|\bwe'?re out of (runway|cash|money)\b", ""),
        p(r"\bmy (boss|manager|vp|ceo|director) (is|will be) (furious|angry|all over me|on my back|breathing)\b", ""),
    ],
    "argumentative": [
        p(
            r"\byou(?:'re| are) (being )?(ridiculous|absurd|unreasonable|greedy|impossible|dishonest|rude|insulting|out of touch|not serious|kidding yourself)\b",
            "",
        ),
        p(
            r"\b(frankly|honestly),? (this|that|your \w+) (is )?(a joke|insulting|pathetic|absurd|ridiculous|laughable)\b",
            "",
        ),
        p(
            r"\b(you|your company|your team|you guys) (don'?t|doesn'?t|never) (care|listen|value|respect|understand|bother)\b",
            "",
        ),
        p(r"\b(waste|wasting) (of )?(my|our) time\b|\b(stop|quit) (playing games|messing|pretending)\b", ""),
        p(r"\bwhat do you take (me|us) for\b|\b(pathetic|disgraceful|shameful|unprofessional)\b", ""),
        p(r"\btypical (procurement|hr|management|sales|finance)\b", ""),
    ],
    "ultimatum": [
        p(
            r"\b(if|unless)\b.{0,90}\b(i'?ll|we'?ll|i will|we will|i'?m going to|we'?re going to) (have to )?(look elsewhere|walk|leave|go with|sign with|take the other|move on|pull (out|the)|cancel|end|terminate|quit|escalate|go to)\b",
            "",
        ),
        p(r"\b(that'?s|this is|it'?s) (my|our) (bottom line|absolute limit|line in the sand|last word)\b", ""),
        p(r"\b(not|no) (a )?(cent|penny|dollar|euro|pound) (more|less|lower|higher)\b", ""),
        p(r"\b(this|the|our) offer (stands|is valid|is good) (until|till|only)\b", ""),
        p(r"\b(accept|take|sign) (it|this|the offer) (now|today|by \w+) or\b", ""),
        p(
            r"\b(or|otherwise) (the|this|our) (deal|offer|discount) (is off|is gone|goes|expires|lapses|is withdrawn)\b",
            "",
        ),
        p(r"\b(i'?ll|we'?ll) (take (it|my business|our business) |go )(elsewhere|to (a|your) competitor)\b", ""),
    ],
    "their_goals": [
        p(
            r"\b(your|the team'?s|the board'?s|leadership'?s|procurement'?s|finance'?s|the cfo'?s|your cfo'?s|your boss'?s|your vp'?s) "
            r"([\w-]+ ){0,2}(goal|goals|target|targets|okrs?|kpis?|metric|metrics|priority|priorities|mandate|quota|deadline|roadmap|"
            r"objective|objectives|pressure|initiative|push|commitment|savings|cost-cutting|headcount plan|go-live|launch)\b",
            unless=r"\?\s*$",
        ),
        p(
            r"\b(you|your team|the board|leadership|your cfo|procurement|finance|your boss|your vp) (is|are) (focused on|pushing (for|to)|trying to|aiming to|committed to|looking to|under pressure to|measured on|tracking|chasing)\b"
        ),
        p(
            r"\b(help|helps|helping) (you|your \w+) (with|to) (your|the) \w+ (goal|target|okr|priority|number|deadline|plan)\b"
        ),
    ],
    "invalid_reason": [
        p(r"\b(i'?m|i am) (entitled|owed|due)\b|\bi'?ve earned (it|this|a raise)\b", ""),
        p(
            r"\b(everyone|everybody|other people|people i know|my (network|peers|ex-colleagues|former colleagues)) .{0,30}\b(get|gets|got|earn|earns|make|makes|receive|received)\b",
            "",
        ),
        p(
            r"\b(worth a (try|shot)|no harm in asking|can'?t hurt to ask|worth asking|might as well ask|always worth (asking|a try))\b",
            "",
        ),
        p(r"\b(test|probe|push) (the|your) (limits|ceiling|boundaries)\b", ""),
        p(r"\bhow (much|far|high) (you'?ll|you will|you can|they'?ll|they will) (go|budge|stretch)\b", ""),
        p(r"\b(loyalty|tenure|seniority|years of service)\b.{0,40}\b(should|deserve|entitle|earn|merit|owed)\b", ""),
    ],
    "enthusiasm": [
        p(
            r"\b(i'?m|i am|we'?re|we are|i feel|i was) (\w+ ){0,2}(excited|thrilled|delighted|enthusiastic|passionate|inspired|energi[sz]ed)\b"
        ),
        p(
            r"\bi (really |genuinely |truly )?(like|love|admire|believe in) (the|your|this) (team|product|mission|company|vision|culture|work|people|platform)\b"
        ),
        p(r"\b(it'?d|it would|that would) be (a privilege|an honou?r|a dream|amazing|fantastic) to\b"),
        p(r"\b(i'?m|we'?re) (in|sold|on board|all in)\b(?! (the|a|an|london|town|office))"),
        p(
            r"\b(this|it) (is|feels like|looks like) (a|the) (perfect|great|ideal|right) (fit|match|next step|move|opportunity)\b"
        ),
        p(r"\bwe (really )?(want|would like|hope|'d like|'d love) to (partner|work) with you\b|\b(big|huge) fan of\b"),
        p(r"\b(really|very|genuinely) (looking forward|keen)\b"),
    ],
    "acknowledges_constraints": [
        p(
            r"\b(understand|know|appreciate|realise|realize|recognise|recognize|respect|aware|see) (that )?(you|your \w+|the \w+|there)\b.{0,50}\b(can'?t|cannot|not able|unable|limited|has to|have to|must go|needs? sign-?off|only have|don'?t have)\b"
        ),
        p(
            r"\b(within|inside|under) (your|the) (budget|band|cap|limit|policy|guidelines|approval (threshold|limit)|envelope)\b"
        ),
        p(
            r"\b(that|it|this) (has to|needs to|must) go (through|to) (your|the) (committee|cfo|board|deal desk|procurement|legal|approval)\b"
        ),
        p(r"\bi know (you|your \w+) (can'?t|cannot|aren'?t able|don'?t have|have limited)\b"),
        p(
            r"\b(aware|mindful|conscious) of (the|your) (budget|freeze|constraints?|limits?|policy|equity|band|cap|approval)\b"
        ),
    ],
    "self_need": [
        p(r"\b(i|we) (rely on|depend on|can'?t (work|manage|cope) without)\b"),
        p(
            r"\bbecause (of )?(my|our) (family|health|kids|commute|situation|personal|circumstances|partner|childcare|visa|mortgage|workload|caring)\b"
        ),
        p(r"\b(i|we) have (a|an) (sick|elderly|young|new|disabled|newborn) \w+\b"),
        p(r"\bfor (personal|family|health|medical) reasons\b"),
        p(r"\b(it'?s|it is) (essential|critical|vital|necessary) (for|to) (me|us|my|our)\b"),
    ],
    "elicit": [
        p(
            r"\b(you|your)\b[^?]{0,80}\b(prefer|rather|important|priority|priorities|matter|matters|need|needs|want|wants|concern|concerns|worry|worries|think|feel|value|care|criteria|decide|deciding|goal|goals|success|ideal|flexib\w*|fixed|open to|work best|works best|easier|harder|constraint\w*|biggest|top)\b[^?]{0,60}\?",
            unless=_LOGISTICS,
        ),
        p(r"\bwhat would (make|it take|need to happen|help)\b[^?]{0,60}\?"),
        p(
            r"\b(how|what) (do|does|did|would) (you|your \w+|the (team|committee|board))\b[^?]{0,60}\?",
            unless=_LOGISTICS,
        ),
    ],
    "empathy": [
        p(
            r"\b(sounds|seems|looks) (like )?(it'?s been |it has been )?(tough|hard|difficult|stressful|rough|frustrating|exhausting|brutal|painful|a lot|a nightmare|a lot to deal with)\b"
        ),
        p(r"\b(i'?m|i am) (so |really )?sorry (you|your|that you)\b"),
        p(r"\b(that|it) (can'?t|cannot) (have been|be) easy\b|\b(i|we) (feel|felt) for you\b"),
        p(
            r"\b(i )?(appreciate|respect) (that|how) (you'?re|you are|you have|you'?ve)\b.{0,40}\b(hard|tough|difficult|stretched|under|pressure|busy|juggling)\b"
        ),
        p(r"\btake (care|your time)\b|\b(no rush|no pressure)\b"),
    ],
    "fairness": [
        p(r"\b(split|share) (it|the \w+|costs?|the cost|the risk|risk) (evenly|equally|down the middle|50[/-]50)\b"),
        p(r"\b(market|going) rate\b|\b(level|equal) (playing field|footing)\b|\bparity with\b"),
        p(r"\breasonable (for|to) (both|everyone|all)\b|\b(both|each) (of us|side)\b.{0,20}\b(equally|the same)\b"),
    ],
    "coordination": [
        p(r"\b(both|each) (of us|side|party) (get|gets|can|could|wins?|benefits?|come out)\b"),
        p(
            r"\b(find|work out|figure out|land on|come up with) (something|a way|an option|a structure|a package|a plan) (that|which) (works|helps|suits)\b"
        ),
        p(r"\b(if|provided|as long as) (you|your \w+)\b.{3,70}\b(we|i) (can|could|will|'ll|would)\b"),
        p(r"\b(i'?m|we'?re) (open|flexible|happy|willing) to (work|find|meet|compromise|adjust|explore|look at)\b"),
        p(r"\b(how|what) (can|could) we\b.{0,40}\b(make|get|find|solve|structure)\b"),
        p(r"\bin return\b|\bcollaborat\w*\b"),
    ],
    "undervalue": [
        p(r"\b(you|your \w+) (won'?t|wouldn'?t|don'?t|do not|will not) (really |actually )?(need|use|miss)\b"),
        p(
            r"\b(is|are|would) [\w -]{1,40} (really|actually|even) (necessary|needed|required|used|that important|worth it)\b"
        ),
        p(r"\b(hardly|rarely|barely) (anyone|anybody|ever|used|uses)\b"),
        p(r"\b(that'?s|it'?s) (a lot|too much|excessive|unnecessary|overkill) for (a|your|the)\b"),
        p(
            r"\b(most|few|no) (companies|teams|customers|clients|people|firms) (of your size )?(need|use|ask for|bother with)\b"
        ),
        p(r"\bwhy would (you|your \w+) need\b|\b(surely|honestly),? you (don'?t|won'?t|can)\b"),
    ],
    "small_talk": [
        p(
            r"\b(hope|hoping) (you|your|the) .{0,40}\b(weekend|holiday|trip|family|kids|well|good|great|break|summer|vacation)\b",
            unless=r"\bhope this helps\b",
        ),
        p(
            r"\b(how|how'?s|how was|how did|how is) .{0,30}\b(weekend|holiday|trip|vacation|family|kids|move|race|game|match|wedding|summer|break|flight|new (house|place|baby|puppy))\b"
        ),
        p(
            r"\b(congrats|congratulations|well done) (on|to)\b|\bthanks? (you )?for (having|hosting|the coffee|lunch|dinner)\b"
        ),
        p(r"\b(good|nice|great|lovely) (to see|seeing|meeting|catching up|to catch up)\b"),
        p(r"\b(the )?(weather|rain|snow|heat|traffic) (is|was|has been|today|this)\b"),
        p(r"\b(love|like|nice) (your|the) (background|view|office|dog|cat|shirt|plant|setup)\b"),
    ],
    "no_need": [
        p(
            r"\b(i|we) (don'?t|do not|won'?t|wouldn'?t) (really )?(need|use|require|care about|miss)\b(?! (to|another|a second|a follow))"
        ),
        p(r"\b(i|we) (can|could) (skip|drop|do without|forgo|waive|give up|live without|go without|pass on)\b"),
        p(
            r"\b(isn'?t|aren'?t|is not|are not) (that |really )?(important|essential|necessary|a must|a dealbreaker|a priority|critical|needed) (to|for) (me|us)\b"
        ),
        p(
            r"\b(happy|fine|ok|okay) (to|with) (skip|skipping|drop|dropping|forgo|waive|give up|without|less|fewer|lose)\b"
        ),
        p(r"\b(we|i) (already )?(have|'ve got) (our own|one already|plenty|enough|it covered)\b"),
        p(r"\b(that|it|those|the \w+) (can|could) go to (you|your team)\b"),
    ],
}
