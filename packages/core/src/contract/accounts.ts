import { z } from 'zod';
import { INVITATION_STATUSES, ROLES } from './enums.js';
import { id, isoText } from './shape.js';

// Health, first-run setup, sign-up / sign-in / sessions and the owner's account invitations.

export const healthSchema = z.strictObject({ ok: z.literal(true) });

export const setupStateSchema = z.strictObject({ needsOwner: z.boolean(), signupOpen: z.boolean() });
export type SetupState = z.infer<typeof setupStateSchema>;

/** What the API shows of a user: never the password hash. */
export const userSchema = z.strictObject({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type User = z.infer<typeof userSchema>;

/** A signed-in session: the user and the token every write must send in `x-csrf-token`. */
export const sessionSchema = z.strictObject({ user: userSchema, csrfToken: z.string().min(1) });
export type Session = z.infer<typeof sessionSchema>;

// Sign-up and sign-in: the server checks the password rules (docs/api.md) on top of these shapes.
export const signUpBodySchema = z.object({
  name: z.string(),
  email: z.string(),
  password: z.string(),
  /** The token of an account invitation link (`/signup?invite=...`). */
  invite: z.string().min(1).max(200).optional(),
});
export type SignUpBody = z.infer<typeof signUpBodySchema>;

export const signInBodySchema = z.object({ email: z.string().max(400), password: z.string().max(400) });
export type SignInBody = z.infer<typeof signInBodySchema>;

export const invitationTokenBodySchema = z.object({ token: z.string().min(1).max(200) });

export const accountInvitationSchema = z.strictObject({
  id,
  email: z.string(),
  status: z.enum(INVITATION_STATUSES),
  createdAt: isoText,
  expiresAt: isoText,
  usedAt: isoText.nullable(),
  revokedAt: isoText.nullable(),
});
export type AccountInvitation = z.infer<typeof accountInvitationSchema>;

/** What a sign-up link is for: the invited email, and why it no longer works (null while it does). */
export const invitationCheckSchema = z.strictObject({
  email: z.string(),
  status: z.enum(INVITATION_STATUSES),
  message: z.string().nullable(),
});
export type InvitationCheck = z.infer<typeof invitationCheckSchema>;

export const newAccountInvitationBodySchema = z.object({ email: z.string() });

/** A new invitation with its one-time link (shown only now: only the token's hash is stored). */
export const madeAccountInvitationSchema = z.strictObject({
  invitation: accountInvitationSchema,
  link: z.string().min(1),
});
export type MadeAccountInvitation = z.infer<typeof madeAccountInvitationSchema>;

export const accountInvitationListSchema = z.strictObject({ invitations: z.array(accountInvitationSchema) });
