
"""Round-5 hand verdicts, one dict per counterpart reply after the opening line.

Judged by hand, in order, with the transcript so far and the case file in view, on the four
questions of rounds 2-4 with their strictness unchanged (see README.md). `verdict` is four
Y/N in the order responds, consistent, plausible, natural; `acts` are the user acts the
reply had to meet, labelled from the user line, each marked met or not ("act#2" is a second
instance in one line); `tags` name each failure with round 4's vocabulary.
"""

V: list[dict] = []

V += [
 # raise-minimal
 dict(script="raise-minimal", index=1, verdict="NYNN", note="'got ten minutes?' answered with the band constraint; 'although internal equity policy;' is garbled and 'Fair question' fits no question about pay", tags=["premature_objection", "garbled", "lead_in_mismatch"], acts={"greeting": False}),
 dict(script="raise-minimal", index=2, verdict="YYYY", note="the approval path and the committee date, as asked", tags=[], acts={"question": True}),
 dict(script="raise-minimal", index=3, verdict="NYNY", note="the 21k-a-month saving gets no word; the freeze objection instead", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="raise-minimal", index=4, verdict="NYNY", note="on-call pages 41 to 9 get no word; 'What exactly are you asking for?'", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="raise-minimal", index=5, verdict="NNNY", note="asks what the user is proposing right after '136k from April, agreed now, in writing'; the same question as the reply before", tags=["ignores_point", "repeats_line"], acts={"proposal": False, "condition": True}),
 dict(script="raise-minimal", index=6, verdict="YYYY", note="the design-review trade valued, a move to 129k + 5k bonus", tags=[], acts={"trade": True}),
 dict(script="raise-minimal", index=7, verdict="NYYY", note="the point that April keeps the freeze is not acknowledged; a new equity objection instead", tags=["ignores_point"], acts={"proposal": False}),
 dict(script="raise-minimal", index=8, verdict="YYYY", note="holds 129k + 5k against 130, final; the writing condition is not said back", tags=[], acts={"proposal": True, "condition": False}),
 # raise-pragmatic
 dict(script="raise-pragmatic", index=1, verdict="YYYY", note="a plain 'what do you have in mind?'", tags=[], acts={"greeting": True}),
 dict(script="raise-pragmatic", index=2, verdict="YYYN", note="both halves answered (what the director needs, first Tuesday); 'although internal equity policy;' is garbled", tags=["garbled"], acts={"question": True, "question#2": True}),
 dict(script="raise-pragmatic", index=3, verdict="YYYY", note="the spot saving named and tied to her cost target; on-call not named; the April-cycle objection fits a user who has not named a number yet", tags=[], acts={"receipt": True}),
 dict(script="raise-pragmatic", index=4, verdict="NNNY", note="136k from April is confirmed back as 124k 'with the rest as I had it' when she had offered nothing; the below-band receipt gets no word", tags=["phantom_confirm", "misheard_number", "ignores_receipt"], acts={"proposal": False, "receipt": False, "condition": True}),
 dict(script="raise-pragmatic", index=5, verdict="YYYY", note="design-review trade valued; she holds at 124k", tags=[], acts={"trade": True}),
 dict(script="raise-pragmatic", index=6, verdict="YYYY", note="'That helps with one of my worries', holds 124k and no bonus; the pool argument gets no reason back but the proposal is answered", tags=[], acts={"proposal": True}),
 dict(script="raise-pragmatic", index=7, verdict="YYYY", note="holds 124k against 130 + 5k; the writing condition is not said back", tags=[], acts={"proposal": True, "condition": False}),
 dict(script="raise-pragmatic", index=8, verdict="YYYN", note="the pause is granted; 'thursday' lowercase; the email summary is not answered", tags=["lowercase_name"], acts={"time": True, "question": False}),
]

