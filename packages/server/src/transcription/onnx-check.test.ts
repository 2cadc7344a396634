import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onnxProblem } from './onnx-check.js';
import { fakeOnnx, tempDir } from './speech.test-helper.js';
import { sileroModelPath } from './vad.js';

describe('onnxProblem', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts the real Silero model and a minimal well-formed file', () => {
    expect(onnxProblem(sileroModelPath())).toBeNull();
    const file = path.join(dir, 'small.onnx');
    fakeOnnx(file);
    expect(onnxProblem(file)).toBeNull();
  });

  it('names what is wrong with random bytes, a cut-off download, an empty file and a missing one', () => {
    const random = path.join(dir, 'encoder.onnx');
    fs.writeFileSync(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(onnxProblem(random)).toMatch(/damaged|cut off/);
    const cut = path.join(dir, 'cut.onnx');
    fs.writeFileSync(cut, fs.readFileSync(sileroModelPath()).subarray(0, 100_000));
    expect(onnxProblem(cut)).toBe('the file is cut off (the download did not finish)');
    const empty = path.join(dir, 'empty.onnx');
    fs.writeFileSync(empty, '');
    expect(onnxProblem(empty)).toBe('the file is empty or too small');
    expect(onnxProblem(path.join(dir, 'none.onnx'))).toBe('the file is missing');
  });
});
