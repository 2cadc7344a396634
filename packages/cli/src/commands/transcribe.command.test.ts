import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.js';
import { speakerName, transcriptJson } from './transcribe.command.js';

describe('iep transcribe helpers', () => {
  it('names speakers the way the app does before the parent names them', () => {
    expect(speakerName('S1')).toBe('Speaker 1');
    expect(speakerName('S12')).toBe('Speaker 12');
    expect(speakerName(null)).toBe('Unknown speaker');
  });

  it('prints exactly engine, durationSec and segments (start, end, speaker, text, words)', () => {
    const json = transcriptJson('pocketsphinx (en-us)', 15.99337, [
      {
        id: 'seg-0-0',
        start: 0,
        end: 3.056,
        speaker: 'S2',
        text: 'the report',
        words: [{ text: 'the', start: 0.1, end: 0.2, confidence: 0.9 }],
      },
    ]);
    expect(json).toEqual({
      engine: 'pocketsphinx (en-us)',
      durationSec: 15.993,
      segments: [
        {
          start: 0,
          end: 3.056,
          speaker: 'Speaker 2',
          text: 'the report',
          words: [{ text: 'the', start: 0.1, end: 0.2, confidence: 0.9 }],
        },
      ],
    });
  });
});

describe('iep transcribe, models and extract: usage errors', () => {
  it('explains bad options plainly with exit code 2', async () => {
    const env = { IEP_DATA_DIR: '/nonexistent-iep-data' };
    const engine = await runCli(['transcribe', 'x.wav', '--engine', 'google'], env);
    expect(engine.code).toBe(2);
    expect(engine.stderr).toContain('--engine must be auto, sherpa or pocketsphinx.');
    const speakers = await runCli(['transcribe', 'x.wav', '--speakers', 'two'], env);
    expect(speakers.code).toBe(2);
    expect(speakers.stderr).toContain('--speakers must be a whole number from 1 to 50.');
    const missing = await runCli(['transcribe', '/nonexistent/x.wav'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file at /nonexistent/x.wav.');
    const kind = await runCli(['models', 'add', '/tmp', '--kind', 'video'], env);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind must be asr or speaker.');
    const date = await runCli(['extract', 'notes.txt', '--meeting-date', '12/07/2026'], env);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--meeting-date must be a date like 2026-12-07.');
  });
});
