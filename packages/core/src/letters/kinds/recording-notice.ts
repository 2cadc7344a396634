import { z } from 'zod';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, meetingName, meetingPhrase, sessionLines, studentPhrase } from '../phrases.js';
import { caseManagers, directors, greeting, unique } from '../recipients.js';
import { sessionMs } from '../context.js';
import { citations, defineKind, law, missing, practice, q } from './kind-module.js';

// RSMo 162.686 (missouri-rules.md §1, §12): a district may not prohibit a parent's audio recording of an IDEA or
// 504 meeting, nor require more than 24 hours' notice; the recording is the parent's. The law does not itself
// require the parent to give notice: the letter never says it does.

const DAY_MS = 24 * 60 * 60 * 1000;

const schema = z.strictObject({ note: z.string().max(2000).optional() });

const info = {
  kind: 'recording-notice' as const,
  title: 'Tell the school you will record',
  summary:
    'A short note that you will make an audio recording of the meeting. Send it at least 24 hours before the meeting.',
  needsMeeting: true,
  plannerTask: 'recording-notice' as const,
  triggers: [],
  hasAttachments: false,
  questions: [
    q(
      'note',
      'Anything else',
      'long-text',
      'Is there anything else you want to say in the note?',
      'Most people leave this empty. The note already gives the meeting times and the law.',
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const meeting = ctx.meeting;
  if (meeting === undefined) return missing('meeting', 'Add the meeting time to send a recording notice.');
  const starts = meeting.sessions.map((s) => sessionMs(s.start, meeting.timeZone));
  const first = Math.min(...starts);
  if (ctx.nowMs >= first) {
    return missing('meeting', 'This meeting has already started. Pick a meeting that is still to come.');
  }
  const warnings: string[] = [];
  const managers = caseManagers(ctx);
  if (managers.length === 0) {
    warnings.push(
      'Your team list has no case manager. Send the note to the person who set up the meeting, too.',
    );
  }
  const dir = directors(ctx);
  warnings.push(...dir.warnings);
  const late = first - ctx.nowMs < DAY_MS;
  if (late) {
    warnings.push(
      'The meeting starts in less than 24 hours. Your district may ask for 24 hours of notice. Send the note now, ' +
        'and ask the district to accept it. The law does not let the district stop you from recording.',
    );
  }
  const place = known(meeting.location);
  const sessions = sessionLines(meeting).map((s) => (place ? `${s}, at ${place}` : s));
  const blocks: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am writing to let you know that I will make an audio recording of ${meetingPhrase(meeting)}.`,
    },
    {
      type: 'paragraph',
      text: sessions.length > 1 ? 'I will record each of these sessions:' : 'I will record this session:',
    },
    { type: 'list', items: sessions },
    {
      type: 'paragraph',
      text:
        'Missouri law, RSMo 162.686, says that a school district may not stop a parent from making an audio recording ' +
        `of any IEP or 504 meeting. A district may not require more than 24 hours' notice. The recording belongs to me. ` +
        'It is not a public record.',
    },
  ];
  if (late) {
    blocks.push({
      type: 'paragraph',
      text: 'I know this note comes less than 24 hours before the meeting. Please accept it.',
    });
  } else {
    blocks.push({ type: 'paragraph', text: 'I am sending this note ahead of time so that everyone knows.' });
  }
  const note = known(answers.note);
  if (note !== undefined) blocks.push({ type: 'paragraph', text: note });
  blocks.push(
    { type: 'paragraph', text: CONTACT_ASK },
    citations(
      law('RSMo 162.686 (Missouri Senate summary of the bill; enacted text still to be checked)'),
      practice('Written notice at least 24 hours ahead: a safe habit, not a duty of the parent', 'PRIMARY'),
    ),
  );
  const to = unique([...managers, ...dir.recipients]);
  return {
    title: 'Notice of audio recording',
    subject: `Audio recording of the ${meetingName(meeting)}: ${ctx.caseFile.student.name}`,
    to,
    cc: [],
    greeting: greeting(ctx, to),
    blocks,
    warnings,
  };
}

export const recordingNotice = defineKind(info, schema, build);
