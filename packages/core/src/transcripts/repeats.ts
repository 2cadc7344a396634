// Whisper-style models can get stuck on long audio and write the same phrase over and over ("thank you thank you
// thank you ..."). The engines run every segment through this filter. A phrase of 1-8 words said 3 or more times
// in a row becomes one copy. Real speech rarely says a phrase three times running; when it does ("no, no, no"),
// losing the echo costs little next to pages of loop.

const MAX_PHRASE = 8;
const MIN_REPEATS = 3;

/** Words compare without case or punctuation, so "you." and "you," are the same word. */
const wordKey = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

interface Run {
  size: number;
  count: number;
}

/** The longest stretch (phrase size x count) of one phrase repeated from `i`; ties go to the shorter phrase. */
function runAt(keys: readonly string[], i: number): Run | null {
  let best: Run | null = null;
  for (let size = 1; size <= MAX_PHRASE && i + size * MIN_REPEATS <= keys.length; size += 1) {
    let count = 1;
    for (;;) {
      const at = i + count * size;
      if (at + size > keys.length) break;
      let same = true;
      for (let k = 0; k < size; k += 1) {
        if (keys[at + k] !== keys[i + k]) {
          same = false;
          break;
        }
      }
      if (!same) break;
      count += 1;
    }
    if (count >= MIN_REPEATS && (best === null || size * count > best.size * best.count))
      best = { size, count };
  }
  return best;
}

function onePass(words: readonly string[]): string[] {
  const keys = words.map(wordKey);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    // A phrase of only punctuation (empty keys) is not a loop worth collapsing.
    const run = keys[i] === '' ? null : runAt(keys, i);
    if (run === null) {
      out.push(words[i] ?? '');
      i += 1;
    } else {
      out.push(...words.slice(i, i + run.size));
      i += run.size * run.count;
    }
  }
  return out;
}

/** The text with every loop collapsed to one copy (repeated until nothing changes, so it is idempotent). */
export function filterRepeats(text: string): string {
  let words = text.split(/\s+/).filter((w) => w !== '');
  for (;;) {
    const next = onePass(words);
    if (next.length === words.length) break;
    words = next;
  }
  return words.join(' ');
}

/**
 * True when loops make up at least half of the words (at least 6 words): the engine was stuck, and the segment is
 * worth flagging or decoding again rather than trusting.
 */
export function isRepetitionLoop(text: string): boolean {
  const before = text.split(/\s+/).filter((w) => w !== '').length;
  if (before < 6) return false;
  const after = filterRepeats(text)
    .split(/\s+/)
    .filter((w) => w !== '').length;
  return before - after >= before / 2;
}
