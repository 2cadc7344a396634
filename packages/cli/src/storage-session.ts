import {
  createAppContext,
  findOwner,
  findUserByEmail,
  loadConfig,
  openStorage,
  type AppContext,
  type Storage,
} from '@iep/server';
import { CliError } from './cli-errors.js';
import type { CliContext } from './cli-context.js';

/**
 * Opens the same storage the server uses (IEP_DATA_DIR or DATABASE_URL), makes the session's one app context (the
 * command's clock, the blob store, the private temp folder), runs `work` with it, waits for any work it left in
 * the background, and always closes the storage.
 */
export async function withStorage<T>(context: CliContext, work: (app: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig(context.env);
  const storage = await openStorage(config);
  for (const notice of storage.notices) console.error(notice);
  try {
    const app = createAppContext(config, storage, {
      now: context.clock,
      log: (message, detail) =>
        console.error(detail instanceof Error ? `${message}: ${detail.message}` : message),
    });
    try {
      return await work(app);
    } finally {
      await app.settle();
    }
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
