import { describe, expect, it } from 'vitest';
import { accuracyNoteFor } from '../transcription/sherpa-models.js';
import { NO_ENGINE } from '../transcription/engines.js';
import { POCKETSPHINX_NOTE } from '../transcription/pocketsphinx.js';
import { MACHINE_NOTE } from './export-document.js';
import { SPEAKERS_NOTE } from './transcription.job.js';

// What the parent reads about a transcript (how exact it is, what to do when no engine runs, what a machine
// transcript is) must be plain: Flesch-Kincaid grade 8.5 or lower, commands in backticks left out.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const grade = (text: string) => readability.fleschKincaidGrade(text.replace(/`[^`]*`/g, 'it').trim());

const TEXTS: Record<string, string> = {
  'pocketsphinx accuracy note': POCKETSPHINX_NOTE,
  'no engine message': NO_ENGINE,
  'machine transcript note': MACHINE_NOTE,
  'speakers not told apart': SPEAKERS_NOTE,
  'Whisper note': accuracyNoteFor('whisper'),
  'Moonshine note': accuracyNoteFor('moonshine'),
  'Parakeet note': accuracyNoteFor('nemo-transducer'),
  'transducer note': accuracyNoteFor('transducer'),
};

describe('plain language of the transcript notes', () => {
  it.each(Object.entries(TEXTS))('%s reads at grade 8.5 or lower', (_name, text) => {
    expect(text.length).toBeGreaterThan(20);
    expect(grade(text)).toBeLessThanOrEqual(8.5);
  });
});