V += [
 dict(script="promotion-diplomat", index=1, verdict="YYYY", note="a warm 'Go ahead, I'm listening'", tags=[], acts={"greeting": True}),
 dict(script="promotion-diplomat", index=2, verdict="YNNY", note="the succession question gets 'I need to name a successor' (half an answer), then a confirmation of 125k with the title that the user never proposed", tags=["phantom_confirm"], acts={"question": True}),
 dict(script="promotion-diplomat", index=3, verdict="YYYY", note="the forecast rebuild named and tied to her delivery worry; the pool given as context", tags=[], acts={"receipt": True}),
 dict(script="promotion-diplomat", index=4, verdict="YYYY", note="145 asked, 137.5k from January with the title offered, up from her 125k", tags=[], acts={"proposal": True, "question": True}),
 dict(script="promotion-diplomat", index=5, verdict="YYYY", note="the hand-over and the written case get a generic 'that eases one of my worries'; she holds 137.5k", tags=[], acts={"trade": True}),
 dict(script="promotion-diplomat", index=6, verdict="NYNY", note="the acting-lead proposal with an April confirmation date is not answered; a priority she had already stated instead", tags=["ignores_point"], acts={"proposal": False, "condition": False}),
 dict(script="promotion-diplomat", index=7, verdict="NYNN", note="the user comes to her own 137.5 and gets a band fact; 'because internal equity with the two other M1 leads' is garbled", tags=["ignores_point", "garbled"], acts={"proposal": False}),
 dict(script="promotion-diplomat", index=8, verdict="NNNY", note="a request for time answered with 'you haven't managed people formally yet', after the seven weeks running the team and after she offered the title herself", tags=["ignores_pause", "objection_already_answered"], acts={"time": False}),
]

V += [
 dict(script="job_offer-emotional", index=1, verdict="NYNN", note="'Sure, I have time' to a candidate who asked for no time and said she is thrilled with the offer; the enthusiasm gets no word", tags=["lead_in_mismatch", "ignores_point"], acts={"greeting": False}),
 dict(script="job_offer-emotional", index=2, verdict="YYYY", note="what she watches for: a first purchase order inside 90 days, no early exit", tags=[], acts={"question": True}),
 dict(script="job_offer-emotional", index=3, verdict="YYYY", note="the W-2 named ('That's fair: ...'), then asks for the proposal, which had not come yet; the family budget is not mentioned", tags=[], acts={"receipt": True}),
 dict(script="job_offer-emotional", index=4, verdict="YYYY", note="80k + the third month met with the OTE objection, a fair first reaction", tags=[], acts={"proposal": True}),
 dict(script="job_offer-emotional", index=5, verdict="YYYY", note="the eleven accounts and the 90-day order get a generic acknowledgement and a move to 75k + 2k sign-on", tags=[], acts={"trade": True}),
 dict(script="job_offer-emotional", index=6, verdict="NYNY", note="'could 78 with that third guarantee month work?' answered with the sign-on approval rule, which nobody asked about", tags=["ignores_point"], acts={"proposal": False}),
 dict(script="job_offer-emotional", index=7, verdict="NYNN", note="'year one frightens me' met with 'That helps with what I was worried about' and then 'we have other strong finalists'", tags=["ignores_point", "lead_in_mismatch"], acts={"disclosure": False}),
 dict(script="job_offer-emotional", index=8, verdict="YYYY", note="78 + three months asked; 77k, two months + 2k, final ('part of the way' fits)", tags=[], acts={"proposal": True}),
]

