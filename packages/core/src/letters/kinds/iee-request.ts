import { z } from 'zod';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, plainDate, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors, greeting, unique } from '../recipients.js';
import { citations, defineKind, law, missing, q } from './kind-module.js';

// Independent educational evaluation at public expense, 34 CFR 300.502. missouri-rules.md does not cover
// 300.502, so the letter states only the request and what the parent understands the rule to say, and the
// citations block marks the 300.502 details UNCONFIRMED until they are checked against the official text.

const schema = z.strictObject({
  evaluationName: z.string().max(500).optional(),
  evaluationDate: z.union([z.iso.date(), z.literal('unknown')]).optional(),
  disagreement: z.string().max(4000).optional(),
  evaluator: z.string().max(500).optional(),
});

const info = {
  kind: 'iee-request' as const,
  title: 'Ask for an independent evaluation',
  summary: "If you disagree with the school's evaluation, ask for an outside evaluation paid by the school.",
  needsMeeting: false,
  plannerTask: null,
  triggers: [],
  hasAttachments: false,
  questions: [
    q(
      'evaluationName',
      'The evaluation',
      'text',
      'Which school test do you not agree with?',
      'For example: the reading test, or the test done every 3 years.',
      { required: true },
    ),
    q(
      'evaluationDate',
      'The evaluation',
      'date',
      'What is the date of that evaluation report?',
      'It is on the first page of the report.',
      { allowUnknown: true },
    ),
    q(
      'disagreement',
      'Why',
      'long-text',
      'Why do you disagree with it?',
      'You do not have to give a reason. If you want to, one or two sentences is enough.',
    ),
    q(
      'evaluator',
      'The evaluator',
      'text',
      'Do you have an evaluator in mind?',
      'Leave it empty if you do not know yet.',
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const name = known(answers.evaluationName);
  if (name === undefined) return missing('evaluationName', 'Say which school evaluation you disagree with.');
  const date =
    answers.evaluationDate === undefined || answers.evaluationDate === 'unknown'
      ? ''
      : `, dated ${plainDate(answers.evaluationDate)}`;
  const student = ctx.caseFile.student.name;
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I do not agree with the school's evaluation of ${student}: ${name}${date}.`,
    },
    {
      type: 'paragraph',
      text: `I am asking for an outside evaluation of ${student}, at no cost to me. This is called an independent educational evaluation (34 CFR 300.502).`,
    },
  ];
  const why = known(answers.disagreement);
  if (why !== undefined) blocks.push({ type: 'paragraph', text: `Why I do not agree: ${why}` });
  const evaluator = known(answers.evaluator);
  if (evaluator !== undefined)
    blocks.push({ type: 'paragraph', text: `I would like the evaluation to be done by ${evaluator}.` });
  blocks.push(
    {
      type: 'paragraph',
      text: 'As I understand the rule, the school must act on this without delay. It must pay for the outside evaluation, or ask for a due process hearing to show that its own test is right.',
    },
    {
      type: 'paragraph',
      text: 'Please send me the rules the school uses for outside tests. For example: who can do them, and what they may cost.',
    },
    { type: 'paragraph', text: pwnAsk(ctx, 'this request') },
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      law('34 CFR 300.502 (independent educational evaluation at public expense)', 'UNCONFIRMED'),
      law('34 CFR 300.502(b): pay, or file for due process without unnecessary delay', 'UNCONFIRMED'),
      ctx.is504
        ? law('34 CFR 104.36 (notice of 504 decisions)')
        : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
    ),
  );
  const dir = directors(ctx);
  const to = unique([...dir.recipients, ...caseManagers(ctx)]);
  return {
    title: 'Request for an independent educational evaluation',
    subject: `Request for an independent educational evaluation: ${student}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings: [
      ...dir.warnings,
      'The details of the rule on outside evaluations (34 CFR 300.502) are not yet checked against the official text. Ask MPACT (800-743-7634) if you are not sure.',
    ],
  };
}

export const ieeRequest = defineKind(info, schema, build);
