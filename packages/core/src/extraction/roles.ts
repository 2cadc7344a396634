import type { CaseFile } from '../case/index.js';
import type { Utterance } from '../transcripts/transcript-types.js';

// Which side of the table a speaker is on. Only the school refuses (a parent's "no" is not a refusal the parent
// can ask Prior Written Notice for), and a parent's question left hanging is what an open question usually is.
// Roles come from the meeting's list of people when there is one (the case's team and parents, or a labeled
// meeting's speakers); otherwise from the speaker's name ("Parent", "Mom") and what they say ("my son").

export type Side = 'parent' | 'student' | 'staff' | 'other' | 'unknown';

export interface SpeakerRole {
  name: string;
  role: string;
}

const PARENT_ROLE =
  /\b(?:parents?|mother|mom|father|dad|guardian|grand(?:mother|father|parent|ma|pa)|(?:older |younger |big )?(?:brother|sister)|foster|step(?:mother|father|parent)|aunt|uncle|caregiver|family|advocate|surrogate)\b/i;
// ("district director of student services", "student support specialist" are staff.)
const STUDENT_ROLE = /\b(?:student(?! (?:services|support|assistance|affairs|success))|self|the child)\b/i;
const OTHER_ROLE = /\b(?:interpreter|translator|note ?taker|observer)\b/i;

/** The side a role description is on ("parent", "case manager", "504 coordinator", "interpreter"). */
export function sideOfRole(role: string | null | undefined): Side {
  if (role === null || role === undefined || role.trim() === '') return 'unknown';
  if (PARENT_ROLE.test(role)) return 'parent';
  if (STUDENT_ROLE.test(role)) return 'student';
  if (OTHER_ROLE.test(role)) return 'other';
  return 'staff';
}

const PARENT_NAME =
  /^(?:parent|parents|mom|mother|dad|father|guardian|grandma|grandmother|grandpa|grandfather|advocate)\b/i;
const PARENT_WORDS =
  /\b(?:my (?:son|daughter|child|kid|kiddo|boy|girl|husband|wife)|as (?:a|his|her) (?:parent|mom|dad|mother|father)|at home (?:he|she|we)|we(?: have|'ve) (?:been )?paying|his (?:dad|mom) and i|her (?:dad|mom) and i)\b/i;
const STAFF_WORDS =
  /\b(?:my (?:caseload|classroom|class|students|room|schedule|building|groups?|office|data|gradebook)|in my class|the district|our (?:district|school|building|staff|team|program)|i'(?:ll| will) (?:send|email) you)\b/i;

/**
 * Sides by speaker name: from the list of people when given (matched without case, and by last name), else guessed
 * from names and words. Speakers the guess cannot place are "unknown".
 */
export function speakerSides(
  utterances: readonly Pick<Utterance, 'speaker' | 'text'>[],
  people: readonly SpeakerRole[] | undefined,
): Map<string, Side> {
  const sides = new Map<string, Side>();
  const known = new Map<string, Side>();
  for (const p of people ?? []) {
    const key = p.name.trim().toLowerCase();
    if (key === '') continue;
    const side = sideOfRole(p.role);
    known.set(key, side);
    const last = key.split(/\s+/).pop();
    if (last !== undefined && last.length >= 3 && !known.has(last)) known.set(last, side);
  }
  const votes = new Map<string, { parent: number; staff: number }>();
  for (const u of utterances) {
    if (u.speaker === null) continue;
    const v = votes.get(u.speaker) ?? { parent: 0, staff: 0 };
    if (PARENT_WORDS.test(u.text)) v.parent += 1;
    if (STAFF_WORDS.test(u.text)) v.staff += 1;
    votes.set(u.speaker, v);
  }
  for (const [speaker, v] of votes) {
    const key = speaker.trim().toLowerCase();
    const listed = known.get(key) ?? known.get(key.split(/\s+/).pop() ?? '');
    if (listed !== undefined) sides.set(speaker, listed);
    else if (PARENT_NAME.test(speaker.trim())) sides.set(speaker, 'parent');
    else if (v.parent > v.staff) sides.set(speaker, 'parent');
    else if (v.staff > v.parent) sides.set(speaker, 'staff');
    else sides.set(speaker, 'unknown');
  }
  return sides;
}

/** The people of a case as speakers: the team with their roles, the parents, the student. */
export function speakersOfCase(file: Pick<CaseFile, 'team' | 'parents' | 'student'>): SpeakerRole[] {
  return [
    ...file.team.map((m) => ({ name: m.name, role: m.title ?? m.role.replace(/-/g, ' ') })),
    ...file.parents.map((p) => ({ name: p.name, role: p.relationship ?? 'parent' })),
    { name: file.student.name, role: 'student' },
  ];
}
