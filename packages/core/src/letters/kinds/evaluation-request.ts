import { z } from 'zod';
import { computeDeadline } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, knownList, plainDate, pwnAsk, studentPhrase } from '../phrases.js';
import { caseManagers, directors, greeting, unique } from '../recipients.js';
import { citations, defineKind, law, missing, practice, q } from './kind-module.js';

// missouri-rules.md §8, §11: the district decides whether to evaluate within 30 calendar days of the referral
// (SSD Family Handbook, PRIMARY for SSD; for other districts, district pages, SECONDARY), and the evaluation is
// done within 60 calendar days of signed consent (SSD Handbook; 34 CFR 300.301(c)(1) lets the state set it).
// Re-evaluation: 34 CFR 300.303 (at least every 3 years, not more than once a year unless both agree).

const schema = z.strictObject({
  type: z.enum(['initial', 'reevaluation']).optional(),
  areas: z.array(z.string().max(500)).max(30).optional(),
  reasons: z.string().max(4000).optional(),
});

const info = {
  kind: 'evaluation-request' as const,
  title: 'Ask for an evaluation',
  summary: 'Ask the school in writing to evaluate your child, for the first time or again.',
  needsMeeting: false,
  plannerTask: null,
  triggers: ['evaluation-decision' as const],
  hasAttachments: false,
  questions: [
    q(
      'type',
      'The evaluation',
      'choice',
      'Is this the first evaluation, or a new one?',
      'A re-evaluation is a new evaluation for a child who already has an IEP.',
      {
        required: true,
        choices: [
          { value: 'initial', label: 'The first evaluation for special education' },
          { value: 'reevaluation', label: 'A re-evaluation' },
        ],
      },
    ),
    q(
      'areas',
      'The evaluation',
      'list',
      'What areas worry you?',
      'For example: reading, speech, focus, behavior, or using a pencil.',
      { required: true },
    ),
    q(
      'reasons',
      'Why',
      'long-text',
      'What have you seen that worries you?',
      'Give one or two examples, with dates if you have them.',
      { required: true },
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const type = answers.type;
  if (type === undefined) return missing('type', 'Choose a first evaluation or a re-evaluation.');
  const areas = knownList(answers.areas);
  const reasons = known(answers.reasons);
  if (areas.length === 0) return missing('areas', 'Add at least one area that worries you.');
  const student = ctx.caseFile.student.name;
  const decision = computeDeadline('evaluation-decision', { from: ctx.today, timeZone: ctx.zone });
  const initial = type === 'initial';
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: initial
        ? `I am the parent of ${studentPhrase(ctx)}. I am asking you to evaluate ${student} for special education. Please test ${student} in all areas of suspected disability.`
        : `I am the parent of ${studentPhrase(ctx)}. I am asking for a re-evaluation of ${student}. Please test ${student} in all areas of need.`,
    },
    { type: 'paragraph', text: 'These are the areas that worry me most:' },
    { type: 'list', items: areas },
  ];
  if (reasons !== undefined)
    blocks.push({ type: 'heading', text: 'What I have seen' }, { type: 'paragraph', text: reasons });
  const source =
    ctx.ssd !== null ? 'The SSD Family Handbook says' : 'Missouri school districts generally say';
  blocks.push({ type: 'heading', text: 'The time limits' });
  if (initial) {
    blocks.push(
      {
        type: 'paragraph',
        text: `${source} the school will decide whether to evaluate within 30 days of a request. For this letter, that is by ${plainDate(decision.due)}. Please give me your decision in a Notice of Action.`,
      },
      {
        type: 'paragraph',
        text: 'If you agree to evaluate, please send me the consent form. The evaluation must be done within 60 days after you get my signed consent.',
      },
    );
  } else {
    blocks.push({
      type: 'paragraph',
      text: `Please tell me by ${plainDate(decision.due)} whether you will do the re-evaluation, in a Notice of Action. If you agree, please send me the consent form and tell me when it will be done.`,
    });
  }
  blocks.push(
    { type: 'paragraph', text: pwnAsk(ctx, 'this request') },
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      ...(initial
        ? [
            ctx.ssd !== null
              ? law('SSD Family Handbook (decision within 30 calendar days of referral)')
              : practice(
                  'District practice: decision within 30 days of referral (Missouri State Plan wording not yet checked)',
                ),
            law('SSD Family Handbook; 34 CFR 300.301(c)(1) (evaluation within 60 calendar days of consent)'),
            law('34 CFR 300.301 (initial evaluation)'),
          ]
        : [
            law(
              '34 CFR 300.303 (re-evaluation: at least every 3 years, at most once a year unless both agree)',
            ),
            practice("30 days for the re-evaluation decision: the parent's request"),
          ]),
      ctx.is504
        ? law('34 CFR 104.36 (notice of 504 decisions)')
        : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
    ),
  );
  const dir = directors(ctx);
  const to = unique([...caseManagers(ctx), ...dir.recipients]);
  return {
    title: initial ? 'Request for an evaluation' : 'Request for a re-evaluation',
    subject: `${initial ? 'Request for an evaluation' : 'Request for a re-evaluation'}: ${student}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings: [
      ...dir.warnings,
      'Keep a copy of this letter. The time limits count from the day the school gets it.',
    ],
  };
}

export const evaluationRequest = defineKind(info, schema, build);
