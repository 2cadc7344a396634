import { z } from 'zod';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { asSentence, CONTACT_ASK, known, plainDate, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import {
  advice,
  answerDateOrUnknown,
  answerText,
  defineKind,
  law,
  missing,
  q,
  type Citation,
} from './kind-module.js';

// Independent educational evaluation at public expense, 34 CFR 300.502 (IDEA). The letter asks where an IEE may be
// obtained and for the agency criteria (300.502(a)(2), missouri-rules.md §16.7). The rest of 300.502 is not in
// missouri-rules.md, so it is said as the parent's understanding and marked UNCONFIRMED in the notes.
// Section 504 gives no right to an IEE at public expense (§16.4). For a 504-only student the letter is still
// offered, because a parent may ask the district to pay, but as a request, saying plainly it is not a right; when
// the disputed evaluation was an IDEA evaluation (a 504 student found not eligible for an IEP), the IDEA right
// applies and the IDEA letter is written.

const NAME_MAX = 500;
const WHY_MAX = 4000;

const schema = z.strictObject({
  evaluationName: answerText(NAME_MAX).optional(),
  evaluationDate: answerDateOrUnknown().optional(),
  ideaEvaluation: z.boolean({ error: 'Answer yes or no.' }).optional(),
  disagreement: answerText(WHY_MAX).optional(),
  evaluator: answerText(NAME_MAX).optional(),
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
      { required: true, maxLength: NAME_MAX },
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
      'ideaEvaluation',
      'The evaluation',
      'yes-no',
      'Was that test done to decide if your child needs special education?',
      'Say yes if the school tested for an IEP, even if your child got a 504 plan instead.',
      { onlyForPlan: '504' },
    ),
    q(
      'disagreement',
      'Why',
      'long-text',
      'Why do you disagree with it?',
      'You do not have to give a reason. If you want to, one or two sentences is enough.',
      { maxLength: WHY_MAX },
    ),
    q(
      'evaluator',
      'The evaluator',
      'text',
      'Do you have an evaluator in mind?',
      'Leave it empty if you do not know yet.',
      { maxLength: NAME_MAX },
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
  const idea = !ctx.is504 || answers.ideaEvaluation === true;
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I do not agree with a school evaluation of ${student}. It is ${name.replace(/[.!?]+$/, '')}${date}.`,
    },
  ];
  const sources: Citation[] = [];
  const points: string[] = [];
  if (idea) {
    body.push({
      type: 'paragraph',
      text: `I ask for an independent educational evaluation at public expense (34 CFR 300.502). That means a test by someone outside the school, at no cost to me.`,
    });
  } else {
    body.push({
      type: 'paragraph',
      text: `I am asking the district to pay for an outside evaluation of ${student}. I know that Section 504 does not give parents a right to have the district pay for one. I am asking you to agree to it, because a second opinion will help the team.`,
    });
  }
  const why = known(answers.disagreement);
  if (why !== undefined) body.push({ type: 'paragraph', text: `Why I do not agree: ${asSentence(why)}` });
  const evaluator = known(answers.evaluator);
  if (evaluator !== undefined)
    body.push({
      type: 'paragraph',
      text: `I would like the evaluation to be done by ${evaluator.replace(/[.!?]+$/, '')}.`,
    });
  if (idea) {
    body.push(
      {
        type: 'paragraph',
        text: "Please tell me where I can get one. Please also send me the school's rules for them, such as who may do the test and what it may cost (34 CFR 300.502(a)(2)).",
      },
      {
        type: 'paragraph',
        text: 'As I understand the rule, the school must act without delay. It must pay for the outside test, or ask for a due process hearing to show that its own test was right (34 CFR 300.502(b)).',
      },
      { type: 'paragraph', text: pwnAsk({ ...ctx, is504: false }, 'this request') },
    );
    sources.push(
      law('34 CFR 300.502(a)(2) (where an IEE may be obtained; the agency criteria)'),
      law('34 CFR 300.502(b) (pay, or file for due process without unnecessary delay)', 'UNCONFIRMED'),
      law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
    );
    points.push(
      'We have not yet checked every part of the rule on outside evaluations (34 CFR 300.502) against the official text. Ask MPACT (800-743-7634) if you are not sure.',
    );
    if (ctx.is504) {
      points.push(
        'You said the test was done to decide on special education. A parent who disagrees with that kind of test can ask for an outside one at public expense under IDEA, even if the child has a 504 plan.',
      );
    }
  } else {
    body.push({
      type: 'paragraph',
      text: 'If you say no, please tell me in writing, with your reasons (34 CFR 104.36).',
    });
    sources.push(
      law('34 CFR 104.36 (notice of 504 decisions)'),
      advice('Asking a district to pay for an outside evaluation under Section 504 (a request, not a right)'),
    );
    points.push(
      'Section 504 gives no right to an outside evaluation at public expense. The letter asks the district to agree to pay. It may say no.',
      'If the test was done to decide on special education (an IEP), go back and answer yes to that question. Then IDEA gives you the right to ask for an outside evaluation at public expense.',
    );
  }
  body.push({ type: 'paragraph', text: CONTACT_ASK });
  const dir = directors(ctx);
  return {
    title: idea ? 'Request for an independent educational evaluation' : 'Request for an outside evaluation',
    subject: `${idea ? 'Request for an independent educational evaluation' : 'Request for an outside evaluation'}: ${student}`,
    to: [...dir.recipients, ...caseManagers(ctx)],
    cc: [],
    body,
    notes: { points, sources },
    warnings: dir.warnings,
  };
}

export const ieeRequest = defineKind(info, schema, build);
