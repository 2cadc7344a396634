import { z } from 'zod';
import { plainDayDate } from '../../calendar/index.js';
import { childRecordsNote, computeDeadline } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock } from '../letter-types.js';
import { CONTACT_ASK, known, plainDate, studentPhrase } from '../phrases.js';
import { custodians } from '../recipients.js';
import {
  answerDate,
  answerEnum,
  answerText,
  defineKind,
  law,
  missing,
  q,
  type Citation,
} from './kind-module.js';

// missouri-rules.md §2, §16.5-6: 610.023.3 requires the custodian to act within 3 business days of receiving the
// request, and if access is not immediate, to explain the delay in detail and give the place and earliest time and
// date. That clock is for district (public) records; a child's own records are closed records (610.021(6)) and are
// asked for under IDEA/FERPA (504: 104.36/FERPA), so a follow-up about those never cites the 3 days.
// 610.027 remedies are from secondary summaries: mentioned only, at SECONDARY.

const SUMMARY_MAX = 2000;

const schema = z.strictObject({
  requestDate: answerDate().optional(),
  requestSummary: answerText(SUMMARY_MAX).optional(),
  recordKind: answerEnum(['public', 'child', 'both']).optional(),
  sentTo: answerEnum(['district', 'ssd', 'both']).optional(),
});

const info = {
  kind: 'sunshine-followup' as const,
  title: 'Follow up on a records request',
  summary: 'When the school has not answered your records request, ask again in writing.',
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
      'An email sent before 5:00 PM on a business day arrives that day; later, or on a weekend or holiday, the next business day. By mail, use the day it arrived.',
      { required: true },
    ),
    q(
      'requestSummary',
      'Your first request',
      'text',
      'What did you ask for?',
      'A few words is enough, like "Jordan\'s records for the IEP meeting".',
      { maxLength: SUMMARY_MAX },
    ),
    q(
      'recordKind',
      'Your first request',
      'choice',
      'Were the records about your child, or district records?',
      "Your child's records are asked for under other laws than district records, like policies.",
      {
        choices: [
          { value: 'child', label: "My child's own records" },
          { value: 'public', label: 'District records, like policies or staff emails' },
          { value: 'both', label: 'Both' },
        ],
      },
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

function childRecordsText(ctx: LetterContext): { text: string; sources: Citation[] } {
  return ctx.is504
    ? {
        text: "For my child's own records, Section 504 gives me the right to examine them (34 CFR 104.36), and FERPA says I must be able to see them within 45 days after you got my request (34 CFR 99.10).",
        sources: [law('34 CFR 104.36'), law('34 CFR 99.10(b)')],
      }
    : {
        text: "For my child's own records, IDEA says I must be able to see them without unnecessary delay, before any IEP meeting, and within 45 days (34 CFR 300.613). FERPA also says within 45 days (34 CFR 99.10).",
        sources: [law('34 CFR 300.613(a)'), law('34 CFR 99.10(b)')],
      };
}

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  if (answers.requestDate === undefined) {
    return missing('requestDate', 'Add the date the custodian of records got your request.');
  }
  const kind = answers.recordKind ?? 'public';
  const publicRecords = kind !== 'child';
  // The legal last day skips weekends and state holidays only; the case's closed days never move it
  // (missouri-rules.md §16.2). Saying the custodian is late is a serious thing: until the later date the district
  // may count over its closed days has passed too, the parent is told plainly what the district may say.
  const due = computeDeadline('sunshine-response', {
    from: answers.requestDate,
    closures: ctx.caseFile.closures,
    timeZone: ctx.zone,
    planType: ctx.is504 ? '504' : 'IEP',
    ssdPartner: ctx.ssd !== null,
  });
  if (publicRecords && ctx.today <= due.due) {
    return missing(
      'requestDate',
      `The custodian has until the end of ${plainDate(due.due)} to act. You can send this letter after that day.`,
    );
  }
  const { recipients: to, warnings } = custodians(ctx, answers.sentTo ?? 'both');
  const later = due.districtMayCount;
  if (publicRecords && later !== null && ctx.today <= later.due) {
    const reasons = [...new Set(later.closedDays.map((d) => d.reason))].join('; ');
    warnings.push(
      `The district may say its office was closed and those days do not count: ${reasons}. If so, it may count until ${plainDayDate(later.due)}. You can send this letter now, or wait until after that day.`,
    );
  }
  const what = known(answers.requestSummary);
  const child = childRecordsText(ctx);
  const body: LetterBlock[] = [
    {
      type: 'paragraph',
      text: `I am the parent of ${studentPhrase(ctx)}. On ${plainDate(answers.requestDate)}, I asked you for records${what !== undefined ? `: ${what.replace(/[.!?]+$/, '')}` : ''}. I have not had an answer.`,
    },
  ];
  const sources: Citation[] = [];
  if (publicRecords) {
    body.push(
      {
        type: 'paragraph',
        text: `Missouri's Sunshine Law says a custodian must act on a request by the end of the third business day after getting it (RSMo 610.023.3). For my request, that was ${plainDate(due.due)}.`,
      },
      {
        type: 'paragraph',
        text: 'The law also says that if the records are not ready at once, the custodian must explain the cause of the delay in detail. The custodian must also give the place, and the earliest time and date, that the records will be ready.',
      },
      { type: 'paragraph', text: 'Please send me now:' },
      {
        type: 'list',
        items: [
          'The records, or a detailed explanation of the cause of the delay.',
          'The place, and the earliest time and date, that I can see or get the records.',
        ],
      },
      {
        type: 'paragraph',
        text: 'If you deny any part of my request, please give me a written statement of the reasons. Please name the part of the law that allows it (RSMo 610.023.4).',
      },
    );
    sources.push(
      law(
        'RSMo 610.023.3 (act within 3 business days of receipt; explain any delay and give the earliest date)',
      ),
      law('RSMo 610.023.4 (written reasons for a denial)'),
    );
  }
  if (kind !== 'public') {
    body.push({ type: 'paragraph', text: child.text });
    body.push({
      type: 'paragraph',
      text: 'Please tell me when and where I can see them, or send the copies I asked for.',
    });
    sources.push(...child.sources);
  }
  if (publicRecords) {
    body.push({
      type: 'paragraph',
      text: `I hope we can settle this without any formal steps. The Sunshine Law has remedies when a public body does not follow it (RSMo 610.027). ${CONTACT_ASK}`,
    });
    sources.push(law('RSMo 610.027 (remedies)', 'SECONDARY'));
  } else {
    body.push({ type: 'paragraph', text: CONTACT_ASK });
  }
  const points = [
    "The Sunshine Law's 3 business days count from the day the custodian got your request, and are for acting on it: giving the records, or explaining the delay and giving a date.",
  ];
  if (kind !== 'public') {
    points.push(childRecordsNote(ctx.is504 ? '504' : 'IEP'));
  }
  return {
    title: publicRecords ? 'Follow-up on a Sunshine Law request' : 'Follow-up on a records request',
    subject: `Follow-up: records request of ${plainDate(answers.requestDate)}`,
    to,
    cc: [],
    body,
    notes: { points, sources },
    warnings,
  };
}

export const sunshineFollowup = defineKind(info, schema, build);
