import nlp from 'compromise';

// A notice's text made ready to check: split into lines and sentences with their page, each in two folded forms.
// OCR of a phone photo confuses l, i, I and 1, o and 0, and breaks or joins words ("Descr iption", "rep ort"), so
// the folded forms are what cues are matched against: `spaced` (word by word, compared at word starts) and
// `squashed` (no spaces at all, for longer cues). compromise splits prose into sentences and gives each word's root
// ("proposes", "proposed" -> "propose"; "options" -> "option"), and the roots are folded and matched too.

export interface NoticePage {
  n: number;
  text: string;
}

export interface Folded {
  spaced: string;
  squashed: string;
}

/** One line of the notice: a form label with what follows it, or plain text. */
export interface NoticeLine {
  page: number;
  text: string;
  /** The label before a colon ("Reason(s) for action"), when the line starts with one. */
  label: string | null;
  /** What follows the label on the same line. */
  rest: string;
  blank: boolean;
}

export interface NoticeSentence {
  page: number;
  text: string;
  /** The index of the line it starts on. */
  line: number;
  folded: Folded;
}

/** One word as OCR should have read it: digits inside a word are letters, l/i/I/1/| are one letter, 0 is o. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  const hasLetter = /\p{L}/u.test(lower);
  const mapped = hasLetter
    ? lower
        .replace(/[1|!]/g, 'l')
        .replace(/0/g, 'o')
        .replace(/5(?=\p{L})/gu, 's')
    : lower;
  return mapped
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '')
    .replace(/i/g, 'l')
    .replace(/rn/g, 'm');
}

/** A phrase in its folded word-by-word form, with a leading space (matched at word starts). */
function foldSpaced(text: string): string {
  const words = text
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}|!]+/u)
    .map(foldWord)
    .filter((w) => w !== '');
  return ` ${words.join(' ')} `;
}

export function fold(text: string): Folded {
  const spaced = foldSpaced(text);
  return { spaced, squashed: spaced.replace(/ /g, '') };
}

/** A cue in the form the matcher wants: its spaced form (a trailing space kept: "we " is the word "we" only). */
export function foldCue(cue: string): { spaced: string; squashed: string } {
  const spaced = foldSpaced(cue).trimEnd();
  return { spaced: cue.endsWith(' ') ? `${spaced} ` : spaced, squashed: spaced.replace(/ /g, '') };
}

/** Squashed matching only for cues long enough not to hit by chance across word breaks. */
const SQUASHED_MIN = 8;

export function holds(text: Folded, cue: string): boolean {
  const c = foldCue(cue);
  if (text.spaced.includes(c.spaced)) return true;
  return c.squashed.length >= SQUASHED_MIN && text.squashed.includes(c.squashed);
}

/** The sentence's words and their roots, folded together. */
function foldWithRoots(text: string): Folded {
  const doc = nlp(text);
  doc.compute('root');
  const roots = doc.text('root');
  const a = fold(text);
  const b = fold(roots);
  return { spaced: `${a.spaced}|${b.spaced}`, squashed: `${a.squashed}|${b.squashed}` };
}

const LABEL_MAX_WORDS = 16;
const LABEL_MAX_WORDS_ALONE = 40;
const NUMBERING = /^\s*(?:\(?[0-9]{1,2}[.)]|\(?[a-g][.)]|[•*\-–])\s+/i;

/** Splits a line into its label (before the first colon, if short) and the rest. */
function splitLabel(text: string): { label: string | null; rest: string } {
  const stripped = text.replace(NUMBERING, '');
  const colon = stripped.search(/:(?!\d)/);
  if (colon > 0) {
    const label = stripped.slice(0, colon).trim();
    const words = label.split(/\s+/).length;
    // A form's label can be the regulation's own long words when nothing follows it on the line.
    const rest = stripped.slice(colon + 1).trim();
    const max = rest === '' ? LABEL_MAX_WORDS_ALONE : LABEL_MAX_WORDS;
    if (words <= max && !/[.!?]\s/.test(label)) {
      return { label, rest };
    }
  }
  // A label in capitals on its own line, without a colon ("OTHER OPTIONS CONSIDERED").
  const letters = stripped.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 6 &&
    letters === letters.toUpperCase() &&
    stripped.split(/\s+/).length <= LABEL_MAX_WORDS
  ) {
    return { label: stripped.trim(), rest: '' };
  }
  return { label: null, rest: stripped.trim() };
}

/** The notice's lines, pages kept; words broken at a line end by a hyphen are joined. */
export function noticeLines(pages: readonly NoticePage[]): NoticeLine[] {
  const lines: NoticeLine[] = [];
  for (const page of pages) {
    const text = page.text
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');
    for (const raw of text.split('\n')) {
      const t = raw.replace(/\s+/g, ' ').trim();
      if (t === '') {
        lines.push({ page: page.n, text: '', label: null, rest: '', blank: true });
        continue;
      }
      lines.push({ page: page.n, text: t, ...splitLabel(t), blank: false });
    }
  }
  return lines;
}

/** Sentences of a run of text, split by compromise. */
export function splitSentences(text: string): string[] {
  if (text.trim() === '') return [];
  return nlp(text)
    .sentences()
    .out('array')
    .map((s: string) => s.trim())
    .filter((s: string) => s !== '');
}

/**
 * The notice's sentences: lines are joined into paragraphs (a blank line or a label ends one), and each paragraph
 * is split into sentences. A label's own words are not a sentence; what follows it is.
 */
export function noticeSentences(lines: readonly NoticeLine[]): NoticeSentence[] {
  const out: NoticeSentence[] = [];
  let buffer: string[] = [];
  let start = -1;
  let page = 1;
  const flush = () => {
    if (buffer.length > 0) {
      for (const text of splitSentences(buffer.join(' ')))
        out.push({ page, text, line: start, folded: foldWithRoots(text) });
    }
    buffer = [];
    start = -1;
  };
  lines.forEach((line, i) => {
    if (line.blank) return flush();
    if (line.label !== null) {
      flush();
      if (line.rest === '') return;
      start = i;
      page = line.page;
      buffer.push(line.rest);
      return;
    }
    if (start < 0) {
      start = i;
      page = line.page;
    }
    buffer.push(line.rest);
  });
  flush();
  return out;
}
