import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS } from '../documents/archive-limits.js';
import { TRUNCATED_MESSAGE } from '../media/truncation.js';
import { BOOKMARK_PART_NOT_FOUND } from '../recordings/evidence.service.js';
import { ACCOUNT_INVITATION_MESSAGES, wrongEmailMessage } from '../accounts/account-invitations.service.js';
import { PASSWORD_PROBLEMS } from '../accounts/password-strength.js';
import { MESSAGES } from './errors.js';
import { WRONG_HOST } from './host-guard.js';
import { TOO_DEEP } from './json-depth.js';
import { NULL_CHARACTER } from './null-character.js';
import { OWNER_ONLY } from '../accounts/account-invitations.routes.js';
import { SIGNUP_NEEDS_INVITATION } from '../accounts/auth.routes.js';
import { BAD_UPLOAD_ADDRESS, UPLOAD_NOT_FOUND } from '../recordings/uploads.routes.js';

// The refusals added for issue 10 are read by parents: plain sentences at about grade 8 or lower
// (Flesch-Kincaid), setting names in capitals left out.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;
const grade = (text: string) => readability.fleschKincaidGrade(text.replace(/\b[A-Z_]{4,}\b/g, 'it').trim());

const xlsx = ARCHIVE_LIMITS.xlsx;
const TEXTS: Record<string, string> = {
  'bad upload address': BAD_UPLOAD_ADDRESS,
  'upload not found': UPLOAD_NOT_FOUND,
  'spreadsheet cell too long': xlsx.textRunMessage,
  'spreadsheet rows': xlsx.counts[0].message,
  'spreadsheet too big': `This spreadsheet is too big once it is unpacked (more than 50 MB). ${xlsx.advice}`,
  'sign-in limit': MESSAGES.signInRateLimited,
  'sign-up needs an invitation': SIGNUP_NEEDS_INVITATION,
  'owner only': OWNER_ONLY,
  'wrong invited email': wrongEmailMessage('dad@example.org'),
  ...Object.fromEntries(Object.entries(ACCOUNT_INVITATION_MESSAGES).map(([k, v]) => [`invitation ${k}`, v])),
  ...Object.fromEntries(Object.entries(PASSWORD_PROBLEMS).map(([k, v]) => [`password ${k}`, v])),
  'wrong host': WRONG_HOST,
  'JSON too deep': TOO_DEEP,
  'null character': NULL_CHARACTER,
  'bookmark part': BOOKMARK_PART_NOT_FOUND,
  'truncated file': TRUNCATED_MESSAGE,
};

describe('plain language of the security refusals', () => {
  it.each(Object.entries(TEXTS))('%s reads at grade 8.5 or lower', (_name, text) => {
    expect(text.length).toBeGreaterThan(20);
    expect(grade(text)).toBeLessThanOrEqual(8.5);
  });
});
