import { z } from 'zod';
import { hasMissedMinutes } from '../../analysis/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { asSentence, CONTACT_ASK, known, plainDate, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import {
  advice,
  answerDate,
  answerList,
  answerText,
  defineKind,
  guidance,
  law,
  missing,
  q,
} from './kind-module.js';

// Compensatory services for missed minutes (missouri-rules.md §10; progress-and-services.md §4). The table is a
// record, never an award: the remedy is individualized (Reid v. District of Columbia; DESE listserv 2008);
// Miener v. Missouri (8th Cir. 1986) holds that compensatory services can be recovered.

const SERVICE_MAX = 200;
const TEXT_MAX = 4000;
const ROWS = 200;

const minutes = () =>
  z
    .number({ error: 'Write the minutes as a whole number, like 120.' })
    .int({ error: 'Write the minutes as a whole number, like 120.' })
    .min(0, { error: 'Minutes cannot be less than zero.' })
    .max(1_000_000, { error: 'That is more minutes than a school year has. Check the number.' });

const manualRow = z.strictObject({
  service: answerText(SERVICE_MAX).optional(),
  from: answerDate().optional(),
  to: answerDate().optional(),
  requiredMinutes: minutes().optional(),
  deliveredMinutes: minutes().optional(),
});
const schema = z.strictObject({
  serviceIds: answerList(z.string().max(64), ROWS).optional(),
  manualRows: answerList(manualRow, ROWS).optional(),
  effect: answerText(TEXT_MAX).optional(),
  proposal: answerText(TEXT_MAX).optional(),
});

const info = {
  kind: 'comp-ed-request' as const,
  title: 'Ask for make-up services',
  summary: 'Ask the school to make up service minutes your child missed (compensatory services).',
  needsMeeting: false,
  plannerTask: null,
  triggers: [],
  hasAttachments: true,
  questions: [
    q(
      'serviceIds',
      'Missed minutes',
      'multi-choice',
      'Which services from the data check do you want to include?',
      'Only services whose log marks missed minutes that were not made up are listed. A week with no log is not a missed session.',
      { choicesFrom: 'services-with-missed-minutes', maxItems: ROWS },
    ),
    q(
      'manualRows',
      'Missed minutes',
      'list',
      'Do you want to add missed minutes yourself?',
      'Use this if the data check does not have the service.',
      {
        maxItems: ROWS,
        itemFields: [
          q('service', 'Missed minutes', 'text', 'Which service?', 'For example: "Speech therapy".', {
            required: true,
            maxLength: SERVICE_MAX,
          }),
          q(
            'from',
            'Missed minutes',
            'date',
            'From what date?',
            'The first day of the time you are counting.',
            { required: true },
          ),
          q('to', 'Missed minutes', 'date', 'To what date?', 'The last day of the time you are counting.', {
            required: true,
          }),
          q(
            'requiredMinutes',
            'Missed minutes',
            'number',
            'How many minutes should your child have had?',
            'Use the minutes in the plan for that time.',
            { required: true },
          ),
          q(
            'deliveredMinutes',
            'Missed minutes',
            'number',
            'How many minutes did your child get?',
            'Use the service log if you have it.',
            { required: true },
          ),
        ],
      },
    ),
    q(
      'effect',
      'Why it matters',
      'long-text',
      'How did the missed time affect your child?',
      'For example: "Reading scores stayed flat in those weeks."',
      { maxLength: TEXT_MAX },
    ),
    q(
      'proposal',
      'What you ask for',
      'long-text',
      'How would you like the time made up?',
      'For example: "Extra sessions after school." You can leave this for the team to decide.',
      { maxLength: TEXT_MAX },
    ),
  ],
};

const n = (x: number) => x.toLocaleString('en-US');

/**
 * One row of the table. It adds up: due = given + unknown + owed, where given includes make-up minutes and unknown
 * are minutes the log says nothing about (never counted as missed). Only more minutes given than due (extra
 * sessions, extra make-up) makes given larger.
 */
interface Row {
  service: string;
  from: string;
  to: string;
  due: number;
  given: number;
  unknown: number;
  owed: number;
}

