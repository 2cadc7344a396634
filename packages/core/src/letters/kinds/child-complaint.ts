import { z } from 'zod';
import { DESE_FILING_HOURS, plainDayDate, receivedOn } from '../../calendar/index.js';
import { SSD_NAME } from '../../case/index.js';
import { childComplaintWindow } from '../../deadlines/index.js';
import type { LetterContext } from '../context.js';
import type { LetterBlock, MissingFact, Recipient } from '../letter-types.js';
import { asSentence, known, plainDate, signatureBlock } from '../phrases.js';
import { directors } from '../recipients.js';
import { answerDate, answerList, answerText, defineKind, guidance, law, q } from './kind-module.js';

// A DESE child complaint draft (missouri-rules.md §6, §16.1, §16.7): every element of 34 CFR 300.153(b), with a
// homeless child's contact information instead of a home address (300.153(b)(4)(ii)); the one-year window of
// 300.153(c) said as the last day DESE can get the complaint; the DESE address and fax; a copy to the district at
// the same time; filed when DESE receives it during 8:00-4:30 business hours. Due process is 2 years, not one.

const DESE_COMPLAINT_ADDRESS = [
  'Missouri Department of Elementary and Secondary Education',
  'Office of Special Education Compliance',
  'c/o Child Complaint Coordinator',
  'P.O. Box 480',
  'Jefferson City, MO 65102-0480',
] as const;
const DESE_COMPLAINT_FAX = '573-526-4404';

const TEXT_MAX = 4000;
const ADDRESS_MAX = 400;
const VIOLATIONS = 50;

const violation = z.strictObject({
  date: answerDate().optional(),
  what: answerText(TEXT_MAX).optional(),
});
const schema = z.strictObject({
  violations: answerList(violation, VIOLATIONS).optional(),
  proposedResolution: answerText(TEXT_MAX).optional(),
  homeless: z.boolean({ error: 'Answer yes or no.' }).optional(),
  studentAddress: answerText(ADDRESS_MAX).optional(),
  studentContact: answerText(ADDRESS_MAX).optional(),
  receiveDate: answerDate().optional(),
});

const info = {
  kind: 'child-complaint' as const,
  title: 'Child complaint to DESE',
  summary:
    'A written complaint to the Missouri education department that the school broke a special education rule.',
  needsMeeting: false,
  plannerTask: null,
  triggers: ['child-complaint-decision' as const],
  hasAttachments: false,
  questions: [
    q(
      'violations',
      'What happened',
      'list',
      'What did the school do, or fail to do?',
      'Add each problem with its date. Stick to facts: what happened and when.',
      {
        required: true,
        maxItems: VIOLATIONS,
        itemFields: [
          q(
            'date',
            'What happened',
            'date',
            'When did it happen?',
            'DESE can only look at problems from the last year.',
            { required: true },
          ),
          q(
            'what',
            'What happened',
            'long-text',
            'What happened?',
            'For example: "My son got no speech therapy from September 10 to October 30."',
            { required: true, maxLength: TEXT_MAX },
          ),
        ],
      },
    ),
    q(
      'proposedResolution',
      'How to fix it',
      'long-text',
      'How should the problem be fixed?',
      'For example: "Make up the missed therapy time, and follow the IEP."',
      { required: true, maxLength: TEXT_MAX },
    ),
    q(
      'homeless',
      'Your child',
      'yes-no',
      'Is your child homeless, or without a steady home address?',
      'If so, the complaint can give a way to reach your child instead of a home address.',
    ),
    q(
      'studentAddress',
      'Your child',
      'text',
      "What is your child's home address?",
      'Leave it empty if it is the same as yours, or if your child is homeless.',
      { maxLength: ADDRESS_MAX },
    ),
    q(
      'studentContact',
      'Your child',
      'text',
      'How can DESE reach your child?',
      'For example: a shelter, a phone number, or your email. A home address is not needed.',
      { maxLength: ADDRESS_MAX, showIf: { questionId: 'homeless', equals: true } },
    ),
    q(
      'receiveDate',
      'Sending it',
      'date',
      'On what date will DESE get the complaint?',
      'A fax or hand delivery arrives the same day. Mail takes a few days.',
    ),
  ],
};

