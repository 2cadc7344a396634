import { describe, expect, it } from 'vitest';
import { inSentence, languageName, problemLabel, timeZoneLabel, timeZoneOptions } from './plain-words';

describe('problemLabel', () => {
  it('turns JSON paths into words a parent reads', () => {
    expect(problemLabel('$.student.name')).toBe("The child's details: name");
    expect(problemLabel('$.meetings[0].sessions[1].start')).toBe('Meeting 1, day 2: start time');
    expect(problemLabel('$.parents[1].preferredLanguage')).toBe('Parent 2: preferred language');
    expect(problemLabel('$.timeZone')).toBe('Time zone');
    expect(problemLabel('$.someNewField')).toBe('Some new field');
  });

  it('gives no label for the whole document, and never shows a path', () => {
    expect(problemLabel('$')).toBeUndefined();
    for (const path of ['$.student.dateOfBirth', '$.goals[3].baseline', '$.closures[0].date'])
      expect(problemLabel(path)).not.toMatch(/[$[\].]/);
  });
});

describe('time zones in words', () => {
  it('names the US zones and spells out others', () => {
    expect(timeZoneLabel('America/Chicago')).toBe('Central Time (Missouri)');
    expect(timeZoneLabel('Europe/Berlin')).toBe('Berlin time (Europe)');
    expect(timeZoneLabel('America/Indiana/Knox')).toBe('Knox time (America)');
  });

  it('lists US zones first and keeps a stored zone that is not in the list', () => {
    const options = timeZoneOptions('Asia/Kolkata');
    expect(options[0]?.value).toBe('America/New_York');
    expect(options[1]?.value).toBe('America/Chicago');
    expect(options.some((o) => o.value === 'Asia/Kolkata')).toBe(true);
    expect(options.every((o) => !o.label.includes('/'))).toBe(true);
  });
});

describe('languageName', () => {
  it('names a language code and keeps words as typed', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('Bosnian')).toBe('Bosnian');
    expect(languageName(' Spanish ')).toBe('Spanish');
  });
});

describe('inSentence', () => {
  it('lowers only the first letter and keeps acronyms', () => {
    expect(inSentence('A facilitated IEP meeting')).toBe('a facilitated IEP meeting');
    expect(inSentence('IEP meeting')).toBe('IEP meeting');
    expect(inSentence('Mediation')).toBe('mediation');
  });
});
