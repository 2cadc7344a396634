import type { SegmentView } from '@iep/core';
import { describe, expect, it } from 'vitest';
import {
  audioPass,
  clipWords,
  linkState,
  newStudentCode,
  normalizeCode,
  publicBase,
  shownCode,
} from './link-rules.js';

const now = new Date('2026-12-04T12:00:00Z');
const seg = (start: number, end: number, text: string, speakerName = 'Speaker 1'): SegmentView => ({
  id: `s${start}`,
  start,
  end,
  speaker: 'S1',
  speakerName,
  text,
  words: [],
  edited: false,
  machineText: null,
});

describe('shared link rules', () => {
  it('works until its expiry, and a revoked link is revoked whatever the time', () => {
    expect(linkState({ revoked_at: null, expires_at: '2026-12-04T12:00:01Z' }, now)).toBe('active');
    expect(linkState({ revoked_at: null, expires_at: '2026-12-04T12:00:00Z' }, now)).toBe('expired');
    expect(linkState({ revoked_at: '2026-12-01T00:00:00Z', expires_at: '2026-12-01T00:00:00Z' }, now)).toBe(
      'revoked',
    );
  });

  it('makes codes a child can type, and reads them back however they were typed', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newStudentCode();
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
      expect(normalizeCode(` ${shownCode(code).toLowerCase()} `.trim())).toBe(code);
      expect(normalizeCode(`${code.slice(0, 4)} ${code.slice(4)}`)).toBe(code);
    }
    // A link id is not a code: it passes through unchanged.
    expect(normalizeCode('Abcdefghijklmnopqrstuv')).toBe('Abcdefghijklmnopqrstuv');
  });

  it('derives a different audio pass for another link or another passphrase hash', () => {
    const pass = audioPass('link-1', '$argon2id$v=19$a');
    expect(pass).toMatch(/^[0-9a-f]{32}$/);
    expect(audioPass('link-2', '$argon2id$v=19$a')).not.toBe(pass);
    expect(audioPass('link-1', '$argon2id$v=19$b')).not.toBe(pass);
  });

  it('gives links at IEP_PUBLIC_URL, else at the local address', () => {
    expect(publicBase({ publicUrl: 'https://iep.example.org/', host: '0.0.0.0', port: 8080 })).toBe(
      'https://iep.example.org',
    );
    expect(publicBase({ publicUrl: null, host: '127.0.0.1', port: 3000 })).toBe('http://127.0.0.1:3000');
    expect(publicBase({ publicUrl: null, host: '0.0.0.0', port: 3000 })).toBe('http://localhost:3000');
  });

  it("keeps the words of the clip's part only, timed from the clip's start", () => {
    const words = clipWords(
      [
        seg(0, 2, 'Before.'),
        seg(2, 5, 'We agreed on breaks.', 'Ms. Lane'),
        seg(5, 6, '  '),
        seg(9, 12, 'After.'),
      ],
      3000,
      8000,
    );
    expect(words).toEqual([{ startMs: 0, endMs: 2000, speaker: 'Ms. Lane', text: 'We agreed on breaks.' }]);
  });
});
