import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSsdPartner } from './ssd.js';
import { parseCaseFile, parseCaseFileText, parseMeeting, toJsonPath } from './case-parse.js';

const exampleText = readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8');
const example = () => JSON.parse(exampleText) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const problemsOf = (input: unknown) => {
  const result = parseCaseFile(input);
  if (result.ok) throw new Error('expected the case file to be refused');
  return result.problems;
};
const paths = (input: unknown) => problemsOf(input).map((p) => p.path);

describe('parseCaseFile: the example', () => {
  it('accepts the shipped example and fills defaults', () => {
    const result = parseCaseFileText(exampleText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.student.district).toBe('Hazelwood School District');
    expect(result.value.meetings[0]?.timeZone).toBe('America/Chicago');
    expect(result.value.closures).toHaveLength(3);
  });

  it('defaults a meeting time zone to America/Chicago', () => {
    const input = example();
    delete input['meetings'][0].timeZone;
    const result = parseCaseFile(input);
    expect(result.ok && result.value.meetings[0]?.timeZone).toBe('America/Chicago');
  });
});

describe('parseCaseFile: bad input is refused with plain problems and JSON paths', () => {
  it('malformed JSON', () => {
    const result = parseCaseFileText('{"format": "iep-ready/case@1",');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$', message: expect.stringMatching(/not valid JSON/) }],
    });
  });

  it('an unknown format version', () => {
    const input = { ...example(), format: 'iep-ready/case@2' };
    expect(problemsOf(input)).toEqual([
      { path: '$.format', message: expect.stringMatching(/iep-ready\/case@1/) },
    ]);
  });

  it('a date that does not exist (2026-02-30)', () => {
    const input = example();
    input['student'].dateOfBirth = '2026-02-30';
    expect(paths(input)).toEqual(['$.student.dateOfBirth']);
  });

  it('a session that ends before it starts', () => {
    const input = example();
    input['meetings'][0].sessions[0].end = '2026-12-07T08:00:00';
    expect(problemsOf(input)).toEqual([
      { path: '$.meetings[0].sessions[0].end', message: expect.stringMatching(/ends before it starts/) },
    ]);
  });

  it('an unknown time zone', () => {
    const input = example();
    input['meetings'][0].timeZone = 'Mars/Olympus';
    expect(problemsOf(input)).toEqual([
      { path: '$.meetings[0].timeZone', message: expect.stringMatching(/time zone/) },
    ]);
  });

  it('an unknown district is allowed, and is simply not SSD', () => {
    const input = example();
    input['student'].district = 'Nowhere R-1 School District';
    const result = parseCaseFile(input);
    expect(result.ok).toBe(true);
    expect(findSsdPartner('Nowhere R-1 School District')).toBeNull();
  });

  it('lists every problem at once', () => {
    const input = example();
    input['format'] = 'iep-ready/case@9';
    input['student'].dateOfBirth = '2026-02-30';
    input['meetings'][0].timeZone = 'Mars/Olympus';
    input['meetings'][0].sessions[0].end = '2026-12-07T08:00:00';
    input['services'][0].providerId = 't99';
    input['team'][1].id = 't1';
    input['closures'][1].to = '2026-11-01';
    expect(paths(input).sort()).toEqual(
      [
        '$.format',
        '$.student.dateOfBirth',
        '$.meetings[0].timeZone',
        '$.meetings[0].sessions[0].end',
        '$.services[0].providerId',
        '$.team[1].id',
        '$.closures[1].to',
      ].sort(),
    );
  });

  it('refuses unknown fields and names them', () => {
    const input = { ...example(), colour: 'blue' };
    expect(problemsOf(input)).toEqual([{ path: '$', message: expect.stringMatching(/colour/) }]);
  });

  it('says what is missing', () => {
    const input = example();
    delete input['student'];
    expect(problemsOf(input)).toEqual([{ path: '$.student', message: 'This is missing.' }]);
  });
});

describe('parseMeeting and toJsonPath', () => {
  it('checks one meeting and roots the paths at it', () => {
    const result = parseMeeting({
      id: 'm2',
      kind: 'annual-review',
      sessions: [{ start: '2026-12-07T09:00', end: '2026-12-07T08:00' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$.sessions[0].end', message: expect.any(String) }],
    });
  });

  it('writes JSON paths', () => {
    expect(toJsonPath(['meetings', 0, 'sessions', 1, 'end'])).toBe('$.meetings[0].sessions[1].end');
    expect(toJsonPath(['a b'])).toBe('$["a b"]');
  });
});