V += [
 dict(script="deal-haggler", index=1, verdict="YYYY", note="'Right. What do you have in mind?' to the opening on their counter", tags=[], acts={"greeting": True}),
 dict(script="deal-haggler", index=2, verdict="NYNN", note="neither how hard the 40% weighting pulls nor whether a longer term buys room on price is answered; the RFP, the dates and net 90 are recited; 'although working-capital programme;' is garbled", tags=["ignores_question", "garbled"], acts={"question": False, "question#2": False}),
 dict(script="deal-haggler", index=3, verdict="YYYY", note="'Fair point, and it counts', tied to his savings target; the 150k signature threshold as a fact", tags=[], acts={"receipt": True}),
 dict(script="deal-haggler", index=4, verdict="YYYY", note="44/450/36/net 45 met with a hard buyer's counter: 36 a seat, 400 seats, two years", tags=[], acts={"proposal": True}),
 dict(script="deal-haggler", index=5, verdict="YNNY", note="the step-up and month-12 exit get a generic acknowledgement, then the buyer jumps from 36 to the seller's full 44 and gives 450 seats from day one, more than the seller's 400-then-450", tags=["incoherent_offer", "unprompted_concession"], acts={"trade": True}),
 dict(script="deal-haggler", index=6, verdict="NNNN", note="the seller offers 43, below the buyer's own 44; the buyer 'can go to 44', where it already was, and refuses the cheaper price; the go-live point gets no word", tags=["incoherent_offer", "ignores_point", "lead_in_mismatch"], acts={"proposal": False, "receipt": False}),
 dict(script="deal-haggler", index=7, verdict="YYYY", note="net 60 and 99.9% asked; he holds his package ('My answer hasn't changed'), a hard buyer's reply", tags=[], acts={"proposal": True}),
 dict(script="deal-haggler", index=8, verdict="NNNN", note="the seller's walk-away (38, 300 seats, month-to-month) is met with 'That's useful to me — I need to keep vendor risk low' and the buyer raises its own price from 44 to 45", tags=["ignores_outside_option", "incoherent_offer", "wrong_reason", "lead_in_mismatch"], acts={"firm_no": False, "outside_option": False}),
]

V += [
 dict(script="flexibility-emotional", index=1, verdict="YYYY", note="'please bear with me' met with 'Sure, I have time. What do you have in mind?'", tags=[], acts={"greeting": True}),
 dict(script="flexibility-emotional", index=2, verdict="YYYY", note="sympathy for the stroke and the waiting list, then an open question", tags=[], acts={"disclosure": True}),
 dict(script="flexibility-emotional", index=3, verdict="YYYY", note="her worry: keeping the team staffed through the budget cycle", tags=[], acts={"question": True}),
 dict(script="flexibility-emotional", index=4, verdict="YYYY", note="the eleven forecasts named and tied to her target (the August weeks not named); the in-person Tuesday review as a fact", tags=[], acts={"receipt": True}),
 dict(script="flexibility-emotional", index=5, verdict="YYYY", note="three days asked; two days, eight core hours, six-month trial, final at once", tags=[], acts={"proposal": True}),
 dict(script="flexibility-emotional", index=6, verdict="YYYY", note="the office days and coaching blocks get a generic acknowledgement; she holds", tags=[], acts={"trade": True}),
 dict(script="flexibility-emotional", index=7, verdict="NYNN", note="the user comes down to her own two days and asks to start on 4 January while HR reviews; 'Where I can be is still ...' neither says yes nor answers the date", tags=["ignores_point", "lead_in_mismatch"], acts={"proposal": False}),
 dict(script="flexibility-emotional", index=8, verdict="YYYN", note="the pause to Friday is granted; 'Of course, ... Sure.' doubles up, 'I'll confirm it in writing' misreads who is writing, 'friday' lowercase", tags=["lowercase_name"], acts={"time": True}),
]

