import { describe, expect, it } from 'vitest';
import { machineKey, machineKeys, normalizeSource } from './items.keys.js';

describe('machineKey', () => {
  const item = { kind: 'commitment' as const, source: 'I will send the schedule by Friday.', start: 61.4 };

  it('ignores case, punctuation and spacing in the words it came from', () => {
    expect(normalizeSource('  I will SEND the schedule,  by Friday!')).toBe(
      'i will send the schedule by friday',
    );
    expect(machineKey({ ...item, source: 'i will send the schedule by friday' })).toBe(machineKey(item));
  });

  it('is the same within the same second, different for another second, kind or words', () => {
    expect(machineKey({ ...item, start: 61.2 })).toBe(machineKey(item));
    expect(machineKey({ ...item, start: 63 })).not.toBe(machineKey(item));
    expect(machineKey({ ...item, kind: 'agreement' })).not.toBe(machineKey(item));
    expect(machineKey({ ...item, source: 'I will send the notes by Friday.' })).not.toBe(machineKey(item));
    expect(machineKey({ ...item, start: null })).toMatch(/^commitment:-:[0-9a-f]{32}$/);
  });

  it('numbers repeats in one run, the same way every run', () => {
    const keys = machineKeys([item, { ...item }, { ...item, kind: 'refusal' }, { ...item }]);
    expect(keys[1]).toBe(`${keys[0]}#2`);
    expect(keys[3]).toBe(`${keys[0]}#3`);
    expect(keys[2]).not.toContain('#');
    expect(machineKeys([item, { ...item }])).toEqual(keys.slice(0, 2));
  });
});
