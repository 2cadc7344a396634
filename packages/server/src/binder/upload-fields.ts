import { isoDate } from '@iep/core';
import { BINDER_TABS, DOCUMENT_KINDS, type BinderTab, type DocumentKind } from '@iep/core/contract';
import { z } from 'zod';
import { HttpError, zodProblems } from '../http/errors.js';

// The form fields that may come with an uploaded document (multipart text fields): each optional, each checked.

const fieldsSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(DOCUMENT_KINDS, { error: 'Choose what kind of paper this is from the list.' }).optional(),
  tab: z.enum(BINDER_TABS, { error: 'Choose a binder tab from the list.' }).optional(),
  documentDate: isoDate.optional(),
  receivedOn: isoDate.optional(),
});

export interface UploadFields {
  title?: string | undefined;
  kind?: DocumentKind | undefined;
  tab?: BinderTab | undefined;
  documentDate?: string | undefined;
  receivedOn?: string | undefined;
}

export const UPLOAD_FIELD_NAMES = ['title', 'kind', 'tab', 'documentDate', 'receivedOn'] as const;

/** The fields, empty ones left out; throws 422 with the problems. */
export function parseUploadFields(raw: Record<string, string>): UploadFields {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v.trim() !== ''));
  const parsed = fieldsSchema.safeParse(present);
  if (!parsed.success)
    throw new HttpError(
      422,
      'Some fields are not filled in correctly. Fix the ones listed and try again.',
      zodProblems(parsed.error),
    );
  if (parsed.data.documentDate && parsed.data.receivedOn && parsed.data.documentDate > parsed.data.receivedOn)
    throw new HttpError(422, 'The date on the paper cannot be after the day you got it. Check both dates.');
  return parsed.data;
}
