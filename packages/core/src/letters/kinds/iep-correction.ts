import { z } from 'zod';
import { sessionMs, type LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { asSentence, known, meetingDate, meetingPhrase, plainDate, studentPhrase } from '../phrases.js';
import { schoolTeam } from '../recipients.js';
import { advice, answerDate, answerList, answerText, defineKind, law, missing, q } from './kind-module.js';

// Asking the team to correct the IEP (or amendment) where it does not match what the meeting settled: each point
// with what was settled, what the paper says, and where in the recording it was said (the clips go with it). The
// ask is the parent's; the one legal sentence is the notice the school owes if it will not make the change
// (34 CFR 300.503; a 504 plan 104.36), the same sentence the other letters use.

const LINE_MAX = 1000;
const ITEMS = 50;

const correction = z.strictObject({
  settled: answerText(LINE_MAX).optional(),
  written: answerText(LINE_MAX).optional(),
  moment: answerText(100).optional(),
});
const schema = z.strictObject({
  documentDate: answerDate().optional(),
  corrections: answerList(correction, ITEMS).optional(),
  clips: z.boolean({ error: 'Pick yes or no.' }).optional(),
});
export type IepCorrectionAnswers = z.output<typeof schema>;

const SECTION = 'What to correct';

const info = {
  kind: 'iep-correction' as const,
  title: 'Ask to correct the IEP',
  summary:
    'When the written IEP does not match what the team settled at the meeting, ask the team to correct it.',
  needsMeeting: true,
  plannerTask: null,
  triggers: [],
  hasAttachments: true,
  questions: [
    q('documentDate', SECTION, 'date', 'What date is on the IEP you got?', 'It is often on the first page.'),
    q(
      'corrections',
      SECTION,
      'list',
      'What does not match the meeting?',
      'Add each point: what the team settled, what the IEP says, and when it was said in your recording.',
      {
        maxItems: ITEMS,
        itemFields: [
          q(
            'settled',
            SECTION,
            'text',
            'What did the team settle?',
            'For example: "60 minutes of speech a week."',
            {
              required: true,
              maxLength: LINE_MAX,
            },
          ),
          q(
            'written',
            SECTION,
            'text',
            'What does the IEP say?',
            'For example: "30 minutes a week, page 3." Leave it empty if you could not find it.',
            { maxLength: LINE_MAX },
          ),
          q('moment', SECTION, 'text', 'When in the recording?', 'For example: "12:34".', { maxLength: 100 }),
        ],
      },
    ),
    q(
      'clips',
      SECTION,
      'yes-no',
      'Will you send clips of the recording with this letter?',
      'A short clip at each moment lets the team hear what was said.',
    ),
  ],
};

function pointText(c: { settled: string; written?: string; moment?: string }, plan: string): string {
  const said = `At the meeting, the team settled: ${asSentence(c.settled)}`;
  const paper =
    c.written === undefined
      ? ` I could not find this in the ${plan}.`
      : ` The ${plan} says: ${asSentence(c.written)}`;
  const when = c.moment === undefined ? '' : ` It was said ${c.moment} into my recording of the meeting.`;
  return `${said}${paper}${when}`;
}

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const meeting = ctx.meeting;
  if (meeting === undefined) return missing('meeting', 'Pick the meeting the IEP came from.');
  const start = Math.min(...meeting.sessions.map((x) => sessionMs(x.start, meeting.timeZone)));
  if (ctx.nowMs < start)
    return missing(
      'meeting',
      `This letter is for after the meeting. It starts on ${plainDate(meetingDate(meeting))}.`,
    );
  const points = (answers.corrections ?? []).flatMap((c) => {
    const settled = known(c.settled);
    if (settled === undefined) return [];
    const written = known(c.written);
    const moment = known(c.moment);
    return [{ settled, ...(written ? { written } : {}), ...(moment ? { moment } : {}) }];
  });
  if (points.length === 0)
    return missing('corrections', 'Add at least one thing that does not match the meeting.');
  const plan = ctx.plan;
  const dated = answers.documentDate === undefined ? '' : ` dated ${plainDate(answers.documentDate)}`;
  const clips = answers.clips === true && points.some((p) => p.moment !== undefined);
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I have read the ${plan}${dated} from ${meetingPhrase(meeting)}. Some parts do not match what the team settled at the meeting.`,
    },
    { type: 'heading', text: 'What needs to be corrected' },
    { type: 'list', items: points.map((p) => pointText(p, plan)) },
    {
      type: 'paragraph',
      text: `Please correct the ${plan} so that it matches what we settled, and send me the corrected copy. If I missed where the ${plan} says these things, please show me the page.`,
    },
  ];
  if (clips)
    body.push({
      type: 'paragraph',
      text: 'I have attached short clips of my recording of the meeting, one for each moment listed above.',
    });
  body.push({
    type: 'paragraph',
    text: ctx.is504
      ? 'If the school will not make a change, please give me written notice of your decision and the reasons for it (34 CFR 104.36).'
      : 'If the school will not make a change, please give me Prior Written Notice, called a Notice of Action in Missouri (34 CFR 300.503).',
  });
  const to = schoolTeam(ctx);
  return {
    title: `Correction of the ${plan}`,
    subject: `Correction of the ${plan} from the meeting on ${plainDate(meetingDate(meeting))}: ${ctx.caseFile.student.name}`,
    to,
    cc: [],
    body,
    closing: 'Thank you,',
    ...(clips
      ? {
          attachments: [
            {
              name: 'Recording clips',
              description: 'Short clips of the meeting recording, one for each moment listed in the letter.',
            },
          ],
        }
      : {}),
    notes: {
      points: [
        'Asking for a correction in writing is good practice, not a legal rule. It gives you and the school the same record.',
        'The check compares words. If the IEP says a thing in other words, the team may show you where. That is fine.',
        'To make a clip, open the recording and use "Make a clip" at each moment. Attach each clip to your email.',
      ],
      sources: [
        advice('Asking in writing for the IEP to match what the meeting settled'),
        ctx.is504
          ? law('34 CFR 104.36 (notice of 504 decisions)')
          : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
      ],
    },
    warnings:
      to.length === 0
        ? ['Your team list has no school staff. Add them so the letter has someone to go to.']
        : [],
  };
}

export const iepCorrection = defineKind(info, schema, build);
