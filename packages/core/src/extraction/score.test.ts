import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMeetings } from '../test-support/extraction-corpus.js';
import { parseLabeledMeeting, type LabeledMeeting } from './corpus.js';
import { sameWho, scoreMeetings } from './score.js';

describe('sameWho', () => {
  it.each([
    ['Ms. Lee', 'ms lee', true],
    ['Lee', 'Ms. Lee', true],
    ['Dana', 'Dana Carter', true],
    ['the OT', 'OT', true],
    ['the nurse', 'Nurse Kim', true],
    ['Ms. Lee', 'Mr. Ortiz', false],
    ['the case manager', 'the nurse', false],
    [null, 'Ms. Lee', false],
    [null, null, true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameWho(a, b)).toBe(same);
  });
});

const meeting: LabeledMeeting = {
  id: 'm',
  meetingDate: '2026-12-07',
  planType: 'IEP',
  setting: '',
  speakers: [
    { name: 'Ms. Lee', role: 'case manager' },
    { name: 'Dana', role: 'parent' },
  ],
  utterances: [
    { speaker: 'Dana', text: 'Can he have a second speech session?', kind: null, who: null, due: null },
    {
      speaker: 'Ms. Lee',
      text: "We're not able to add a second session.",
      kind: 'refusal',
      who: 'Ms. Lee',
      due: null,
    },
    {
      speaker: 'Ms. Lee',
      text: "I'll send you the notice by Friday.",
      kind: 'commitment',
      who: 'Ms. Lee',
      due: '2026-12-10',
    },
    { speaker: 'Ms. Lee', text: 'Thanks for coming.', kind: 'agreement', who: null, due: null },
  ],
};

describe('scoreMeetings', () => {
  it('counts an item when the utterance and the kind agree, and scores dates and owners on matched commitments', () => {
    const s = scoreMeetings([meeting], { method: 'rules' });
    expect(s.perKind.refusal).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(s.perKind.commitment.truePositives).toBe(1);
    expect(s.perKind.agreement.falseNegatives).toBe(1);
    expect(s.overall).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 1 });
    // The label says Thursday on purpose: the extracted Friday is counted wrong.
    expect(s.due).toMatchObject({ correct: 0, total: 1 });
    expect(s.who).toMatchObject({ correct: 1, total: 1 });
    expect(s.mistakes.map((m) => m.index)).toEqual([3]);
  });
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-labeled-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('labeled meetings on disk', () => {
  it('reads every .json file of a folder and its subfolders, in name order, and nothing else', () => {
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ ...meeting, id: 'b' }));
    fs.writeFileSync(
      path.join(dir, 'more', 'c.json'),
      JSON.stringify({ ...meeting, id: 'c', speakers: undefined }),
    );
    fs.writeFileSync(
      path.join(dir, 'a.json'),
      JSON.stringify({ id: 'a', meetingDate: '2026-12-07', utterances: [{ text: 'Hi.' }] }),
    );
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a meeting');
    const meetings = loadMeetings(dir);
    expect(meetings.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    // Missing optional fields read as empty or null.
    expect(meetings[0]).toMatchObject({
      planType: 'IEP',
      speakers: [],
      utterances: [{ speaker: null, kind: null, who: null, due: null }],
    });
  });

  it('says which file and which field is wrong', () => {
    expect(() =>
      parseLabeledMeeting({ id: 'x', meetingDate: '2026-13-01', utterances: [] }, 'x.json'),
    ).toThrow(/x\.json: not a labeled meeting at meetingDate/);
    expect(() =>
      parseLabeledMeeting(
        { id: 'x', meetingDate: '2026-12-07', utterances: [{ text: 'Hi', kind: 'promise' }] },
        'y.json',
      ),
    ).toThrow(/y\.json: not a labeled meeting at utterances\.0\.kind/);
  });
});
