"""The versioned lexicon: the patterns that recognise each tag (see patterns.py).

Bump ``LEXICON_VERSION`` whenever a pattern changes: the analyser's output is part of the
public JSON and must be reproducible for a given version.
"""

from __future__ import annotations

from sparring.engines.language.patterns import Pattern, p

LEXICON_VERSION = "2026.11.1"

_NOUN_KIND = r"(?<!what )(?<!this )(?<!that )(?<!any )(?<!the )(?<!which )(?<!some )(?<!every )(?<!one )(?<!same )"

PATTERNS: dict[str, list[Pattern]] = {
    "hedge": [
        p(
            r"\bi was (just |kind of |sort of )?(wondering|hoping) (if|whether|that)?( maybe| perhaps| possibly)?( we| you| i)? ?(could|can|might)?\b",
            "could we",
        ),
        p(r"\bi (just )?wonder(ed)? (if|whether)\b", ""),
        p(r"\bif it'?s not too much (trouble|to ask|of a bother)\b", ""),
        p(r"\bif (at all )?possible\b", ""),
        p(
            _NOUN_KIND
            + r"\b(sort|kind) of\b(?! (a|an|the|thing|things|work|role|deal|person|people|company|vendor|setup|contract|issue|problem)\b)",
            "",
        ),
        p(r"\bkinda\b", ""),
        p(
            r"\b(maybe|perhaps|possibly)\b",
            "",
            unless=r"^\W*(maybe|perhaps) (monday|tuesday|wednesday|thursday|friday|next week|tomorrow|later)\b|\b(maybe|perhaps) not\b",
        ),
        p(r"\b(would|could) it (maybe |perhaps |possibly )?be possible( for (me|us))?( to)?\b", "could we"),
        p(r"\bi (just )?(wanted|want) to (ask|check|see) if\b", "could we"),
        p(r"\bi (guess|suppose)\b", ""),
        p(
            r"\bi hope (it'?s|that'?s|this is|this isn'?t|it'?s not|that'?s not) (ok|okay|alright|fine|unreasonable|too much|a problem)\b",
            "",
        ),
        p(r"\bhopefully\b", ""),
        p(r"\bi don'?t know(,)? (if|whether)\b|, i don'?t know,", ""),
        p(
            r"\b(a (little|tiny|bit|wee) bit|a little|somewhat|slightly|a bit)\b(?= (more|higher|better|extra|bump|increase|lower|earlier|later|longer))",
            "",
        ),
        p(r"\b(i'?m )?not (really )?sure (if|whether)\b", ""),
        p(r"\bif that'?s (ok|okay|alright|all right)( with you)?\b", ""),
        p(r"\bwould you (maybe |perhaps )?(be willing|mind)\b", "would you"),
        p(r"\bi (think|feel) (that )?maybe\b", ""),
        p(
            r"\bjust\b(?!-)(?= (a|an|wanted|want|wondering|asking|a small|checking|thought|maybe|hoping|a bit|a little))",
            "",
        ),
        p(r"\bsomething like\b(?= \$?\d)", ""),
        p(r"\bany (flexibility|wiggle room|room|way|chance) at all\b", "any flexibility"),
        p(r"\bis there any (way|chance) (you|we) (might|could|would)\b", "could you"),
        p(r"\b(might|could) (possibly|maybe)\b", ""),
        p(r"\bif there'?s any chance\b", ""),
        p(r"\bi totally understand if not\b", ""),
        p(r"\bif you think it'?s (ok|okay|reasonable|appropriate)\b", ""),
        p(r"\b, like,\b", ""),
    ],
    "apology": [
        p(
            r"\b(i'?m |i am |so |really |very )*sorry,? ((to (even )?(bother|ask|bring|trouble|push|be a pain|raise|keep|chase|pester|nag)|for (asking|bringing|bothering|the trouble|pushing|being|raising|chasing))( (you|this up|it up|on this))?( with this)?(,? but,?)?|if (this|i|it)|but,?|i know|i should)\b",
            "",
            unless=r"\bsorry to hear\b|\bsorry (for|about) (the|my) (late|delay|delayed|slow|bad|short)\b",
        ),
        p(r"^\W*sorry\b(?!,? (to hear|for the (late|delay)|about the (line|delay)))", ""),
        p(r",\s*sorry,", ","),
        p(r"\bi (do )?apologi[sz]e (for (asking|bringing|raising|pushing|being)|if|in advance)\b", ""),
        p(r"\b(my )?apologies (for (asking|bringing|raising|pushing|being)|if|in advance)\b", ""),
        p(r"\bforgive me (for|if)\b", ""),
        p(r"\bi hate to (ask|bother|bring|push|trouble|be that person)\b", ""),
        p(r"\bi feel (bad|awkward|terrible|guilty) (about )?(asking|bringing|raising)\b", ""),
        p(r"\bexcuse me for\b", ""),
    ],
    "desperation": [
        p(
            r"\b(i|we) (really|desperately|absolutely|badly|urgently) need\b(?! to (run|go|leave|jump|hop|dash))",
            "I'd like",
        ),
        p(
            r"\bi need (this|the promotion|the raise|the budget|these|the deal|it)\b.{0,40}\b(today|tonight|this (cycle|week|month|quarter)|by (monday|tuesday|wednesday|thursday|friday|tomorrow|the \d+)|or|otherwise|signed)\b"
        ),
        p(
            r"\b(we|i) (need|have|must|got) to (close|sign|book|land) (this|it|the deal)?\s*(this|by|before) (quarter|month|week|q[1-4]|year[- ]end|friday|the \d+)\b",
            "",
        ),
        p(r"\b(we|i) (need|have|must) to (hit|make) (our|my|the) (number|numbers|quota|target)\b", ""),
        p(r"\bi can'?t afford (to (lose|miss|walk)|not to|another)\b", ""),
        p(
            r"\b(i'?m|we'?re|i am|we are) (desperate|begging|drowning|running out of (time|options|money)|toast|screwed|done for)\b",
            "",
        ),
        p(r"\bi have no (other )?(choice|option|options|alternative|alternatives)\b", ""),
        p(r"\b(we'?re|we are|i'?m|i am) (behind|short) (on|of) (our|my|the) (quota|target|number|plan)\b", ""),
        p(
            r"\b(my|our) (quota|target|number|bonus|job|year) (is|depends|rides) (on|riding)\b|\bmy whole (year|quarter|bonus)\b",
            "",
        ),
        p(r"\b(this is|it'?s) (my|our) (only|last) (option|chance|hope)\b", ""),
        p(r"\bi'?ll (take|accept) (anything|whatever)\b", ""),
        p(
            r"\b(breathing down my neck|i'?ve told my (family|wife|husband|partner|team)|promised (the board|my (vp|boss|ceo))|won'?t have a job|not sure i'?ll have a job|lose my job|out of work since|don'?t know how i'?ll (keep going|cope|manage))\b",
            "",
        ),
        p(r"\bmy (manager|boss|vp|director) will (kill|fire) me\b", ""),
    ],
    "argumentative": [
        p(r"\byou (always|never|constantly|keep)\b(?! (been|know|told))", "I've noticed"),
        p(r"\b(your \w+ (team|people|department)|you guys) (always|never)\b", ""),
        p(
            r"\b(that'?s|this is|it'?s) (ridiculous|absurd|insulting|a joke|outrageous|unacceptable|laughable|nonsense|a slap in the face)\b",
            "that's hard for me to accept",
            unless=r"\b(weather|traffic|queue|coffee|line)\b",
        ),
        p(r"\bare you (serious|kidding|joking)\b", ""),
        p(
            r"\byou(?:'re| are) (wrong|not listening|being unreasonable|lowballing|taking advantage|clearly|obviously)\b",
            "",
        ),
        p(r"\byou (clearly|obviously|simply) (don'?t|didn'?t|can'?t|won'?t|haven'?t|have no)\b", ""),
        p(r"\b(lowball(ing|ed)?|rip[- ]?off|scam|insult(ing)?|disrespectful)\b", ""),
        p(r"\bhow dare\b", ""),
        p(r"\b(stop|quit) (wasting|lowballing|stalling)\b", ""),
        p(r"\byou people\b", ""),
        p(r"\bwhat (a joke|nonsense)\b", ""),
        p(r"\bi'?m (sick|tired) of\b", ""),
        p(r"\bevery (single )?time we (talk|meet|speak),? you\b", ""),
        p(r"\byou move the goalposts\b|\bmoving the goalposts\b", ""),
    ],
    "ultimatum": [
        p(r"\btake it or leave it\b", "here are two options"),
        p(r"\b(my|our|this is the) (final|last|best and final) (offer|number|word|price)\b", "where I'd like to land"),
        p(r"\bthis is (my|our) (final|last) (word|position|number)\b", ""),
        p(
            r"\b(or|otherwise|else|after which)[, ]+(i|we|the \w+)('ll| will|'re| are|'m| am| is)? ?(have to )?(walk|walking|leave|leaving|quit|quitting|resign|resigning|go elsewhere|going elsewhere|move|moving|start|starting|withdraw|withdrawing|take|taking|accept|accepting|disappear|disappears|can'?t promise|stay|staying|cancel|cancelling|escalate)\b",
            "",
        ),
        p(r"\bor i (walk|quit|leave|resign|go|stay where i am)\b", ""),
        p(r"\bor (we|i) walk\b", ""),
        p(r"\b(non-?negotiable|not up for (discussion|negotiation))\b", ""),
        p(
            r"\bif (you|i) (can'?t|don'?t|won'?t|cannot|do not|will not|doesn'?t)\b.{0,70}\b(i'?ll|i will|we'?ll|we will|i'?m|i am|we'?re|we are|i'?m going to|we'?re going to) (have to )?(leave|walk|quit|resign|go|take|accept|accepting|sign|signing|handing|hand|start|starting|move|moving|withdraw|cancel|escalate)\b",
            "",
        ),
        p(r"\b(we'?re|i'?m) done (here|talking)\b", ""),
        p(r"\bdeal[- ]?breaker\b", ""),
        p(r"\byou have until\b.{0,30}\bto (say yes|decide|accept|sign)\b", ""),
        p(r"\bthe (offer|discount|deal) (expires|lapses|is withdrawn|disappears)\b", ""),
        p(r"\bwe'?re not discussing\b.{0,60}\buntil\b", ""),
        p(r"\bno less\b(?! than)|\bnot a (penny|cent|dollar) less\b", ""),  # "at no less than 25k" is a floor
    ],
    "their_goals": [
        p(
            r"\byour (team'?s |department'?s |group'?s |company'?s |org'?s |)(goal|goals|target|targets|priority|priorities|okrs?|metrics?|kpis?|roadmap|objectives?|mandate|quota|scorecard|bonus|pressure|pressures|headcount plan|retention|attrition|churn rate|cost target|savings target|q[1-4] (target|goal|number)|plan for|launch date|audit)\b"
        ),
        p(r"\byou(?:'re| are) (measured on|judged on|accountable for|under pressure|on the hook for|tasked with)\b"),
        p(
            r"\b(procurement|finance|your (cfo|vp|board|director|team|boss|ceo|manager|leadership)|the (cfo|vp|board|leadership)) (is|are) (measured|judged|evaluated|under pressure)\b"
        ),
        p(r"\b(your|the) (cfo|vp|board|ceo|leadership|director) (wants|expects|asked|needs|is pushing)\b"),
        p(
            r"\bhelps? (you|your team|your org|your department) (hit|reach|meet|keep|cut|grow|deliver|ship|close|hire|retain|reduce|pass|launch|look|show|win|save)\b"
        ),
        p(
            r"\b(is|are) (your|the team'?s|the board'?s) (top |biggest |main |key |number[- ]one )?(priority|priorities|focus|goal|concern|target|worry)\b"
        ),
        p(r"\bhow you want the team to\b|\bpressure from (the|your) (vp|cfo|board|ceo|director|leadership)\b"),
        p(
            r"\b(you|your team) (need|needs|want|wants|have|has) to (hit|reduce|cut|grow|ship|deliver|close|hire|launch|pass|meet|lower|retain|fill|show)\b"
        ),
    ],
    "invalid_reason": [
        p(r"\bi (really |truly )?(feel|think|believe|know) (that )?i('m| am)? (deserve|worth)\b", ""),
        p(r"\bi (really |truly )?deserve\b", ""),
        p(r"\bi'?m worth (more|it|a lot more)\b", ""),
        p(
            r"\b(a |my )?(old |former )?(friend|friends|buddy|mate|cousin|neighbou?r|roommate|flatmate|brother|sister)( of mine)? (at|who|gets|got|earns?|makes?|is paid|in)\b",
            "",
            unless=r"\breferred\b",
        ),
        p(
            r"\b(others|everyone else|everyone i know|everyone in \w+|other people|other teams|my (colleague|colleagues|peers?|classmates?))\b.{0,30}\b(get|gets|got|make|makes|earn|earns|are paid)\b",
            "",
        ),
        p(r"\bi always (negotiate|ask for more|push back|counter)\b", ""),
        p(r"\byou (should|have to|always) (always )?(negotiate|ask for more|counter)\b", ""),
        p(r"\b(always|never) accept the first (offer|number)\b", ""),
        p(
            r"\b(see|test|find out|check) (how (far|high|much)|what (else )?you('ll| will| can)|your limits|if there'?s more)\b",
            "",
        ),
        p(r"\bjust to see (what|if|how|whether)\b", ""),
        p(r"\bwhy not (ask|try|push)\b", ""),
        p(r"\b(it'?s|it is) (expected|normal|standard) to (negotiate|ask for more|counter)\b", ""),
        p(r"\bon principle\b", ""),
        p(r"\beveryone (negotiates|counters|asks for more)\b", ""),
        p(r"\b(i'?ve|i have) been here (longer|the longest|for years)\b.{0,40}\b(should|deserve|owed|mine)\b", ""),
    ],
    "enthusiasm": [
        p(
            r"\b(i'?m|i am|we'?re|we are) (really |very |so |genuinely |truly |incredibly |super |extremely )?(excited|thrilled|enthusiastic|delighted|energi[sz]ed|pumped|passionate) (about|to|by)\b"
        ),
        p(
            r"\b(i'?m|i am|we'?re|we are) (really |very |so |genuinely )?(keen|eager) (on|about|to (join|work|start|partner|get started|be part|build))\b"
        ),
        p(
            r"\b(i|we) (really |genuinely |truly )?(want|would love|'d love|love) (to (join|be part|work (with|for|on|here)|build|partner|start|help|make this|keep growing)|working (here|with)|this (role|job|position|opportunity|partnership|team)|the (role|team|product|mission|opportunity|partnership))\b"
        ),
        p(r"\b(i'?d|we'?d) love to (join|be part|work|partner|build|start)\b"),
        p(
            r"\b(this|the) (role|job|position|opportunity|partnership|team) (is|feels|sounds) (exactly|a great|perfect|ideal|like a great|like the right|right|my first)\b"
        ),
        p(
            r"\b(my|our) first choice\b|\bthe (job|role|team) i'?ve (always )?wanted\b|\bwould be a dream\b|\bdream (job|role|team)\b"
        ),
        p(r"\bcan'?t wait to (start|join|get started|work|begin|partner)\b"),
        p(r"\blooking forward to (joining|working|starting|partnering|building|the partnership|being part)\b"),
        p(r"\b(great|perfect|ideal) fit\b"),
        p(r"\bexactly (the|what) (kind of )?(role|work|job|partner|opportunity) i\b"),
    ],
    "acknowledges_constraints": [
        p(
            r"\bi (fully |completely |totally |do )?(understand|know|appreciate|realise|realize|recognise|recognize|get|respect|see) (that )?(the |your |there'?s |there is |there are |you have |you'?re |you |it'?s |it is |budgets |money |this |procurement |finance |legal )?.{0,60}\b(budget|budgets|freeze|frozen|band|bands|equity|policy|policies|constraint|constraints|headcount|cap|caps|limit|limits|fairness|approval|approvals|approved|cycle|procurement|compliance|guidelines|rules|tight|limited|cost programme|cost program|precedent|parity|consistent|deal desk|can'?t accept|cannot accept|has to go through|have to go through|only one|sign-?off)\b"
        ),
        p(r"\bwithin (the |your |our )?(budget|band|bands|policy|cap|guidelines|range|envelope|approved range)\b"),
        p(
            r"\b(given|with|despite|because of|respecting|if) (the |your )?(budget|freeze|policy|cap|hiring freeze|merit freeze|cost programme|cost program|equity|band|procurement rules|approval process|cuts)( holds| is| are)?\b"
        ),
        p(r"\binternal (equity|parity|fairness)\b"),
        p(r"\bfair(ness)? (across|to|for) (the|your|my|other) (team|peers|colleagues|others)\b"),
        p(
            r"\b(i know|i understand) (it'?s|you'?re|things are|the budget is|money is) (tight|constrained|limited|frozen|fixed)\b"
        ),
        p(r"\b(the )?(cuts|freeze|budget cut) (landed|hit|pushed)\b|\bhold(ing)? headcount flat\b"),
        p(r"\b(i don'?t want|without) (to )?(creat(e|ing) a precedent|break(ing)? (the|your) (band|policy))\b"),
    ],
    "self_need": [
        p(
            r"\b(i|we|my team|our team) (really )?(need|needs) (a|an|the|more|extra|some|my|our|this|that|it|time|flexibility|at least|two|three|four|\d+|weekend|coverage)\b",
            unless=r"\b(need|needs) (the (numbers|slides|deck|file|doc|report|contract|invoice)|it in writing|to (run|go|leave|jump|talk|understand|know|see|discuss|agree|review|define|confirm|check|schedule|book))\b|\b(don'?t|do not|won'?t) (think (i|we) )?need\b|\bwhether (we|i) need\b|\bneed (a|the) (number|price|quote|figure|discount|ballpark)\b",
        ),
        p(r"\bi need to be (home|there|back|off|out|at|in)\b|\bschool (pickup|pick-up|run|drop-?off)\b"),
        p(
            r"\b(i|we) (can'?t|cannot) (afford (downtime|to lose (data|customers))|test|ship|run|do) (the|our|it|this|without|during)\b"
        ),
        p(
            r"\bmy (family|kids?|children|father|mother|dad|mum|mom|parents?|partner|wife|husband|health|commute|mortgage|rent|childcare|daughter|son|baby|carer|care|notice period|lease|relocation|unvested)\b"
        ),
        p(r"\bwith a (newborn|new baby|baby|toddler|sick \w+)\b"),
        p(r"\b(i|we)'?ve got (kids|a family|a mortgage|bills)\b"),
        p(r"\bfor my (family|kids|health|career|growth|development|wellbeing|well-being)\b"),
        p(r"\b(it|that) would (really )?help (me|us)\b"),
        p(r"\bi'?m (struggling|stretched|exhausted|burning out|burnt out)\b"),
        p(
            r"\b(important|matters|essential|crucial) (a lot )?(to|for) me\b",
            unless=r"\b(isn'?t|not|doesn'?t|don'?t)\b",
        ),
        p(r"\b(my|our) (costs|expenses|bills|cost of living)\b"),
        p(
            r"\b(because|since) (my|our|the commute|the office) (\w+ ){0,4}(is|are|was|were|has|have|had|'s|'re|need|needs|dropped|renew|went|only)\b"
        ),
        p(r"\b(the |our |my )?reason (for|i asked|we asked) .{0,60}\b(is|was)\b"),
        p(r"\b(our|my) (customers|clients|users) (deserve|need|trade|rely)\b"),
        p(r"\b(is|are) really hard for me\b"),
    ],
    "elicit": [
        p(
            r"\bwhat (matters|is important|'?s important|would (work|help|make|it take)|do you (need|want|value|prefer|care|think)|are your (priorities|constraints|goals|concerns|must-haves)|is (your|the) (priority|biggest|main|most important)|would you (need|want|prefer|like)|does success look|would success look|does a (good|successful)|would a good outcome|are you (hoping|looking|aiming|trying)|constraints|drives|'?s driving|are the criteria|criteria|did you think|did you make of)\b",
            unless=r"\bwhat matters (to|for) (me|us)\b",
        ),
        p(r"\bwhich (matters|is more important|would you prefer|of these|option|one|parts) .{0,60}\?"),
        p(r"\bhow (important|flexible|firm|fixed) is\b"),
        p(r"\bhow do you (see|feel|measure|decide|weigh|rank|think about|usually)\b"),
        p(r"\b(is|are) there (any )?(flexibility|room|wiggle room|other levers|things) (on|in|around|for|you)\b"),
        p(r"\bwhere (do you|is there) (have )?(flexibility|room)\b"),
        p(
            r"\b(tell me|could you tell me|can you tell me|walk me through|help me understand) (more )?(about your|what (matters|you|your)|how you|why you|where you)\b"
        ),
        p(r"\bwhat would (you|your team|it) need\b"),
        p(r"\bwhy (is|are|does|do) .{0,60}(important|matter|so|for your|for you)\b.{0,30}\?"),
        p(r"\bwhat'?s (most important|the priority|driving|behind|the biggest)\b"),
        p(r"\bwhat are you (measured|judged) on\b"),
        p(r"\bhow (does|would) (that|this) (land|work|fit) for you\b"),
        p(r"\bwould (you|your \w+( \w+)?) (prefer|rather)\b"),
        p(r"\bhow (did|does|is) .{0,40} (go|going|working) for (you|your)\b"),
        p(r"\bif you could change\b"),
        p(r"\bhow many .{0,40} do you (expect|need|plan|want)\b"),
        p(r"\b(look like|feel like) (from|for) (your|you)\b.{0,20}\?"),
        p(r"\bwhat .{0,30} (concerns|worries|risks?) (you|do you see|would you)\b"),
    ],
    "empathy": [
        p(r"\bsorry to hear\b"),
        p(
            r"\b(i'?m|i am) (so |really |very )?sorry (about|that|for) (your|the|what|you)\b(?! (trouble|asking|bother|late|delay))"
        ),
        p(
            r"\b(that|it)? ?(sounds|must be|must have been|seems) (like )?(a |an )?(tough|hard|difficult|stressful|rough|frustrating|exhausting|brutal|painful|draining|intense|lot)\b"
        ),
        p(r"\b(it )?sounds like (you'?ve|your \w+( \w+)?) (been|has been|have been|is|are)\b"),
        p(
            r"\bi (completely |totally |fully |really )?(understand|get|see) (how|why|where you'?re coming from|your (position|concern|point|situation|worry))\b"
        ),
        p(r"\bi can (imagine|see how|see why|only imagine)\b"),
        p(r"\bmust (be|have been) (hard|tough|difficult|stressful|a lot|painful)\b"),
        p(r"\bi hear you\b|\bi get it\b|\btotally understand\b|\bcompletely understand\b"),
        p(r"\b(that|this) makes (total |complete |perfect )?sense\b"),
        p(
            r"\bhope (you'?re|your .{0,25} (is|are)) (ok|okay|feeling better|well|doing (ok|okay|well|better)|recovering)\b"
        ),
        p(r"\b(that'?s|it'?s) (completely |totally |very )?understandable\b"),
        p(r"\b(that'?s|it'?s) a lot (to juggle|on your plate|to handle|to deal with)\b|\bis a lot\b"),
        p(
            r"\bappreciate (how (hard|much)|you (being|taking|explaining|sharing|pushing)|your (honesty|candou?r|openness|patience))\b"
        ),
        p(r"\bi know (that'?s|it'?s|this is) not easy\b|\bnobody wants to be\b"),
        p(r"\bthank you for (being|your) (honest|patience|candou?r|openness)\b"),
    ],
    "fairness": [
        p(
            r"\b(un)?fair(ly|ness)?\b",
            unless=r"\b(job|trade|career|careers|county|science|book) fair\b|\bfair (value|use|enough)\b|\bin fairness\b|\bfairly (smooth|easy|quick|simple|straightforward|common|standard|new|small|large|sure|confident)\b|\bfair (feedback|point|question|comment)\b",
        ),
        p(
            r"\b(equitable|even split|split (it |the difference|evenly|down the middle)|meet (you )?(in the middle|halfway))\b"
        ),
        p(r"\b(reasonable|balanced|square) (for|to) (both|each|all) (of us|sides|parties)\b"),
        p(r"\bin line with (the )?(market|band|peers|what others)\b"),
        p(r"\bsame (role|level|work|output|job),? .{0,60}\bsame (pay|band|rate|salary|terms)\b"),
        p(r"\b(same|equal) (terms|treatment|pay|rate) as\b"),
    ],
    "coordination": [
        p(
            r"\blet'?s (work|figure|find|see (if|whether|how|where)|try to|make this work|build|look at (this|it|options) together|solve|come up with|map out|explore|think about|meet in the middle|put (both|our))\b"
        ),
        p(r"\bwork (it |this |that )?(out )?together\b"),
        p(r"\btogether\b(?! with)", unless=r"\b(we|i) worked together\b|\bput together (a|the)\b"),
        p(r"\b(works?|good|fair|right|line up) for (both|all|each) of us\b"),
        p(
            r"\b(find|reach|come to|land on|agree on) (a|an|some) (solution|compromise|agreement|middle ground|package|way forward|arrangement|plan|structure|way)\b"
        ),
        p(r"\bhow (about|do) we\b"),
        p(r"\bcan we (find|work|figure|try|come up|look for)\b"),
        p(
            r"\bwin[- ]win\b|\bjoint(ly)?\b|\bcommon ground\b|\bshared (goal|plan|interest)\b|\bboth (win|benefit)\b|\bwe can both\b|\bshall we\b|\bpartner (on|with you)\b|\bwhat if we\b|\bmiddle ground\b|\bmeet (you )?(in the middle|halfway)\b"
        ),
        p(
            r"\bin exchange for\b|\bin return for\b|\bif it helps\b|\bif (you|your \w+) (can|could|'?ll|will|agree to|commit|handle|handles|move|sign|give|take|cover|do)\b.{3,80}\b(we|i) (can|could|'?ll|will|would)\b|\b(we|i) (can|could) (live|do) without .{3,40} if\b|\bdon'?t need .{3,40} if (we|i) get\b"
        ),
        p(r"\bline up your \w+ (and|with) my\b"),
    ],
    "undervalue": [
        p(
            r"\b(do|does) (you|your \w+|the \w+)( \w+)? (really|actually|honestly|even) (need|use)\b",
            unless=r"\b(need|use) anything else\b|\bbefore the\b",
        ),
        p(r"\byou (don'?t|do not) (really |actually |even )?need\b"),
        p(r"\b(surely|i doubt) (you|your \w+) (need|use|will use|would use)\b"),
        p(r"\byou (probably|likely|surely) (don'?t|won'?t|will not|do not|can|could|already)\b"),
        p(
            r"\bmost (teams|customers|companies|people|clients|shops) (only |actually )?(use|need|manage with|get by|sign)\b.{0,60}\b(you|your)\b"
        ),
        p(
            r"\byou (already have|could just|can just|can always|could always|'ll barely|'ll hardly|will barely|will hardly|'ll never|will never)\b"
        ),
        p(
            r"\b(is|are) (that|it|they|those|a [\w-]+( \w+){0,3}) (really|actually) (that )?(necessary|needed|important|required|worth)\b"
        ),
        p(
            r"\b(overkill|more than (you|the role|the team|it) needs?|more than enough for you|a nice-to-have|nice to have)\b"
        ),
        p(r"\bi don'?t think (a|the|you|your) .{0,40}\b(is|are) (really )?(necessary|needed|required)\b"),
        p(r"\bnobody (ever )?(really )?(needs|uses)\b"),
        p(r"\bare you sure you need\b"),
        p(r"\b(does|do) (the|your) \w+( \w+)? really need to be\b"),
    ],
    "small_talk": [
        p(r"^\W*(hi|hello|hey|hiya|morning|good (morning|afternoon|evening))\b"),
        p(
            r"\bhow (are|was|is|were) (you|your|the) ?(doing|weekend|trip|holiday|holidays|vacation|day|week|family|move|conference|summer|break|flight|new \w+)?\b.{0,40}\?",
            unless=r"\b(pilot|rollout|demo|trial|product|tool|platform)\b",
        ),
        p(
            r"\bhope (you|your .{0,30}|the .{0,30}) (had|have|are|is|'re|'s|went|was) .{0,30}(good|great|nice|well|lovely|fun|relaxing|restful|smooth|smoothly)\b",
            unless=r"\bhope this helps\b",
        ),
        p(r"\bthanks? (you )?(so much )?for (making|taking|finding) (the )?time\b"),
        p(r"\b(nice|great|good|lovely) to (meet|see|talk to|catch up with|finally meet) you\b"),
        p(
            r"\bhow'?s (it going|the weather|your (week|day|weekend|family|move|new|trip|kid|dog)|the new (office|house|place|baby|puppy))\b"
        ),
        p(r"\bcongrat(ulation)?s on\b|\bhappy (friday|monday|holidays|new year|birthday)\b"),
        p(r"\b(the|this) weather\b"),
        p(r"\bhave a (good|great|nice|lovely) (weekend|day|evening|week|trip|holiday)\b"),
        p(r"\b(see you|talk) (soon|then|next week|tomorrow|later)\b"),
        p(r"\bdid you (catch|see|watch|manage to get|make it to|get any)\b"),
        p(r"^\W*ha(ha)?\b|\b(recommendation|tip) from last time\b|\bwe both ended up\b"),
        p(r"\b(your|the) trip to\b.{0,30}\?"),
    ],
    "no_need": [
        p(
            r"\b(i|we) (don'?t|do not) (really |actually |even )?(think (i|we) )?need (the|a|an|any|that|it|more|extra|much|all|those|this|remote)\b",
            unless=r"\bneed (another|a second|a follow-up) (meeting|call)\b",
        ),
        p(r"\b(i|we) (don'?t|do not) think (i|we) need\b"),
        p(
            r"\b(i'?m|we'?re|i am|we are) (fine|happy|okay|ok|good|comfortable) (without|with less|with fewer|to (skip|drop|give up|forgo|waive|leave|be in))\b"
        ),
        p(r"\b(we|i) (can|could) (do|go|live|manage) without\b"),
        p(r"\b(we|i) (already )?have (plenty|enough|more than enough)( of)?\b|\bi already live in\b"),
        p(
            r"\b(isn'?t|is not|not) (really )?(important|a priority|a big deal|critical|essential|something (i|we) need)\b( (to|for) (me|us))?",
            unless=r"\b(isn'?t|is not|not) (really )?(important|critical|essential) (to|for) (you|your|them)\b",
        ),
        p(r"\b(doesn'?t|does not|don'?t) (really )?matter (much )?to (me|us)\b"),
        p(r"\b(i|we) (can|could|'m happy to|am happy to|are happy to) (give up|drop|waive|skip|forgo|let go of)\b"),
        p(r"\byou can (have|keep) (the|it|that|all|those)\b"),
        p(r"\b(i|we) (won'?t|will not|wouldn'?t) (need|use)\b"),
        p(r"\b(i|we) care less about\b"),
    ],
}


def _merge() -> None:
    """The general cues (lexicon_general.py) are tried after the specific ones."""
    from sparring.engines.language.lexicon_general import GENERAL

    for tag, patterns in GENERAL.items():
        PATTERNS.setdefault(tag, []).extend(patterns)


_merge()
