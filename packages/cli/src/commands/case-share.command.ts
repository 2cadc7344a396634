import type { Command } from 'commander';
import { INVITABLE_ROLES, PERMISSION_REFUSALS, roleMay, type CasePermission } from '@iep/core';
import {
  SharingError,
  caseInvitationLink,
  findCaseAccess,
  inviteBodySchema,
  inviteToCase,
  loadConfig,
  memberIdByEmail,
  membersOf,
  removeCaseMember,
  setMemberAudio,
  type Storage,
} from '@iep/server';
import { CliError } from '../cli-errors.js';
import { printJson } from '../output.js';
import { actingUserId, withStorage } from '../storage-session.js';
import { localBaseUrl } from './user.command.js';
import type { CliContext } from '../cli-context.js';

// iep case share / members / unshare / grant-audio: the same services and role table as the web's members page.

async function actingMember(
  storage: Storage,
  email: string | undefined,
  caseId: string,
  need: CasePermission,
) {
  const userId = await actingUserId(storage, email);
  const access = await findCaseAccess(storage.db, userId, caseId);
  if (!access) throw new CliError(`There is no case with the id ${caseId}.`);
  if (!roleMay(access.role, need)) throw new CliError(PERMISSION_REFUSALS[need]);
  const user = await storage.db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return { access, by: { id: userId, name: user?.name ?? '' } };
}

const asCliError = (error: unknown): never => {
  if (error instanceof SharingError) throw new CliError(error.message);
  throw error;
};

export function registerCaseShareCommands(cases: Command, context: CliContext): void {
  cases
    .command('share')
    .description('Invite someone to a case with a role: prints a one-time link (7 days, works once).')
    .argument('<case>', 'the case id')
    .requiredOption('--email <email>', 'the email address of the person to invite')
    .requiredOption('--role <role>', `one of: ${INVITABLE_ROLES.join(', ')}`)
    .option('--note <text>', 'what you ask them to look at (shown on their caseload)')
    .option(
      '--audio',
      'an advocate may also download recordings and clips (change it later with grant-audio)',
    )
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--json', 'print JSON ({"email","role","link","expiresAt","audioGranted"})')
    .addHelpText(
      'after',
      '\nThe link uses IEP_PUBLIC_URL when it is set, else the address "iep serve" listens on.',
    )
    .action(
      async (
        caseId: string,
        options: {
          email: string;
          role: string;
          note?: string;
          audio?: boolean;
          user?: string;
          json?: boolean;
        },
      ) => {
        const parsed = inviteBodySchema.safeParse({
          email: options.email,
          role: options.role,
          note: options.note,
          audioGranted: options.audio === true,
        });
        if (!parsed.success)
          throw new CliError(
            `Give a real email address and one of these roles: ${INVITABLE_ROLES.join(', ')}. Nothing was changed.`,
          );
        const config = loadConfig(context.env);
        const made = await withStorage(context, async ({ storage }) => {
          const { by } = await actingMember(storage, options.user, caseId, 'manage-members');
          return inviteToCase(storage, { caseId, invitedBy: by, ...parsed.data }, context.clock()).catch(
            asCliError,
          );
        });
        const link = caseInvitationLink(localBaseUrl(config), made.token);
        const { email, role, expiresAt, audioGranted } = made.invitation;
        if (options.json) printJson({ email, role, link, expiresAt, audioGranted });
        else {
          const audio = audioGranted ? ', may download recordings' : '';
          console.log(`Give this link to ${email} (${role}${audio}). It works once, until ${expiresAt}:`);
          console.log(link);
        }
      },
    );

  cases
    .command('members')
    .description('List the members of a case with their roles, and the invitations not used yet.')
    .argument('<case>', 'the case id')
    .option('--user <email>', 'the account that uses the case (default: the owner account)')
    .option('--json', 'print JSON ({"members","invitations"})')
    .action(async (caseId: string, options: { user?: string; json?: boolean }) => {
      const found = await withStorage(context, async ({ storage }) => {
        const { access } = await actingMember(storage, options.user, caseId, 'read');
        const all = await membersOf(storage, caseId, context.clock());
        return { ...all, invitations: access.role === 'owner' ? all.invitations : [] };
      });
      if (options.json) printJson(found);
      else {
        for (const m of found.members)
          console.log(`${m.role}${m.audioGranted ? ' (audio)' : ''}\t${m.email}\t${m.name}`);
        for (const i of found.invitations)
          console.log(`invited (${i.role})\t${i.email}\tuntil ${i.expiresAt}`);
      }
    });

  cases
    .command('unshare')
    .description('Remove a member from a case: their access ends at once.')
    .argument('<case>', 'the case id')
    .requiredOption('--email <email>', 'the email address of the member to remove')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .action(async (caseId: string, options: { email: string; user?: string }) => {
      await withStorage(context, async ({ storage }) => {
        const { by } = await actingMember(storage, options.user, caseId, 'manage-members');
        const memberId = await memberIdByEmail(storage, caseId, options.email.trim().toLowerCase());
        if (!memberId)
          throw new CliError(`${options.email} is not a member of this case. Nothing was changed.`);
        await removeCaseMember(storage, caseId, memberId, by, context.clock()).catch(asCliError);
      });
      console.log(`Removed ${options.email} from the case. They can no longer open it.`);
    });

  cases
    .command('grant-audio')
    .description(
      'Let an advocate download recordings and clips of a case, or stop it with --off (from their next request).',
    )
    .argument('<case>', 'the case id')
    .requiredOption('--email <email>', 'the email address of the advocate')
    .option('--off', 'withdraw it instead')
    .option('--user <email>', 'the account that owns the case (default: the owner account)')
    .option('--json', 'print JSON (the member: {"id","email","role","audioGranted","audioGrantedAt",...})')
    .action(
      async (caseId: string, options: { email: string; off?: boolean; user?: string; json?: boolean }) => {
        const member = await withStorage(context, async ({ storage }) => {
          const { by } = await actingMember(storage, options.user, caseId, 'manage-members');
          const memberId = await memberIdByEmail(storage, caseId, options.email.trim().toLowerCase());
          if (!memberId)
            throw new CliError(`${options.email} is not a member of this case. Nothing was changed.`);
          return setMemberAudio(
            storage,
            { caseId, memberId, granted: options.off !== true, by },
            context.clock(),
          ).catch(asCliError);
        });
        if (options.json) printJson(member);
        else if (member.audioGranted)
          console.log(`${member.email} may now download recordings and clips of this case.`);
        else console.log(`${member.email} can no longer download recordings or clips of this case.`);
      },
    );
}
