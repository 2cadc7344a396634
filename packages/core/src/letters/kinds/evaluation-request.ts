import { z } from 'zod';
import type { DeadlineRuleId } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import { askDate, closedLastDay, ifSentNow, ifYouGetIt } from '../letter-dates.js';
import type { LetterBlock, SchoolDate } from '../letter-types.js';
import {
  asItem,
  asSentence,
  CONTACT_ASK,
  known,
  knownList,
  plainDate,
  pwnAsk,
  studentPhrase,
} from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import {
  advice,
  answerEnum,
  answerList,
  answerText,
  defineKind,
  districtPolicy,
  law,
  missing,
  q,
  type Citation,
} from './kind-module.js';

// missouri-rules.md §8, §11, §16.7, §16.9. First evaluation (IDEA): the SSD Family Handbook's 30 calendar days to
// decide binds SSD only; elsewhere the letter reports what district pages say (not law) and the date is the
// parent's request. The evaluation itself: 60 days from consent (34 CFR 300.301(c)(1); SSD Handbook). The procedural
// safeguards notice is due on a parent's request for evaluation (300.504(a)(1)). Re-evaluation: no 30-day law;
// 300.303 for an IEP; a 504 plan's re-evaluation cites only 104.36 (no IDEA rule applies to it).

const AREA_MAX = 500;
const AREAS = 30;
const REASONS_MAX = 4000;

