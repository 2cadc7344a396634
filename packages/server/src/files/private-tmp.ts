import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir } from './private-modes.js';

// The one place where a plaintext file may exist for a moment: <data>/tmp (0700). Speech engines read audio from
// pipes, but ffmpeg must write a seekable file for WebM and M4A (their index comes after the audio), and an M4A
// import cannot be decoded from a pipe. Each such file is removed as soon as its job is done.
//
// Each process works in its own run folder inside it, named after its process id and start time, so the server
// and a CLI command on the same data folder never remove each other's files. The run folder goes when the process
// exits (also on Ctrl+C and SIGTERM); what a killed process left (kill -9, power cut) goes at the next start.

const RUN_NAME = /^run-(\d+)-([0-9a-z]+)-[0-9a-f]+$/;
const runs = new Map<string, string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let hooked = false;

export function tmpRoot(dataDir: string): string {
  return path.join(dataDir, 'tmp');
}

/** Linux: the start time (clock ticks since boot, field 22 of /proc/PID/stat), so a reused process id is told apart. */
function processStamp(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const hasProc = fs.existsSync('/proc/self/stat');

function stillRunning(pid: number, stamp: string): boolean {
  if (hasProc) return processStamp(pid) === stamp;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeRuns(): void {
  for (const dir of runs.values()) fs.rmSync(dir, { recursive: true, force: true });
  runs.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  // `iep serve` listens too and shuts down in order (jobs finish or stop); the exit hook cleans up after it.
  if (process.listenerCount(signal) > 1) return;
  removeRuns();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', removeRuns);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/** This process's private temp folder under the data folder (made 0700 on first use). */
export function runTmpDir(dataDir: string): string {
  const known = runs.get(dataDir);
  if (known && fs.existsSync(known)) return known;
  ensurePrivateDir(tmpRoot(dataDir));
  const stamp = hasProc ? (processStamp(process.pid) ?? '0') : '0';
  const dir = path.join(tmpRoot(dataDir), `run-${process.pid}-${stamp}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  runs.set(dataDir, dir);
  hookExit();
  return dir;
}

/**
 * Removes what processes that are gone left in <data>/tmp (and anything else found there: older releases kept
 * their temp files directly in it). Returns the names removed.
 */
export function sweepStaleTmp(dataDir: string): string[] {
  const root = tmpRoot(dataDir);
  if (!fs.existsSync(root)) return [];
  const mine = runs.get(dataDir);
  const removed: string[] = [];
  for (const name of fs.readdirSync(root)) {
    const file = path.join(root, name);
    if (file === mine) continue;
    const run = RUN_NAME.exec(name);
    const pid = Number(run?.[1]);
    // Another run folder of this very process id is from an earlier life of the id (a container restarts as pid 1).
    if (run && pid !== process.pid && stillRunning(pid, run[2] ?? '')) continue;
    fs.rmSync(file, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
