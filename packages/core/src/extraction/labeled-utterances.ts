import type { ExtractKind, Utterance } from '../transcripts/transcript-types.js';

// A hand-labeled Missouri IEP/504 meeting, in speaking order, to measure extraction honestly. It was written
// before the rules, from how these meetings go (case manager, LEA representative, SSD process coordinator,
// therapists, the parent), and labels say what a careful parent would want on their list, not what the rules
// happen to find. Meeting date: Monday 2026-12-07. The order matters: whether a question was answered depends on
// what was said next.
//
// Labeling choices (made before the rules were written):
// - One expected kind per utterance (or null). Bare assent ("Sounds good.", "Okay, I'm fine with that.") is null:
//   there is nothing to put on a list. In-meeting steps ("I'll share my screen") are null.
// - A question that gets an answer, or a "we'll have to check" reply, is null; the reply carries the open question.
//   A question that is brushed aside or left hanging is an open question.
// - "next week" means by the Friday of next week; "end of the week" is Friday; a recurring day ("every Friday"),
//   school breaks, "the next meeting" and months without a day have no date (null).
// - `who` is given for commitments: the speaker for "I"/"we", else the named person or role as said.

export const LABELED_MEETING_DATE = '2026-12-07';

export interface LabeledUtterance {
  speaker: string | null;
  text: string;
  kind: ExtractKind | null;
  due: string | null;
  /** For commitments: who will do it (compared without case), or null when nobody is named. */
  who?: string | null;
  bookmark?: Utterance['bookmark'];
}

const u = (
  speaker: string | null,
  text: string,
  kind: ExtractKind | null = null,
  due: string | null = null,
  who?: string | null,
): LabeledUtterance => (who === undefined ? { speaker, text, kind, due } : { speaker, text, kind, due, who });

const LEE = 'Ms. Lee'; // case manager, special education teacher
const ORTIZ = 'Mr. Ortiz'; // principal, LEA representative
const PATEL = 'Dr. Patel'; // school psychologist
const BROOKS = 'Mrs. Brooks'; // speech-language pathologist
const CHEN = 'Mr. Chen'; // general education teacher
const RIVERA = 'Ms. Rivera'; // SSD process coordinator
const DANA = 'Dana Carter'; // parent

