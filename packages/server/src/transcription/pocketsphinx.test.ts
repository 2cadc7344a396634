import { describe, expect, it } from 'vitest';
import {
  featParamsWith,
  lastCmn,
  mapWords,
  parseWordLine,
  pocketsphinxInfo,
  pocketsphinxStatus,
  POCKETSPHINX_NOTE,
} from './pocketsphinx.js';

describe('parseWordLine', () => {
  it('reads word, start, end and confidence, and strips alternate pronunciations', () => {
    expect(parseWordLine('report 3.680 4.190 0.905823')).toEqual({
      text: 'report',
      start: 3.68,
      end: 4.19,
      confidence: 0.906,
    });
    expect(parseWordLine('the(2) 0.910 0.960 0.152191')?.text).toBe('the');
    // pocketsphinx gives confidences a hair above 1 for silence: kept within 0..1.
    expect(parseWordLine('ok 1 2 1.000100')?.confidence).toBe(1);
  });

  it('drops silence, sentence marks, noise and the text lines', () => {
    for (const line of [
      '<s> 0.000 0.150 0.999500',
      '</s> 5.300 5.470 1.0',
      '<sil> 2.2 2.3 1.0',
      '[NOISE] 1 2 0.5',
      '++UH++ 1 2 0.5',
    ])
      expect(parseWordLine(line)).toBeNull();
    expect(parseWordLine('the report is ready')).toBeNull();
    expect(parseWordLine('')).toBeNull();
  });
});

describe('mapWords', () => {
  it("gives each word to the segment it falls in, in that segment's time", () => {
    const placed = [
      { from: 0.3, to: 2.3, durationSec: 2 },
      { from: 2.6, to: 3.6, durationSec: 1 },
    ];
    const words = [
      { text: 'a', start: 0.4, end: 0.6, confidence: 1 },
      { text: 'b', start: 2.2, end: 2.45, confidence: 1 },
      { text: 'c', start: 2.5, end: 2.8, confidence: 1 },
      { text: 'd', start: 3.5, end: 3.9, confidence: 1 },
    ];
    const [first, second] = mapWords(words, placed);
    expect(first?.map((w) => [w.text, w.start, w.end])).toEqual([
      ['a', 0.1, 0.3],
      ['b', 1.9, 2],
    ]);
    expect(second?.map((w) => [w.text, w.start, w.end])).toEqual([
      ['c', 0, 0.2],
      ['d', 0.9, 1],
    ]);
  });
});

describe('pocketsphinxStatus', () => {
  it('says how to install it when the program or its model is missing', () => {
    const noBinary = pocketsphinxStatus({ PATH: '/nonexistent' });
    expect(noBinary.available).toBe(false);
    expect(noBinary.reason).toBe(
      'pocketsphinx is not installed. Install it with: sudo apt-get install pocketsphinx pocketsphinx-en-us',
    );
    const noModel = pocketsphinxStatus({
      IEP_POCKETSPHINX_PATH: '/bin/sh',
      IEP_POCKETSPHINX_MODEL_DIR: '/nonexistent',
    });
    expect(noModel.reason).toContain('sudo apt-get install pocketsphinx pocketsphinx-en-us');
    const info = pocketsphinxInfo(noModel);
    expect(info).toMatchObject({ name: 'pocketsphinx', available: false, speakerModel: false });
  });

  it('says plainly that the engine is basic and that a model gives far better text', () => {
    expect(POCKETSPHINX_NOTE).toMatch(/basic engine with low accuracy/);
    expect(POCKETSPHINX_NOTE).toMatch(/Whisper, Moonshine or Parakeet model gives far better text/);
  });
});

describe('carrying the cepstral mean from one batch to the next', () => {
  const log = [
    'INFO: cmn_live.c(120): Update from < 41.00 -5.29 -0.12 >',
    'INFO: cmn_live.c(138): Update to   < 60.39 10.08 -4.22 >',
    'INFO: ngram_search_fwdtree.c(1549):     8742 words recognized (20/fr)',
    'INFO: cmn_live.c(105): Update to   < 61.42  7.52 -5.85 >',
    'INFO: cmn_live.c(88): Update from < 61.42  7.52 -5.85 >',
  ].join('\n');

  it('takes the last estimate pocketsphinx logged', () => {
    expect(lastCmn(log)).toBe('61.42,7.52,-5.85');
    expect(lastCmn('INFO: nothing here')).toBeNull();
  });

  it("replaces the model's starting value in a copy of its settings", () => {
    const model = '-lowerf 130\n-cmn batch\n-cmninit 41.00,-5.29,-0.12\n-model ptm\n';
    expect(featParamsWith(model, '61.42,7.52,-5.85')).toBe(
      '-lowerf 130\n-cmn batch\n-model ptm\n-cmninit 61.42,7.52,-5.85\n',
    );
  });
});