V += [
 dict(script="resources-minimal", index=1, verdict="NYNY", note="'quick one on security headcount' met with the envelope cap before any ask was made", tags=["premature_objection"], acts={"greeting": False}),
 dict(script="resources-minimal", index=2, verdict="NYNY", note="'What will the CFO rank first?' answered with the calendar (case by 15 Jan, CFO on 20 Jan, lock on 31 Jan), not with what ranks first", tags=["ignores_question"], acts={"question": False}),
 dict(script="resources-minimal", index=3, verdict="YYYY", note="the 2.1M ARR acknowledged and tied to his priority; a first package put on the table", tags=[], acts={"receipt": True}),
 dict(script="resources-minimal", index=4, verdict="NYNY", note="the 19-day questionnaires get no word; the package restated", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="resources-minimal", index=5, verdict="YYYY", note="two engineers + 150k asked; 100k tooling and one month offered, 'part of the way' fits", tags=[], acts={"proposal": True}),
 dict(script="resources-minimal", index=6, verdict="YNNY", note="the sales VP's co-sign is valued as help with opex growth, which it has nothing to do with; a move to 110k", tags=["wrong_reason"], acts={"trade": True}),
 dict(script="resources-minimal", index=7, verdict="YNNN", note="'You're right about that' to 'one engineer can't cover both', then 'I hear you, but' one engineer; the deals line again from reply 3", tags=["incoherent_offer", "lead_in_mismatch", "repeats_line"], acts={"proposal": True}),
 dict(script="resources-minimal", index=8, verdict="YYYY", note="two engineers + 110k proposed as a deal; he holds one engineer, final", tags=[], acts={"proposal": True}),
]

V += [
 dict(script="data_team_headcount-confused", index=1, verdict="YYYY", note="'Go ahead, I'm listening' to the opening", tags=[], acts={"greeting": True}),
 dict(script="data_team_headcount-confused", index=2, verdict="YYYY", note="yes, 2 Jun is the only point, only backfills outside it; then the rest of the process, fair for a user who said she is new to it", tags=[], acts={"question": True}),
 dict(script="data_team_headcount-confused", index=3, verdict="YNNY", note="the shrink result named; then the IT vendor review again, already said in reply 2 and unrelated to anything asked", tags=["repeats_line"], acts={"receipt": True}),
 dict(script="data_team_headcount-confused", index=4, verdict="YNNY", note="a counter of no engineers 'with the roles open in Q4 2027', and tooling at today's 15k", tags=["incoherent_offer"], acts={"proposal": True}),
 dict(script="data_team_headcount-confused", index=5, verdict="YYYN", note="restating that the payback rule is for new roles answers it by implication; 'because of FY2027 plan targets positive operating cash flow by Q4' is garbled", tags=["garbled"], acts={"question": True}),
 dict(script="data_team_headcount-confused", index=6, verdict="YYYY", note="the payback maths get 'That's a fair point', tied to cost per order; she asks what the user proposes now", tags=[], acts={"receipt": True}),
 dict(script="data_team_headcount-confused", index=7, verdict="NNNN", note="'warehouse or tooling?' and the July Leeds forecasts and monitoring get 'Since you ask —' and the cost-per-order priority again, from the reply before", tags=["ignores_question", "ignores_trade", "repeats_line", "lead_in_mismatch"], acts={"question": False, "trade": False}),
 dict(script="data_team_headcount-confused", index=8, verdict="YYYY", note="the request for a couple of days is granted", tags=[], acts={"time": True}),
]

V += [
 dict(script="hybrid_nurse-diplomat", index=1, verdict="YYYY", note="'Go ahead, I'm listening' to the thanks", tags=[], acts={"greeting": True}),
 dict(script="hybrid_nurse-diplomat", index=2, verdict="NYNY", note="what would matter most to her and the CNO is not answered; 'what do you have in mind?' instead", tags=["ignores_question"], acts={"question": False}),
 dict(script="hybrid_nurse-diplomat", index=3, verdict="NNNY", note="the move to Millbrook and the 75-minute commute get no word; the same 'what do you have in mind?' again", tags=["ignores_point", "repeats_line"], acts={"disclosure": False}),
 dict(script="hybrid_nurse-diplomat", index=4, verdict="YYYY", note="the video visits named and the readmission drop tied to her 18% target; the in-person Wednesday and Thursday as a fact", tags=[], acts={"receipt": True}),
 dict(script="hybrid_nurse-diplomat", index=5, verdict="YYYY", note="two days Mon/Fri and a six-month trial confirmed back; the schedule, which the user did not name, stays today's 5x8", tags=[], acts={"proposal": True}),
 dict(script="hybrid_nurse-diplomat", index=6, verdict="YNNY", note="the onsite days and the survey days get a generic acknowledgement; right after her own 'So we're agreed' she asks what the user would propose", tags=["incoherent_offer"], acts={"trade": True}),
 dict(script="hybrid_nurse-diplomat", index=7, verdict="NYNY", note="the navigator cover, the desk-work answer on fairness and the 9/80 proposal are not answered; 'Good question' and her priority instead", tags=["ignores_point"], acts={"proposal": False}),
 dict(script="hybrid_nurse-diplomat", index=8, verdict="NYNY", note="two days on a 9/80 with a six-month trial, to be written up for 3 August, is met with the private-room rule", tags=["ignores_point"], acts={"proposal": False}),
]

