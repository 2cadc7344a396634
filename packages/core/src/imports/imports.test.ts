import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case/index.js';
import { IMPORT_FIELDS } from './import-fields.js';
import { parseCsv, toCsv } from './csv.js';
import { suggestMapping } from './mapping.js';
import { mergeImport } from './merge.js';
import { readDate, readNumber } from './parse-values.js';
import { importTemplate } from './template.js';
import { validateImportRows } from './validate.js';

function exampleCase(): CaseFile {
  const parsed = parseCaseFile(JSON.parse(readFileSync('/work/shared/examples/case.example.json', 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const check = (kind: Parameters<typeof validateImportRows>[0], csv: string, file = 'data.csv') => {
  const { table, problems } = parseCsv(file, csv);
  expect(problems).toEqual([]);
  return validateImportRows(kind, table, suggestMapping(kind, table.headers), exampleCase());
};

describe('reading values', () => {
  it('reads ISO and US dates and refuses dates that do not exist', () => {
    expect(readDate('2026-09-14')).toEqual({ ok: true, value: '2026-09-14' });
    expect(readDate('9/4/2026')).toEqual({ ok: true, value: '2026-09-04' });
    expect(readDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
    for (const bad of ['2026-02-30', '2/29/2026', '13/1/2026', '2026-04-31', 'next week', '14.09.2026'])
      expect(readDate(bad).ok, bad).toBe(false);
  });

  it('reads numbers with a decimal point and refuses words', () => {
    expect(readNumber('72.5')).toEqual({ ok: true, value: 72.5 });
    expect(readNumber(' 1,200 ')).toEqual({ ok: true, value: 1200 });
    expect(readNumber('-.5')).toEqual({ ok: true, value: -0.5 });
    for (const bad of ['seventy', '72,5', '7 2', '', '.', '1.2.3'])
      expect(readNumber(bad).ok, bad).toBe(false);
  });
});

describe('suggestMapping', () => {
  it('matches headers without case or punctuation, and by alias', () => {
    expect(suggestMapping('probes', ['goal_id', 'Probe Date', 'WCPM', 'Comments'])).toEqual({
      goalId: 'goal_id',
      date: 'Probe Date',
      score: 'WCPM',
      phaseId: null,
      note: 'Comments',
    });
  });

  it('gives each column to one field only', () => {
    const m = suggestMapping('service-log', ['Service', 'Date', 'Minutes', 'Status', 'Notes']);
    expect(m).toMatchObject({ serviceId: 'Service', status: 'Status', reason: 'Notes' });
  });

  it('maps the template headers back to every field', () => {
    for (const kind of ['probes', 'progress-reports', 'service-log', 'assessments'] as const) {
      const mapping = suggestMapping(kind, importTemplate(kind).headers);
      expect(
        Object.values(mapping).every((v) => v !== null),
        kind,
      ).toBe(true);
    }
  });
});

describe('validateImportRows: probes', () => {
  it('takes a clean file', () => {
    const result = check('probes', 'Goal ID,Date,Score\ng1,2026-11-30,80\ng1,12/7/2026,81.5\n\n');
    expect(result.problems).toEqual([]);
    expect(result.cleanRecords).toEqual([
      { kind: 'probes', row: 2, clean: true, goalId: 'g1', date: '2026-11-30', score: 80 },
      { kind: 'probes', row: 3, clean: true, goalId: 'g1', date: '2026-12-07', score: 81.5 },
    ]);
  });

  it('reports every problem with file, row and column; clean rows come first', () => {
    const csv = [
      'Goal,Date,Score',
      'g1,2026-02-30,70', // row 2: impossible date
      'g1,2026-11-30,seventy', // row 3: not a number
      'g9,2026-11-30,70', // row 4: unknown goal
      'g1,2026-12-07,82', // row 5: clean
      'g1,12/7/2026,83', // row 6: same goal and date as row 5
      'g1,2026-09-14,71', // row 7: already in the case
      ',2026-12-14,80', // row 8: goal empty
    ].join('\n');
    const result = check('probes', csv, 'broken.csv');
    const where = result.problems.map((p) => [p.file, p.row, p.column]);
    expect(where).toEqual([
      ['broken.csv', 2, 'Date'],
      ['broken.csv', 3, 'Score'],
      ['broken.csv', 4, 'Goal'],
      ['broken.csv', 6, 'Date'],
      ['broken.csv', 7, 'Date'],
      ['broken.csv', 8, 'Goal'],
    ]);
    expect(result.problems[0]?.message).toMatch(/not a real date/);
    expect(result.problems[2]?.message).toMatch(/no goal "g9".*g1, g2/);
    expect(result.problems[3]?.message).toMatch(/repeats row 5/);
    expect(result.cleanRecords.map((r) => r.row)).toEqual([5]);
    expect(result.records.map((r) => [r.row, r.clean])).toEqual([
      [5, true],
      [4, false],
      [6, false],
      [7, false],
    ]);
  });

  it('names a missing required column at row 1 and reads no rows', () => {
    const result = check('probes', 'Goal ID,Date\ng1,2026-11-30\n');
    expect(result.problems).toEqual([
      {
        file: 'data.csv',
        row: 1,
        column: 'Score',
        field: 'score',
        message: expect.stringMatching(/needs a column for "Score"/) as unknown as string,
      },
    ]);
    expect(result.records).toEqual([]);
  });

  it('refuses a mapping to a column that is not there', () => {
    const { table } = parseCsv('x.csv', 'A,B,C\ng1,2026-11-30,1\n');
    const result = validateImportRows('probes', table, { goalId: 'A', date: 'B', score: 'Z' }, exampleCase());
    expect(result.problems.map((p) => [p.row, p.column, p.field])).toEqual([[1, 'Z', 'score']]);
  });

  it('refuses a phase the goal does not have', () => {
    const result = check('probes', 'Goal ID,Date,Score,Phase ID\ng1,2026-11-30,80,p7\n');
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([[2, 'Phase ID']]);
  });
});

describe('validateImportRows: other kinds', () => {
  it('service log: statuses without case and with aliases; duplicates by service, date and status', () => {
    const csv = [
      'Service,Date,Minutes,Status,Reason',
      's1,2026-11-16,30,Delivered,',
      's1,11/17/2026,0,MISSED,teacher out',
      's1,2026-11-18,0,Student Absent,',
      's1,2026-11-19,30,made up,',
      's1,2026-11-19,30,make-up,', // duplicate of the row above
      's1,2026-11-20,30.5,delivered,', // not whole minutes
      's1,2026-11-23,30,attended maybe,', // unknown status
      's2,2026-11-23,30,delivered,', // unknown service
    ].join('\n');
    const result = check('service-log', csv);
    expect(
      result.cleanRecords.map((r) => (r.kind === 'service-log' ? [r.status, r.reason ?? null] : null)),
    ).toEqual([
      ['delivered', null],
      ['missed', 'teacher out'],
      ['missed', 'student absent'],
      ['make-up', null],
    ]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [6, 'Date'],
      [7, 'Minutes'],
      [8, 'Status'],
      [9, 'Service'],
    ]);
  });

  it('progress reports and assessments', () => {
    const reports = check(
      'progress-reports',
      'Goal ID,Period,Date,Status,Narrative\ng1,Quarter 2,2026-12-18,Limited Progress,"Working on it, slowly"\ng1,Quarter 1,2026-10-23,mastered,dup\n',
    );
    expect(reports.cleanRecords).toEqual([
      {
        kind: 'progress-reports',
        row: 2,
        clean: true,
        goalId: 'g1',
        period: 'Quarter 2',
        date: '2026-12-18',
        status: 'limited-progress',
        narrative: 'Working on it, slowly',
      },
    ]);
    expect(reports.problems.map((p) => p.row)).toEqual([3]);
    const tests = check(
      'assessments',
      'Program,School year,Subject,Scale score\nMAP,2026-2027,Mathematics,301\nmap-a,2026-28,Science,\n',
    );
    expect(tests.cleanRecords).toMatchObject([{ program: 'MAP', schoolYear: '2026-27', scaleScore: 301 }]);
    expect(tests.problems.map((p) => [p.row, p.column])).toEqual([[3, 'School year']]);
  });
});

describe('parseCsv', () => {
  it('reports an unclosed quote with its row', () => {
    const { problems } = parseCsv('q.csv', 'Goal ID,Date,Score\ng1,2026-11-30,"80\n');
    expect(problems[0]).toMatchObject({ file: 'q.csv', row: 2 });
  });

  it('says so when the file is empty', () => {
    expect(parseCsv('e.csv', '').problems[0]?.message).toMatch(/empty/);
  });

  it('round-trips quotes and commas through toCsv', () => {
    const text = toCsv(['A', 'B'], [['x, "y"', 'z']]);
    expect(parseCsv('t.csv', text).table).toEqual({
      fileName: 't.csv',
      headers: ['A', 'B'],
      rows: [['x, "y"', 'z'], ['']],
    });
  });
});

describe('mergeImport', () => {
  it('adds clean rows sorted by date without duplicating what the case has', () => {
    const c = exampleCase();
    const { cleanRecords } = check('probes', 'Goal ID,Date,Score\ng1,2026-12-07,82\ng1,2026-11-30,80\n');
    const merged = mergeImport(c, 'probes', cleanRecords);
    const dates = merged.goals[0]?.probes.map((p) => p.date) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(dates.filter((d) => d === '2026-11-30' || d === '2026-12-07')).toEqual([
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(merged.goals[0]?.probes.length).toBe((c.goals[0]?.probes.length ?? 0) + 2);
    // The input case is not changed, and merging the same rows twice adds nothing more.
    expect(c.goals[0]?.probes.length).toBe(14);
    expect(mergeImport(merged, 'probes', cleanRecords)).toEqual(merged);
    expect(parseCaseFile(merged).ok).toBe(true);
  });

  it('refuses rows with problems, so a broken file changes nothing', () => {
    const result = check('probes', 'Goal ID,Date,Score\ng1,2026-12-07,82\ng9,2026-12-07,82\n');
    expect(() => mergeImport(exampleCase(), 'probes', result.records)).toThrow(/only the clean rows/);
    expect(mergeImport(exampleCase(), 'probes', result.cleanRecords).goals[0]?.probes.length).toBe(15);
  });

  it('merges service log rows into the right service', () => {
    const { cleanRecords } = check(
      'service-log',
      'Service ID,Date,Minutes,Status\ns1,2026-11-16,30,delivered\n',
    );
    const merged = mergeImport(exampleCase(), 'service-log', cleanRecords);
    expect(merged.services[0]?.log.filter((e) => e.date === '2026-11-16')).toEqual([
      { date: '2026-11-16', minutes: 30, status: 'delivered' },
    ]);
  });
});

describe('IMPORT_FIELDS', () => {
  it('describes the fields of the contract', () => {
    expect(IMPORT_FIELDS.probes.map((f) => [f.id, f.required])).toEqual([
      ['goalId', true],
      ['date', true],
      ['score', true],
      ['phaseId', false],
      ['note', false],
    ]);
    expect(IMPORT_FIELDS['service-log'].find((f) => f.id === 'status')?.values).toEqual([
      'delivered',
      'missed',
      'make-up',
    ]);
  });
});
