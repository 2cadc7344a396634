import type { Command } from 'commander';
import { createUser, findOwner } from '@iep/server';
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
      const user = await withStorage(context, async (storage) => {
        const owner = await findOwner(storage);
        return createUser(storage, {
          email: options.email,
          name: options.name,
          password,
          role: owner ? 'member' : 'owner',
        });
      });
      if (options.json) printJson({ id: user.id, email: user.email, role: user.role });
      else console.log(`Created the ${user.role} account ${user.email}.`);
    });
}
