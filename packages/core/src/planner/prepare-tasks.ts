import type { TeamMember } from '../case/index.js';
import { SSD_NAME } from '../case/index.js';
import { plainDayDate } from '../calendar/plain-date.js';
import {
  closedReason,
  localDate,
  onLocalDate,
  plusDays,
  plusHours,
  previousBusinessDay,
  subtractBusinessDays,
} from '../calendar/index.js';
import { childRecordsNote, computeDeadline, computeHourDeadline } from '../deadlines/index.js';
import { RECORDING_BASIS, RECORDING_NOTICE_SENTENCE } from '../rules/recording-law.js';
import {
  advice,
  businessDayBefore,
  deadlineOptions,
  law,
  organization,
  type DraftTask,
  type PlanContext,
} from './plan-context.js';

// The tasks before the meeting. Recommended lead times (14, 7, 10, 5 days) are our advice, not law; each task's
// basis says which part is law and which is advice. IDEA rules are cited only for an IEP: a 504-only student's
// rights come from 34 CFR 104.36 and FERPA (missouri-rules.md §16.4).

const RULES = 'missouri-rules.md';

function contactLine(m: TeamMember): string {
  const where = m.employer === 'ssd' ? 'SSD' : m.employer === 'district' ? 'the district' : 'other';
  return `${m.name}, ${m.title ?? m.role.replaceAll('-', ' ')} (${where})${m.email ? `: ${m.email}` : ''}`;
}

// The child's records are closed records (RSMo 610.021(6)): asked for under IDEA and FERPA (a 504 plan: 104.36 and
// FERPA), not on the Sunshine Law's 3-day clock (missouri-rules.md §2, §3, §16.4, §16.6). The Sunshine Law is for
// district records, and a letter that asks for them starts that clock when sent (letters' letterClocks).
const closedRecords = (plan: 'IEP' | '504') =>
  law('RSMo 610.021(6)', childRecordsNote(plan), `${RULES} §2, §16.6`, 'SECONDARY');

const RECORDS_BASIS_IEP = [
  law(
    '34 CFR 300.613(a)',
    "The school must let you see your child's records before any IEP meeting, and within 45 days at most.",
    `${RULES} §3`,
  ),
  law('34 CFR 99.10(b)', 'FERPA: a school must let you see education records within 45 days.', `${RULES} §3`),
  closedRecords('IEP'),
];

const RECORDS_BASIS_504 = [
  law(
    '34 CFR 104.36',
    "For a 504 plan, the school must give you a chance to look at your child's records.",
    `${RULES} §4, §16.4`,
  ),
  law('34 CFR 99.10(b)', 'FERPA: a school must let you see education records within 45 days.', `${RULES} §3`),
  closedRecords('504'),
];

export function recordsRequestTask(ctx: PlanContext): DraftTask {
  const is504 = ctx.planType === '504';
  let due = businessDayBefore(ctx, 14);
  // Latest (our advice): 3 business days left before the last business day before the meeting, so the school has
  // time to show the records before it. Closed days make this advice earlier, never later.
  const lastOpen = previousBusinessDay(ctx.firstDate, ctx.closures);
  const latest = onLocalDate(ctx.first, subtractBusinessDays(lastOpen, 3, ctx.closures));
  if (latest.ms < due.ms) due = latest;
  // If the recommended day has passed, count the legal clocks from today: that is when the request will arrive.
  const today = localDate(ctx.now);
  const sendDate = localDate(due) < today ? today : localDate(due);
  const options = { ...deadlineOptions(ctx), from: sendDate };
  const deadlines = is504
    ? [computeDeadline('ferpa-records', options)]
    : [
        computeDeadline('idea-records', { ...options, before: ctx.firstDate }),
        computeDeadline('ferpa-records', options),
      ];
  const custodians = (ctx.caseFile?.team ?? []).filter((m) => m.role === 'custodian-of-records');
  const checklist = [
    "Ask for all of your child's education records: tests, reports, progress data, service logs and emails about your child.",
    'Send it by email to the custodian of records and keep a copy.',
    ...custodians.map((m) => `Send to ${contactLine(m)}.`),
  ];
  const warnings: string[] = [];
  let explanation = is504
    ? "Ask in writing to see your child's school records two weeks before the meeting. Send it to the custodian of " +
      'records. For a 504 plan, the school has up to 45 days, and no rule says before the meeting. So ask early.'
    : "Ask in writing to see your child's school records two weeks before the meeting. Send it to the custodian of " +
      'records. The school must let you see them before the meeting. This gives you time to read them.';
  if (ctx.ssd !== null) {
    explanation += ' Your district works with SSD, so send the request to both.';
    checklist.push(
      `${ctx.ssd.name} is a partner district of the ${SSD_NAME} (SSD). Send the request to the district's custodian ` +
        "of records and to SSD's custodian of records. Each keeps its own records.",
    );
  }
  return {
    id: 'records-request',
    title: "Ask for your child's records",
    explanation,
    due,
    latest: latest,
    basis: [
      ...(is504 ? RECORDS_BASIS_504 : RECORDS_BASIS_IEP),
      advice(
        'IEP Ready advice',
        'Two weeks ahead is our advice, so you have time to read the records.',
        `${RULES} §3`,
      ),
    ],
    deadlines,
    checklist,
    warnings,
  };
}

