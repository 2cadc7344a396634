import { z } from 'zod';
import type { LetterContext } from '../context.js';
import { askDate, ifSentNow, ifYouGetIt } from '../letter-dates.js';
import type { LetterBlock } from '../letter-types.js';
import { asItem, CONTACT_ASK, known, meetingPhrase, plainDate, studentPhrase } from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import {
  advice,
  answerEnum,
  answerList,
  answerText,
  defineKind,
  guidance,
  law,
  missing,
  q,
} from './kind-module.js';

// 34 CFR 300.503(b) (missouri-rules.md §4): the seven elements, in the 2006 order. The 5 business days are what the
// parent asks of the school, not a legal deadline: the rule says notice comes "a reasonable time" before the school
// acts (300.503(a)). Both names: Prior Written Notice and, in Missouri, Notice of Action. A 504 plan: 104.36 requires
// notice but has no content list, so we ask for the same content as good practice and never say 104.36 requires it.

const PWN_ELEMENTS = [
  'A description of the action proposed or refused by the agency;',
  'An explanation of why the agency proposes or refuses to take the action;',
  'A description of each evaluation procedure, assessment, record, or report the agency used as a basis for the proposed or refused action;',
  'A statement that the parents of a child with a disability have protection under the procedural safeguards of this part and, if this notice is not an initial referral for evaluation, the means by which a copy of a description of the procedural safeguards can be obtained;',
  'Sources for parents to contact to obtain assistance in understanding the provisions of this part;',
  'A description of other options that the IEP Team considered and the reasons why those options were rejected; and',
  "A description of other factors that are relevant to the agency's proposal or refusal.",
] as const;

const ACTION_MAX = 2000;
const ACTIONS = 50;

const actionItem = z.strictObject({
  action: answerText(ACTION_MAX).optional(),
  decision: answerEnum(['refused', 'proposed', 'unknown']).optional(),
});
const schema = z.strictObject({ actions: answerList(actionItem, ACTIONS).optional() });

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
        maxItems: ACTIONS,
        itemFields: [
          q(
            'action',
            'What the school decided',
            'text',
            'What was it?',
            'For example: "My request for a reading evaluation."',
            { required: true, maxLength: ACTION_MAX },
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
  unknown: 'I am not sure if you refused or proposed',
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
  // The parent's request, not a legal deadline (the rule says "a reasonable time"): 5 business days from the day
  // the school gets the letter. Business days skip weekends and state holidays only (missouri-rules.md §16.2).
  const due = ifSentNow(ctx, 'pwn-response');
  const when =
    ctx.meeting !== undefined && ctx.meeting.sessions.some((s) => s.start.slice(0, 10) <= ctx.today)
      ? ` at ${meetingPhrase(ctx.meeting)}`
      : '';
  const name = ctx.is504 ? 'written notice' : 'Prior Written Notice, called a Notice of Action in Missouri,';
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am asking for ${name} about these decisions${when}:`,
    },
    {
      type: 'list',
      ordered: true,
      items: actions.map((a) => `${asItem(a.action.replace(/[.!?]+$/, ''))} (${DECISION[a.decision]} this).`),
    },
  ];
  if (ctx.is504) {
    body.push(
      {
        type: 'paragraph',
        text:
          'Section 504 says the school must give notice of its decisions (34 CFR 104.36). That rule does not list what the notice must say. ' +
          'Please include the same things the IDEA rule lists for Prior Written Notice:',
      },
      { type: 'list', ordered: true, items: PWN_ELEMENTS.map((e) => `"${e}"`) },
    );
  } else {
    body.push(
      { type: 'paragraph', text: 'The IDEA rule says the notice must include (34 CFR 300.503(b)):' },
      { type: 'list', ordered: true, items: PWN_ELEMENTS.map((e) => `"${e}"`) },
    );
  }
  body.push(
    {
      type: 'paragraph',
      text:
        `Please send the notice to me within 5 business days after you get this letter. ${ifYouGetIt(ctx, due)}, that is by ${plainDate(askDate(due))}. ` +
        (ctx.is504
          ? 'The rule does not set a date, so this is my request.'
          : 'The rule does not set a number of days. It says the notice must come a reasonable time before the school acts (34 CFR 300.503(a)). So this date is my request.'),
    },
    { type: 'paragraph', text: CONTACT_ASK },
  );
  const dir = directors(ctx);
  return {
    title: ctx.is504 ? 'Request for written notice' : 'Request for Prior Written Notice (Notice of Action)',
    subject: `${ctx.is504 ? 'Request for written notice' : 'Request for Prior Written Notice (Notice of Action)'}: ${ctx.caseFile.student.name}`,
    to: [...caseManagers(ctx), ...dir.recipients],
    cc: [],
    body,
    notes: {
      points: [
        ctx.is504
          ? 'The 5 business days are your request to the school. Section 504 sets no number of days for the notice.'
          : 'The 5 business days are your request to the school, not a legal deadline. The law says the notice must come "a reasonable time" before the school acts (34 CFR 300.503(a)).',
        ctx.is504
          ? 'Section 504 does not list what the notice must say. The letter asks for the IDEA list as good practice.'
          : 'In Missouri, Prior Written Notice is called a Notice of Action. The letter uses both names.',
        'If no notice comes by the date, send a short reminder, and keep a copy.',
      ],
      sources: [
        ...(ctx.is504
          ? [
              law('34 CFR 104.36 (notice; no list of contents)'),
              advice('Asking for the 34 CFR 300.503(b) contents in a 504 notice'),
            ]
          : [
              law('34 CFR 300.503(a)-(b) (Prior Written Notice; in Missouri, Notice of Action)'),
              guidance('DESE FAQ: Notice of Action (the name and the 10-day wait)'),
            ]),
        advice('5 business days: the date you ask for (the rule sets no number of days)'),
      ],
    },
    warnings: dir.warnings,
    schoolDates: [{ date: askDate(due), what: 'The date the parent asks for the notice' }],
  };
}

export const pwnRequest = defineKind(info, schema, build);
