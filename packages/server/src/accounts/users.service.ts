import type { User } from '@iep/core/contract';
import { z } from 'zod';
import type { Storage } from '../db/open-storage.js';
import type { Role, UserRow } from '../db/schema.js';
import {
  anyUserExists,
  findFirstUserWithRole,
  findUserByEmail as findUserRowByEmail,
  insertUser,
} from './users.repository.js';
import { newId } from '../ids.js';
import { PASSWORD_MAX, PASSWORD_MIN, hashPassword } from './passwords.js';
import { passwordProblem } from './password-strength.js';

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a real email address, like name@example.org.' }).max(320));
export const passwordField = z
  .string()
  .min(PASSWORD_MIN, `Use a password of at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use a password of at most ${PASSWORD_MAX} characters.`);
export const nameField = z
  .string()
  .trim()
  .min(1, 'Enter your name.')
  .max(200, 'Keep your name under 200 characters.');

/** A refinement for any object with a new password: refuses guessable ones, with the reason on `password`. */
export function strongPassword(
  data: { password: string; email?: string; name?: string },
  ctx: z.RefinementCtx,
): void {
  // A password that is too short or too long already has its problem; one sentence at a time.
  if (data.password.length < PASSWORD_MIN || data.password.length > PASSWORD_MAX) return;
  const problem = passwordProblem(data.password, [data.email ?? '', data.name ?? '']);
  if (problem !== null) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
}

export const newUserSchema = z
  .object({
    email: emailField,
    name: nameField,
    password: passwordField,
    role: z.enum(['owner', 'member']).optional(),
  })
  .superRefine(strongPassword);

export type NewUser = z.input<typeof newUserSchema>;

export class DuplicateEmailError extends Error {
  override name = 'DuplicateEmailError';
  constructor() {
    super('An account with this email already exists. Sign in instead, or use another email.');
  }
}

export function toPublicUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/**
 * Creates a user. The first user becomes the owner unless a role is given. Throws a ZodError for bad input and
 * DuplicateEmailError when the email is taken.
 */
export async function createUser(storage: Storage, input: NewUser): Promise<User> {
  const data = newUserSchema.parse(input);
  if (await findUserRowByEmail(storage.db, data.email)) throw new DuplicateEmailError();
  const role: Role = data.role ?? ((await anyUserExists(storage.db)) ? 'member' : 'owner');
  const row: UserRow = {
    id: newId(),
    email: data.email,
    name: data.name,
    password_hash: await hashPassword(data.password),
    role,
    created_at: storage.now().toISOString(),
  };
  try {
    await insertUser(storage.db, row);
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides; report it like the check above.
    if (await findUserRowByEmail(storage.db, data.email)) throw new DuplicateEmailError();
    throw error;
  }
  return toPublicUser(row);
}

/** The owner of this installation (the first account), or null before setup. */
export async function findOwner(storage: Storage): Promise<User | null> {
  const row = await findFirstUserWithRole(storage.db, 'owner');
  return row ? toPublicUser(row) : null;
}

/** The user with this email (any case, spaces around ignored), or null. */
export async function findUserByEmail(storage: Storage, email: string): Promise<User | null> {
  const row = await findUserRowByEmail(storage.db, email.trim().toLowerCase());
  return row ? toPublicUser(row) : null;
}
