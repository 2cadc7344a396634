import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLabeledMeeting, type LabeledMeeting } from '../extraction/corpus.js';

// Reading labeled meetings from disk, for tests, the benchmark and the training script (core itself reads no
// files). A folder is read whole: every .json file in it (and in its subfolders), in name order.

export const CORPUS_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'extraction',
  'corpus',
);

export type CorpusSplit = 'train' | 'dev';

function jsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return jsonFiles(full);
      return e.isFile() && e.name.toLowerCase().endsWith('.json') ? [full] : [];
    });
}

/** Every labeled meeting in a folder. Throws (naming the file) on a file that is not one. */
export function loadMeetings(dir: string): LabeledMeeting[] {
  return jsonFiles(dir).map((file) => {
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
    return parseLabeledMeeting(value, file);
  });
}

/** The project's own corpus: the training or the development meetings. */
export function loadCorpus(split: CorpusSplit): LabeledMeeting[] {
  return loadMeetings(path.join(CORPUS_DIR, split));
}

/**
 * The blind sets already scored and trained on since (seen-a to seen-zzzz, then seen-r38a to seen-r43e; E was scored
 * blind once in round five, F in round six, G in round eight, H and I in round nine, J and K before round ten, L and M
 * after it, N and O after round eleven, P and Q after round twelve, R and S before round thirteen, T and U before and
 * after it, V and W before round fourteen, X and Y after it, Z and ZA before round fifteen, ZB to ZD after it, ZE and
 * ZF after round sixteen, ZG and ZH after round seventeen, ZI and ZJ after round eighteen, ZK to ZM after round
 * nineteen, ZN to ZP after round twenty, ZQ to ZS after round twenty-one, ZT to ZV after round twenty-two, ZW to ZY
 * after round twenty-three, ZZ to ZZB after round twenty-four, ZZE after round twenty-six, ZZF and ZZD after round
 * twenty-seven, ZZC after round twenty-eight, ZZG after round thirty, ZZH to ZZL and ZZN and ZZQ during round
 * thirty-one, ZZM, ZZO and ZZP after it, ZZR to ZZV after round thirty-two, ZZW to ZZZA after round thirty-four, ZZZB
 * to ZZZF after round thirty-five, ZZZL to ZZZP before round thirty-six, ZZZV to ZZZZ before round thirty-seven, R38A
 * to R38E before round thirty-eight (named from then on by the round that read them), R39A to R39E before round
 * thirty-nine (scored blind once more before that, for a ship decision), R40A to R40E before round forty (likewise),
 * R41A to R41E, R42A to R42E and R43A to R43E (each scored blind once, for a ship decision, and never read), each
 * before it was trained on):
 * each is its own writing batch. (In R38C six promises the student made were labeled; the guide counts none of the
 * child's, so they are null here.)
 */
export const SEEN_SETS = [
  'seen-a',
  'seen-b',
  'seen-c',
  'seen-d',
  'seen-e',
  'seen-f',
  'seen-g',
  'seen-h',
  'seen-i',
  'seen-j',
  'seen-k',
  'seen-l',
  'seen-m',
  'seen-n',
  'seen-o',
  'seen-p',
  'seen-q',
  'seen-r',
  'seen-s',
  'seen-t',
  'seen-u',
  'seen-v',
  'seen-w',
  'seen-x',
  'seen-y',
  'seen-z',
  'seen-za',
  'seen-zb',
  'seen-zc',
  'seen-zd',
  'seen-ze',
  'seen-zf',
  'seen-zg',
  'seen-zh',
  'seen-zi',
  'seen-zj',
  'seen-zk',
  'seen-zl',
  'seen-zm',
  'seen-zn',
  'seen-zo',
  'seen-zp',
  'seen-zq',
  'seen-zr',
  'seen-zs',
  'seen-zt',
  'seen-zu',
  'seen-zv',
  'seen-zw',
  'seen-zx',
  'seen-zy',
  'seen-zz',
  'seen-zza',
  'seen-zzb',
  'seen-zzc',
  'seen-zzd',
  'seen-zze',
  'seen-zzf',
  'seen-zzg',
  'seen-zzh',
  'seen-zzi',
  'seen-zzj',
  'seen-zzk',
  'seen-zzl',
  'seen-zzm',
  'seen-zzn',
  'seen-zzo',
  'seen-zzp',
  'seen-zzq',
  'seen-zzr',
  'seen-zzs',
  'seen-zzt',
  'seen-zzu',
  'seen-zzv',
  'seen-zzw',
  'seen-zzx',
  'seen-zzy',
  'seen-zzz',
  'seen-zzza',
  'seen-zzzb',
  'seen-zzzc',
  'seen-zzzd',
  'seen-zzze',
  'seen-zzzf',
  'seen-zzzl',
  'seen-zzzm',
  'seen-zzzn',
  'seen-zzzo',
  'seen-zzzp',
  'seen-zzzv',
  'seen-zzzw',
  'seen-zzzx',
  'seen-zzzy',
  'seen-zzzz',
  'seen-r38a',
  'seen-r38b',
  'seen-r38c',
  'seen-r38d',
  'seen-r38e',
  'seen-r39a',
  'seen-r39b',
  'seen-r39c',
  'seen-r39d',
  'seen-r39e',
  'seen-r40a',
  'seen-r40b',
  'seen-r40c',
  'seen-r40d',
  'seen-r40e',
  'seen-r41a',
  'seen-r41b',
  'seen-r41c',
  'seen-r41d',
  'seen-r41e',
  'seen-r42a',
  'seen-r42b',
  'seen-r42c',
  'seen-r42d',
  'seen-r42e',
  'seen-r43a',
  'seen-r43b',
  'seen-r43c',
  'seen-r43d',
  'seen-r43e',
] as const;
/** One of SEEN_SETS: a join adds its folder to the list above, and only there. */
export type SeenSet = (typeof SEEN_SETS)[number];

export function loadSeen(set: SeenSet): LabeledMeeting[] {
  return loadMeetings(path.join(CORPUS_DIR, set)).map((m) => ({
    ...m,
    id: `${set}/${m.id}`,
    batch: m.batch ?? set,
  }));
}

/**
 * How many of a folder's longer utterances (eight words or more: "Okay, thank you." is said in every meeting) are
 * word for word in the corpus. A held-out set has none; a copy of seen-a has all.
 */
export function corpusOverlap(
  meetings: readonly LabeledMeeting[],
  corpus: readonly LabeledMeeting[],
): number {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const long = (text: string) => key(text).split(' ').length >= 8;
  const known = new Set(
    corpus.flatMap((m) => m.utterances.filter((u) => long(u.text)).map((u) => key(u.text))),
  );
  return meetings.reduce((n, m) => n + m.utterances.filter((u) => known.has(key(u.text))).length, 0);
}
