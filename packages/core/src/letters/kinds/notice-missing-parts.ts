import { z } from 'zod';
import { NOTICE_ELEMENTS, type ElementNumber } from '../../notices/notice-elements.js';
import type { NoticeCheck } from '../../notices/check-notice.js';
import type { LetterContext } from '../context.js';
import { askDate, ifSentNow, ifYouGetIt } from '../letter-dates.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, plainDate, studentPhrase } from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import {
  advice,
  answerDateOrUnknown,
  answerList,
  answerEnum,
  answerText,
  defineKind,
  guidance,
  law,
  missing,
  q,
} from './kind-module.js';

// Asks the school for the parts a Prior Written Notice (Notice of Action) left out, from the binder's check of it.
// 34 CFR 300.503(b) lists what the notice must include (missouri-rules.md §4) [PRIMARY, law]. The letter says "I
// could not find", never "you left out": the check reads words, and a part may be there in words it did not know.
// A 504 plan: 104.36 requires notice but lists no contents, so the letter asks for the IDEA parts as good practice.
// The 5 business days are the parent's request (the rule says "a reasonable time"), like the Notice of Action
// request letter.

const TITLE_MAX = 200;
const ELEMENT_VALUES = ['1', '2', '3', '4', '5', '6', '7'] as const;

const schema = z.strictObject({
  noticeTitle: answerText(TITLE_MAX).optional(),
  noticeDate: answerDateOrUnknown().optional(),
  missingParts: answerList(answerEnum(ELEMENT_VALUES), 7).optional(),
});

const info = {
  kind: 'notice-missing-parts' as const,
  title: 'Ask for the missing parts of a Notice of Action',
  summary:
    'Ask the school to send a complete Prior Written Notice (Notice of Action) when parts of it are missing.',
  needsMeeting: false,
  plannerTask: null,
  triggers: ['pwn-response' as const],
  hasAttachments: false,
  questions: [
    q(
      'noticeTitle',
      'The notice',
      'text',
      'What is the notice about?',
      'A few words, like "the change to speech services". The binder fills this in when you start from a notice.',
      { maxLength: TITLE_MAX },
    ),
    q(
      'noticeDate',
      'The notice',
      'date',
      'What date is printed on the notice?',
      'Look at the top of the notice.',
      {
        allowUnknown: true,
      },
    ),
    q(
      'missingParts',
      'The notice',
      'multi-choice',
      'Which parts could you not find in the notice?',
      'The binder checks the notice and picks these for you. You can change them.',
      {
        required: true,
        maxItems: 7,
        choices: NOTICE_ELEMENTS.map((e) => ({ value: String(e.n), label: e.name })),
      },
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const numbers = [...new Set(answers.missingParts ?? [])].map(Number).sort((a, b) => a - b);
  const parts = NOTICE_ELEMENTS.filter((e) => numbers.includes(e.n));
  if (parts.length === 0) return missing('missingParts', 'Pick the parts you could not find in the notice.');
  const title = known(answers.noticeTitle)?.replace(/[.!?]+$/, '');
  const date =
    answers.noticeDate !== undefined && answers.noticeDate !== 'unknown'
      ? plainDate(answers.noticeDate)
      : null;
  const name = ctx.is504 ? 'written notice' : 'Prior Written Notice (in Missouri, a Notice of Action)';
  const which = [date ? `dated ${date}` : '', title ? `about ${title}` : '']
    .filter((s) => s !== '')
    .join(', ');
  const due = ifSentNow(ctx, 'pwn-response');
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I received your ${name}${which ? ` ${which}` : ''}. I read it carefully and could not find these parts:`,
    },
    {
      type: 'list',
      ordered: false,
      items: parts.map((e) => (ctx.is504 ? `${capital(e.ask)}.` : `${capital(e.ask)} (${e.citation}).`)),
    },
    {
      type: 'paragraph',
      text: ctx.is504
        ? 'Section 504 says the school must give notice of its decisions (34 CFR 104.36). That rule does not list what the notice must say. The IDEA rule for Prior Written Notice lists these parts (34 CFR 300.503(b)), and I am asking for them so I can understand the decision.'
        : 'The IDEA rule says a Prior Written Notice must include each of these parts (34 CFR 300.503(b)).',
    },
    {
      type: 'paragraph',
      text:
        `Please send me a complete notice with these parts within 5 business days after you get this letter. ${ifYouGetIt(ctx, due)}, that is by ${plainDate(askDate(due))}. ` +
        (ctx.is504
          ? 'The rule does not set a date, so this is my request.'
          : 'The rule does not set a number of days. So this date is my request.'),
    },
    {
      type: 'paragraph',
      text: 'If these parts are in the notice and I missed them, please tell me where to find them.',
    },
    { type: 'paragraph', text: CONTACT_ASK },
  ];
  const dir = directors(ctx);
  const subject = ctx.is504
    ? 'Request for a complete written notice'
    : 'Request for a complete Notice of Action';
  return {
    title: subject,
    subject: `${subject}: ${ctx.caseFile.student.name}`,
    to: [...caseManagers(ctx), ...dir.recipients],
    cc: [],
    body,
    notes: {
      points: [
        'The binder checked the notice by reading its words. Read the notice again before you send this, in case a part is there in other words.',
        ctx.is504
          ? 'Section 504 does not list what the notice must say. The letter asks for the IDEA parts as good practice.'
          : 'In Missouri, Prior Written Notice is called a Notice of Action. The letter uses both names.',
        ctx.is504
          ? 'Section 504 has no 10-day wait before a change.'
          : 'In Missouri, the school must wait 10 days after a Notice of Action before it makes the change, unless you agree in writing to skip the wait. This comes from DESE guidance, not from federal law.',
        'The 5 business days are your request to the school, not a legal deadline.',
      ],
      sources: [
        ...(ctx.is504
          ? [
              law('34 CFR 104.36 (notice; no list of contents)'),
              advice('Asking for the 34 CFR 300.503(b) contents in a 504 notice'),
            ]
          : [
              law('34 CFR 300.503(b) (what a Prior Written Notice must include)'),
              guidance('DESE FAQ: Notice of Action (the name and the 10-day wait)'),
            ]),
        advice('5 business days: the date you ask for (the rule sets no number of days)'),
      ],
    },
    warnings: dir.warnings,
    schoolDates: [{ date: askDate(due), what: 'The date the parent asks for the complete notice' }],
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const noticeMissingParts = defineKind(info, schema, build);

/**
 * The letter's answers from a notice's check, or null when nothing is missing. The document's title is left out: it
 * is often a file name ("IMG_2034"), which must never reach the school; the parent says what the notice is about.
 */
export function noticeLetterAnswers(
  check: Pick<NoticeCheck, 'missing'>,
  noticeDate: string | null,
): { noticeDate: string; missingParts: string[] } | null {
  if (check.missing.length === 0) return null;
  return {
    noticeDate: noticeDate ?? 'unknown',
    missingParts: check.missing.map((n: ElementNumber) => String(n)),
  };
}
