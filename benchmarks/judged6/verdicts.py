"""Round-6 hand verdicts, one dict per counterpart reply after the opening line.

Judged by hand, in order, with the transcript so far and the case file in view, on the four
questions of rounds 2-5 with their strictness unchanged (see README.md). `verdict` is four
Y/N in the order responds, consistent, plausible, natural; `acts` are the user acts the
reply had to meet, labelled from the user line, each marked met or not ("act#2" is a second
instance in one line); `tags` name each failure with the vocabulary of rounds 4-5.
"""

V: list[dict] = []

V += [
 # raise-anxious
 dict(script="raise-anxious", index=1, verdict="YYYY", note="a plain 'What do you have in mind?' to a hedged opening about pay", tags=[], acts={"greeting": True}),
 dict(script="raise-anxious", index=2, verdict="YYYY", note="the approval path (manager case, director, HR band check) and the committee date, as asked", tags=[], acts={"question": True}),
 dict(script="raise-anxious", index=3, verdict="YYYY", note="the spot saving named and tied to her cost target; the freeze fits a user who has not named a number yet; pages and mentoring not named", tags=[], acts={"receipt": True}),
 dict(script="raise-anxious", index=4, verdict="YYYY", note="a counter at 131k from April against 136k; the below-band receipt gets no word", tags=[], acts={"proposal": True, "receipt": False}),
 dict(script="raise-anxious", index=5, verdict="YYYY", note="the one-pager and design reviews valued generically, a move to 133k", tags=[], acts={"trade": True}),
 dict(script="raise-anxious", index=6, verdict="NNNN", note="the user comes down to 130k in writing with no bonus, below her own 133k; 'Where I can be is still 133k' holds as if the user had asked for more; the writing condition is said back and the pool question half met", tags=["incoherent_offer", "ignores_point", "lead_in_mismatch"], acts={"proposal": False, "condition": True, "question": True}),
 dict(script="raise-anxious", index=7, verdict="NYNY", note="asked whether the number is decided or only paid in April: answered with the freeze again, after she has already offered to confirm it in writing", tags=["ignores_question", "repeats_objection"], acts={"question": False}),
 dict(script="raise-anxious", index=8, verdict="YYYY", note="time to Thursday granted and the day said back; 'I appreciate the offer' for the one-pager", tags=[], acts={"time": True}),
 # raise-aggressive
 dict(script="raise-aggressive", index=1, verdict="YYYY", note="'Of course. What do you have in mind?' to a blunt opening", tags=[], acts={"greeting": True}),
 dict(script="raise-aggressive", index=2, verdict="YNNN", note="both halves answered, then 124k 'Shall we go with that?' confirmed when the user proposed nothing; 'although internal equity policy;' is garbled", tags=["phantom_confirm", "garbled"], acts={"question": True, "question#2": True}),
 dict(script="raise-aggressive", index=3, verdict="YNNY", note="the spot saving named; 'I can't pay you more than other seniors at your level' in answer to a user who just said he sits below the floor of his band (and after her own 124k); the band receipt is ignored", tags=["objection_already_answered"], acts={"receipt": True}),
 dict(script="raise-aggressive", index=4, verdict="YYYY", note="writing said back, a move to 124k + 6k bonus", tags=[], acts={"proposal": True, "condition": True}),
 dict(script="raise-aggressive", index=5, verdict="YYYY", note="the design-review trade named as her need; asks what he proposes from here", tags=[], acts={"trade": True}),
 dict(script="raise-aggressive", index=6, verdict="YNYY", note="the recruiters' range is taken seriously; the freeze is new, but the design-review priority is the same sentence as the reply before, unasked", tags=["repeats_line"], acts={"outside_option": True}),
 dict(script="raise-aggressive", index=7, verdict="YYYY", note="'I hear you; that doesn't work for you', then a final 133k + 7k under the flight risk", tags=[], acts={"firm_no": True}),
 dict(script="raise-aggressive", index=8, verdict="YNNY", note="the user's 'last offer' is 130k + 5k if in writing by Friday, below her own final 133k + 7k; she closes 'Deal' on her own numbers as if he had said them, and the Friday writing condition is not said back", tags=["incoherent_offer"], acts={"proposal": False, "condition": False}),
 # promotion-chatty
 dict(script="promotion-chatty", index=1, verdict="YYNY", note="the weekend answered, then an offer of 125k acting before the user has asked for anything", tags=["unprompted_concession"], acts={"greeting": True}),
 dict(script="promotion-chatty", index=2, verdict="YYYN", note="the calendar the user already knew, the band and pool; what the VP looks for is not answered; 'because HR policy for interim cover' is garbled", tags=["garbled"], acts={"question": True, "question#2": False}),
 dict(script="promotion-chatty", index=3, verdict="YYYY", note="the forecast rebuild named and tied to her delivery need; the pool constraint", tags=[], acts={"receipt": True}),
 dict(script="promotion-chatty", index=4, verdict="YYNY", note="from 125k to 142.5k in one step with no trade, above the lower half of the band where new managers start (and her own top); the title stays acting", tags=["unprompted_concession"], acts={"proposal": True}),
 dict(script="promotion-chatty", index=5, verdict="YYYY", note="the forecasting hand-over acknowledged generically; holds at 142.5k acting", tags=[], acts={"trade": True}),
 dict(script="promotion-chatty", index=6, verdict="NNNN", note="the user offers less pay (137.5k) for the full title; 'as far as I can go' refuses a package cheaper for her, and the title-for-pay trade gets no word; the same lead-in as the reply before", tags=["incoherent_offer", "ignores_point", "lead_in_mismatch"], acts={"proposal": False, "condition": False}),
 dict(script="promotion-chatty", index=7, verdict="NNNN", note="asked for the confirmation date and the criteria of an acting title: 'I'll put it in writing', then the succession priority again (reply 4) after 'Thanks for asking'", tags=["ignores_question", "repeats_line", "lead_in_mismatch"], acts={"question": False, "question#2": False}),
 dict(script="promotion-chatty", index=8, verdict="NNNY", note="the user accepts 'Team Lead in Q4 at the number we've landed on, with pay looked at again in April'; the deal closes on the Acting title and drops the April review", tags=["phantom_deal"], acts={"acceptance": False, "condition": False}),
 # job_offer-non-native
 dict(script="job_offer-non-native", index=1, verdict="YYYY", note="'Of course. Go ahead, I'm listening.'", tags=[], acts={"greeting": True}),
 dict(script="job_offer-non-native", index=2, verdict="YYYY", note="what she decides alone (base in the band) and what goes to the VP, with the 48-hour reissue", tags=[], acts={"question": True}),
 dict(script="job_offer-non-native", index=3, verdict="YYYY", note="the W-2 named; the base-equity objection fits a user who has not named a number yet", tags=[], acts={"receipt": True}),
 dict(script="job_offer-non-native", index=4, verdict="NNNY", note="80k with the third month confirmed back as 80k with two months ('So we're agreed')", tags=["phantom_confirm", "misheard_number"], acts={"proposal": False}),
 dict(script="job_offer-non-native", index=5, verdict="YNNY", note="the accounts trade acknowledged as her territory need, then 'we have other strong finalists' one reply after her own 'So we're agreed: 80k'", tags=["incoherent_offer"], acts={"trade": True}),
 dict(script="job_offer-non-native", index=6, verdict="NNNN", note="'If you can do the eighty, I sign this week' met with 'what would you propose from here?'; 'You're right about that:' before holding the base-equity line the user argued against", tags=["ignores_point", "lead_in_mismatch"], acts={"proposal": False, "condition": False}),
 dict(script="job_offer-non-native", index=7, verdict="YYNN", note="the guarantee question is met by a package with three months (80k, the user's own ask), but 'First, your question —' introduces the sign-on repayment rule, which nobody asked about", tags=["lead_in_mismatch"], acts={"question": True}),
 dict(script="job_offer-non-native", index=8, verdict="NYNN", note="the user accepts 78k with three months and asks for the letter; she asks 'Does that work?' again 'with the rest as I had it', and the letter is not mentioned", tags=["acceptance_missed", "lead_in_mismatch"], acts={"acceptance": False}),
 # job_offer-anxious
 dict(script="job_offer-anxious", index=1, verdict="YYYY", note="'Of course. Go ahead, I'm listening.'", tags=[], acts={"greeting": True}),
 dict(script="job_offer-anxious", index=2, verdict="YYYN", note="answered (base in the band is hers, exceptions to the VP), then the band said a second time in one reply, 'because of the internal equity;'", tags=["repeats_line"], acts={"question": True}),
 dict(script="job_offer-anxious", index=3, verdict="YYYY", note="the quota record named (the W-2 gap, 'the main thing', is not); 'other strong finalists'", tags=[], acts={"receipt": True}),
 dict(script="job_offer-anxious", index=4, verdict="NYNN", note="80k and the third month: 'I hear you; that doesn't work for you' (nobody said so) and a priority line, no counter, no word on the guarantee", tags=["ignores_point", "lead_in_mismatch"], acts={"proposal": False}),
 dict(script="job_offer-anxious", index=5, verdict="YNNY", note="'I appreciate the offer', then 'what exactly are you asking for?' one line after the user asked for 80k and the third month", tags=["ignores_point"], acts={"trade": True}),
 dict(script="job_offer-anxious", index=6, verdict="YYYY", note="74k, three months and a 2k sign-on to 'the pay gap plus that one term'", tags=[], acts={"proposal": True}),
 dict(script="job_offer-anxious", index=7, verdict="NYNY", note="asked whether accelerators beat last year in year one: the plan terms recited; the user's 'only two guaranteed months' is not corrected although she offered three", tags=["ignores_question"], acts={"question": False}),
 dict(script="job_offer-anxious", index=8, verdict="YYYY", note="acceptance heard on her own last terms, with a note to confirm", tags=[], acts={"acceptance": True}),
 # deal-aggressive
 dict(script="deal-aggressive", index=1, verdict="YYYY", note="'Fine. What do you have in mind?' to a rejection of the standing 36", tags=[], acts={"greeting": True}),
 dict(script="deal-aggressive", index=2, verdict="YYYY", note="price or go-live: go-live named as what matters most, with the scoring and dates", tags=[], acts={"question": True}),
 dict(script="deal-aggressive", index=3, verdict="YYYN", note="the pilot acknowledged and tied to go-live; 'cut month-end reporting' is a case fragment (to what?)", tags=["case_echo"], acts={"receipt": True}),
 dict(script="deal-aggressive", index=4, verdict="YYYY", note="a hard buyer holds its standing 36/350/12 months against 44/450/36", tags=[], acts={"proposal": True}),
 dict(script="deal-aggressive", index=5, verdict="NNNY", note="an exit clause offered; '36 a seat on a three-year term ... Is that what you're agreeing to?' confirms terms the seller never proposed", tags=["phantom_confirm"], acts={"trade": True}),
 dict(script="deal-aggressive", index=6, verdict="NYNN", note="a rebuttal that price is one line on the sheet: 'Since you ask:' (nothing asked) and his savings priority, no word on close or go-live", tags=["ignores_point", "lead_in_mismatch"], acts={"proposal": False}),
 dict(script="deal-aggressive", index=7, verdict="YYYY", note="the no to net 90 heard: 44 on three years at net 60, final; the net-45 condition countered, not agreed", tags=[], acts={"firm_no": True, "condition": False}),
 dict(script="deal-aggressive", index=8, verdict="NYNN", note="a walk-away to the month-to-month pilot: 'That's useful to me' and the vendor-risk priority with its hyphen list read out, the pilot and Q2 unanswered", tags=["ignores_outside_option", "lead_in_mismatch", "case_echo"], acts={"firm_no": False, "outside_option": False}),
 # deal-non-native
 dict(script="deal-non-native", index=1, verdict="YYYY", note="'Fine. Go ahead, I'm listening.'", tags=[], acts={"greeting": True}),
 dict(script="deal-non-native", index=2, verdict="NYNN", note="asked what the CFO weighs most in practice: the scoring the user just quoted is read back, then his own priority with the case's hyphen list", tags=["ignores_question", "case_echo"], acts={"question": False}),
 dict(script="deal-non-native", index=3, verdict="YYYY", note="'Right — the business owner needs finance live before 31 Mar' takes the go-live point; SSO/SOC 2", tags=[], acts={"receipt": True}),
 dict(script="deal-non-native", index=4, verdict="YYYY", note="'That's more than I can do', 43 on two years", tags=[], acts={"proposal": True}),
 dict(script="deal-non-native", index=5, verdict="YYYY", note="the support days and exit valued; 43 on a three-year term", tags=[], acts={"trade": True}),
 dict(script="deal-non-native", index=6, verdict="NNNN", note="a seat ramp (350, 450 from month six) met with 'Since you ask:' and the go-live line for the third time", tags=["ignores_point", "repeats_line", "lead_in_mismatch"], acts={"proposal": False}),
 dict(script="deal-non-native", index=7, verdict="YNNY", note="the 99.95 question met by what is mandatory (SSO, SOC 2) and 99.9 taken; then 'So, the whole package ... Confirm?' with net 90 and 30 days the seller never proposed", tags=["phantom_confirm"], acts={"question": True}),
 dict(script="deal-non-native", index=8, verdict="NNNY", note="a request to check payment terms and come back Monday is closed as a deal", tags=["phantom_deal", "ignores_pause"], acts={"time": False}),
 # flexibility-analytical
 dict(script="flexibility-analytical", index=1, verdict="YYYY", note="'Of course. Go ahead, I'm listening.'", tags=[], acts={"greeting": True}),
 dict(script="flexibility-analytical", index=2, verdict="NYNY", note="what HR checks and when the clock starts: the policy recited, neither answered; Dad coming home on the 18th gets no word", tags=["ignores_question"], acts={"question": False, "question#2": False, "disclosure": False}),
 dict(script="flexibility-analytical", index=3, verdict="YYYY", note="the 11 forecasts named and tied to her WD6 target; the Tuesday review", tags=[], acts={"receipt": True}),
 dict(script="flexibility-analytical", index=4, verdict="YYYY", note="two remote days, eight core hours, six months against three days", tags=[], acts={"proposal": True}),
 dict(script="flexibility-analytical", index=5, verdict="YYYY", note="the coaching blocks and criterion acknowledged generically; asks what she proposes from here", tags=[], acts={"trade": True}),
 dict(script="flexibility-analytical", index=6, verdict="NYNY", note="sympathy for the carer cost, but the asked-for reasoning for two days is not given and the metrics condition gets no word; holds", tags=["ignores_question"], acts={"question": False, "condition": False, "disclosure": True}),
 dict(script="flexibility-analytical", index=7, verdict="YNNN", note="names the Tuesday review (one option) but the user just said Tuesday is an office day; the same constraint as reply 3; 'because the CFO's standing rule' is garbled", tags=["objection_already_answered", "garbled"], acts={"question": True}),
 dict(script="flexibility-analytical", index=8, verdict="NNNY", note="a conditional yes on the user's own terms (three days, 10-4, check-in) 'put together' as her two days and eight hours, 'Shall we go with that?'; the check-in and written request get no word", tags=["phantom_confirm"], acts={"proposal": False, "condition": False}),
 # resources-blunt
 dict(script="resources-blunt", index=1, verdict="YYYY", note="the ask met with the envelope constraint", tags=[], acts={"proposal": True}),
 dict(script="resources-blunt", index=2, verdict="NYNY", note="how he ranks the asks: the calendar and his opex priority, not the ranking", tags=["ignores_question"], acts={"question": False}),
 dict(script="resources-blunt", index=3, verdict="YNYY", note="the three deals named and tied to his need; the envelope objection again in other words (reply 1)", tags=["repeats_objection"], acts={"receipt": True}),
 dict(script="resources-blunt", index=4, verdict="YYYY", note="one engineer, 40k tooling, one month, three-month contractor against the full ask", tags=[], acts={"proposal": True}),
 dict(script="resources-blunt", index=5, verdict="YYYY", note="the sales VP's co-sign credited to the right need (enterprise deals); asks what he proposes from here", tags=[], acts={"trade": True}),
 dict(script="resources-blunt", index=6, verdict="NNNY", note="'one engineer is audit or sales, pick one' confirmed back as one engineer, and two months until the reqs open where he had said one", tags=["phantom_confirm", "worse_counter"], acts={"proposal": False}),
 dict(script="resources-blunt", index=7, verdict="YYYY", note="holds at one engineer, final, against two engineers with tooling down to 110k; the condition is refused, not said back", tags=[], acts={"proposal": True, "condition": False}),
 dict(script="resources-blunt", index=8, verdict="YYYY", note="'No to zero' heard; it stays at one (not zero); the CTO risk sign-off gets no word", tags=[], acts={"firm_no": True, "outside_option": False}),
]

