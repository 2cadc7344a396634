import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWords, wordErrorRate } from './word-error-rate.js';

// Our word error rate against NIST sclite (Debian package sctk) on many random sentence pairs: the same
// substitution, deletion and insertion counts for every pair.

function hasSctk(): boolean {
  try {
    execFileSync('sctk', ['sclite'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // sclite with no arguments prints its usage and exits non-zero; only a missing program is ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const vocabulary = [
  'we',
  'will',
  'send',
  'the',
  'plan',
  'by',
  'friday',
  'iep',
  'goal',
  'reading',
  'aide',
  'no',
];

// On CI the setup script installs sctk: a missing one is a failure there, not a skip.
describe.skipIf(!hasSctk() && process.env.CI !== 'true' && process.env.IEP_REQUIRE_POSTGRES !== '1')(
  'wordErrorRate matches sclite',
  () => {
    it('gives the same counts as sclite for 1,000 random pairs', () => {
      const pairs = fc.sample(
        fc.tuple(
          fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 15 }),
          fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 15 }),
        ),
        { numRuns: 1000, seed: 42 },
      );
      const dir = mkdtempSync(join(tmpdir(), 'wer-'));
      try {
        const ids = pairs.map((_, i) => `(spk1_${i})`);
        writeFileSync(join(dir, 'ref.trn'), pairs.map(([r], i) => `${r.join(' ')} ${ids[i]}\n`).join(''));
        writeFileSync(join(dir, 'hyp.trn'), pairs.map(([, h], i) => `${h.join(' ')} ${ids[i]}\n`).join(''));
        const out = execFileSync(
          'sctk',
          [
            'sclite',
            '-r',
            join(dir, 'ref.trn'),
            'trn',
            '-h',
            join(dir, 'hyp.trn'),
            'trn',
            '-i',
            'spu_id',
            '-o',
            'pra',
            'stdout',
          ],
          { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
        );
        const scores = [...out.matchAll(/Scores: \(#C #S #D #I\) (\d+) (\d+) (\d+) (\d+)/g)].map((m) =>
          m.slice(2, 5).map(Number),
        );
        expect(scores).toHaveLength(pairs.length);
        pairs.forEach(([r, h], i) => {
          const ours = wordErrorRate(r.join(' '), h.join(' '));
          expect(normalizeWords(r.join(' '))).toEqual(r);
          expect(
            [ours.substitutions, ours.deletions, ours.insertions],
            `pair ${i}: ${r.join(' ')} | ${h.join(' ')}`,
          ).toEqual(scores[i]);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
