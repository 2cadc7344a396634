// Who will do it: the speaker for "I will"/"we will"; a person named with a title ("Ms. Lee will") or a name from
// the meeting's speakers ("Lee will"); a school role ("the case manager will"); otherwise nobody we can name.

const ROLES = [
  'case manager',
  'special education teacher',
  'special ed teacher',
  'sped teacher',
  'resource teacher',
  'classroom teacher',
  'general education teacher',
  'gen ed teacher',
  'teacher',
  'principal',
  'assistant principal',
  'counselor',
  'school psychologist',
  'psychologist',
  'psych',
  'occupational therapist',
  'ot',
  'physical therapist',
  'pt',
  'speech-language pathologist',
  'speech language pathologist',
  'speech therapist',
  'speech teacher',
  'slp',
  'para',
  'paraprofessional',
  'aide',
  'nurse',
  'school nurse',
  'process coordinator',
  'area coordinator',
  '504 coordinator',
  'coordinator',
  'director',
  'special education director',
  'sped director',
  'district',
  'school',
  'team',
  'iep team',
  'social worker',
  'behavior specialist',
  'behavior interventionist',
  'behavior analyst',
  'bcba',
  'reading specialist',
  'interventionist',
  'diagnostician',
  'examiner',
  'transition coordinator',
  'bus driver',
  'office',
  'front office',
  'transportation office',
  'transportation department',
  'district office',
  'evaluator',
  'consultant',
  'administrator',
  'superintendent',
  'ssd',
];
const ROLE_AT_END = new RegExp(
  String.raw`\b(?:the|our|his|her|your)\s+(${[...ROLES].sort((a, b) => b.length - a.length).join('|')})\s*$`,
);
const TITLE_AT_END = /\b(mr|mrs|ms|miss|dr|coach)\.?\s+([a-z][a-z'-]+)\s*$/;
const PRONOUN_AT_END = /(?:^|[^\w'])(i|we|he|she|they|you|someone|somebody)\s*$/;
const UPPER = new Set(['ot', 'pt', 'slp', 'iep', 'ssd', 'bcba', 'sped', 'psych']);

export type SubjectKind = 'self' | 'named' | 'role' | 'other' | 'you';

export interface Subject {
  kind: SubjectKind;
  /** The name to show, or null when the subject names nobody ("he", or "I" with no speaker). */
  who: string | null;
}

const TITLES: Record<string, string> = {
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  dr: 'Dr.',
  coach: 'Coach',
};
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Lower-case ways a speaker may be called ("ms. lee", "ms lee", "lee"; "dana carter", "dana", "carter"). */
export function nameVariants(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!/^\p{Lu}/u.test(trimmed) || /^(?:speaker|unknown)\b/i.test(trimmed)) continue;
    const lower = trimmed.toLowerCase();
    out.set(lower, trimmed);
    out.set(lower.replace(/\./g, ''), trimmed);
    for (const word of lower.replace(/\./g, '').split(/\s+/)) {
      if (word.length >= 3 && !(word in TITLES) && !out.has(word)) out.set(word, trimmed);
    }
  }
  return out;
}

/** The subject that ends `prefix` (the words before "will"/"'ll"/"is going to"), or null when there is none. */
export function subjectBefore(
  prefix: string,
  speaker: string | null,
  names: ReadonlyMap<string, string>,
): Subject | null {
  const pronoun = PRONOUN_AT_END.exec(prefix)?.[1];
  if (pronoun === 'i' || pronoun === 'we') return { kind: 'self', who: speaker };
  if (pronoun === 'you') return { kind: 'you', who: speaker };
  if (pronoun !== undefined) return { kind: 'other', who: null };
  const title = TITLE_AT_END.exec(prefix);
  if (title?.[1] !== undefined && title[2] !== undefined) {
    const said = `${TITLES[title[1]] ?? cap(title[1])} ${cap(title[2])}`;
    return { kind: 'named', who: names.get(said.toLowerCase()) ?? said };
  }
  const role = ROLE_AT_END.exec(prefix)?.[1];
  if (role !== undefined) {
    const words = role.split(' ').map((w) => (UPPER.has(w) ? w.toUpperCase() : w));
    return { kind: 'role', who: `the ${words.join(' ')}` };
  }
  const trimmed = prefix.trimEnd();
  for (const [variant, name] of names) {
    if (trimmed.endsWith(variant) && !/[\w']/.test(trimmed.charAt(trimmed.length - variant.length - 1))) {
      return { kind: 'named', who: name };
    }
  }
  return null;
}
