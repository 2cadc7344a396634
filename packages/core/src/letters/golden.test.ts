import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letterToText } from './letter-text.js';
import { LETTER_KINDS } from './letter-types.js';
import { exampleFixtures } from './test-fixtures/example.js';

const { exampleLetter } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

// Golden texts of every kind for the example case. They were generated once, then read line by line for legal
// accuracy and plain words, and fixed in the generator until right. A change here must be read the same way:
// regenerate with UPDATE_GOLDEN=1 only after checking the new text.

const goldenUrl = (kind: string) => new URL(`./golden/${kind}.txt`, import.meta.url);

describe('golden letters for the example case', () => {
  it.each(LETTER_KINDS.map((k) => [k]))('%s matches its reviewed text', async (kind) => {
    const text = letterToText(exampleLetter(kind));
    if (process.env.UPDATE_GOLDEN === '1') {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(goldenUrl(kind), text);
    }
    expect(text).toBe(readFileSync(goldenUrl(kind), 'utf8'));
  });
});