function build(ctx: LetterContext, answers: z.output<typeof schema>) {
  const missingFacts: MissingFact[] = [];
  const violations = (answers.violations ?? []).filter((v) => known(v.what) !== undefined);
  if (violations.length === 0)
    missingFacts.push({ field: 'violations', message: 'Add what the school did or did not do, and when.' });
  if (violations.some((v) => v.date === undefined))
    missingFacts.push({ field: 'violations', message: 'Add the date of each problem.' });
  const resolution = known(answers.proposedResolution);
  if (resolution === undefined)
    missingFacts.push({ field: 'proposedResolution', message: 'Say how the problem should be fixed.' });
  const homeless = answers.homeless === true;
  const contact = known(answers.studentContact);
  const address = known(answers.studentAddress) ?? known(ctx.parent.address);
  if (homeless && contact === undefined)
    missingFacts.push({ field: 'studentContact', message: 'Say how DESE can reach your child.' });
  if (!homeless && address === undefined)
    missingFacts.push({
      field: 'studentAddress',
      message: "Add your child's home address. If your child is homeless, say so instead.",
    });
  if (ctx.parent.email === undefined && ctx.parent.phone === undefined) {
    missingFacts.push({ field: 'parents', message: 'Add your phone or email, so DESE can reach you.' });
  }
  if (missingFacts.length > 0) return { missing: missingFacts };
  // The day DESE gets it: the parent's answer, else today if sent now by fax (after 4:30 PM or on a closed day: the
  // next business day; calendar/receipt.ts with DESE's filing hours).
  const received = answers.receiveDate ?? receivedOn(ctx.nowMs, ctx.zone, DESE_FILING_HOURS).received;
  const student = ctx.caseFile.student;
  const district = ctx.ssd !== null ? `${student.district} and the ${SSD_NAME} (SSD)` : student.district;
  const warnings: string[] = [];
  // 34 CFR 300.153(c) runs forward: the last day DESE can get it is one year after each problem (core deadlines).
  for (const v of violations) {
    const late = v.date === undefined ? null : childComplaintWindow(v.date, received, ctx.zone).warning;
    if (late !== null) warnings.push(late);
  }
  if (warnings.length > 0) {
    warnings.push(
      'For older problems, a due process complaint has a longer time limit: it must be filed within two years of when you knew, or should have known, about the problem (34 CFR 300.511(e)).',
    );
  }
  warnings.push(
    `Send a copy to ${district} at the same time you send it to DESE.`,
    'DESE counts the complaint as filed on the day it gets it, if it arrives between 8:00 AM and 4:30 PM on a business day. Otherwise it is filed the next business day.',
    'Sign the complaint before you send it.',
  );
  if (ctx.is504) {
    warnings.push(
      'A DESE child complaint is about special education under IDEA. If your complaint is about the 504 plan, ask MPACT (800-743-7634) where to file.',
    );
  }
  const dated = violations.flatMap((v) => (v.date === undefined ? [] : [v.date])).sort();
  const earliest = dated[0];
  const points = [
    'DESE can look only at problems that happened not more than one year before it gets the complaint (34 CFR 300.153(c)).',
  ];
  const earliestWindow = earliest === undefined ? null : childComplaintWindow(earliest, received, ctx.zone);
  if (earliest !== undefined && earliestWindow?.inTime === true) {
    points.push(
      `For the earliest problem, on ${plainDate(earliest)}, DESE must get the complaint by 4:30 PM on ${plainDayDate(earliestWindow.fileBy)}.`,
    );
  }
  points.push('DESE decides within 60 days after it gets the complaint (34 CFR 300.152(a)).');
  const body: LetterBlock[] = [
    { type: 'paragraph', text: `Send to: ${DESE_COMPLAINT_ADDRESS.join(', ')}. Fax: ${DESE_COMPLAINT_FAX}.` },
    { type: 'heading', text: 'Statement' },
    {
      type: 'paragraph',
      text: `I believe that ${district} violated a requirement of Part B of the Individuals with Disabilities Education Act (IDEA). I am filing this child complaint about my child.`,
    },
    { type: 'heading', text: 'My child' },
    {
      type: 'list',
      items: [
        `Name: ${student.name}`,
        homeless
          ? `Contact information (my child is homeless): ${contact ?? ''}`
          : `Address: ${address ?? ''}`,
        `School: ${student.school}`,
        `District: ${student.district}`,
        `Grade: ${student.grade}`,
      ],
    },
    { type: 'heading', text: 'The problem and the facts' },
    {
      type: 'list',
      ordered: true,
      items: violations.map((v) => `On ${plainDate(v.date ?? '')}: ${asSentence(known(v.what) ?? '')}`),
    },
    { type: 'heading', text: 'How I would like it fixed' },
    { type: 'paragraph', text: asSentence(resolution ?? '') },
    { type: 'heading', text: 'Contact' },
    {
      type: 'paragraph',
      text: `You can reach me, ${ctx.parent.name}, at ${[ctx.parent.phone, ctx.parent.email].filter((x) => x !== undefined).join(' or ')}.`,
    },
    { type: 'paragraph', text: `I am sending a copy of this complaint to ${district} at the same time.` },
    signatureBlock(),
  ];
  const dese: Recipient = {
    name: 'Child Complaint Coordinator',
    title: 'Office of Special Education Compliance',
    organization: 'other',
    organizationName: 'Missouri Department of Elementary and Secondary Education',
  };
  const dir = directors(ctx);
  return {
    title: 'Child complaint',
    subject: `Child complaint: ${student.name}, ${student.district}`,
    to: [dese],
    cc: dir.recipients,
    greeting: 'To the Child Complaint Coordinator:',
    body,
    notes: {
      points,
      sources: [
        law('34 CFR 300.153(b) (what a complaint must contain; contact information for a homeless child)'),
        law('34 CFR 300.153(c) (the problem must be not more than one year before DESE gets the complaint)'),
        law('34 CFR 300.152(a) (decision within 60 days)'),
        guidance('DESE model child complaint form (address, fax, copy to the district)'),
        law('34 CFR 300.511(e) (due process: two years)'),
      ],
    },
    warnings: [...warnings, ...dir.warnings],
  };
}

export const childComplaint = defineKind(info, schema, build);
