import { z } from 'zod';
import { sessionMs, type LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { commitmentSentence } from '../commitment-sentence.js';
import {
  asItem,
  known,
  knownList,
  meetingDate,
  meetingPhrase,
  plainDate,
  pwnForRefusals,
} from '../phrases.js';
import { schoolTeam } from '../recipients.js';
import {
  advice,
  answerDateOrUnknown,
  answerList,
  answerText,
  defineKind,
  law,
  missing,
  q,
} from './kind-module.js';

// The summary email after the meeting: a record the school can correct or confirm (good practice, not law).
// Refusals without notice get the Prior Written Notice ask (34 CFR 300.503; 504: 104.36).

const LINE_MAX = 2000;
const WHO_MAX = 200;
const ITEMS = 100;

const commitment = z.strictObject({
  who: answerText(WHO_MAX).optional(),
  what: answerText(LINE_MAX).optional(),
  by: answerDateOrUnknown().optional(),
});
const list = answerList(answerText(LINE_MAX), ITEMS).optional();
const schema = z.strictObject({
  discussed: list,
  agreed: list,
  refused: list,
  commitments: answerList(commitment, ITEMS).optional(),
  pwnRequested: list,
});

const item = (id: string, prompt: string, help: string) =>
  q(id, 'The meeting', 'list', prompt, help, { maxItems: ITEMS, maxLength: LINE_MAX });

const info = {
  kind: 'follow-up' as const,
  title: 'Follow-up email after the meeting',
  summary: 'A short email to the team: what was discussed, agreed and refused, and who will do what by when.',
  needsMeeting: true,
  plannerTask: 'follow-up' as const,
  triggers: [],
  hasAttachments: false,
  questions: [
    item('discussed', 'What did the team talk about?', 'One topic per line. Keep it short.'),
    item(
      'agreed',
      'What did the team agree to?',
      'One thing per line. Say it the way it was said at the meeting.',
    ),
    item(
      'refused',
      'What did the school say no to?',
      'One thing per line. We will ask for a written notice about each.',
    ),
    q(
      'commitments',
      'Who will do what',
      'list',
      'Who promised to do something?',
      'Add each promise: who, what, and by when.',
      {
        maxItems: ITEMS,
        itemFields: [
          q('who', 'Who will do what', 'text', 'Who?', 'A name or a role, like "the case manager".', {
            required: true,
            maxLength: WHO_MAX,
          }),
          q(
            'what',
            'Who will do what',
            'text',
            'What will they do?',
            'For example: "Send the new schedule."',
            { required: true, maxLength: LINE_MAX },
          ),
          q('by', 'Who will do what', 'date', 'By when?', 'Pick "I don\'t know" if no date was given.', {
            allowUnknown: true,
          }),
        ],
      },
    ),
    item(
      'pwnRequested',
      'Did you ask for a Notice of Action that has not come yet?',
      'One item per line. We will list them as still open.',
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const meeting = ctx.meeting;
  if (meeting === undefined) return missing('meeting', 'Add the meeting to write a follow-up email.');
  const start = Math.min(...meeting.sessions.map((x) => sessionMs(x.start, meeting.timeZone)));
  if (ctx.nowMs < start) {
    return missing(
      'meeting',
      `Write the follow-up after the meeting. It starts on ${plainDate(meetingDate(meeting))}.`,
    );
  }
  const discussed = knownList(answers.discussed);
  const agreed = knownList(answers.agreed);
  const refused = knownList(answers.refused);
  const pwn = knownList(answers.pwnRequested);
  const commitments = (answers.commitments ?? []).filter((c) => known(c.what) !== undefined);
  if (discussed.length + agreed.length + refused.length + commitments.length + pwn.length === 0) {
    return missing('agreed', 'Add at least one thing that was discussed, agreed or refused.');
  }
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `Thank you for meeting with me at ${meetingPhrase(meeting)}. This is my summary of the meeting. Please reply within one week if anything here is wrong or missing, so we have the same record.`,
    },
  ];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) body.push({ type: 'heading', text: title }, { type: 'list', items });
  };
  section('What we discussed', discussed.map(asItem));
  section('What we agreed', agreed.map(asItem));
  section('What the school refused', refused.map(asItem));
  section(
    'Who will do what',
    commitments.map((c) =>
      commitmentSentence(
        { who: c.who, what: known(c.what) ?? '', by: c.by },
        { parentName: ctx.parent.name },
      ),
    ),
  );
  const undated = commitments.some((c) => c.by === undefined || c.by === 'unknown');
  if (undated)
    body.push({ type: 'paragraph', text: 'Where no date was set, please tell me when it will be done.' });
  section('Notices I am still waiting for', pwn.map(asItem));
  if (refused.length > 0) body.push({ type: 'paragraph', text: pwnForRefusals(ctx) });
  body.push({
    type: 'paragraph',
    text: `Please also send me a copy of the ${ctx.plan} and any meeting notes.`,
  });
  const to = schoolTeam(ctx);
  return {
    title: 'Meeting follow-up',
    subject: `Summary of the ${ctx.plan} meeting on ${plainDate(meetingDate(meeting))}: ${ctx.caseFile.student.name}`,
    to,
    cc: [],
    body,
    closing: 'Thank you,',
    notes: {
      points: [
        'A written summary sent soon after the meeting is good practice, not a legal rule. It gives everyone the same record.',
        'If the school does not reply, your summary stands as your record of the meeting. Keep the sent email.',
      ],
      sources: [
        advice('A written summary sent the day after the meeting (not a legal deadline)'),
        ctx.is504
          ? law('34 CFR 104.36 (notice of 504 decisions)')
          : law('34 CFR 300.503 (Prior Written Notice; in Missouri, Notice of Action)'),
      ],
    },
    warnings:
      to.length === 0
        ? ['Your team list has no school staff. Add them so the email has someone to go to.']
        : [],
  };
}

export const followUp = defineKind(info, schema, build);
