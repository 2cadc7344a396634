import { describe, expect, it } from 'vitest';
import { amountText, announcedPercent, isActive, offerLabel, sizeText, speedText } from './model-text';

describe('the speech model panel words', () => {
  it('gives the size in whole megabytes, or says it is not known', () => {
    expect(offerLabel(198_034_123)).toBe('Get better transcripts (about 198 MB)');
    expect(sizeText(400_000)).toBe('about 1 MB');
    expect(sizeText(null)).toBe('size not known');
  });

  it('says how much is done, of how much, and how fast', () => {
    expect(amountText({ bytesDone: 12_400_000, bytesTotal: 198_000_000, bytesPerSecond: 1_520_000 })).toBe(
      '12 MB of 198 MB, 1.5 MB a second',
    );
    expect(amountText({ bytesDone: 0, bytesTotal: null, bytesPerSecond: null })).toBe('1 MB');
  });

  it('announces progress in steps of ten percent', () => {
    expect(announcedPercent({ bytesDone: 55, bytesTotal: 100 })).toBe(50);
    expect(announcedPercent({ bytesDone: 100, bytesTotal: 100 })).toBe(100);
    expect(announcedPercent({ bytesDone: 5, bytesTotal: null })).toBeNull();
  });

  it('says the speed plainly, and says when it was not measured', () => {
    expect(speedText({ realTimeFactor: null, source: 'unmeasured' })).toBe(
      'Its speed on this kind of computer has not been measured yet.',
    );
    expect(speedText({ realTimeFactor: 0.25, source: 'measured' })).toBe(
      'It needs about 15 minutes for each hour of recording (measured on a computer like this).',
    );
  });

  it('knows which states are still running', () => {
    expect(['checking', 'downloading', 'verifying', 'installing'].every((s) => isActive(s as never))).toBe(
      true,
    );
    expect(isActive('installed') || isActive('failed') || isActive('idle')).toBe(false);
  });
});
