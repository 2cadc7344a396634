import { z } from 'zod';
import { computeDeadline } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, plainDate, studentPhrase } from '../phrases.js';
import { custodians, greeting } from '../recipients.js';
import { citations, defineKind, law, missing, q } from './kind-module.js';

// missouri-rules.md §2: 610.023.3 requires the custodian to act within 3 business days, and if access is not
// immediate, to give a detailed explanation of the cause for delay and the place and earliest time and date the
// record will be available. 610.027 remedies are from secondary summaries: mentioned only, at SECONDARY.

const schema = z.strictObject({
  requestDate: z.iso.date().optional(),
  requestSummary: z.string().max(2000).optional(),
  sentTo: z.enum(['district', 'ssd', 'both']).optional(),
});

const info = {
  kind: 'sunshine-followup' as const,
  title: 'Follow up on a records request',
  summary: 'When the school has not answered your records request in 3 business days, ask again in writing.',
  needsMeeting: false,
  plannerTask: null,
  triggers: [],
  hasAttachments: false,
  questions: [
    q(
      'requestDate',
      'Your first request',
      'date',
      'On what date did the custodian of records get your request?',
      'If you sent it by email, use the date you sent it.',
      { required: true },
    ),
    q(
      'requestSummary',
      'Your first request',
      'text',
      'What did you ask for?',
      'A few words is enough, like "Jordan\'s records for the IEP meeting".',
    ),
    q(
      'sentTo',
      'Your first request',
      'choice',
      'Who did you send it to?',
      'If your district works with SSD, you may have sent it to both.',
      {
        choices: [
          { value: 'district', label: 'The school district' },
          { value: 'ssd', label: 'SSD' },
          { value: 'both', label: 'Both' },
        ],
      },
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  if (answers.requestDate === undefined) {
    return missing('requestDate', 'Add the date the custodian of records got your request.');
  }
  const due = computeDeadline('sunshine-response', {
    from: answers.requestDate,
    closures: ctx.caseFile.closures,
    timeZone: ctx.zone,
  });
  if (ctx.today <= due.due) {
    return missing(
      'requestDate',
      `The custodian has until the end of ${plainDate(due.due)} to act. You can send this letter after that day.`,
    );
  }
  const { recipients: to, warnings } = custodians(ctx, answers.sentTo ?? 'both');
  const what = known(answers.requestSummary);
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. On ${plainDate(answers.requestDate)}, I asked you for records${what !== undefined ? `: ${what}` : ''}. I have not had an answer.`,
    },
    {
      type: 'paragraph',
      text: `Missouri's Sunshine Law, RSMo 610.023.3, says a custodian must act on a request by the end of the third business day after getting it. For my request, that was ${plainDate(due.due)}.`,
    },
    {
      type: 'paragraph',
      text: 'The law also says that if the records are not ready at once, the custodian must explain the cause of the delay in detail. The custodian must also give the place, and the earliest time and date, that the records will be ready.',
    },
    { type: 'paragraph', text: 'Please send me now:' },
    {
      type: 'list',
      items: [
        'the records, or a detailed explanation of the cause of the delay, and',
        'the place, and the earliest time and date, that I can see or get the records.',
      ],
    },
    {
      type: 'paragraph',
      text: 'If you deny any part of my request, please give me a written statement of the reasons. Please name the part of the law that allows it (RSMo 610.023.4).',
    },
    {
      type: 'paragraph',
      text: `For my child's own education records, I also rely on IDEA (34 CFR 300.613) and FERPA (34 CFR 99.10).`,
    },
    {
      type: 'paragraph',
      text: `I hope we can settle this without any formal steps. The Sunshine Law has remedies when a public body does not follow it (RSMo 610.027). ${CONTACT_ASK}`,
    },
    citations(
      law('RSMo 610.023.3 (act within 3 business days; explain any delay and give the earliest date)'),
      law('RSMo 610.023.4 (written reasons for a denial)'),
      law("34 CFR 300.613; 34 CFR 99.10(b) (the child's education records)"),
      law('RSMo 610.027 (remedies)', 'SECONDARY'),
    ),
  ];
  return {
    title: 'Follow-up on a Sunshine Law request',
    subject: `Follow-up: records request of ${plainDate(answers.requestDate)} (RSMo 610.023)`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings,
  };
}

export const sunshineFollowup = defineKind(info, schema, build);