export const LABELED_UTTERANCES: readonly LabeledUtterance[] = [
  u(LEE, 'Good morning, everyone, thanks for coming.'),
  u(ORTIZ, "Let's get started, we have a lot to cover today."),
  u(CHEN, 'How was your weekend?'),
  u(DANA, 'It was fine, thanks. Busy with the kids.'),
  u(LEE, "I'll pass around the sign-in sheet so everyone can sign."),
  u(LEE, "I'll share my screen so we can all look at the draft."),
  u(RIVERA, 'Before we begin, everyone should have received the Notice of Meeting last week.'),
  u(PATEL, 'I will say the data looks good overall this quarter.'),
  u(PATEL, 'His reading fluency went from 42 to 61 words per minute since September.'),
  u(DANA, "That's great to hear."),
  u(BROOKS, "I'll be honest, articulation is still hard for him in longer sentences."),
  u(DANA, 'Can we add a second speech session each week?'),
  u(BROOKS, "We're not able to add a second session right now because of my caseload.", 'refusal'),
  u(DANA, "Then I'd like a Notice of Action for that, please."),
  u(LEE, 'I will send you the Notice of Action by Friday.', 'commitment', '2026-12-11', LEE),
  u(DANA, 'What about extended school year for this summer?'),
  u(ORTIZ, "We'll have to check with the district office on ESY eligibility.", 'open-question'),
  u(DANA, 'Okay. Who decides that?'),
  u(ORTIZ, 'The IEP team decides, based on his regression data.'),
  u(
    LEE,
    'The case manager will schedule the functional behavior assessment before winter break.',
    'commitment',
    null,
    'the case manager',
  ),
  u(PATEL, "I'll get the consent form for the FBA to you tomorrow.", 'commitment', '2026-12-08', PATEL),
  u(DANA, 'Sounds good.'),
  u(CHEN, "Sounds good, we'll add the graphic organizers to his accommodations page.", 'agreement'),
  u(ORTIZ, 'We agree to move his speech minutes to 60 minutes per week starting in January.', 'agreement'),
  u(RIVERA, 'The team agreed that he qualifies under Other Health Impairment as well.', 'agreement'),
  u(DANA, 'Is there any chance he could get a one-on-one para?'),
  u(ORTIZ, "That's not something we offer at the elementary level.", 'refusal'),
  u(DANA, "Okay, I'd like that in writing."),
  u(ORTIZ, 'Ms. Lee will include that in the Notice of Action.', 'commitment', null, LEE),
  u(BROOKS, "We don't typically provide speech therapy over the summer.", 'refusal'),
  u(PATEL, "The district doesn't provide private tutoring for dyslexia.", 'refusal'),
  u(DANA, 'Will the new reading intervention be Orton-Gillingham based?'),
  u(LEE, "I'll find out from the reading specialist and let you know.", 'open-question'),
  u(
    LEE,
    'I will email you his updated progress monitoring graphs by the end of the month.',
    'commitment',
    '2026-12-31',
    LEE,
  ),
  u(ORTIZ, "We'll send home the draft IEP within a week.", 'commitment', '2026-12-14', ORTIZ),
  u(CHEN, 'I can send a weekly behavior log home every Friday.', 'commitment', null, CHEN),
  u(DANA, "I'll bring his outside evaluation to the next meeting.", 'commitment', null, DANA),
  u(DANA, 'How will you measure progress on the writing goal?'),
  u(LEE, "We'll use monthly writing samples scored with a rubric."),
  u(ORTIZ, "Let's take a five-minute break."),
  u(LEE, "Okay, we're back. Let's go to the transition section."),
  u(RIVERA, "Unfortunately, SSD can't provide transportation to the private clinic.", 'refusal'),
  u(RIVERA, "I'll check with our transportation office about the bus stop change.", 'open-question'),
  u(DANA, 'Could he use a calculator on the MAP test?'),
  u(LEE, "Yes, that's an allowed accommodation, we'll add it.", 'agreement'),
  u(CHEN, "He's been doing really well in science, he loves the lab days."),
  u(DANA, 'Why was his recess taken away last Tuesday?', 'open-question'),
  u(ORTIZ, "Let's talk about that after the meeting."),
  u(DANA, "I'd like him to have a full reevaluation this year."),
  u(PATEL, "I don't think a full reevaluation is needed at this point, so we won't be doing one.", 'refusal'),
  u(LEE, "We're going to add a check-in, check-out plan with the counselor.", 'commitment', null, LEE),
  u(
    BROOKS,
    "I'll update the speech goals and send you a copy by December 15th.",
    'commitment',
    '2026-12-15',
    BROOKS,
  ),
  u(ORTIZ, 'Ms. Lee will set up the reconvene meeting in two weeks.', 'commitment', '2026-12-21', LEE),
  u(DANA, 'Does he still qualify for the reading pull-out if his scores go up?'),
  u(LEE, "Good question, I'm not sure, we'll have to look at the eligibility criteria.", 'open-question'),
  u(CHEN, "I will say he's been much calmer since we changed his seat."),
  u(
    RIVERA,
    "We can't do a private placement, but we can look at a different classroom within the district.",
    'refusal',
  ),
  u(DANA, 'We agree with the new behavior goals.', 'agreement'),
  u(ORTIZ, "Everyone's in agreement on the accommodations, then.", 'agreement'),
  u(PATEL, "So we're all on the same page about the testing schedule.", 'agreement'),
  u(LEE, 'The OT will send the sensory diet handout next week.', 'commitment', '2026-12-18', 'the OT'),
  u(DANA, "I'll sign the consent for the evaluation today.", 'commitment', '2026-12-07', DANA),
  u(CHEN, "I'm going to start sending the weekly reading log on Monday.", 'commitment', '2026-12-14', CHEN),
  u(RIVERA, "We aren't able to approve the independent evaluation at district expense.", 'refusal'),
  u(
    RIVERA,
    "We'll send you the IEE criteria and a list of evaluators by January 8th.",
    'commitment',
    '2027-01-08',
    RIVERA,
  ),
  u(DANA, 'When will the new behavior plan start?'),
  u(LEE, "As soon as it's signed, probably the Monday after break."),
  u(DANA, 'Who is responsible for training the substitute on his plan?', 'open-question'),
  u(DANA, "Last time the sub didn't know about his breaks."),
  u(ORTIZ, 'Okay, moving on to the service minutes.'),
  u(BROOKS, 'Speech will be 30 minutes twice a week in the therapy room.'),
  u(ORTIZ, "That's a district policy, so there's nothing we can do about the bus schedule.", 'refusal'),
  u(PATEL, "We won't be able to do the assistive technology evaluation until spring.", 'refusal'),
  u(LEE, 'Mr. Chen will give him extra time on tests starting tomorrow.', 'commitment', '2026-12-08', CHEN),
  u(CHEN, 'Yeah, no problem.'),
  u(DANA, "Okay, I'm fine with that."),
  u(
    RIVERA,
    "I'm not sure about the mileage reimbursement, I'll ask the director and get back to you by Wednesday.",
    'open-question',
    '2026-12-09',
  ),
  u(ORTIZ, "We typically don't write counseling into the IEP, it's a general ed service.", 'refusal'),
  u(DANA, 'I understand.'),
  u(LEE, "I'll let the bus driver know about his new stop.", 'commitment', null, LEE),
  u(CHEN, "We're going to start with the math goals."),
  u(LEE, "I'll read the present levels out loud so we're all together."),
  u(PATEL, 'Is everyone able to hear me on the phone?'),
  u(BROOKS, 'Yes, we can hear you.'),
  u(DANA, 'Can someone email me the meeting notes?'),
  u(LEE, "Yes, I'll email the notes to you by the end of the week.", 'commitment', '2026-12-11', LEE),
  u(ORTIZ, "We'll need to get back to you on whether the aide can ride the bus.", 'open-question'),
  u(DANA, 'Can he have preferential seating near the board?'),
  u(CHEN, "Absolutely, that's easy to do.", 'agreement'),
  u(
    RIVERA,
    'The team agreed to reconvene on January 12th to review the FBA results.',
    'agreement',
    '2027-01-12',
  ),
  u(ORTIZ, "That's not an option for us this year.", 'refusal'),
  u(DANA, 'Did the district ever get the letter from his doctor?'),
  u(LEE, "I haven't seen it, I'll find out and email you.", 'open-question'),
  u(BROOKS, "I won't be at the January meeting, but I'll send my notes.", 'commitment', null, BROOKS),
  u(CHEN, "I'll tell you what, he's one of the kindest kids in class."),
  u(DANA, 'I will need a copy of the final IEP before I sign.'),
  u(PATEL, "We'll see how he does with the new plan."),
  u(
    LEE,
    "I'll make sure the new accommodations are shared with all of his teachers by Wednesday.",
    'commitment',
    '2026-12-09',
    LEE,
  ),
  u(ORTIZ, "I'm afraid a private aide is beyond what we can provide.", 'refusal'),
  u(RIVERA, "We'd rather not change his placement in the middle of the year.", 'refusal'),
  u(LEE, 'Dr. Patel will write up the evaluation report within 30 days.', 'commitment', '2027-01-06', PATEL),
  u(DANA, 'Where do I find the parent rights booklet?'),
  u(LEE, "It's the Procedural Safeguards, I'll give you a paper copy now."),
  {
    speaker: null,
    text: 'Progress graphs',
    kind: 'commitment',
    due: null,
    who: null,
    bookmark: { kind: 'promised' },
  },
  { speaker: null, text: 'No ESY', kind: 'refusal', due: null, bookmark: { kind: 'refused' } },
  { speaker: null, text: 'Bus aide?', kind: 'open-question', due: null, bookmark: { kind: 'question' } },
  { speaker: null, text: 'Calculator for math', kind: 'agreement', due: null, bookmark: { kind: 'agreed' } },
  { speaker: null, text: 'He cried at drop-off today', kind: null, due: null, bookmark: { kind: 'note' } },
  u(DANA, 'Thank you all for your time today.'),
  u(ORTIZ, "Thanks for coming, we'll see you in January."),
  u(LEE, 'Have a great holiday break!'),
];
