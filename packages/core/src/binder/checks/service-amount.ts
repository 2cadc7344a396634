import nlp from 'compromise';

// Minutes, how often and where, read from one line (or a few lines) of an IEP's service grid or an agreement in
// the meeting. Real IEPs write "60 min/wk", "30 minutes 2x weekly", "Speech/Language  60  Weekly  Special
// Education", "thirty minutes twice a week"; pdf.js glues table cells ("Therapy60 minutesWeekly") and OCR reads
// 0 as O and 1 as l. normalizeLine undoes those before anything is matched.

export type ServicePer = 'day' | 'week' | 'month' | 'year';
export type ServiceSetting = 'general' | 'special';

export interface ServiceAmount {
  /** Minutes per period in all (30 minutes 2 times a week = 60), or null when the words give none. */
  minutes: number | null;
  per: ServicePer | null;
  setting: ServiceSetting | null;
}

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;

/** OCR's letters in digit groups (3O, 6O, l5, 1O0) back to digits, only next to a digit. */
function ocrDigits(text: string): string {
  return text.replace(/\b[0-9OolI]{2,4}\b/g, (group) =>
    /[0-9]/.test(group) ? group.replace(/[Oo]/g, '0').replace(/[lI]/g, '1') : group,
  );
}

/** Spaces where pdf.js glued cells, OCR fixes, number words to digits, one space between words. */
export function normalizeLine(text: string): string {
  let out = ocrDigits(text)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z]{2,})/g, '$1 $2')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (NUMBER_WORDS.test(out)) {
    const doc = nlp(out);
    doc.numbers().toNumber();
    out = doc.text();
  }
  return out
    .replace(/\btwice\b/gi, '2 times')
    .replace(/\bonce\b/gi, '1 time')
    .replace(/\bthree times\b/gi, '3 times');
}

const PER_WORDS: [RegExp, ServicePer][] = [
  [/\b(?:daily|every (?:school )?day|(?:per|a|each|\/) ?(?:school )?(?:day|d)\b)/i, 'day'],
  [/\b(?:weekly|every week|(?:per|a|each|\/) ?(?:school )?(?:week|wk|wks)\b|(?:min|minutes?)\/w\b)/i, 'week'],
  [/\b(?:monthly|every month|(?:per|a|each|\/) ?(?:month|mo|mth)\b)/i, 'month'],
  [/\b(?:yearly|annually|(?:per|a|each|\/) ?(?:year|yr|school year)\b)/i, 'year'],
];

const MINUTES = /(\d{1,4}(?:\.\d+)?)\s*(?:minutes?|mins?\b\.?|min\b|mn\b)/gi;
const HOURS = /(\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?\b\.?)/gi;
const TIMES = /(\d{1,2})\s*(?:x\b|times?\b|sessions?\b|days?\b(?= (?:a|per|each) week))/i;
const TOTAL_AFTER =
  /^\s*(?:\/|per\b|a\b|each\b|weekly|daily|monthly|yearly|annually)(?!\s*(?:session|sitting|visit|time)s?\b)/i;

const GENERAL =
  /\b(?:general ed(?:ucation)?|regular ed(?:ucation)?|gen\.? ?ed\.?|reg\.? ?ed\.?|inside (?:the )?(?:general|regular)(?: education)?(?: class(?:room)?)?|regular class(?:room)?|push[- ]in|in the (?:general|regular) (?:education )?class(?:room)?)\b/i;
const SPECIAL =
  /\b(?:special ed(?:ucation)? (?:setting|class(?:room)?|room)|special ed(?:ucation)?|sp\.? ?ed\.?|sped|resource(?: room)?|outside (?:the )?(?:general|regular)(?: education)?(?: class(?:room)?)?|pull[- ]out|separate class(?:room)?|self[- ]contained|therapy room|speech room)\b/i;

/** The setting the words name, when they name one (a service grid's "Location" column, or "pull-out"). */
export function settingOf(text: string): ServiceSetting | null {
  // "Special Education Services" is a heading, not a place.
  const t = text.replace(
    /\bspecial education (?:services?|and related services|teacher|staff|provider)\b/gi,
    ' ',
  );
  const general = GENERAL.exec(t);
  const special = SPECIAL.exec(t);
  if (general && special) return general.index <= special.index ? 'general' : 'special';
  return general ? 'general' : special ? 'special' : null;
}

export function perOf(text: string): ServicePer | null {
  let best: { per: ServicePer; at: number } | null = null;
  for (const [re, per] of PER_WORDS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at)) best = { per, at: m.index };
  }
  return best?.per ?? null;
}

/** The minutes, period and setting of normalized text. */
export function amountOf(normalized: string): ServiceAmount {
  const per = perOf(normalized);
  const setting = settingOf(normalized);
  const amounts: { minutes: number; end: number }[] = [];
  for (const m of normalized.matchAll(MINUTES))
    amounts.push({ minutes: Number(m[1]), end: m.index + m[0].length });
  if (amounts.length === 0)
    for (const m of normalized.matchAll(HOURS))
      amounts.push({ minutes: Math.round(Number(m[1]) * 60), end: m.index + m[0].length });
  const first = amounts[0];
  if (first === undefined || !Number.isFinite(first.minutes) || first.minutes <= 0)
    return { minutes: null, per, setting };
  // "120 minutes per week" is a total; "30 minutes 2 times a week" or "2 x 30 min" is per session.
  const total = TOTAL_AFTER.test(normalized.slice(first.end));
  const times = TIMES.exec(normalized);
  const count = !total && times ? Number(times[1]) : 1;
  return { minutes: first.minutes * (count >= 1 && count <= 14 ? count : 1), per, setting };
}

const PER_WORDS_PLAIN: Record<ServicePer, string> = {
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};
const SETTING_WORDS: Record<ServiceSetting, string> = {
  general: 'in the general education classroom',
  special: 'in a special education setting',
};

/** "60 minutes a week in a special education setting", or what of it is known. */
export function amountWords(a: ServiceAmount): string {
  const parts: string[] = [];
  if (a.minutes !== null) parts.push(`${a.minutes.toLocaleString('en-US')} minutes`);
  if (a.per !== null) parts.push(PER_WORDS_PLAIN[a.per]);
  if (a.setting !== null) parts.push(SETTING_WORDS[a.setting]);
  return parts.join(' ');
}
