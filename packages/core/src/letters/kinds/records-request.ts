import { z } from 'zod';
import { computeDeadline } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, knownList, meetingDate, meetingPhrase, plainDate, studentPhrase } from '../phrases.js';
import { custodians, greeting } from '../recipients.js';
import { citations, defineKind, law, practice, q } from './kind-module.js';

// missouri-rules.md §2-§3: IDEA 300.613 (before any IEP meeting, at most 45 days), FERPA 99.10 (45 days), and the
// Sunshine Law 610.023.3 (act within 3 business days; production may take longer) for public records; whether
// the Sunshine clock covers a child's own records is unsettled, so the letter says so. 610.026: cost estimate.

export const RECORD_TYPES = [
  { value: 'draft-iep', label: 'The draft IEP, or any changes the school plans to propose' },
  {
    value: 'progress-data',
    label: 'Progress-monitoring data for every IEP goal (scores, probes, work samples)',
  },
  { value: 'evaluations', label: 'Evaluation reports since the last IEP meeting' },
  { value: 'map', label: 'MAP or MAP-A test results' },
  { value: 'behavior', label: 'Behavior incident and discipline records' },
  { value: 'service-logs', label: 'Logs of the special education and related services given' },
  { value: 'schedule', label: "My child's daily schedule" },
  {
    value: 'staff-messages',
    label: 'Emails and messages among staff about my child that the school keeps (education records)',
  },
] as const;

const schema = z.strictObject({
  records: z.array(z.enum(RECORD_TYPES.map((r) => r.value))).optional(),
  otherRecords: z.array(z.string().max(500)).max(50).optional(),
  format: z.enum(['electronic', 'paper']).optional(),
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
      'If you pick none, the letter asks for all of them. Asking for everything is best: you can read it at home.',
      { choices: RECORD_TYPES.map((r) => ({ value: r.value, label: r.label })) },
    ),
    q(
      'otherRecords',
      'The records',
      'list',
      'Are there other records you want?',
      'For example: notes from a meeting, or a report from a private doctor the school has.',
    ),
    q(
      'format',
      'How you get them',
      'choice',
      'How do you want the copies?',
      'Electronic copies are free to send and easy to keep.',
      {
        choices: [
          { value: 'electronic', label: 'Electronic copies (email or download)' },
          { value: 'paper', label: 'Paper copies' },
        ],
      },
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const { recipients: to, warnings } = custodians(ctx);
  const chosen = answers.records ?? RECORD_TYPES.map((r) => r.value);
  const items = [
    ...RECORD_TYPES.filter((r) => chosen.includes(r.value)).map((r) =>
      r.label.replace("My child's", `${ctx.caseFile.student.name}'s`),
    ),
    ...knownList(answers.otherRecords),
  ];
  const electronic = (answers.format ?? 'electronic') === 'electronic';
  const meeting = ctx.meeting;
  const upcoming = meeting !== undefined && meetingDate(meeting) > ctx.today ? meeting : undefined;
  const opts = { from: ctx.today, closures: ctx.caseFile.closures, timeZone: ctx.zone };
  const sunshine = computeDeadline('sunshine-response', opts);
  const idea = computeDeadline(
    'idea-records',
    upcoming === undefined ? opts : { ...opts, before: meetingDate(upcoming) },
  );
  const ferpa = computeDeadline('ferpa-records', opts);
  const student = ctx.caseFile.student.name;
  const both = to.length > 1 && ctx.ssd !== null;
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am asking to see and get copies of ${student}'s records.`,
    },
  ];
  if (both) {
    blocks.push({
      type: 'paragraph',
      text: `I am sending this request to the custodian of records of ${ctx.caseFile.student.district} and of SSD. Each office keeps its own records. Please each send me the records you keep.`,
    });
  }
  if (items.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Please send me these records:' }, { type: 'list', items });
  } else {
    blocks.push({ type: 'paragraph', text: `Please send me all of ${student}'s education records.` });
  }
  blocks.push({
    type: 'paragraph',
    text: electronic
      ? 'Please send electronic copies by email or as a download link.'
      : 'Please send paper copies.',
  });
  blocks.push({
    type: 'paragraph',
    text: 'If there is a cost, please tell me how much it will be before you make the copies.',
  });
  const upcomingText =
    upcoming === undefined
      ? ''
      : ` The next meeting is ${meetingPhrase(upcoming)}, so please let me see the records by ${plainDate(idea.due)}.`;
  blocks.push(
    { type: 'heading', text: 'The time limits' },
    {
      type: 'paragraph',
      text: `The IDEA rule says you must let me see these records without delay, and before any IEP meeting. It also says no later than 45 days after my request.${upcomingText}`,
    },
    {
      type: 'paragraph',
      text: `FERPA also gives me the right to see ${student}'s education records within 45 days, by ${plainDate(ferpa.due)}.`,
    },
    {
      type: 'paragraph',
      text:
        `Missouri's Sunshine Law also covers public records, like service logs and policies. It says you must act on a request by the end of the third business day after you get it. For this request, that is ${plainDate(sunshine.due)}. ` +
        'If the records cannot be ready by then, please tell me why, and the earliest date they will be ready. ' +
        "I know it is not settled whether this rule covers a child's own records. That is why I also cite IDEA and FERPA.",
    },
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      law('34 CFR 300.613(a) (IDEA: before any IEP meeting, at most 45 days)'),
      law('34 CFR 99.10(b) (FERPA: at most 45 days)'),
      law('RSMo 610.023.3 (Sunshine Law: act within 3 business days)'),
      law("Whether RSMo 610.023.3 covers a parent's request for the child's own records", 'UNCONFIRMED'),
      law('RSMo 610.026 (cost estimate before copies)'),
      law('34 CFR 300.617 (no fee to search for or retrieve records)'),
      practice('Business days: we skip weekends, Missouri holidays and school closure days', 'UNCONFIRMED'),
    ),
  );
  return {
    title: 'Records request',
    subject: `Request for records: ${student}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings,
  };
}

export const recordsRequest = defineKind(info, schema, build);
