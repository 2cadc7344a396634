import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/index.js';
import { buildLetter } from './build-letter.js';
import { letterToText } from './letter-text.js';
import { exampleFixtures, NOW, withExtraService } from './test-fixtures/example.js';

const { exampleCase, exampleLetter } = exampleFixtures((name) =>
  readFileSync(new URL(`./test-fixtures/${name}`, import.meta.url), 'utf8'),
);

// What a parent sees when something is missing or late: plain messages, never a thrown error.

const base = () => ({ caseFile: exampleCase(), answers: {}, now: NOW });

describe('missing facts', () => {
  it('a recording notice without a meeting asks for the meeting time', () => {
    const result = buildLetter('recording-notice', {
      ...base(),
      caseFile: { ...exampleCase(), meetings: [] },
    });
    expect(result).toEqual({
      ok: false,
      missing: [{ field: 'meeting', message: 'Add the meeting time to send a recording notice.' }],
    });
  });

  it('an unknown meeting id is named', () => {
    const result = buildLetter('recording-notice', { ...base(), meetingId: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing[0]?.field).toBe('meetingId');
  });

  it('answers that do not fit the schema come back as missing facts with their path', () => {
    const result = buildLetter('pwn-request', { ...base(), answers: { actions: [{ action: 5 }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing[0]?.field).toBe('answers.actions.0.action');
    const unknown = buildLetter('concerns', { ...base(), answers: { colour: 'blue' } });
    expect(unknown.ok).toBe(false);
  });

  it.each([
    ['concerns', 'requests'],
    ['pwn-request', 'actions'],
    ['evaluation-request', 'type'],
    ['iee-request', 'evaluationName'],
    ['comp-ed-request', 'serviceIds'],
    ['sunshine-followup', 'requestDate'],
  ] as const)('%s with no answers asks for %s', (kind, field) => {
    const result = buildLetter(kind, { ...base(), answers: kind === 'concerns' ? { findings: [] } : {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.map((m) => m.field)).toContain(field);
  });

  it('a follow-up before the meeting has started says to wait', () => {
    const result = buildLetter('follow-up', { ...base(), answers: { agreed: ['x'] } });
    expect(result).toEqual({
      ok: false,
      missing: [
        {
          field: 'meeting',
          message: 'Write the follow-up after the meeting. It starts on December 7, 2026.',
        },
      ],
    });
  });

  it('a child complaint lists every missing element at once', () => {
    const c = exampleCase();
    const noContact = { ...c, parents: [{ name: 'Maria Rivera' }] };
    const result = buildLetter('child-complaint', { ...base(), caseFile: noContact, answers: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.missing.map((m) => m.field)).toEqual([
        'violations',
        'proposedResolution',
        'studentAddress',
        'parents',
      ]);
    }
  });

  it('a Sunshine follow-up before the 3 business days are over says when it can be sent', () => {
    const result = buildLetter('sunshine-followup', { ...base(), answers: { requestDate: '2026-11-20' } });
    // Fri Nov 20 + 3 business days: Mon 23, Tue 24, Wed 25 (the school's break does not move the legal date).
    expect(result).toEqual({
      ok: false,
      missing: [
        {
          field: 'requestDate',
          message:
            'The custodian has until the end of November 25, 2026 to act. You can send this letter after that day.',
        },
      ],
    });
  });

  it('comp-ed: a service with no log, or none missed, is never asked for (no log is not a missed session)', () => {
    const c = exampleCase();
    const allDelivered = c.services[0]?.log.map((e) => ({ ...e, status: 'delivered' as const })) ?? [];
    const caseFile = withExtraService(withExtraService(c, { id: 's2', name: 'Occupational therapy' }), {
      id: 's3',
      name: 'Speech therapy',
      log: allDelivered,
    });
    const analysis = analyzeCase(caseFile, { asOf: '2026-11-23' });
    const ledger = (id: string) => analysis.services.find((s) => s.serviceId === id);
    expect(ledger('s2')?.logStatus).toBe('none');
    expect(ledger('s3')?.owedMinutes).toBe(0);
    const build = (serviceIds: string[]) =>
      buildLetter('comp-ed-request', { caseFile, answers: { serviceIds }, now: NOW, analysis });
    const none = build(['s2']);
    expect(none.ok === false && none.missing[0]?.message).toBe(
      'There is no service log for Occupational therapy, so no minutes are known to be missed. Ask for the log in a records request first.',
    );
    const zero = build(['s3']);
    expect(zero.ok === false && zero.missing[0]?.message).toMatch(/marks no missed minutes/);
    expect(build(['s1']).ok).toBe(true);
  });

  it('comp-ed rows from the ledger need the data check', () => {
    const result = buildLetter('comp-ed-request', { ...base(), answers: { serviceIds: ['s1'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing[0]?.message).toMatch(/data check/);
  });
});

describe('addressing when the roster is short', () => {
  it('no custodian of records: each office addressed once by its title, with a warning, not a failure', () => {
    const c = exampleCase();
    const letter = exampleLetter('records-request', {
      caseFile: { ...c, team: c.team.filter((m) => m.role !== 'custodian-of-records') },
    });
    // The audit found "Custodian of Records, Hazelwood School District" three times in one To: line.
    expect(letterToText(letter).split('\n')[2]).toBe(
      'To: Custodian of Records, Hazelwood School District; Custodian of Records, Special School District of St. Louis County',
    );
    expect(letter.warnings[0]).toMatch(/no custodian of records for Hazelwood School District/);
    expect(letter.warnings[1]).toMatch(/no custodian of records for Special School District/);
    // Where to deliver without an email is the parent's to know, on the notes page, not in the address block.
    expect(letter.warnings[2]).toMatch(
      /We have no email address for Custodian of Records, Hazelwood School District; Custodian of Records, Special School District of St. Louis County\./,
    );
  });
});

describe('a late recording notice', () => {
  it('less than 24 hours before the first session: a plain warning and a request to accept it', () => {
    const letter = exampleLetter('recording-notice', { now: '2026-12-06T15:00:00-06:00' });
    expect(letter.warnings.join(' ')).toMatch(/less than 24 hours.*ask the district to accept it/);
    expect(letterToText(letter).replace(/\s+/g, ' ')).toMatch(
      /less than 24 hours before the meeting\. Please accept it\./,
    );
    expect(letter.date).toBe('2026-12-06');
  });

  it('more than 24 hours before: no warning', () => {
    const letter = exampleLetter('recording-notice', { now: '2026-12-06T08:59:00-06:00' });
    expect(letter.warnings).toEqual([]);
    expect(letterToText(letter)).not.toMatch(/Please accept it/);
  });

  it('after the meeting has started: asks for a meeting still to come', () => {
    const result = buildLetter('recording-notice', {
      ...base(),
      now: '2026-12-07T09:30:00-06:00',
      meetingId: 'm1',
    });
    expect(result.ok).toBe(false);
  });

  it('dates the letter in the meeting zone, not UTC (late evening in Chicago is already tomorrow in UTC)', () => {
    expect(exampleLetter('recording-notice', { now: '2026-11-24T04:30:00Z' }).date).toBe('2026-11-23');
  });
});
