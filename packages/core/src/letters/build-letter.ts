import { answerIssues } from './answer-issues.js';
import { buildContext } from './context.js';
import type { BuildLetterInput, LetterKind, LetterResult, Recipient } from './letter-types.js';
import { copyList, greeting, mergeRecipients, recipientParts } from './recipients.js';
import { KINDS } from './registry.js';

// Builds one letter from the case and the kind's answers. Never throws for a user's mistake: what is missing or
// wrong comes back as MissingFact, in plain words.

const hasEmail = (r: Recipient) => r.email !== undefined && r.email.trim() !== '';

/** Letters about a meeting that has happened: they take the last meeting that started, not the next one. */
export function isAfterMeetingLetter(kind: LetterKind): boolean {
  return kind === 'follow-up' || kind === 'pwn-request' || kind === 'iep-correction';
}

export function buildLetter(kind: LetterKind, input: BuildLetterInput): LetterResult {
  const module = KINDS[kind];
  const problems = answerIssues(kind, input.answers);
  if (problems.length > 0) return { ok: false, missing: problems };
  const answers: unknown = module.schema.parse(input.answers);
  const context = buildContext({
    caseFile: input.caseFile,
    meetingId: input.meetingId,
    now: input.now,
    analysis: input.analysis,
    servicesWithoutLogs: input.servicesWithoutLogs,
    afterMeeting: isAfterMeetingLetter(kind),
  });
  if (!context.ok) return context;
  const { ctx } = context;
  const draft = module.build(ctx, answers);
  if ('missing' in draft) return { ok: false, missing: draft.missing };
  const sender: { name: string; email?: string; phone?: string; address?: string } = {
    name: ctx.parent.name,
  };
  if (ctx.parent.email !== undefined) sender.email = ctx.parent.email;
  if (ctx.parent.phone !== undefined) sender.phone = ctx.parent.phone;
  if (ctx.parent.address !== undefined) sender.address = ctx.parent.address;
  const to = mergeRecipients(draft.to);
  const cc = copyList(to, draft.cc);
  const warnings = [...draft.warnings];
  if (sender.email === undefined && sender.phone === undefined && sender.address === undefined) {
    warnings.push('Add your email, phone or address to the case, so the school can reach you.');
  }
  const noEmail = [...to, ...cc].filter((r) => !hasEmail(r));
  if (noEmail.length > 0) {
    warnings.push(
      `We have no email address for ${noEmail.map((r) => (r.office === true ? recipientParts(r).join(', ') : r.name)).join('; ')}. An email will not reach ${noEmail.length === 1 ? 'them' : 'these people'}: give or mail a printed copy, and write down how and when you did.`,
    );
  }
  return {
    ok: true,
    letter: {
      kind,
      title: draft.title,
      subject: draft.subject,
      date: ctx.today,
      sender,
      to,
      cc,
      greeting: draft.greeting ?? greeting(ctx.is504, to),
      body: draft.body,
      closing: draft.closing ?? 'Sincerely,',
      attachments: draft.attachments ?? [],
      notes: { points: draft.notes.points ?? [], sources: draft.notes.sources },
      warnings,
      schoolDates: draft.schoolDates ?? [],
    },
  };
}
