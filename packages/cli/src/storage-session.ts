import { findOwner, findUserByEmail, loadConfig, openStorage, type Storage } from '@iep/server';
import { CliError } from './cli-errors.js';
import type { CliContext } from './cli-context.js';

/** Opens the same storage the server uses (IEP_DATA_DIR or DATABASE_URL), runs `work`, and always closes it. */
export async function withStorage<T>(
  context: CliContext,
  work: (storage: Storage) => Promise<T>,
): Promise<T> {
  const storage = await openStorage(loadConfig(context.env));
  for (const notice of storage.notices) console.error(notice);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

/** The account the CLI acts for: --user EMAIL, or the owner account. */
export async function actingUserId(storage: Storage, email: string | undefined): Promise<string> {
  if (email !== undefined) {
    const user = await findUserByEmail(storage, email);
    if (!user) throw new CliError(`There is no account with the email ${email}.`);
    return user.id;
  }
  const owner = await findOwner(storage);
  if (!owner) {
    throw new CliError(
      'There is no owner account yet. Create it first: run "iep serve" and open the address it prints, or run "iep user create".',
    );
  }
  return owner.id;
}
