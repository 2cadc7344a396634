import { buildContext } from './context.js';
import type { BuildLetterInput, LetterKind, LetterResult, MissingFact } from './letter-types.js';
import { KINDS } from './registry.js';

// Builds one letter from the case and the kind's answers. Never throws for a user's mistake: what is missing or
// wrong comes back as MissingFact, in plain words.

function answerProblems(kind: LetterKind, answers: unknown): MissingFact[] {
  const parsed = KINDS[kind].schema.safeParse(answers);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    field: ['answers', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

export function buildLetter(kind: LetterKind, input: BuildLetterInput): LetterResult {
  const module = KINDS[kind];
  const problems = answerProblems(kind, input.answers);
  if (problems.length > 0) return { ok: false, missing: problems };
  const answers: unknown = module.schema.parse(input.answers);
  const context = buildContext({
    caseFile: input.caseFile,
    meetingId: input.meetingId,
    now: input.now,
    analysis: input.analysis,
    afterMeeting: kind === 'follow-up' || kind === 'pwn-request',
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
  const warnings = [...draft.warnings];
  if (sender.email === undefined && sender.phone === undefined && sender.address === undefined) {
    warnings.push('Add your email, phone or address to the case, so the school can reach you.');
  }
  return {
    ok: true,
    letter: {
      kind,
      title: draft.title,
      subject: draft.subject,
      date: ctx.today,
      sender,
      to: draft.to,
      cc: draft.cc,
      greeting: draft.greeting ?? 'Dear team:',
      blocks: draft.blocks,
      closing: draft.closing ?? 'Sincerely,',
      attachments: draft.attachments ?? [],
      warnings,
    },
  };
}
