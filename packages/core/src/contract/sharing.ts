import { z } from 'zod';
import { CASE_ROLES, INVITABLE_ROLES } from '../sharing/roles.js';
import { INVITATION_STATUSES } from './enums.js';
import { caseSummarySchema } from './cases.js';
import { id, isoText } from './shape.js';

// Sharing a case: members with roles, one-time invitation links, and the advocate's caseload.

export const caseMemberSchema = z.strictObject({
  id,
  userId: id,
  name: z.string(),
  email: z.string(),
  role: z.enum(CASE_ROLES),
  createdAt: isoText,
  /**
   * Whether the owner let this member download recordings and clips (an advocate: core's memberMay). Owners and
   * co-parents have it by their role, viewers never: for them it stays false.
   */
  audioGranted: z.boolean(),
  /** When the owner granted it (null while not granted). */
  audioGrantedAt: isoText.nullable(),
});
export type CaseMember = z.infer<typeof caseMemberSchema>;

export const caseInvitationSchema = z.strictObject({
  id,
  email: z.string(),
  role: z.enum(INVITABLE_ROLES),
  /** What the family asks this person to look at. */
  note: z.string(),
  status: z.enum(INVITATION_STATUSES),
  createdAt: isoText,
  expiresAt: isoText,
  /** The advocate may download recordings and clips from joining on. */
  audioGranted: z.boolean(),
});
export type CaseInvitation = z.infer<typeof caseInvitationSchema>;

export const caseMembersSchema = z.strictObject({
  /** The caller's own role on the case (the page shows owner-only buttons by it). */
  yourRole: z.enum(CASE_ROLES),
  /** Whether the owner let the caller (an advocate) download recordings and clips: the pages show those buttons. */
  yourAudioGranted: z.boolean(),
  members: z.array(caseMemberSchema),
  /** Pending invitations (only the owner sees them; others get an empty list). */
  invitations: z.array(caseInvitationSchema),
});

export const inviteBodySchema = z.object({
  email: z.string().min(1).max(320),
  role: z.enum(INVITABLE_ROLES),
  note: z.string().max(500).optional(),
  /** Advocates only (else 422): they may download recordings and clips from joining on. */
  audioGranted: z.boolean().optional(),
});

/** The owner grants (true) or withdraws (false) a member's audio: advocates only (else 409). */
export const memberPatchBodySchema = z.strictObject({ audioGranted: z.boolean() });

export const createdCaseInvitationSchema = z.strictObject({
  invitation: caseInvitationSchema,
  /** The one-time link to hand over: shown once, never stored. */
  link: z.string(),
});

export const caseInvitationTokenBodySchema = z.strictObject({ token: z.string().min(1).max(200) });

export const caseInvitationCheckSchema = z.strictObject({
  email: z.string(),
  role: z.enum(CASE_ROLES),
  status: z.enum(INVITATION_STATUSES),
  /** Whether someone already has an account with that email (sign in), or not (make one). */
  hasAccount: z.boolean(),
  message: z.string().nullable(),
});

export const acceptedCaseInvitationSchema = z.strictObject({ caseId: id, role: z.enum(CASE_ROLES) });

export const caseloadEntrySchema = z.strictObject({
  case: caseSummarySchema,
  role: z.enum(CASE_ROLES),
  /** What the family asked this member to look at ('' when they said nothing). */
  note: z.string(),
  /** Steps and answers past their day in the plans of the case's meetings. */
  overdue: z.number().int().min(0),
  since: isoText,
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;

export const caseloadSchema = z.strictObject({ families: z.array(caseloadEntrySchema) });