V += [
 # data_team_headcount-analytical
 dict(script="data_team_headcount-analytical", index=1, verdict="YYNN", note="'What do you have in mind?' fits, but 'You're right about that:' and an unasked cost-per-order priority come first, and 'Good to see you too' answers nothing the user said", tags=["lead_in_mismatch"], acts={"greeting": True}),
 dict(script="data_team_headcount-analytical", index=2, verdict="NYNY", note="fully loaded cost? avoided waste as a saving? The decision process recited, neither half answered", tags=["ignores_question"], acts={"question": False, "question#2": False}),
 dict(script="data_team_headcount-analytical", index=3, verdict="YNYY", note="the shrink result named; the IT vendor review again, as in the reply before", tags=["repeats_line"], acts={"receipt": True}),
 dict(script="data_team_headcount-analytical", index=4, verdict="YYYY", note="one engineer, 100k, 30k, Q4 against the full ask; the payback figure gets no word", tags=[], acts={"proposal": True, "receipt": False}),
 dict(script="data_team_headcount-analytical", index=5, verdict="YYYN", note="the monthly incident figures valued against the stale-forecast mornings, a move to 110k; after the dash a case fragment ('no more mornings where stores pick from a stale forecast; the COO has asked about it twice')", tags=["fragment"], acts={"trade": True}),
 dict(script="data_team_headcount-analytical", index=6, verdict="NYNY", note="'which of the two would you drop?' answered with 'Fair question —' and the Leeds priority, no logic for one engineer", tags=["ignores_question"], acts={"question": False}),
 dict(script="data_team_headcount-analytical", index=7, verdict="NNNY", note="'hold both roles, Q4 for the second, warehouse down to 100k' confirmed back as one engineer at 100k, below her own 110k", tags=["phantom_confirm", "worse_counter"], acts={"condition": False, "proposal": False}),
 dict(script="data_team_headcount-analytical", index=8, verdict="YYYY", note="time to Friday granted", tags=[], acts={"time": True}),
 # hybrid_nurse-anxious
 dict(script="hybrid_nurse-anxious", index=1, verdict="YYYY", note="a plain 'What do you have in mind?'; the August move gets no word", tags=[], acts={"greeting": True, "disclosure": False}),
 dict(script="hybrid_nurse-anxious", index=2, verdict="YYYY", note="both halves: director, HR, CNO, and 3 Aug as the next slot; her fairness priority after", tags=[], acts={"question": True, "question#2": True}),
 dict(script="hybrid_nurse-anxious", index=3, verdict="YYYY", note="the readmission fall named; the private-room rule for telehealth", tags=[], acts={"receipt": True}),
 dict(script="hybrid_nurse-anxious", index=4, verdict="YYNN", note="a counter of one day on 5x8; the policy cap of two days given as the reason she cannot reach two; 'because of the revised in February 2025' is garbled", tags=["wrong_reason", "garbled"], acts={"proposal": True}),
 dict(script="hybrid_nurse-anxious", index=5, verdict="YYYN", note="the onsite days and the Magnet write-up met with her Magnet need; 'That helps with one of my worries. Good question. Honestly,' piles lead-ins", tags=["lead_in_mismatch"], acts={"trade": True}),
 dict(script="hybrid_nurse-anxious", index=6, verdict="YYYY", note="'is there something I haven't thought of?' answered with the precedent risk; the navigator cover itself gets no word", tags=[], acts={"question": True}),
 dict(script="hybrid_nurse-anxious", index=7, verdict="YYYY", note="holds one day on 5x8, final, against two days on 9/80; the 9/80 concession gets no word", tags=[], acts={"proposal": True, "condition": False}),
 dict(script="hybrid_nurse-anxious", index=8, verdict="YYYY", note="time granted to next week; the retention line fits a nurse who may leave", tags=[], acts={"time": True}),
 # saas_renewal-blunt
 dict(script="saas_renewal-blunt", index=1, verdict="YYYY", note="a rejection of her 55 met with the benchmark rule (her leverage)", tags=[], acts={"firm_no": True}),
 dict(script="saas_renewal-blunt", index=2, verdict="YYYY", note="saving or payment days: the per-seat saving named as what matters most, with the benchmark and dates", tags=[], acts={"question": True}),
 dict(script="saas_renewal-blunt", index=3, verdict="YNNY", note="the first-time-fix rise named, but it 'matters because I need to report a per-seat saving', which a fix rate does not serve; Dispatchly's 57", tags=["wrong_reason"], acts={"receipt": True}),
 dict(script="saas_renewal-blunt", index=4, verdict="NNNY", note="62/1,100/24 months/net 45 confirmed back as 55 on 900 for a year", tags=["phantom_confirm", "misheard_number"], acts={"proposal": False}),
 dict(script="saas_renewal-blunt", index=5, verdict="NYYY", note="the Delmont go-live date and the Pell rollout get no word; the 24-month objection instead", tags=["ignores_receipt"], acts={"receipt": False}),
 dict(script="saas_renewal-blunt", index=6, verdict="NNNY", note="the like-for-like 71 is not acknowledged; the buyer jumps to 65, above the seller's own ask of 62, 'final'", tags=["incoherent_offer", "ignores_receipt"], acts={"receipt": False}),
 dict(script="saas_renewal-blunt", index=7, verdict="NNNY", note="the 24 months with a true-down taken, but 'Before I say yes: 65 ... 900 seats ... Agreed?' confirms a price above the seller's ask and seats it never offered; the true-down not named; no word on the no's", tags=["phantom_confirm", "incoherent_offer"], acts={"firm_no": False, "condition": False}),
 dict(script="saas_renewal-blunt", index=8, verdict="NNNY", note="a conditional yes at 62/1,100/24/net 45 refused for 65 on one year, back from her own two-year term a reply earlier, and dearer for her than the seller's price", tags=["incoherent_offer"], acts={"proposal": False}),
 # startup_offer-chatty
 dict(script="startup_offer-chatty", index=1, verdict="YYYY", note="'Of course. Go ahead, I'm listening.'", tags=[], acts={"greeting": True}),
 dict(script="startup_offer-chatty", index=2, verdict="YYYN", note="the whole picture confirmed (CEO above the band, board 15 Jul, letter in a day); 'I agree terms with the candidate' is a case echo", tags=["case_echo"], acts={"question": True}),
 dict(script="startup_offer-chatty", index=3, verdict="YYYY", note="the booking-flow result named; the 172k gap and the recruiter's 0.35% get no word; the strike price", tags=[], acts={"receipt": True}),
 dict(script="startup_offer-chatty", index=4, verdict="NYNY", note="'What exactly are you asking for?' to 157.5k and 42,500 options", tags=["ignores_point"], acts={"proposal": False}),
 dict(script="startup_offer-chatty", index=5, verdict="YYYY", note="the early start valued against the pilot: a 10k sign-on for 19 July on his letter's base and grant, 'Does that work?'; the design system not named", tags=[], acts={"trade": True}),
 dict(script="startup_offer-chatty", index=6, verdict="NNNN", note="'42,500 and I take less base' gets no answer; 'You're right about that:' before the ladder the user argued against; 'we need you before the pilot, ideally mid-July' after he had taken 19 July", tags=["ignores_point", "objection_already_answered", "lead_in_mismatch"], acts={"condition": False}),
 dict(script="startup_offer-chatty", index=7, verdict="YNNY", note="writing said back (the board-agenda half unanswered); 'I can go a bit further' moves the start to 2 August, one reply after 'we need you ... mid-July', and keeps a sign-on meant to cover an early start", tags=["incoherent_offer"], acts={"question": False, "condition": True}),
 dict(script="startup_offer-chatty", index=8, verdict="YYNY", note="'I'm in' heard and closed on his final terms, but the user's 'new base and grant' (there are none) is not corrected and the board date in writing is not said back", tags=["ignores_point"], acts={"acceptance": True, "condition": False}),
]

VERDICTS = V
