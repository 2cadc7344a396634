import { describe, expect, it } from 'vitest';
import { HELD_OUT_UTTERANCES } from './held-out-utterances.js';
import { LABELED_UTTERANCES } from './labeled-utterances.js';
import { formatExtractionScore, scoreExtraction } from './score.js';

// The measured quality of extraction on the labeled meeting (the issue asks for at least 60 utterances; we have
// more than 80), with the table printed so the numbers are visible in the test output.

describe('extraction quality on the labeled meeting', () => {
  const score = scoreExtraction(LABELED_UTTERANCES);

  it('has enough labeled utterances of every kind, and small talk', () => {
    expect(LABELED_UTTERANCES.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['commitment', 'refusal', 'agreement', 'open-question', null]) {
      expect(LABELED_UTTERANCES.filter((l) => l.kind === kind).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('reaches precision >= 0.85 and recall >= 0.80 overall', () => {
    console.log(`Labeled meeting\n${formatExtractionScore(score)}`);
    for (const m of score.mistakes)
      console.log(`  miss #${m.index}: expected ${m.expected}, got [${m.got.join(', ')}]: ${m.text}`);
    for (const m of score.dueMistakes)
      console.log(`  date #${m.index}: expected ${m.expected}, got ${m.got}: ${m.text}`);
    expect(score.overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('reports the held-out 504 meeting (written after the rules; see its header)', () => {
    const held = scoreExtraction(HELD_OUT_UTTERANCES);
    console.log(`Held-out 504 meeting\n${formatExtractionScore(held)}`);
    for (const m of held.mistakes)
      console.log(`  miss #${m.index}: expected ${m.expected}, got [${m.got.join(', ')}]: ${m.text}`);
    for (const m of held.dueMistakes)
      console.log(`  date #${m.index}: expected ${m.expected}, got ${m.got}: ${m.text}`);
    expect(held.utterances).toBe(HELD_OUT_UTTERANCES.length);
  });

  it('reports the labeled meeting as a plain recognizer writes it (lower case, no punctuation)', () => {
    const plain = LABELED_UTTERANCES.map((l) => ({
      ...l,
      text: l.text.toLowerCase().replace(/[^\p{L}\p{N}'\s-]/gu, ''),
    }));
    const s = scoreExtraction(plain);
    console.log(`Labeled meeting without punctuation (pocketsphinx style)\n${formatExtractionScore(s)}`);
    for (const m of s.mistakes)
      console.log(`  miss #${m.index}: expected ${m.expected}, got [${m.got.join(', ')}]: ${m.text}`);
    expect(s.overall.precision).toBeGreaterThan(0.5);
  });
});
