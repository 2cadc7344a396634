import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDataFolder } from './prepare-data-folder.js';
import { findOpenModes, fixOpenModes } from './private-modes.js';
import { runTmpDir, sweepStaleTmp, tmpRoot } from './private-tmp.js';

let root: string;
let dataDir: string;
const mode = (file: string) => fs.statSync(file).mode & 0o777;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-private-'));
  dataDir = path.join(root, 'data');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, fileMode: number): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
  fs.chmodSync(file, fileMode);
  return file;
}

describe('file modes under the data folder', () => {
  it('finds what others can read and makes it 0600 / 0700, keeping the owner bits', () => {
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const db = write(path.join(dataDir, 'iep.sqlite'), 0o644);
    const wal = write(path.join(dataDir, 'iep.sqlite-wal'), 0o640);
    const blob = write(path.join(dataDir, 'blobs', 'ab', 'abcdefghijklmnop'), 0o604);
    fs.chmodSync(path.join(dataDir, 'blobs'), 0o751);
    const fine = write(path.join(dataDir, 'keys', 'blob.key'), 0o600);
    fs.chmodSync(path.join(dataDir, 'keys'), 0o700);
    const found = findOpenModes(dataDir).map((o) => path.relative(dataDir, o.path) || '.');
    expect(found.sort()).toEqual(
      ['.', 'blobs', 'blobs/ab', 'blobs/ab/abcdefghijklmnop', 'iep.sqlite', 'iep.sqlite-wal'].sort(),
    );
    expect(fixOpenModes(findOpenModes(dataDir))).toEqual([]);
    expect([db, wal, blob, fine].map(mode)).toEqual([0o600, 0o600, 0o600, 0o600]);
    expect([dataDir, path.join(dataDir, 'blobs'), path.join(dataDir, 'blobs', 'ab')].map(mode)).toEqual([
      0o700, 0o700, 0o700,
    ]);
    expect(findOpenModes(dataDir)).toEqual([]);
  });

  it("leaves what is not IEP Ready's alone (a data folder inside a home folder), but checks a key file kept elsewhere", () => {
    fs.mkdirSync(dataDir, { mode: 0o700 });
    const mine = write(path.join(dataDir, 'notes', 'shopping.txt'), 0o644);
    const key = write(path.join(root, 'etc', 'iep.key'), 0o644);
    expect(findOpenModes(dataDir, [key]).map((o) => o.path)).toEqual([key]);
    expect(mode(mine)).toBe(0o644);
  });

  it('is done at start, with one plain notice naming what changed', () => {
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    write(path.join(dataDir, 'iep.sqlite'), 0o644);
    const notices = prepareDataFolder({ dataDir, keyFile: path.join(dataDir, 'keys', 'blob.key') });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Made 2 files and folders private that other accounts on this computer could read: .*iep\.sqlite \(was 0644\)/,
    );
    expect(prepareDataFolder({ dataDir, keyFile: path.join(dataDir, 'keys', 'blob.key') })).toEqual([]);
    // New files of this process are private too (the umask).
    fs.writeFileSync(path.join(dataDir, 'new-file'), 'x');
    expect(mode(path.join(dataDir, 'new-file'))).toBe(0o600);
  });
});

describe('the private temp folder', () => {
  it('is one 0700 run folder per process under <data>/tmp, kept by the sweep while this process runs', () => {
    const dir = runTmpDir(dataDir);
    expect(path.dirname(dir)).toBe(tmpRoot(dataDir));
    expect(mode(dir)).toBe(0o700);
    expect(mode(tmpRoot(dataDir))).toBe(0o700);
    expect(runTmpDir(dataDir)).toBe(dir);
    write(path.join(dir, 'clip-1', 'clip.m4a'), 0o600);
    expect(sweepStaleTmp(dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'clip-1', 'clip.m4a'))).toBe(true);
  });

  it("removes what a process that is gone left, and older temp folders, but not a running process's files", () => {
    // A process that ran and ended: its id and start time no longer match a running process.
    const ended = spawnSync('sh', ['-c', 'cat /proc/$$/stat'], { encoding: 'utf8' });
    const endedPid = Number(ended.stdout.split(' ')[0]);
    const endedStamp = ended.stdout.slice(ended.stdout.lastIndexOf(')') + 2).split(' ')[19] ?? '0';
    const parent = fs.readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
    const parentStamp = parent.slice(parent.lastIndexOf(')') + 2).split(' ')[19] ?? '0';
    const gone = write(
      path.join(tmpRoot(dataDir), `run-${endedPid}-${endedStamp}-0badc0de`, 'media-x', 'a.webm'),
      0o600,
    );
    const reused = write(path.join(tmpRoot(dataDir), `run-${process.ppid}-1-0badc0de`, 'x.wav'), 0o600);
    const older = write(path.join(tmpRoot(dataDir), 'recordings', 'part-1', 'out.webm'), 0o600);
    const running = write(
      path.join(tmpRoot(dataDir), `run-${process.ppid}-${parentStamp}-00c0ffee`, 'x.m4a'),
      0o600,
    );
    expect(sweepStaleTmp(dataDir).sort()).toEqual(
      [`run-${endedPid}-${endedStamp}-0badc0de`, `run-${process.ppid}-1-0badc0de`, 'recordings'].sort(),
    );
    expect([gone, reused, older].filter((f) => fs.existsSync(f))).toEqual([]);
    expect(fs.existsSync(running)).toBe(true);
  });
});
