import type { Command } from 'commander';
import {
  AccountInvitationError,
  DuplicateEmailError,
  accountInvitationLink,
  createAccountInvitation,
  createUser,
  findOwner,
  loadConfig,
  type Config,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { withStorage } from '../storage-session.js';
import type { CliContext } from '../cli-context.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The server's plain refusals as CLI errors (a weak password says why; a taken email says so). */
function asCliError(error: unknown): never {
  // zod's ZodError (the server's validation), without the CLI depending on zod itself.
  if (
    error instanceof Error &&
    error.name === 'ZodError' &&
    'issues' in error &&
    Array.isArray(error.issues)
  ) {
    const lines = (error.issues as { message: string }[]).map((issue) => issue.message);
    throw new CliError(lines[0] ?? 'Some values are not right.', 1, lines.slice(1));
  }
  if (error instanceof DuplicateEmailError || error instanceof AccountInvitationError)
    throw new CliError(error.message);
  throw error;
}

/** The address people open: IEP_PUBLIC_URL, else the address `iep serve` listens on. */
export function localBaseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl;
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

export function registerUserCommand(program: Command, context: CliContext): void {
  const users = program.command('user').description('Manage accounts.');
  users
    .command('create')
    .description(
      'Create an account. The first account is the owner. The password is read from standard input.',
    )
    .requiredOption('--email <email>', 'the email address to sign in with')
    .requiredOption('--name <name>', 'the name to show')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExample:\n  printf "%s" "a long passphrase" | iep user create --email me@example.org --name "Maria"',
    )
    .action(async (options: { email: string; name: string; json?: boolean }) => {
      const password = context.env['IEP_PASSWORD'] ?? (process.stdin.isTTY ? '' : await readStdin());
      if (password === '') throw new CliError('Give the password on standard input (or in IEP_PASSWORD).', 2);
      const user = await withStorage(context, async ({ storage }) => {
        const owner = await findOwner(storage);
        return createUser(storage, {
          email: options.email,
          name: options.name,
          password,
          role: owner ? 'member' : 'owner',
        }).catch(asCliError);
      });
      if (options.json) printJson({ id: user.id, email: user.email, role: user.role });
      else console.log(`Created the ${user.role} account ${user.email}.`);
    });

  users
    .command('invite')
    .description(
      'Invite someone to make an account: prints a one-time link to give them. It works once, for this email only.',
    )
    .requiredOption('--email <email>', 'the email address the new account will use')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nThe link uses IEP_PUBLIC_URL when it is set, else the address "iep serve" listens on.\n' +
        'It expires after IEP_INVITATION_DAYS days (7 unless set). Example:\n  iep user invite --email dad@example.org',
    )
    .action(async (options: { email: string; json?: boolean }) => {
      const config = loadConfig(context.env);
      const made = await withStorage(context, async ({ storage }) => {
        const owner = await findOwner(storage);
        if (!owner)
          throw new CliError('There is no owner account yet. Create it first with "iep user create".');
        return createAccountInvitation(storage, {
          invitedBy: owner.id,
          email: options.email,
          now: context.clock(),
          validDays: config.invitationDays,
        }).catch(asCliError);
      });
      const link = accountInvitationLink(localBaseUrl(config), made.token);
      if (options.json)
        printJson({ email: made.invitation.email, link, expiresAt: made.invitation.expiresAt });
      else {
        console.log(
          `Give this link to ${made.invitation.email}. It works once, until ${made.invitation.expiresAt}:`,
        );
        console.log(link);
      }
    });
}
