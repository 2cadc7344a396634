// A synthetic six-voice IEP meeting for the transcription benches: 36 turns read by six espeak-ng voices in
// turn (about 168 s), each turn's text known, so word error rate and speaker purity can be scored.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { speakTurn } from '../../packages/server/src/transcription/speech.test-helper.js';

export const SIX_VOICES = ['en-us', 'en-us+m3', 'en-us+f2', 'en-gb', 'en-us+f4', 'en-gb-scotland'];
/**
 * Six voices that differ in timbre. In SIX_VOICES, en-us, en-gb and en-gb-scotland are espeak-ng's one default
 * voice (same pitch, same formants) with three accents: no acoustic voice feature can tell them apart, so purity
 * on that meeting measures accents as much as voices. This set gives each speaker a voice variant of its own.
 */
export const SIX_TIMBRES = ['en-us+m1', 'en-us+f3', 'en-029+m2', 'en-gb+f4', 'en-us+m6', 'en-gb-x-rp+f5'];

const LINES = [
  'Good morning everyone, thank you for coming to the meeting today.',
  'Thank you for having us. We brought a letter with our concerns.',
  'The report from the school psychologist is ready for you to read.',
  'We would like to talk about the reading goal first.',
  'She reads about forty words a minute right now.',
  'That is lower than we hoped at this point in the year.',
  'She has made good progress in math since the last meeting.',
  'Can we add speech therapy two times a week?',
  'I can look at the schedule and let you know by Friday.',
  'We would like that in writing, please.',
  'The aide will stay with her during lunch and recess.',
  'We do not agree with the change in minutes for the aide.',
  'Please write that down in the notes for this meeting.',
  'I will send the new plan to the family by Friday.',
  'Who will be responsible for the reading group?',
  'The reading teacher will run the group four days a week.',
  'How will we know if the group is working?',
  'We will check her progress every two weeks and send a chart home.',
  'We asked for an evaluation for assistive technology.',
  'The district does not think that is needed right now.',
  'Then we ask for prior written notice of that refusal.',
  'I will write the notice and mail it within ten school days.',
  'Can she have extra time on tests in every class?',
  'Yes, we can add time and a half to the accommodations.',
  'The counselor can meet with her once a week.',
  'That sounds good to us. Thank you.',
  'We should also talk about the bus ride in the morning.',
  'The ride is long and she is tired when she gets to school.',
  'I will call the transportation office this afternoon.',
  'Please attach our concerns letter to the plan as parent input.',
  'Of course, I will add it today.',
  'The next meeting will be in the spring after the test results come back.',
  'Can we pause for a few minutes before we sign?',
  'Take all the time you need.',
  'We are ready to go on now.',
  'Thank you all, we can stop here for today.',
];

export interface MeetingTurn {
  voice: string;
  text: string;
  startSec: number;
  endSec: number;
}

/** Writes the meeting as a 16 kHz mono WAV in `dir`; returns its path and the turns with their times. */
export function sixVoiceMeeting(
  dir: string,
  options: { speed?: number; pauseSec?: number; voices?: string[]; name?: string } = {},
): {
  wav: string;
  turns: MeetingTurn[];
  durationSec: number;
} {
  const turns: MeetingTurn[] = [];
  const parts: string[] = [];
  let at = 0;
  LINES.forEach((text, i) => {
    const voices = options.voices ?? SIX_VOICES;
    const voice = voices[i % voices.length] ?? 'en-us';
    const part = speakTurn(dir, { voice, text }, `six-${i}`, {
      speed: options.speed ?? 150,
      pauseSec: options.pauseSec ?? 1.3,
    });
    const length = Number(execFileSync('soxi', ['-D', part], { encoding: 'utf8' }));
    turns.push({ voice, text, startSec: at, endSec: at + length - (options.pauseSec ?? 1.3) });
    at += length;
    parts.push(part);
  });
  const wav = path.join(dir, `${options.name ?? 'six-voice-meeting'}.wav`);
  execFileSync('sox', ['-D', ...parts, wav]);
  for (const p of parts) fs.rmSync(p);
  return { wav, turns, durationSec: at };
}
