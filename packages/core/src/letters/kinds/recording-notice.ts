import { z } from 'zod';
import { MEETING_KINDS } from '../../case/index.js';
import {
  RECORDING_LAW_BASIS,
  RECORDING_LAW_POINTS,
  RECORDING_LAW_SOURCE_NOTE,
  RECORDING_POLICY_BASIS,
  recordingLawForSchool,
  recordingNoticeOffered,
  type Sourced,
} from '../../rules/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock, SourceNote } from '../letter-types.js';
import {
  asSentence,
  CONTACT_ASK,
  known,
  meetingName,
  meetingPhrase,
  sessionLines,
  studentPhrase,
} from '../phrases.js';
import { caseManagers, directors } from '../recipients.js';
import { sessionMs } from '../context.js';
import { answerText, defineKind, missing, q } from './kind-module.js';

// RSMo 162.686 (missouri-rules.md §1, §12, §16.3): a district may not prohibit a parent's audio recording of an IDEA
// or 504 meeting; it may require notice up to 24 hours ahead, and most district policies (the MSBA model) do. The
// letter gives that notice in writing. A mediation is confidential (34 CFR 300.506(b)(8)): no notice is offered.
// Every sentence about the law comes from core's rules/recording-law.ts, the one source the plan and the recording
// page use too.

const DAY_MS = 24 * 60 * 60 * 1000;
const NOTE_MAX = 2000;

const schema = z.strictObject({ note: answerText(NOTE_MAX).optional() });

const info = {
  kind: 'recording-notice' as const,
  title: 'Tell the school you will record',
  summary:
    'A short note that you will make an audio recording of the meeting. Send it at least 24 hours before the meeting.',
  needsMeeting: true,
  notForMeetingKinds: MEETING_KINDS.filter((k) => !recordingNoticeOffered(k)),
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
      { maxLength: NOTE_MAX },
    ),
  ],
};

export const MEDIATION_IS_CONFIDENTIAL =
  'Mediation is confidential (34 CFR 300.506(b)(8)), so this note is not for a mediation. Do not record it. Pick another meeting.';

const sourceOf = ({ citation, confidence, kind }: Sourced): SourceNote => ({ citation, confidence, kind });

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const meeting = ctx.meeting;
  if (meeting === undefined) return missing('meeting', 'Add the meeting time to send a recording notice.');
  if (!recordingNoticeOffered(meeting.kind)) return missing('meeting', MEDIATION_IS_CONFIDENTIAL);
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
      'The meeting starts in less than 24 hours. Your district may require 24 hours of notice, and most do. ' +
        'With less notice, the district may say no to recording this meeting. Send the note now and ask the ' +
        'district to accept it, or ask to move the meeting.',
    );
  }
  const place = known(meeting.location);
  const sessions = sessionLines(meeting).map((s) => (place ? `${s}, at ${place}` : s));
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. I am writing to let you know that I will make an audio recording of ${meetingPhrase(meeting)}.`,
    },
    {
      type: 'paragraph',
      text: sessions.length > 1 ? 'I will record each of these sessions:' : 'I will record this session:',
    },
    { type: 'list', items: sessions },
    { type: 'paragraph', text: recordingLawForSchool(ctx.is504 ? '504' : 'IEP') },
    {
      type: 'paragraph',
      text: late
        ? 'I know this notice comes less than 24 hours before the meeting. Please accept it.'
        : 'This letter is my written notice, sent at least 24 hours before the meeting.',
    },
  ];
  const note = known(answers.note);
  if (note !== undefined) body.push({ type: 'paragraph', text: asSentence(note) });
  body.push({ type: 'paragraph', text: CONTACT_ASK });
  return {
    title: 'Notice of audio recording',
    subject: `Audio recording of the ${meetingName(meeting)}: ${ctx.caseFile.student.name}`,
    to: [...managers, ...dir.recipients],
    cc: [],
    body,
    notes: {
      points: [
        ...RECORDING_LAW_POINTS,
        'Send it by email if you can. Keep the sent email: it shows the date and time you gave notice.',
        'The district may record the meeting too. Many district policies say so.',
        RECORDING_LAW_SOURCE_NOTE,
      ],
      sources: [RECORDING_LAW_BASIS, RECORDING_POLICY_BASIS].map(sourceOf),
    },
    warnings,
  };
}

export const recordingNotice = defineKind(info, schema, build);