/** The recording notice. Never on the plan of a mediation session (plan-meeting.ts leaves it out). */
export function recordingNoticeTask(ctx: PlanContext): DraftTask {
  const due = businessDayBefore(ctx, 7);
  const latest = plusHours(ctx.first, -24);
  const warnings: string[] = [];
  const latestDate = localDate(latest);
  const closed = closedReason(latestDate, ctx.closures);
  if (closed !== null) {
    const instead = previousBusinessDay(latestDate, ctx.closures);
    // The date in words already names the weekday; only a holiday or a closure needs saying.
    const why = closed === 'Saturday' || closed === 'Sunday' ? '' : ` (${closed})`;
    warnings.push(
      `24 hours before the meeting is ${plainDayDate(latestDate)}${why}. The school may not read your ` +
        `notice in time. Send it by ${plainDayDate(instead)}, the last business day before.`,
    );
  }
  const team = ctx.caseFile?.team ?? [];
  const recipients = team.filter((m) => m.caseManager === true || m.role === 'district-representative');
  const checklist = [
    'Send a short email: "I will make an audio recording of the meeting on this date, as RSMo 162.686 allows."',
    ...recipients.map((m) => `Send to ${contactLine(m)}.`),
    "Also send it to the district's Director of Special Education.",
    'Keep a copy of the email that shows when you sent it.',
    'Bring a charged phone or recorder and a spare battery.',
  ];
  if (ctx.ssd !== null)
    checklist.push('Your district works with SSD: also send it to the SSD administrator for the school.');
  return {
    id: 'recording-notice',
    title: 'Tell the school you will record',
    explanation:
      'You may make an audio recording of the meeting, and the school may not stop you. ' +
      `${RECORDING_NOTICE_SENTENCE} We suggest you send it a week ahead.`,
    due,
    latest: latest,
    basis: [
      ...RECORDING_BASIS,
      advice(
        'IEP Ready advice',
        'A week ahead leaves time to sort out any question before the meeting.',
        `${RULES} §1`,
      ),
    ],
    deadlines: [computeHourDeadline('recording-notice', ctx.first, { planType: ctx.planType })],
    checklist,
    warnings,
  };
}

export function dataReviewTask(ctx: PlanContext): DraftTask {
  const goals = ctx.caseFile?.goals ?? [];
  return {
    id: 'data-review',
    title: 'Check the data',
    explanation:
      'Look at the progress reports and the data for each goal. Does the data match what the reports say? Write down ' +
      'your questions for the meeting.',
    due: plusDays(ctx.first, -10),
    latest: plusDays(ctx.first, -1),
    basis: [
      ...(ctx.planType === '504'
        ? []
        : [
            law(
              '34 CFR 300.320(a)(3)',
              'The IEP must say how progress on each goal is measured and when you get progress reports.',
              `${RULES} §5`,
            ),
          ]),
      advice(
        'IEP Ready advice',
        'Ten days ahead leaves time to ask for missing data.',
        'product.md flow step 4',
      ),
    ],
    deadlines: [],
    checklist: [
      ...goals.map((g) => `${g.area}: compare the scores with the goal and with what the report says.`),
      'Check the service minutes the school logged against the minutes in the plan.',
      'List anything marked "mastered" that has no data behind it.',
    ],
    warnings: [],
  };
}

export function concernsLetterTask(ctx: PlanContext): DraftTask {
  const plan = ctx.planType === '504' ? '504 plan' : 'IEP';
  return {
    id: 'concerns-letter',
    title: 'Write your concerns letter',
    explanation:
      'Write a short letter that lists your concerns and what you want for your child. Bring copies. Hand it in at ' +
      `the start of the meeting. Ask that it be attached to the ${plan} as parent input.`,
    due: plusDays(ctx.first, -5),
    latest: ctx.first,
    basis: [
      ...(ctx.planType === '504'
        ? []
        : [
            law(
              '34 CFR 300.501(b)',
              "Parents have the right to take part in meetings about their child's evaluation, placement and services.",
              `${RULES} §3`,
            ),
          ]),
      advice(
        'IEP Ready advice',
        'A letter handed in at the start puts your concerns on the record.',
        'product.md',
      ),
    ],
    deadlines: [],
    checklist: [
      'List your concerns, one per line, with an example for each.',
      'Say what you are asking the school to do.',
      'Bring one copy for each person at the meeting.',
    ],
    warnings: [],
  };
}

export function supportPersonTask(ctx: PlanContext): DraftTask {
  const is504 = ctx.planType === '504';
  return {
    id: 'support-person',
    title: 'Ask someone to come with you',
    explanation:
      (is504
        ? 'Ask a friend, a relative or an advocate to come to the meeting with you. '
        : 'You may bring a friend, a relative or an advocate to the meeting. ') +
      'Ask them now so they can plan to come. MPACT, the parent center for Missouri, can help. Call 800-743-7634.',
    due: plusDays(ctx.first, -10),
    latest: plusDays(ctx.first, -1),
    basis: [
      is504
        ? advice('IEP Ready advice', 'Someone with you can take notes and help you stay calm.', `${RULES} §8`)
        : law(
            '34 CFR 300.321(a)(6); 34 CFR 300.322(b)(1)',
            'Parents may bring others who know the child or have special skills. The meeting notice must say so.',
            `${RULES} §5`,
          ),
      organization(
        'MPACT (Missouri Parents Act), missouriparentsact.org',
        "MPACT is Missouri's Parent Training and Information Center. It is an organization, not a law.",
        `${RULES} §8`,
      ),
    ],
    deadlines: [],
    checklist: [
      "MPACT (Missouri Parents Act) is Missouri's Parent Training and Information Center. Call 800-743-7634.",
      'Lay advocates trained by LEAP are not an MPACT program. LEAP was funded by MODDC and built by UMKC-IHD; ' +
        'F.A.C.T. leads its training.',
      'Tell the school who is coming with you.',
      'Share your concerns letter with your support person before the meeting.',
    ],
    warnings: [],
  };
}