const schema = z.strictObject({
  type: answerEnum(['initial', 'reevaluation']).optional(),
  areas: answerList(answerText(AREA_MAX), AREAS).optional(),
  reasons: answerText(REASONS_MAX).optional(),
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
      'A re-evaluation is a new evaluation for a child who already has a plan.',
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
      { required: true, maxItems: AREAS, maxLength: AREA_MAX },
    ),
    q(
      'reasons',
      'Why',
      'long-text',
      'What have you seen that worries you?',
      'Give one or two examples, with dates if you have them.',
      { required: true, maxLength: REASONS_MAX },
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const type = answers.type;
  if (type === undefined) return missing('type', 'Choose a first evaluation or a re-evaluation.');
  const areas = knownList(answers.areas).map(asItem);
  const reasons = known(answers.reasons);
  if (areas.length === 0) return missing('areas', 'Add at least one area that worries you.');
  const student = ctx.caseFile.student.name;
  const initial = type === 'initial';
  // A 504 plan's own re-evaluation is not an IDEA evaluation: no IDEA rule is cited for it.
  const idea = initial || !ctx.is504;
  const body: LetterBlock[] = [
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
    body.push(
      { type: 'heading', text: 'What I have seen' },
      { type: 'paragraph', text: asSentence(reasons) },
    );
  body.push({ type: 'heading', text: 'What I ask' });
  const sources: Citation[] = [];
  const points: string[] = [];
  const schoolDates: SchoolDate[] = [];
  if (initial) {
    // A first evaluation is an IDEA evaluation, for a child with a 504 plan too. The 30 days bind SSD (its Family
    // Handbook); elsewhere district pages report them, so the date is the parent's request and the letter says so
    // (missouri-rules.md §11, §16.9). Counted from the day the school gets the letter.
    const decision = ifSentNow(ctx, 'evaluation-decision', { planType: 'IEP' });
    const by = plainDate(askDate(decision));
    schoolDates.push({
      date: askDate(decision),
      what:
        ctx.ssd !== null
          ? 'SSD Family Handbook: 30 days to decide whether to evaluate'
          : 'The date the parent asks for the decision',
    });
    body.push({
      type: 'paragraph',
      text:
        ctx.ssd !== null
          ? `The SSD Family Handbook says SSD will decide whether to evaluate within 30 days of a referral. ${ifYouGetIt(ctx, decision, 'this letter')}, that is by ${by}.${closedLastDay(decision)} Please give me your decision in writing, in a Notice of Action.`
          : `Many Missouri districts say they decide whether to evaluate within 30 days of a referral. I ask for your decision in writing, in a Notice of Action, within 30 days after you get this letter. ${ifYouGetIt(ctx, decision)}, that is by ${by}.${closedLastDay(decision)} This date is my request.`,
    });
    body.push({
      type: 'paragraph',
      text: 'If you agree to evaluate, please send me the consent form. The evaluation must be done within 60 days after you get my signed consent (34 CFR 300.301(c)(1)).',
    });
    body.push({
      type: 'paragraph',
      text: 'Please also send me the procedural safeguards notice, which the school gives when a parent asks for an evaluation (34 CFR 300.504(a)(1)).',
    });
    sources.push(
      ctx.ssd !== null
        ? districtPolicy('SSD Family Handbook (SSD decides within 30 calendar days of a referral)', 'PRIMARY')
        : districtPolicy(
            'District web pages: a decision within 30 days of a referral (not a state rule we could confirm)',
            'SECONDARY',
          ),
      law('34 CFR 300.301(c)(1); SSD Family Handbook (evaluation within 60 days of consent)'),
      law('34 CFR 300.504(a)(1) (procedural safeguards notice on a request for evaluation)'),
      law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
    );
    points.push(
      ctx.ssd !== null
        ? "SSD's own handbook promises a decision within 30 days. It binds SSD."
        : 'No Missouri rule we could confirm sets 30 days for this decision. District web pages say 30 days, so the letter asks for that date. It is a request, not the law.',
      'Keep a copy of this letter. The time limits count from the day the school gets it. If you mail it, they count from the day it arrives.',
    );
    if (ctx.is504) {
      points.push(
        'This asks for a special education evaluation under IDEA. That is open to a child with a 504 plan too.',
      );
    }
  } else {
    // No law sets a time to answer a request for a re-evaluation (missouri-rules.md §16.9): no date is asked for.
    body.push({
      type: 'paragraph',
      text: 'Please tell me in writing whether you will do the re-evaluation. If you agree, please send me the consent form and tell me when it will be done.',
    });
    body.push({ type: 'paragraph', text: 'Please also send me a copy of my procedural safeguards.' });
    points.push(
      'No law sets a number of days to answer a request for a re-evaluation, so the letter names no date. If no answer comes in two weeks, send a short reminder and keep a copy.',
    );
    if (idea) {
      points.push(
        'A re-evaluation must happen at least every 3 years, and not more than once a year unless you and the school agree (34 CFR 300.303).',
      );
      sources.push(
        law('34 CFR 300.303 (re-evaluation: at least every 3 years, at most once a year unless both agree)'),
      );
    }
    sources.push(advice('Two weeks before a reminder: our advice (no law sets a time for this answer)'));
  }
  // A refusal to do an IDEA evaluation needs Prior Written Notice even for a child with a 504 plan.
  body.push(
    { type: 'paragraph', text: pwnAsk({ ...ctx, is504: !idea }, 'this request') },
    { type: 'paragraph', text: CONTACT_ASK },
  );
  if (!initial) {
    sources.push(
      ctx.is504
        ? law('34 CFR 104.36 (notice of 504 decisions)')
        : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
    );
  }
  const dir = directors(ctx);
  return {
    title: initial ? 'Request for an evaluation' : 'Request for a re-evaluation',
    subject: `${initial ? 'Request for an evaluation' : 'Request for a re-evaluation'}: ${student}`,
    to: [...caseManagers(ctx), ...dir.recipients],
    cc: [],
    body,
    notes: { points, sources },
    warnings: dir.warnings,
    schoolDates,
  };
}

/**
 * Only a first evaluation starts the 30 days to decide (an IDEA referral, for a child with a 504 plan too); no law
 * sets a time to answer a request for a re-evaluation (missouri-rules.md §11, §16.9).
 */
function clocks(answers: z.output<typeof schema>): DeadlineRuleId[] {
  return answers.type === 'initial' ? ['evaluation-decision'] : [];
}

export const evaluationRequest = defineKind(info, schema, build, clocks);