V += [
 dict(script="saas_renewal-haggler", index=1, verdict="YYYY", note="'Right. What do you have in mind?' to the opening on her counter", tags=[], acts={"greeting": True}),
 dict(script="saas_renewal-haggler", index=2, verdict="NYNY", note="whether 7% is the CFO's floor is not answered; the benchmark scoring, the dates and the signature threshold are recited", tags=["ignores_question"], acts={"question": False, "question#2": False}),
 dict(script="saas_renewal-haggler", index=3, verdict="NYYY", note="the like-for-like 71 and the drive time are not named; 'Right —', her saving target and the benchmark rule, a hard buyer's push-back", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="saas_renewal-haggler", index=4, verdict="NYNN", note="'First: what exactly are you asking for?' right after 62, 1,100 seats, 24 months", tags=["ignores_point", "lead_in_mismatch"], acts={"proposal": False}),
 dict(script="saas_renewal-haggler", index=5, verdict="YNNY", note="the divestment exit and the true-down get a generic acknowledgement, then 'What exactly are you proposing?' again, with the proposal still unanswered", tags=["repeats_line"], acts={"trade": True}),
 dict(script="saas_renewal-haggler", index=6, verdict="YYYY", note="net 45 taken, the rest held at her 55/900/12 ('That's more than I can do' for the whole package)", tags=[], acts={"proposal": True}),
 dict(script="saas_renewal-haggler", index=7, verdict="YYYY", note="60 needs 36 months, says the user; she moves to 60 on 24 months and 1,100 seats, not further", tags=[], acts={"proposal": True}),
 dict(script="saas_renewal-haggler", index=8, verdict="YNNY", note="the seller reveals a 58 floor and the buyer, one turn after 'Not further' at 60, confirms 62; the no under 58 gets no word", tags=["incoherent_offer", "unprompted_concession"], acts={"proposal": True, "firm_no": False}),
 dict(script="saas_renewal-pragmatic", index=1, verdict="YYYY", note="'Go ahead, I'm listening'", tags=[], acts={"greeting": True}),
 dict(script="saas_renewal-pragmatic", index=2, verdict="YYYY", note="names one of the two options: payment terms", tags=[], acts={"question": True}),
 dict(script="saas_renewal-pragmatic", index=3, verdict="YYYY", note="first-time fix named ('Noted: ...'), then the Dispatchly objection", tags=[], acts={"receipt": True}),
 dict(script="saas_renewal-pragmatic", index=4, verdict="YYYY", note="62/1,100/24/net 45 met with 55 on 1,050 seats, one year, net 60", tags=[], acts={"proposal": True}),
 dict(script="saas_renewal-pragmatic", index=5, verdict="YYYY", note="the Pell-style onboarding and the true-down acknowledged; a move to 60 on 1,100 seats", tags=[], acts={"trade": True}),
 dict(script="saas_renewal-pragmatic", index=6, verdict="YYYY", note="the like-for-like rebuttal gets 'That deals with part of my concern', then the net-60 policy", tags=[], acts={"receipt": True}),
 dict(script="saas_renewal-pragmatic", index=7, verdict="YYYN", note="the treasurer's exception acknowledged, but with the very opening of the reply before ('That deals with part of my concern')", tags=["repeats_line"], acts={"receipt": True}),
 dict(script="saas_renewal-pragmatic", index=8, verdict="NNNY", note="the seller's floors (58, 1,000 seats) are confirmed back as the seller's offer, below her own 60 on 1,100; the request to take it to the deal desk by the 25th is not heard", tags=["phantom_confirm", "ignores_pause"], acts={"time": False, "firm_no": False}),
]

