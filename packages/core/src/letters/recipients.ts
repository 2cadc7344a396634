import type { TeamMember } from '../case/index.js';
import { SSD_NAME } from '../case/index.js';
import type { LetterContext } from './context.js';
import type { Recipient } from './letter-types.js';

// Addressing from the roster. A missing person never stops a letter: we address the office by its title and
// warn the parent to find the right name, so the letter can still go out on time.

const roleLabel = (role: string) => role.replaceAll('-', ' ');

function orgName(ctx: LetterContext, employer: TeamMember['employer']): string | undefined {
  if (employer === 'ssd') return SSD_NAME;
  if (employer === 'district') return ctx.caseFile.student.district;
  return undefined;
}

function fromMember(ctx: LetterContext, m: TeamMember): Recipient {
  const r: Recipient = { name: m.name, role: roleLabel(m.role), organization: m.employer };
  if (m.title !== undefined) r.title = m.title;
  if (m.email !== undefined) r.email = m.email;
  const org = orgName(ctx, m.employer);
  if (org !== undefined) r.organizationName = org;
  return r;
}

/** An office addressed by its title when no person is known: "Custodian of Records", Hazelwood School District. */
function office(title: string, organization: 'district' | 'ssd', organizationName: string): Recipient {
  return { name: title, organization, organizationName, office: true };
}

export interface Addressed {
  recipients: Recipient[];
  warnings: string[];
}

const isDirector = (m: TeamMember) => m.role === 'district-representative' || /director/i.test(m.title ?? '');

/** Case managers (or, when none is marked, the special education teachers). */
export function caseManagers(ctx: LetterContext): Recipient[] {
  const team = ctx.caseFile.team;
  const marked = team.filter((m) => m.caseManager === true);
  const people = marked.length > 0 ? marked : team.filter((m) => m.role === 'special-education-teacher');
  return people.map((m) => fromMember(ctx, m));
}

/**
 * The Director of Special Education: the district representative or anyone titled "Director". For an SSD
 * partner district, SSD's director for the district too (SSD runs special education there).
 */
export function directors(ctx: LetterContext): Addressed {
  const team = ctx.caseFile.team.filter(isDirector);
  const recipients = team.map((m) => fromMember(ctx, m));
  const warnings: string[] = [];
  const district = ctx.caseFile.student.district;
  if (ctx.ssd !== null) {
    if (!team.some((m) => m.employer === 'ssd')) {
      recipients.push(office(`SSD Director of Special Education for ${ctx.ssd.name}`, 'ssd', SSD_NAME));
      warnings.push(
        `Your team list has no SSD director. Find the name and email of the SSD Director of Special Education for ${ctx.ssd.name}, and add them to the team.`,
      );
    }
  } else if (team.length === 0) {
    recipients.push(office('Director of Special Education', 'district', district));
    warnings.push(
      `Your team list has no Director of Special Education. Find their name and email at ${district}, and add them to the team.`,
    );
  }
  return { recipients, warnings };
}

/** The custodian of records of the district, and of SSD when the district is an SSD partner. */
export function custodians(ctx: LetterContext, which: 'district' | 'ssd' | 'both' = 'both'): Addressed {
  const district = ctx.caseFile.student.district;
  const orgs: ('district' | 'ssd')[] = [];
  if (which !== 'ssd') orgs.push('district');
  if (which !== 'district' && ctx.ssd !== null) orgs.push('ssd');
  const recipients: Recipient[] = [];
  const warnings: string[] = [];
  for (const org of orgs) {
    const found = ctx.caseFile.team.filter((m) => m.role === 'custodian-of-records' && m.employer === org);
    if (found.length > 0) {
      recipients.push(...found.map((m) => fromMember(ctx, m)));
      continue;
    }
    const name = org === 'ssd' ? SSD_NAME : district;
    recipients.push(office('Custodian of Records', org, name));
    warnings.push(
      `Your team list has no custodian of records for ${name}. Ask the ${org === 'ssd' ? 'SSD' : 'district'} office who it is, and send the letter to them by email. The time limits start when the custodian gets it.`,
    );
  }
  return { recipients, warnings };
}

/** Everyone on the team who works for the district or SSD, for a copy (a follow-up goes to the whole team). */
export function schoolTeam(ctx: LetterContext): Recipient[] {
  return ctx.caseFile.team
    .filter((m) => m.employer !== 'other' && m.role !== 'custodian-of-records' && m.role !== 'student')
    .map((m) => fromMember(ctx, m));
}

const norm = (s: string | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();

/** Who a recipient is: an office by its title and organization, a person by email, else by name and organization. */
function sameRecipient(a: Recipient, b: Recipient): boolean {
  if (a.office === true || b.office === true) {
    return (
      a.office === b.office &&
      norm(a.name) === norm(b.name) &&
      norm(a.organizationName) === norm(b.organizationName)
    );
  }
  if (a.email !== undefined && b.email !== undefined && norm(a.email) === norm(b.email)) return true;
  return norm(a.name) === norm(b.name) && (a.organization === b.organization || a.email === b.email);
}

/** Two entries for one person: keep the first, filling in what only the later one knows (email, title). */
function mergeTwo(a: Recipient, b: Recipient): Recipient {
  const merged: Recipient = { ...a };
  if (merged.email === undefined && b.email !== undefined) merged.email = b.email;
  if (merged.title === undefined && b.title !== undefined) merged.title = b.title;
  if (merged.organizationName === undefined && b.organizationName !== undefined)
    merged.organizationName = b.organizationName;
  return merged;
}

/**
 * Each person or office once: offices merge by title and organization, people by email, then by name within one
 * employer. Order is kept (the first mention wins its place).
 */
export function mergeRecipients(list: readonly Recipient[]): Recipient[] {
  const out: Recipient[] = [];
  for (const r of list) {
    const at = out.findIndex((o) => sameRecipient(o, r));
    if (at === -1) out.push({ ...r });
    else out[at] = mergeTwo(out[at] as Recipient, r);
  }
  return out;
}

/** The copy list without anyone already in the To list. */
export function copyList(to: readonly Recipient[], cc: readonly Recipient[]): Recipient[] {
  return mergeRecipients(cc).filter((c) => !to.some((t) => sameRecipient(t, c)));
}

/** The parts of one recipient's line, each said once: a title already in the name is not repeated. */
export function recipientParts(r: Recipient): string[] {
  const parts: string[] = [];
  for (const part of [r.name, r.title ?? r.role, r.organizationName]) {
    if (part === undefined || part.trim() === '') continue;
    const said = norm(parts.join(' '));
    if (said.includes(norm(part))) continue;
    parts.push(part.trim());
  }
  return parts;
}

/** "Dear Chris Patel and Alex Morgan:"; more than three people: "Dear IEP team:". */
export function greeting(is504: boolean, to: readonly Recipient[]): string {
  const names = to.map((r) => r.name);
  if (names.length === 0 || names.length > 3) return `Dear ${is504 ? '504 team' : 'IEP team'}:`;
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `Dear ${list}:`;
}