function ledgerRows(
  ctx: LetterContext,
  ids: readonly string[],
): Row[] | { missing: { field: string; message: string }[] } {
  if (ids.length === 0) return [];
  const analysis = ctx.analysis;
  if (analysis === undefined) {
    return {
      missing: [
        { field: 'serviceIds', message: 'Run the data check first, so we can count the missed minutes.' },
      ],
    };
  }
  const rows: Row[] = [];
  for (const id of ids) {
    const ledger = analysis.services.find((s) => s.serviceId === id);
    if (ledger === undefined) {
      return { missing: [{ field: 'serviceIds', message: `The data check has no service "${id}".` }] };
    }
    // Only minutes the log marks missed can be asked for: a service with no log, or whose log marks nothing
    // missed that was not made up, is a question for the records request, never a claim (analysis/service-ledger).
    if (!hasMissedMinutes(ledger)) {
      return {
        missing: [
          {
            field: 'serviceIds',
            message:
              ledger.logStatus === 'none'
                ? `There is no service log for ${ledger.name}, so no minutes are known to be missed. Ask for the log in a records request first.`
                : `The service log for ${ledger.name} marks no missed minutes that were not made up. Take it out of this letter.`,
          },
        ],
      };
    }
    const service = ctx.caseFile.services.find((s) => s.id === id);
    rows.push({
      service: ledger.name,
      from: service?.start ?? ledger.weeks[0]?.weekStart ?? analysis.asOf,
      to: service !== undefined && service.end < analysis.asOf ? service.end : analysis.asOf,
      due: ledger.requiredMinutes - ledger.excusedMinutes,
      given: ledger.deliveredMinutes + ledger.makeUpMinutes,
      unknown: ledger.unknownMinutes,
      owed: ledger.owedMinutes,
    });
  }
  return rows;
}

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const fromLedger = ledgerRows(ctx, answers.serviceIds ?? []);
  if (!Array.isArray(fromLedger)) return fromLedger;
  const rows = [...fromLedger];
  for (const [i, r] of (answers.manualRows ?? []).entries()) {
    const service = known(r.service);
    if (
      service === undefined ||
      r.from === undefined ||
      r.to === undefined ||
      r.requiredMinutes === undefined ||
      r.deliveredMinutes === undefined
    ) {
      return missing(
        `manualRows.${i}`,
        'Fill in the service, the dates and both minute counts for each row you add.',
      );
    }
    rows.push({
      service,
      from: r.from,
      to: r.to,
      due: r.requiredMinutes,
      given: r.deliveredMinutes,
      // The parent counted these from their own records: every minute is given or missed.
      unknown: 0,
      owed: Math.max(0, r.requiredMinutes - r.deliveredMinutes),
    });
  }
  if (rows.length === 0) return missing('serviceIds', 'Add at least one service with missed minutes.');
  const total = rows.reduce((sum, r) => sum + r.owed, 0);
  const unknown = rows.reduce((sum, r) => sum + r.unknown, 0);
  const student = ctx.caseFile.student.name;
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. ${student} did not get all the service minutes in the ${ctx.plan}. I am asking for services to make up for the missed time.`,
    },
    {
      type: 'table',
      caption: 'Service minutes: the plan compared with the service log',
      columns: ['Service', 'From', 'To', 'Minutes due', 'Minutes given', 'Not in the log', 'Minutes missed'],
      rows: [
        ...rows.map((r) => [
          r.service,
          plainDate(r.from),
          plainDate(r.to),
          n(r.due),
          n(r.given),
          n(r.unknown),
          n(r.owed),
        ]),
        ['Total', '', '', '', '', n(unknown), n(total)],
      ],
    },
    {
      type: 'paragraph',
      text: 'Minutes given include make-up sessions. Minutes missed are the ones the log marks missed and that were not made up.',
    },
    { type: 'paragraph', text: `In all, ${student} missed ${n(total)} minutes of services.` },
  ];
  if (unknown > 0) {
    body.push({
      type: 'paragraph',
      text: `The log does not say what happened to ${n(unknown)} more minutes. I do not know if those sessions happened. Please send me the complete service logs for this time.`,
    });
  }
  const effect = known(answers.effect);
  if (effect !== undefined)
    body.push({ type: 'paragraph', text: `How this affected ${student}: ${asSentence(effect)}` });
  const proposal = known(answers.proposal);
  body.push(
    {
      type: 'paragraph',
      text:
        proposal !== undefined
          ? `What I propose: ${asSentence(proposal)}`
          : 'Please meet with me to plan how the time will be made up.',
    },
    {
      type: 'paragraph',
      text:
        'These numbers are a starting point, not a final answer. Make-up services are decided for each child. They can be more or less than the minutes missed. ' +
        'The goal is to help my child gain what the missed services should have given.',
    },
    { type: 'paragraph', text: pwnAsk(ctx, 'this request') },
    { type: 'paragraph', text: CONTACT_ASK },
  );
  const dir = directors(ctx);
  return {
    title: 'Request for compensatory services',
    subject: `Request for make-up services: ${student}`,
    to: [...caseManagers(ctx), ...dir.recipients],
    cc: [],
    body,
    attachments: [
      {
        name: 'Service minutes table',
        description: 'The minutes in the plan compared with the service log.',
      },
    ],
    notes: {
      points: [
        'The table is a record of minutes, not an award. The team decides what will make up for them.',
        'A week with no log entry may mean the log is missing, not that the service was missed. Ask before you count it.',
        ...(ctx.is504
          ? [
              'The court cases on make-up services are about IDEA. For a 504 plan, the same way of counting is a fair starting point.',
            ]
          : []),
      ],
      sources: [
        law(
          'Miener v. Missouri, 800 F.2d 749 (8th Cir. 1986) (compensatory services can be recovered)',
          'SECONDARY',
        ),
        law('Reid v. District of Columbia, 401 F.3d 516 (D.C. Cir. 2005) (the remedy is individualized)'),
        guidance(
          'Missouri DESE special education listserv, May 23, 2008 (full make-up, or an IEP meeting about compensatory services)',
        ),
        advice('Minutes missed: counted week by week from the service log; a record, not an award'),
        ctx.is504
          ? law('34 CFR 104.36 (notice of 504 decisions)')
          : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
      ],
    },
    warnings: dir.warnings,
  };
}

export const compEdRequest = defineKind(info, schema, build);