V += [
 dict(script="startup_offer-confused", index=1, verdict="YYYY", note="'Glad to hear it ... Go ahead, I'm listening' to an excited opening with questions to come", tags=[], acts={"greeting": True}),
 dict(script="startup_offer-confused", index=2, verdict="YYYN", note="both halves answered (the board approves grants; next meeting 15 Jul); 'I agree terms with the candidate' is the case read out", tags=["case_echo"], acts={"question": True, "question#2": True}),
 dict(script="startup_offer-confused", index=3, verdict="NYNY", note="'32,500 is about three percent?' (it is 0.26%) is not corrected; the equity-ladder priority instead", tags=["ignores_question"], acts={"question": False}),
 dict(script="startup_offer-confused", index=4, verdict="NYNY", note="the 0.35% the recruiter described gets no word; the strike price instead", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="startup_offer-confused", index=5, verdict="YYYY", note="the 172k base named ('That's fair: ...'), then asks for the proposal", tags=[], acts={"receipt": True}),
 dict(script="startup_offer-confused", index=6, verdict="YYYY", note="157.5k given, options held at 32,500, a start on 26 July proposed", tags=[], acts={"proposal": True}),
 dict(script="startup_offer-confused", index=7, verdict="NNNY", note="a 19 July start 'as long as there's a sign-on' for the 9k bonus is confirmed back with no sign-on; equity-over-cash gets no word", tags=["phantom_confirm", "ignores_trade"], acts={"trade": False, "condition": False}),
 dict(script="startup_offer-confused", index=8, verdict="YYYN", note="the day or two is granted; 'let's speak.' with nothing after it; the 25th not said back", tags=["garbled"], acts={"time": True}),
 dict(script="startup_offer-haggler", index=1, verdict="YYYN", note="'What do you have in mind?' fits an opening that restates the letter, but 'Sure, I have time' answers nothing the user asked", tags=["lead_in_mismatch"], acts={"greeting": True}),
 dict(script="startup_offer-haggler", index=2, verdict="YYYN", note="160 is the top of the band (one half); the biggest L4 grant is not answered; 'band is 140k-160k, because it's set by the CEO' is garbled, 'I agree terms with the candidate' the case read out", tags=["garbled", "case_echo"], acts={"question": True, "question#2": False}),
 dict(script="startup_offer-haggler", index=3, verdict="YYYN", note="the 172k named; 'I have to be upfront:' before the strike price, which is no bad news", tags=["lead_in_mismatch"], acts={"receipt": True}),
 dict(script="startup_offer-haggler", index=4, verdict="YYYY", note="157.5 + 42,500 asked; 42,500 options given, base held at 150k, start 26 July", tags=[], acts={"proposal": True}),
 dict(script="startup_offer-haggler", index=5, verdict="YYYN", note="the design-system trade valued; 'That would genuinely help me — a design system so the nine-engineer product team ...' is a case fragment, not a sentence", tags=["fragment"], acts={"trade": True}),
 dict(script="startup_offer-haggler", index=6, verdict="NYNY", note="40,000 options with 157.5 base is not answered; the mid-July start objection instead", tags=["ignores_point"], acts={"proposal": False}),
 dict(script="startup_offer-haggler", index=7, verdict="YYYY", note="155k, 42,500, 10k sign-on and 19 July confirmed back as the user said them", tags=[], acts={"proposal": True}),
 dict(script="startup_offer-haggler", index=8, verdict="NNNY", note="'155 and 40,000' asks whether 40,000 is the sign-on or the options; 40,000 options is below his own 42,500 and is not simply taken; writing said back, the board agenda not", tags=["misheard_number", "ignores_point"], acts={"proposal": False, "condition": True}),
]

VERDICTS = V
