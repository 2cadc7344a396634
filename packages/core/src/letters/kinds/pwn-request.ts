import { z } from 'zod';
import { computeDeadline } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, meetingPhrase, plainDate, studentPhrase } from '../phrases.js';
import { caseManagers, directors, greeting, unique } from '../recipients.js';
import { citations, defineKind, law, missing, practice, q } from './kind-module.js';

// 34 CFR 300.503(b) (missouri-rules.md §4): the seven elements, in the 2006 order. Five business days is the
// parent's request, not a legal deadline (the rule says "a reasonable time"). A 504 plan: 104.36 requires notice
// but has no content list, so we ask for the same content as good practice and never say 104.36 requires it.

export const PWN_ELEMENTS = [
  'A description of the action proposed or refused by the agency;',
  'An explanation of why the agency proposes or refuses to take the action;',
  'A description of each evaluation procedure, assessment, record, or report the agency used as a basis for the proposed or refused action;',
  'A statement that the parents of a child with a disability have protection under the procedural safeguards of this part and, if this notice is not an initial referral for evaluation, the means by which a copy of a description of the procedural safeguards can be obtained;',
  'Sources for parents to contact to obtain assistance in understanding the provisions of this part;',
  'A description of other options that the IEP Team considered and the reasons why those options were rejected; and',
  "A description of other factors that are relevant to the agency's proposal or refusal.",
] as const;

const actionItem = z.strictObject({
  action: z.string().max(2000).optional(),
  decision: z.enum(['refused', 'proposed', 'unknown']).optional(),
});
const schema = z.strictObject({ actions: z.array(actionItem).max(50).optional() });

const info = {
  kind: 'pwn-request' as const,
  title: 'Ask for a Notice of Action',
  summary:
    'Ask in writing for Prior Written Notice (Missouri: Notice of Action) of what the school refused or plans to change.',
  needsMeeting: false,
  plannerTask: 'pwn-request' as const,
  triggers: ['pwn-response' as const],
  hasAttachments: false,
  questions: [
    q(
      'actions',
      'What the school decided',
      'list',
      'What did the school say no to, or plan to change?',
      'Add one thing at a time, in your own words.',
      {
        required: true,
        itemFields: [
          q(
            'action',
            'What the school decided',
            'text',
            'What was it?',
            'For example: "My request for a reading evaluation."',
            { required: true },
          ),
          q(
            'decision',
            'What the school decided',
            'choice',
            'Did the school refuse it or propose it?',
            'Pick "I don\'t know" if it was not clear.',
            {
              allowUnknown: true,
              choices: [
                { value: 'refused', label: 'The school said no' },
                { value: 'proposed', label: 'The school wants to make this change' },
              ],
            },
          ),
        ],
      },
    ),
  ],
};

const DECISION: Record<'refused' | 'proposed' | 'unknown', string> = {
  refused: 'you refused',
  proposed: 'you proposed',
  unknown: 'I am not sure whether you refused or proposed',
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const actions = (answers.actions ?? [])
    .map((a) => ({ action: known(a.action), decision: a.decision ?? 'unknown' }))
    .filter(
      (a): a is { action: string; decision: 'refused' | 'proposed' | 'unknown' } => a.action !== undefined,
    );
  if (actions.length === 0) {
    return missing('actions', 'Add what the school refused or plans to change.');
  }
  const due = computeDeadline('pwn-response', {
    from: ctx.today,
    closures: ctx.caseFile.closures,
    timeZone: ctx.zone,
  });
  const when =
    ctx.meeting !== undefined && ctx.meeting.sessions.some((s) => s.start.slice(0, 10) <= ctx.today)
      ? ` at ${meetingPhrase(ctx.meeting)}`
      : '';
  const name = ctx.is504 ? 'written notice' : 'Prior Written Notice (in Missouri, a Notice of Action)';
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am asking for ${name} about these decisions${when}:`,
    },
    { type: 'list', ordered: true, items: actions.map((a) => `${a.action} (${DECISION[a.decision]} this)`) },
  ];
  if (ctx.is504) {
    blocks.push(
      {
        type: 'paragraph',
        text:
          'Section 504 says the school must give notice of its decisions, under 34 CFR 104.36. That rule does not list what the notice must say. ' +
          'As good practice, please include the same things the IDEA rule lists for Prior Written Notice:',
      },
      { type: 'list', ordered: true, items: PWN_ELEMENTS.map((e) => `"${e}"`) },
    );
  } else {
    blocks.push(
      { type: 'paragraph', text: 'The IDEA rule, 34 CFR 300.503(b), says the notice must include:' },
      { type: 'list', ordered: true, items: PWN_ELEMENTS.map((e) => `"${e}"`) },
    );
  }
  blocks.push(
    {
      type: 'paragraph',
      text: `Please send it to me by ${plainDate(due.due)}, which is 5 business days from today. This is my request. The rule itself says "a reasonable time."`,
    },
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      ...(ctx.is504
        ? [
            law('34 CFR 104.36 (notice; no list of contents)'),
            practice('Asking for the 300.503(b) contents in a 504 notice: good practice'),
          ]
        : [
            law('34 CFR 300.503(a)-(b) (Prior Written Notice; in Missouri, Notice of Action)'),
            law('DESE FAQ: Notice of Action'),
          ]),
      practice("5 business days: the parent's request, not a legal deadline", 'PRIMARY'),
    ),
  );
  const dir = directors(ctx);
  const to = unique([...caseManagers(ctx), ...dir.recipients]);
  return {
    title: ctx.is504 ? 'Request for written notice' : 'Request for Prior Written Notice (Notice of Action)',
    subject: `${ctx.is504 ? 'Request for written notice' : 'Request for Notice of Action'}: ${ctx.caseFile.student.name}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings: dir.warnings,
  };
}

export const pwnRequest = defineKind(info, schema, build);
