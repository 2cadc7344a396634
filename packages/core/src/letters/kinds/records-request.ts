import { z } from 'zod';
import { childRecordsNote, type DeadlineRuleId, type PlanType } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import { askDate, closedLastDay, ifSentNow, ifYouGetIt } from '../letter-dates.js';
import type { LetterBlock, SchoolDate, ServiceLogToAsk } from '../letter-types.js';
import {
  asItem,
  CONTACT_ASK,
  knownList,
  meetingDate,
  meetingPhrase,
  plainDate,
  studentPhrase,
} from '../phrases.js';
import { custodians } from '../recipients.js';
import { answerEnum, answerList, answerText, defineKind, law, missing, q } from './kind-module.js';

// missouri-rules.md §2, §3, §16.4-6. The child's own records (service logs included) are asked for under IDEA
// 300.613 (before any IEP meeting, at most 45 days) and FERPA 99.10 (45 days); for a 504-only student under 104.36
// ("an opportunity to examine relevant records") and FERPA, with no "before the meeting" rule. A child's records
// are closed records (610.021(6)), so the Sunshine Law is used only for district records, on request; its 3
// business days run from the custodian's receipt (610.023.3) and copies, electronic ones too, may cost (610.026).

const RECORD_TYPES = [
  { value: 'draft-iep', label: 'The draft IEP or 504 plan, or any changes the school plans to propose' },
  {
    value: 'progress-data',
    label: 'Progress-monitoring data for every goal (scores, probes, work samples)',
  },
  { value: 'evaluations', label: 'Evaluation reports since the last plan meeting' },
  { value: 'map', label: 'MAP or MAP-A test results' },
  { value: 'behavior', label: 'Behavior incident and discipline records' },
  {
    value: 'service-logs',
    label:
      'Service logs (delivery logs) for each service, with the date, minutes and provider of each session',
  },
  { value: 'schedule', label: "My child's daily schedule" },
  { value: 'staff-messages', label: 'Emails and messages among staff about my child that the school keeps' },
] as const;

const PUBLIC_RECORD_TYPES = [
  { value: 'sped-policies', label: "The district's written policies and procedures for special education" },
  { value: 'log-rules', label: "The district's rules for keeping service logs" },
  {
    value: 'staff-communications',
    label: "Staff emails and messages about special education services at my child's school",
  },
  { value: 'contracts', label: 'Contracts with outside providers of special education services' },
] as const;

const OTHER_MAX = 500;
const OTHER_ITEMS = 50;

const schema = z.strictObject({
  records: answerList(
    answerEnum(RECORD_TYPES.map((r) => r.value) as [string, ...string[]]),
    RECORD_TYPES.length,
  ).optional(),
  otherRecords: answerList(answerText(OTHER_MAX), OTHER_ITEMS).optional(),
  publicRecords: answerList(
    answerEnum(PUBLIC_RECORD_TYPES.map((r) => r.value) as [string, ...string[]]),
    PUBLIC_RECORD_TYPES.length,
  ).optional(),
  format: answerEnum(['electronic', 'paper']).optional(),
});

const info = {
  kind: 'records-request' as const,
  title: "Ask for your child's records",
  summary:
    "A request to the custodian of records to see and copy your child's school records before the meeting.",
  needsMeeting: false,
  plannerTask: 'records-request' as const,
  triggers: ['sunshine-response' as const, 'idea-records' as const, 'ferpa-records' as const],
  hasAttachments: false,
  questions: [
    q(
      'records',
      'The records',
      'multi-choice',
      'Which records do you want?',
      'Tick every kind you want. Asking for all of them is best: you can read them at home.',
      {
        required: true,
        maxItems: RECORD_TYPES.length,
        choices: RECORD_TYPES.map((r) => ({ value: r.value, label: r.label })),
      },
    ),
    q(
      'otherRecords',
      'The records',
      'list',
      'Are there other records you want?',
      'For example: notes from a meeting, or a report from a private doctor the school has.',
      { maxItems: OTHER_ITEMS },
    ),
    q(
      'publicRecords',
      'District records',
      'multi-choice',
      'Do you also want district records that are not about your child?',
      "These are asked for under Missouri's Sunshine Law. Most parents leave this empty.",
      { maxItems: PUBLIC_RECORD_TYPES.length, choices: PUBLIC_RECORD_TYPES.map((r) => ({ ...r })) },
    ),
    q(
      'format',
      'How you get them',
      'choice',
      'How do you want the copies?',
      'Electronic copies are easy to keep. There may be a fee for copies of either kind.',
      {
        choices: [
          { value: 'electronic', label: 'Electronic copies (email or download)' },
          { value: 'paper', label: 'Paper copies' },
        ],
      },
    ),
  ],
};

