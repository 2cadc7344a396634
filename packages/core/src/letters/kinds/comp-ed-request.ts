import { z } from 'zod';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, plainDate, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors, greeting, unique } from '../recipients.js';
import { citations, defineKind, law, missing, practice, q } from './kind-module.js';

// Compensatory services for missed minutes (missouri-rules.md §10; progress-and-services.md §4). The table is a
// record, never an award: the remedy is individualized (Reid v. District of Columbia; DESE listserv 2008);
// Miener v. Missouri (8th Cir. 1986) holds that compensatory services can be recovered.

const manualRow = z.strictObject({
  service: z.string().max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  requiredMinutes: z.number().int().min(0).max(1_000_000).optional(),
  deliveredMinutes: z.number().int().min(0).max(1_000_000).optional(),
});
const schema = z.strictObject({
  serviceIds: z.array(z.string().max(64)).max(200).optional(),
  manualRows: z.array(manualRow).max(200).optional(),
  effect: z.string().max(4000).optional(),
  proposal: z.string().max(4000).optional(),
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
      'The data check compares the service log with the minutes in the IEP.',
      { choicesFrom: 'services' },
    ),
    q(
      'manualRows',
      'Missed minutes',
      'list',
      'Do you want to add missed minutes yourself?',
      'Use this if the data check does not have the service.',
      {
        itemFields: [
          q('service', 'Missed minutes', 'text', 'Which service?', 'For example: "Speech therapy".', {
            required: true,
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
            'Use the minutes in the IEP for that time.',
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
    ),
    q(
      'proposal',
      'What you ask for',
      'long-text',
      'How would you like the time made up?',
      'For example: "Extra sessions after school." You can leave this for the team to decide.',
    ),
  ],
};

const n = (x: number) => x.toLocaleString('en-US');

interface Row {
  service: string;
  from: string;
  to: string;
  due: number;
  given: number;
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
    const service = ctx.caseFile.services.find((s) => s.id === id);
    rows.push({
      service: ledger.name,
      from: service?.start ?? ledger.weeks[0]?.weekStart ?? analysis.asOf,
      to: service !== undefined && service.end < analysis.asOf ? service.end : analysis.asOf,
      due: ledger.requiredMinutes - ledger.excusedMinutes,
      given: ledger.deliveredMinutes + ledger.makeUpMinutes,
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
      owed: Math.max(0, r.requiredMinutes - r.deliveredMinutes),
    });
  }
  if (rows.length === 0) return missing('serviceIds', 'Add at least one service with missed minutes.');
  const total = rows.reduce((s, r) => s + r.owed, 0);
  const student = ctx.caseFile.student.name;
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. ${student} did not get all the service minutes in the ${ctx.plan}. I am asking for services to make up for the missed time.`,
    },
    {
      type: 'table',
      caption: 'Service minutes: the plan compared with the service log',
      columns: ['Service', 'From', 'To', 'Minutes due', 'Minutes given', 'Minutes missed'],
      rows: [
        ...rows.map((r) => [r.service, plainDate(r.from), plainDate(r.to), n(r.due), n(r.given), n(r.owed)]),
        ['Total', '', '', '', '', n(total)],
      ],
    },
    { type: 'paragraph', text: `In all, ${student} missed ${n(total)} minutes of services.` },
  ];
  const effect = known(answers.effect);
  if (effect !== undefined)
    blocks.push({ type: 'paragraph', text: `How this affected ${student}: ${effect}` });
  const proposal = known(answers.proposal);
  blocks.push(
    {
      type: 'paragraph',
      text:
        proposal !== undefined
          ? `What I propose: ${proposal}`
          : 'Please meet with me to plan how the time will be made up.',
    },
    {
      type: 'paragraph',
      text:
        'I know these numbers are a starting point, not a final answer. Make-up services are decided for each child. They can be more or less than the minutes missed. ' +
        'The goal is to help my child gain what the missed services should have given.',
    },
    { type: 'paragraph', text: pwnAsk(ctx, 'this request') },
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      law(
        'Miener v. Missouri, 800 F.2d 749 (8th Cir. 1986) (compensatory services can be recovered)',
        'SECONDARY',
      ),
      law('Reid v. District of Columbia, 401 F.3d 516 (D.C. Cir. 2005) (the remedy is individualized)'),
      practice(
        'Missouri DESE special education listserv, May 23, 2008 (full make-up, or an IEP meeting about compensatory services)',
        'PRIMARY',
      ),
      practice('Minutes missed: counted week by week from the service log; a record, not an award'),
    ),
  );
  const dir = directors(ctx);
  const to = unique([...caseManagers(ctx), ...dir.recipients]);
  return {
    title: 'Request for compensatory services',
    subject: `Request for make-up services: ${student}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    attachments: [
      {
        name: 'Service minutes table',
        description: 'The minutes in the plan compared with the service log.',
      },
    ],
    warnings: [
      ...dir.warnings,
      'The table is a record of minutes, not an award. The team decides what will make up for them.',
    ],
  };
}

export const compEdRequest = defineKind(info, schema, build);
