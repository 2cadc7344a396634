// Plain words for values that are machine-shaped underneath: JSON paths in the server's problems, IANA time
// zones, language codes. A parent should read "Child's name" and "Central Time", never "$.student.name" or
// "America/Chicago".

/** Words for the case file's keys; anything else is split at its capitals ("preferredLanguage" -> "preferred language"). */
const KEY_WORDS: Record<string, string> = {
  student: "the child's details",
  name: 'name',
  dateOfBirth: 'date of birth',
  grade: 'grade',
  school: 'school',
  district: 'district',
  parents: 'parent',
  team: 'team member',
  meetings: 'meeting',
  sessions: 'day',
  start: 'start time',
  end: 'end time',
  timeZone: 'time zone',
  goals: 'goal',
  services: 'service',
  minutes: 'minutes',
  frequency: 'how often',
  closures: 'school closure',
  assessments: 'test result',
  probes: 'progress check',
  email: 'email',
  phone: 'phone',
  preferredLanguage: 'preferred language',
  relationship: 'relationship',
  plan: 'plan',
  kind: 'kind',
  location: 'place',
  date: 'date',
  baseline: 'starting point',
  target: 'target',
  notes: 'notes',
};

function keyWords(key: string): string {
  return KEY_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * "$.student.name" -> "The child's details: name"; "$.meetings[0].sessions[1].start" -> "Meeting 1, day 2: start
 * time". Undefined for the whole document ("$"), so the message stands alone.
 */
export function problemLabel(path: string): string | undefined {
  const parts = [...path.matchAll(/\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)];
  if (parts.length === 0) return undefined;
  const words: string[] = [];
  for (const part of parts) {
    if (part[1] !== undefined) words.push(keyWords(part[1]));
    else if (part[2] !== undefined && words.length > 0)
      words[words.length - 1] = `${words[words.length - 1] ?? ''} ${Number(part[2]) + 1}`;
  }
  const last = words.length > 1 ? words.pop() : undefined;
  const head = words.join(', ');
  const text = last ? `${head}: ${last}` : head;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The US zones first, in the order a family in the US looks for them. */
export const US_TIME_ZONES: readonly { zone: string; label: string }[] = [
  { zone: 'America/New_York', label: 'Eastern Time' },
  { zone: 'America/Chicago', label: 'Central Time (Missouri)' },
  { zone: 'America/Denver', label: 'Mountain Time' },
  { zone: 'America/Phoenix', label: 'Mountain Time without daylight saving (Arizona)' },
  { zone: 'America/Los_Angeles', label: 'Pacific Time' },
  { zone: 'America/Anchorage', label: 'Alaska Time' },
  { zone: 'Pacific/Honolulu', label: 'Hawaii Time' },
  { zone: 'America/Puerto_Rico', label: 'Atlantic Time (Puerto Rico)' },
];

/** "America/Chicago" -> "Central Time (Missouri)"; another zone -> its city and region in words. */
export function timeZoneLabel(zone: string): string {
  const us = US_TIME_ZONES.find((z) => z.zone === zone);
  if (us) return us.label;
  const parts = zone.split('/');
  const city = (parts[parts.length - 1] ?? zone).replace(/_/g, ' ');
  const region = parts.length > 1 ? (parts[0] ?? '').replace(/_/g, ' ') : '';
  return region ? `${city} time (${region})` : `${city} time`;
}

/** Every zone the browser knows, US zones first, each with its words. */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ([] as string[]);
  const us = new Set(US_TIME_ZONES.map((z) => z.zone));
  const others = [...new Set([...known, current])]
    .filter((z) => z && !us.has(z) && z.includes('/'))
    .sort((a, b) => timeZoneLabel(a).localeCompare(timeZoneLabel(b)));
  return [
    ...US_TIME_ZONES.map((z) => ({ value: z.zone, label: z.label })),
    ...others.map((z) => ({ value: z, label: timeZoneLabel(z) })),
  ];
}

/** Languages families in Missouri most often name, for suggestions; anything may be typed. */
export const COMMON_LANGUAGES = [
  'English',
  'Spanish',
  'Arabic',
  'Bosnian',
  'Chinese',
  'Vietnamese',
  'Swahili',
  'Somali',
  'Nepali',
  'Pashto',
  'Dari',
  'French',
  'Kinyarwanda',
  'Marshallese',
  'American Sign Language',
];

/** "es" -> "Spanish"; a name already in words stays as typed. */
export function languageName(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(trimmed)) {
    try {
      const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(trimmed);
      if (name && name !== trimmed) return name;
    } catch {
      // Not a language tag after all: show it as typed.
    }
  }
  return trimmed;
}

/**
 * A title put inside a sentence: "A facilitated IEP meeting" -> "a facilitated IEP meeting". Only the first letter
 * changes, and not when it starts an acronym ("IEP meeting"), so screen readers never meet "iep".
 */
export function inSentence(title: string): string {
  if (/^[A-Z]{2}/.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}