/** "The complete service log (delivery log) for Speech therapy, from August 24, 2026 to November 23, 2026". */
function serviceLogItem(s: ServiceLogToAsk): string {
  const when =
    s.from !== undefined && s.to !== undefined ? `, from ${plainDate(s.from)} to ${plainDate(s.to)}` : '';
  return `The complete service log (delivery log) for ${s.name}${when}`;
}

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  if (
    answers.records !== undefined &&
    answers.records.length === 0 &&
    knownList(answers.otherRecords).length === 0
  ) {
    return missing('records', 'Tick at least one kind of record, or add one of your own.');
  }
  const { recipients: to, warnings } = custodians(ctx);
  const student = ctx.caseFile.student.name;
  const chosen = answers.records ?? RECORD_TYPES.map((r) => r.value);
  const items = [
    ...RECORD_TYPES.filter((r) => chosen.includes(r.value)).map((r) =>
      r.label.replace("My child's", `${student}'s`),
    ),
    // The logs the data check could not read (none, or with gaps): a student record, asked for under FERPA and IDEA
    // with the rest, never under the Sunshine Law (missouri-rules.md §16.6).
    ...ctx.serviceLogs.map(serviceLogItem),
    ...knownList(answers.otherRecords).map(asItem),
  ];
  const electronic = (answers.format ?? 'electronic') === 'electronic';
  const meeting = ctx.meeting;
  const upcoming =
    !ctx.is504 && meeting !== undefined && meetingDate(meeting) > ctx.today ? meeting : undefined;
  // For a 504 plan the FERPA rule reads with 104.36 (deadlines' plan504 variant); idea-records is IDEA only.
  const ferpa = ifSentNow(ctx, 'ferpa-records');
  const schoolDates: SchoolDate[] = [
    { date: askDate(ferpa), what: 'FERPA: 45 days to let the parent see the records' },
  ];
  const both = to.length > 1 && ctx.ssd !== null;
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am asking to see and get copies of ${student}'s education records.`,
    },
  ];
  if (both) {
    body.push({
      type: 'paragraph',
      text: `I am sending this request to the custodian of records of ${ctx.caseFile.student.district} and of SSD. Each office keeps its own records. Please each send me the records you keep.`,
    });
  }
  body.push({ type: 'paragraph', text: 'Please send me these records:' }, { type: 'list', items });
  body.push({
    type: 'paragraph',
    text: electronic
      ? 'Please send electronic copies by email or as a download link.'
      : 'Please send paper copies.',
  });
  body.push({ type: 'heading', text: 'The time limits' });
  if (ctx.is504) {
    body.push({
      type: 'paragraph',
      text: `Section 504 gives me the right to examine ${student}'s relevant records (34 CFR 104.36).`,
    });
  } else {
    let idea =
      'Under IDEA, you must let me see these records without unnecessary delay, before any IEP meeting, and no later than 45 days after my request (34 CFR 300.613).';
    if (upcoming !== undefined) {
      const before = ifSentNow(ctx, 'idea-records', { before: meetingDate(upcoming) });
      schoolDates.push({ date: askDate(before), what: 'IDEA: before the meeting' });
      idea += ` The next meeting is ${meetingPhrase(upcoming)}, so please let me see them by ${plainDate(askDate(before))}.`;
    }
    body.push({ type: 'paragraph', text: idea });
  }
  body.push(
    {
      type: 'paragraph',
      text: `FERPA also says you must let me see them within 45 days after you get this request (34 CFR 99.10). ${ifYouGetIt(ctx, ferpa)}, that is by ${plainDate(askDate(ferpa))}.${closedLastDay(ferpa)}`,
    },
    {
      type: 'paragraph',
      text: ctx.is504
        ? 'If there is a fee for copies, please tell me the cost before you make them.'
        : 'If there is a fee for copies, please tell me the cost before you make them. IDEA does not allow a fee to search for or retrieve records (34 CFR 300.617).',
    },
  );
  const sources = [
    ...(ctx.is504
      ? [law('34 CFR 104.36 (Section 504: an opportunity to examine relevant records)')]
      : [
          law('34 CFR 300.613(a) (IDEA: before any IEP meeting, at most 45 days)'),
          law('34 CFR 300.617 (no fee to search for or retrieve records)'),
        ]),
    law('34 CFR 99.10(b) (FERPA: at most 45 days after the request is received)'),
    law("RSMo 610.021(6) (a student's records are closed to the public)", 'SECONDARY'),
  ];
  const points = [
    ctx.is504
      ? `You ask for ${student}'s own records under Section 504 and FERPA.`
      : `You ask for ${student}'s own records under IDEA and FERPA.`,
    childRecordsNote(ctx.is504 ? '504' : 'IEP'),
    'The 45 days count from the day the school gets your letter. An email sent at or after 5:00 PM, or on a weekend or holiday, counts as received the next business day.',
    'If you mail it, the days count from the day it arrives. When you mark the letter as sent by mail, add the day it arrived. The plan counts from that day.',
  ];
  if (ctx.serviceLogs.length > 0) {
    points.push(
      'The letter asks for the service logs that are missing or have gaps in the data check. Without a log, no one can tell which sessions happened. That is a question, not proof that sessions were missed.',
    );
  }
  if (ctx.is504) {
    points.push(
      'For a 504 plan, the law does not say the records must come before the meeting. If you need them for the meeting, ask early.',
    );
  }
  if (both) {
    points.push(
      'In St. Louis County, the district and SSD each keep records. The letter goes to the custodian of records of each.',
    );
  }
  const publicChosen = PUBLIC_RECORD_TYPES.filter((r) => (answers.publicRecords ?? []).includes(r.value));
  if (publicChosen.length > 0) {
    // The case's closed days never move the legal date (missouri-rules.md §16.2); the later date the district may
    // count is shown to the parent only, beside what it rests on.
    const sunshine = ifSentNow(ctx, 'sunshine-response', { closures: ctx.caseFile.closures });
    schoolDates.push({ date: askDate(sunshine), what: 'Sunshine Law: 3 business days to act' });
    body.push(
      { type: 'heading', text: 'District records under the Sunshine Law' },
      {
        type: 'paragraph',
        text: "Separately, under Missouri's Sunshine Law, please give me copies of these district records (RSMo 610.023):",
      },
      { type: 'list', items: publicChosen.map((r) => r.label.replace("my child's", `${student}'s`)) },
      {
        type: 'paragraph',
        text:
          'The law says the custodian of records must act on this request by the end of the third business day after getting it (RSMo 610.023.3). ' +
          `${ifYouGetIt(ctx, sunshine)}, that is ${plainDate(askDate(sunshine))}. If the records cannot be ready by then, please explain why, and give me the earliest date they will be ready.`,
      },
      {
        type: 'paragraph',
        text: 'The law allows a fee for copies, electronic copies too (RSMo 610.026). Please tell me the cost before you make them.',
      },
    );
    sources.push(
      law('RSMo 610.023.3 (act within 3 business days of receipt)'),
      law('RSMo 610.026 (fees for copies)'),
    );
    points.push(
      "The Sunshine Law's 3 business days are for acting on the request: giving the records, or explaining the delay and giving a date. Getting every record may take longer.",
    );
    const later = sunshine.districtMayCount;
    if (later !== null) {
      points.push(
        `Your district's calendar has closed days in this time. ${later.note} Then the date would be ${plainDate(later.due)}.`,
      );
    }
  }
  body.push({ type: 'paragraph', text: CONTACT_ASK });
  return {
    title: 'Records request',
    subject: `Request for records: ${student}`,
    to,
    cc: [],
    body,
    notes: { points, sources },
    warnings,
    schoolDates,
  };
}

/**
 * The child's records start the IDEA and FERPA clocks (a 504 plan: FERPA with 104.36); the Sunshine Law's 3 business
 * days start only when district records were asked for (missouri-rules.md §2, §3, §16.4, §16.6).
 */
function clocks(answers: z.output<typeof schema>, planType: PlanType): DeadlineRuleId[] {
  const out: DeadlineRuleId[] = planType === '504' ? ['ferpa-records'] : ['idea-records', 'ferpa-records'];
  if ((answers.publicRecords ?? []).length > 0) out.unshift('sunshine-response');
  return out;
}

export const recordsRequest = defineKind(info, schema, build, clocks);
