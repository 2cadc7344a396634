import { describe, expect, it } from 'vitest';
import { guessKind, guessTab } from './guess-kind.js';

const kind = (text: string, fileName = 'scan.pdf') => guessKind({ text, fileName, format: 'pdf' });

describe('guessKind', () => {
  it('reads the titles Missouri schools print', () => {
    expect(kind('NOTICE OF ACTION\nThe district proposes to change the IEP.')).toBe('pwn');
    expect(kind('Prior Written Notice to parents')).toBe('pwn');
    expect(kind('Procedural Safeguards for Children and Parents. Individualized Education Program')).toBe(
      'procedural-safeguards',
    );
    expect(kind('INDIVIDUALIZED EDUCATION PROGRAM\nPresent levels of academic achievement')).toBe('iep');
    expect(kind('IEP Amendment without a meeting')).toBe('amendment');
    expect(kind('Evaluation Report\nEligibility determination: specific learning disability')).toBe(
      'evaluation-report',
    );
    expect(kind('Progress toward annual goals, second quarter')).toBe('progress-report');
  });

  it('uses the file name when the words say nothing', () => {
    expect(kind('Page 1', 'Maya IEP 2026.pdf')).toBe('iep');
    expect(kind('Page 1', 'progress-report-q2.docx')).toBe('progress-report');
  });

  it('calls every email an email and anything else other', () => {
    expect(guessKind({ text: 'Notice of Action attached', fileName: 'a.eml', format: 'email' })).toBe(
      'email',
    );
    expect(kind('Lunch menu for March')).toBe('other');
    expect(kind('We will provide a field trip permit.')).toBe('other');
  });

  it('does not take "IEP" inside another word', () => {
    expect(kind('The recipe calls for pie pans.')).toBe('other');
  });
});

describe('guessTab', () => {
  it('files each kind under its tab, and meeting papers under Meetings', () => {
    expect(guessTab('iep', '')).toBe('goals-services');
    expect(guessTab('evaluation-report', '')).toBe('evaluations-reports');
    expect(guessTab('procedural-safeguards', '')).toBe('rights-reference');
    expect(guessTab('email', 'Hello')).toBe('communication');
    expect(guessTab('other', 'Notice of Meeting for the annual IEP')).toBe('meetings');
    expect(guessTab('email', 'Invitation to an IEP meeting on May 2')).toBe('meetings');
  });
});

describe('guessKind: the name at the top wins', () => {
  it('takes a notice that encloses the safeguards as a notice, and the booklet as the safeguards', () => {
    expect(kind('NOTICE OF ACTION\nDate: 2026-02-03\nProcedural safeguards are attached.')).toBe('pwn');
    expect(
      kind('Procedural Safeguards for Children and Parents\nPrior written notice must be given...'),
    ).toBe('procedural-safeguards');
    expect(kind('Individualized Education Program\n...the team gave Prior Written Notice')).toBe('iep');
  });

  it('prefers the words over the file name', () => {
    expect(kind('Notice of Action', 'Maya IEP.pdf')).toBe('pwn');
  });
});
