import type { Command } from 'commander';
import { LINK_DAYS_MAX, LINK_DAYS_MIN, newClipLinkBodySchema } from '@iep/core/contract';
import { createClipLinkForRecording, revokeClipLinkById, type CaseResult } from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';
import { parseClipTime } from './recording.command.js';

// `iep link`: make a clip link (a part of a recording and its words, for a teacher or the child) and revoke one.
// The link's address is IEP_PUBLIC_URL's, else the local address the server listens on.

/** "7d", "7 days" or "7" to a whole number of days; null when it is none of these. */
export function parseDays(text: string): number | null {
  const m = /^\s*(\d{1,3})\s*(d|days?)?\s*$/i.exec(text);
  return m ? Number(m[1]) : null;
}

function time(text: string, what: string): number {
  const ms = parseClipTime(text);
  if (ms === null) throw new CliError(`${what} must be a time like 00:12:30 or a number of seconds.`, 2);
  return ms;
}

function valueOf<T>(result: CaseResult<T>): T {
  if (result.kind === 'ok') return result.value;
  if (result.kind === 'invalid') throw new CliError('The link could not be made.', 1);
  throw new CliError(result.message ?? 'The recording was not found for this account.', 1);
}

export function registerLinkCommand(program: Command, context: CliContext): void {
  const link = program.command('link').description('Links that share a part of a meeting recording.');

  link
    .command('create')
    .description('Make a link to a part of a recording and its words (works signed out until it expires).')
    .requiredOption('--recording <id>', 'the recording')
    .requiredOption('--from <time>', 'start, like 00:12:30 or seconds')
    .requiredOption('--to <time>', 'end, like 00:14:00 or seconds')
    .option('--expires <days>', `how long it works: ${LINK_DAYS_MIN}d to ${LINK_DAYS_MAX}d`, '7d')
    .option('--title <text>', 'what the part is about', 'A part of the meeting')
    .option('--for <who>', 'teacher or child', 'teacher')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print {"id","url"} as JSON')
    .action(
      async (options: {
        recording: string;
        from: string;
        to: string;
        expires: string;
        title: string;
        for: string;
        user?: string;
        json?: boolean;
      }) => {
        const days = parseDays(options.expires);
        if (days === null || days < LINK_DAYS_MIN || days > LINK_DAYS_MAX)
          throw new CliError(`--expires must be ${LINK_DAYS_MIN}d to ${LINK_DAYS_MAX}d, like 7d.`, 2);
        const parsed = newClipLinkBodySchema.safeParse({
          fromMs: time(options.from, '--from'),
          toMs: time(options.to, '--to'),
          title: options.title,
          audience: options.for,
          expiresInDays: days,
        });
        if (!parsed.success)
          throw new CliError(parsed.error.issues.map((issue) => issue.message).join(' '), 2);
        await withStorage(context, async (ctx) => {
          const ownerId = await actingUserId(ctx.storage, options.user);
          const made = valueOf(
            await createClipLinkForRecording(ctx, ownerId, options.recording, parsed.data),
          );
          if (options.json) printJson({ id: made.id, url: made.url });
          else console.log(`Link made (works until ${made.expiresAt}): ${made.url}`);
        });
      },
    );

  link
    .command('revoke <id>')
    .description('Turn a link off at once.')
    .option('--user <email>', 'act as this account (default: the owner)')
    .option('--json', 'print the link as JSON')
    .action(async (id: string, options: { user?: string; json?: boolean }) => {
      await withStorage(context, async (ctx) => {
        const ownerId = await actingUserId(ctx.storage, options.user);
        const revoked = valueOf(await revokeClipLinkById(ctx, ownerId, id));
        if (options.json) printJson({ id: revoked.id, state: revoked.state, revokedAt: revoked.revokedAt });
        else console.log(`The link ${revoked.id} is turned off.`);
      });
    });
}
