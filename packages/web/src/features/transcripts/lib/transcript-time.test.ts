import { describe, expect, it } from 'vitest';
import {
  clockOf,
  etaText,
  liveAnnouncement,
  liveProgressText,
  parseSeconds,
  percentText,
  progressAnnouncement,
  spokenClock,
} from './transcript-time';

describe('clockOf', () => {
  it('writes minutes and seconds under an hour, hours after', () => {
    expect(clockOf(0)).toBe('0:00');
    expect(clockOf(7.9)).toBe('0:07');
    expect(clockOf(123)).toBe('2:03');
    expect(clockOf(3723)).toBe('1:02:03');
    expect(clockOf(5 * 3600)).toBe('5:00:00');
  });
  it('never shows a negative or broken time', () => {
    expect(clockOf(-4)).toBe('0:00');
    expect(clockOf(Number.NaN)).toBe('0:00');
  });
});

describe('spokenClock', () => {
  it('says the units in words', () => {
    expect(spokenClock(0)).toBe('0 seconds');
    expect(spokenClock(61)).toBe('1 minute 1 second');
    expect(spokenClock(3723)).toBe('1 hour 2 minutes 3 seconds');
    expect(spokenClock(7200)).toBe('2 hours');
  });
});

describe('etaText', () => {
  it('says it is still working the time out when there is no estimate', () => {
    expect(etaText(null)).toBe('Working out how long it will take…');
    expect(etaText(-1)).toBe('Working out how long it will take…');
  });
  it('rounds to minutes under an hour', () => {
    expect(etaText(10)).toBe('Less than a minute left');
    expect(etaText(50)).toBe('About 1 minute left');
    expect(etaText(170)).toBe('About 3 minutes left');
    expect(etaText(59 * 60)).toBe('About 59 minutes left');
  });
  it('rounds to quarter hours after an hour', () => {
    expect(etaText(3600)).toBe('About 1 hour left');
    expect(etaText(3600 + 20 * 60)).toBe('About 1 hour 15 minutes left');
    expect(etaText(2 * 3600 + 40 * 60)).toBe('About 2 hours 45 minutes left');
    expect(etaText(2 * 3600 + 55 * 60)).toBe('About 3 hours left');
  });
});

describe('percentText and progressAnnouncement', () => {
  it('floors and keeps 100% for the finished job', () => {
    expect(percentText(0.426)).toBe('42%');
    expect(percentText(1)).toBe('99%');
    expect(percentText(1, true)).toBe('100%');
    expect(percentText(Number.NaN)).toBe('0%');
  });
  it('announces only every tenth step', () => {
    expect(progressAnnouncement(0.05)).toBe('The transcript has started.');
    expect(progressAnnouncement(0.31)).toBe(progressAnnouncement(0.38));
    expect(progressAnnouncement(0.31)).toBe('The transcript is 30% done.');
    expect(progressAnnouncement(1)).toBe('The transcript is 90% done.');
  });
});

describe('parseSeconds', () => {
  it('reads whole and decimal seconds, refuses the rest', () => {
    expect(parseSeconds('83')).toBe(83);
    expect(parseSeconds('83.5')).toBe(83.5);
    expect(parseSeconds(null)).toBeNull();
    expect(parseSeconds('-3')).toBeNull();
    expect(parseSeconds('1:20')).toBeNull();
  });
});

describe('a live transcript in words', () => {
  it('says how much of the meeting is written, in whole minutes', () => {
    expect(liveProgressText(0)).toBe('The first words are on their way.');
    expect(liveProgressText(75)).toBe('The first minute is written.');
    expect(liveProgressText(12 * 60 + 59)).toBe('The first 12 minutes are written.');
    expect(liveProgressText(2 * 3600 + 5 * 60)).toBe('The first 2 hours 5 minutes are written.');
    expect(liveProgressText(Number.NaN)).toBe('The first words are on their way.');
  });
  it('tells a screen reader only every 5 minutes', () => {
    expect(liveAnnouncement(100)).toBe('The live transcript has started.');
    expect(liveAnnouncement(301)).toBe(liveAnnouncement(599));
    expect(liveAnnouncement(600)).toBe('The first 10 minutes of the meeting are written.');
  });
});
