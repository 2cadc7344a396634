// Transcript search: p50/p95 over 200 varied queries (words, two-word phrases, prefixes as typed, names, words
// that are not there, speaker and bookmark filters) on 100 hours of transcripts of one case (about 60,000
// segments of 6 s in 30 meetings of 3 h 20 min), plus another case's transcripts beside it, per database.
// Run alone with `npx tsx scripts/bench/search.bench.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOOKMARK_KINDS } from '@iep/core/contract';
import { sql } from 'kysely';
import { loadConfig, type Config } from '../../packages/server/src/config.js';
import {
  openStorage,
  type OpenStorageOptions,
  type Storage,
} from '../../packages/server/src/db/open-storage.js';
import {
  searchTranscripts,
  type SearchInput,
} from '../../packages/server/src/transcripts/transcripts.search.js';
import { withFreshDatabase } from './bench-postgres.js';
import { percentile, type BenchResult } from './bench-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HOURS = 100;
const SEGMENT_SEC = 6;
const MEETINGS = 30;
const QUERIES = 200;

/** A small deterministic random generator (mulberry32), so every run searches the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const SPEAKERS = [
  'Maria Rivera',
  'Chris Patel',
  'Dana Johnson',
  'Pat Nguyen',
  'Alex Morgan',
  'Robin Hart',
  'Lee Brooks',
];
const SUBJECTS = [
  'The teacher',
  'Our team',
  'The district',
  'I',
  'We',
  'She',
  'He',
  'The therapist',
  'Jordan',
  'Mom',
];
const VERBS = [
  'will send',
  'cannot provide',
  'agreed to review',
  'would like to discuss',
  'has noticed',
  'wants to schedule',
  'will check',
  'needs more data on',
  'is worried about',
  'will update',
  'refused to change',
  'can observe',
];
const OBJECTS = [
  'the evaluation report',
  'the reading goal',
  'speech therapy minutes',
  'the behavior intervention plan',
  'occupational therapy',
  'the progress monitoring data',
  'a one to one aide',
  'extended school year',
  'the accommodations for testing',
  'assistive technology',
  'the transition plan',
  'math fluency probes',
  'the bus schedule',
  'social skills group',
  'the functional behavior assessment',
  'prior written notice',
  'the independent educational evaluation',
  'sensory breaks',
  'the writing sample',
  'homework modifications',
];
const TAILS = [
  'by Friday',
  'before the next meeting',
  'in January',
  'this semester',
  'next week',
  'after winter break',
  'as soon as possible',
  'for the rest of the year',
  '',
  '',
  '',
];
const SMALL_TALK = [
  'Good morning everyone, thanks for coming.',
  'Can everyone hear me okay?',
  'Let me pull that up on my screen.',
  'Sorry, could you repeat that?',
  'Okay, that makes sense.',
  'I think we covered that already.',
  'Let us take a five minute break.',
  'Does anyone have questions about this part?',
  'Right, and the data shows a steady trend upward.',
  'He really enjoys the library time on Tuesdays.',
];
const RARE = ['trampoline', 'xylophone', 'dysgraphia', 'audiologist', 'paraprofessional', 'manifestation'];

function sentence(rand: () => number): string {
  const r = rand();
  if (r < 0.25) return pick(rand, SMALL_TALK);
  const rare = rand() < 0.01 ? ` with the ${pick(rand, RARE)}` : '';
  const tail = pick(rand, TAILS);
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}${rare}${tail ? ` ${tail}` : ''}.`;
}

const segmentText = (rand: () => number) =>
  Array.from({ length: 1 + Math.floor(rand() * 2) }, () => sentence(rand)).join(' ');

function queries(rand: () => number): SearchInput[] {
  const words = [
    'evaluation',
    'reading',
    'aide',
    'speech therapy',
    'behavior plan',
    'occupational',
    'eval',
    'occup',
    'transit',
    'progress monitoring',
    'Friday',
    'January',
    'bus',
    'refused',
    'accommodations testing',
    'trampoline',
    'dysgraphia',
    'audiologist',
    'notice',
    'extended school year',
    'homework',
    'sensory',
    'writing sample',
    'library',
    'zebra',
    'quantum physics',
    'math fluency',
    'schedule',
    'repeat',
    'independent evaluation',
  ];
  return Array.from({ length: QUERIES }, (_, i): SearchInput => {
    const q = pick(rand, words);
    if (i % 5 === 1) return { q, speaker: pick(rand, SPEAKERS), limit: 50 };
    if (i % 5 === 2) return { q, bookmark: pick(rand, BOOKMARK_KINDS), limit: 50 };
    if (i % 10 === 3)
      return { q: '', speaker: pick(rand, SPEAKERS), bookmark: pick(rand, BOOKMARK_KINDS), limit: 50 };
    return { q, limit: i % 2 === 0 ? 50 : 100 };
  });
}

/** A user, a case with 100 hours of transcripts over 30 meetings, and a second case with 10 hours. */
async function seed(storage: Storage): Promise<string> {
  const db = storage.db;
  const at = '2026-11-23T15:00:00.000Z';
  const document = readFileSync(join(root, 'packages/server/src/test-fixtures/case.example.json'), 'utf8');
  await db
    .insertInto('users')
    .values({
      id: 'bench-user',
      email: 'bench@example.org',
      name: 'Bench',
      password_hash: 'x',
      role: 'owner',
      created_at: at,
    })
    .execute();
  const rand = random(42);
  const cases = [
    { id: 'bench-case', hours: HOURS, meetings: MEETINGS },
    { id: 'other-case', hours: 10, meetings: 3 },
  ];
  for (const c of cases) {
    await db
      .insertInto('cases')
      .values({
        id: c.id,
        owner_id: 'bench-user',
        student_name: 'Jordan Rivera',
        district: 'Hazelwood',
        plan_type: 'IEP',
        ssd_partner: 1,
        document,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const perMeeting = Math.round((c.hours * 3600) / SEGMENT_SEC / c.meetings);
    for (let m = 0; m < c.meetings; m++) {
      const recordingId = `${c.id}-rec-${m}`;
      const transcriptId = `${c.id}-tr-${m}`;
      const created = new Date(Date.UTC(2026, 0, 1 + m * 7)).toISOString();
      await db
        .insertInto('recordings')
        .values({ id: recordingId, case_id: c.id, meeting_id: `m${m}`, created_at: created })
        .execute();
      await db
        .insertInto('transcripts')
        .values({
          id: transcriptId,
          recording_id: recordingId,
          case_id: c.id,
          meeting_id: `m${m}`,
          status: 'done',
          engine_choice: 'auto',
          engine_name: 'sherpa',
          engine: 'bench',
          engine_note: null,
          speakers_expected: 7,
          duration_sec: perMeeting * SEGMENT_SEC,
          processed_sec: perMeeting * SEGMENT_SEC,
          resumed_from_sec: 0,
          segment_count: perMeeting,
          error: null,
          job_id: null,
          shown: 1,
          started_at: created,
          finished_at: created,
          created_at: created,
          updated_at: created,
        })
        .execute();
      // A bookmark every 10 minutes or so.
      const bookmarks = Array.from({ length: Math.floor((perMeeting * SEGMENT_SEC) / 600) }, (_, b) => ({
        id: `${recordingId}-b${b}`,
        recording_id: recordingId,
        at_ms: Math.floor((b * 600 + rand() * 600) * 1000),
        part_id: null,
        kind: pick(rand, BOOKMARK_KINDS),
        note: '',
        created_at: created,
        updated_at: created,
      }));
      for (let i = 0; i < bookmarks.length; i += 200)
        await db
          .insertInto('bookmarks')
          .values(bookmarks.slice(i, i + 200))
          .execute();
      await db.transaction().execute(async (trx) => {
        let batch = [];
        for (let s = 0; s < perMeeting; s++) {
          const text = segmentText(rand);
          const speaker = Math.floor(rand() * SPEAKERS.length);
          batch.push({
            id: `${transcriptId}-s${s}`,
            transcript_id: transcriptId,
            recording_id: recordingId,
            case_id: c.id,
            seq: s,
            start_ms: s * SEGMENT_SEC * 1000,
            end_ms: (s + 1) * SEGMENT_SEC * 1000 - 200,
            speaker: `S${speaker + 1}`,
            text,
            words: '[]',
            embedding: null,
            search_text: text,
            speaker_name: SPEAKERS[speaker] ?? '',
          });
          if (batch.length === 200) {
            await trx.insertInto('transcript_segments').values(batch).execute();
            batch = [];
          }
        }
        if (batch.length > 0) await trx.insertInto('transcript_segments').values(batch).execute();
      });
    }
  }
  // Fresh statistics, as autovacuum would have by the time a case holds 100 hours.
  if (storage.dialect === 'postgres') await sql`analyze`.execute(db);
  return 'bench-case';
}

async function measure(
  dialect: string,
  config: Config,
  options: OpenStorageOptions = {},
): Promise<BenchResult[]> {
  const storage = await openStorage(config, options);
  try {
    const seedStart = performance.now();
    const caseId = await seed(storage);
    const seedMs = performance.now() - seedStart;
    const count = await storage.db
      .selectFrom('transcript_segments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    const list = queries(random(7));
    // Warm the caches the way a running server has them.
    for (const q of list.slice(0, 20)) await searchTranscripts(storage, caseId, q);
    const times: number[] = [];
    let hits = 0;
    for (const q of list) {
      const started = performance.now();
      hits += (await searchTranscripts(storage, caseId, q)).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return [
      {
        name: `${dialect}: segments searched (${HOURS} h of transcripts, one case)`,
        value: Number(count.n),
        unit: 'segments',
      },
      { name: `${dialect}: seeding them (inserts and full-text index)`, value: seedMs / 1000, unit: 's' },
      {
        name: `${dialect}: search p50 (${QUERIES} varied queries)`,
        value: percentile(times, 50),
        unit: 'ms',
      },
      {
        name: `${dialect}: search p95 (${QUERIES} varied queries)`,
        value: percentile(times, 95),
        unit: 'ms',
        target: '< 50 ms',
      },
      { name: `${dialect}: search max`, value: times.at(-1) ?? Number.NaN, unit: 'ms' },
      { name: `${dialect}: hits per query (average)`, value: hits / list.length, unit: 'hits' },
    ];
  } finally {
    await storage.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'iep-bench-search-'));
  const env = (url: string, dir = dataDir) => ({
    IEP_DATA_DIR: dir,
    DATABASE_URL: url,
    IEP_LOG_LEVEL: 'silent',
  });
  try {
    results.push(...(await measure('sqlite (encrypted)', loadConfig(env('')))));
    // The same code on a plain SQLite file, only to print what encryption costs (the app always encrypts).
    results.push(
      ...(await measure('sqlite (plain, for comparison)', loadConfig(env('', join(dataDir, 'plain'))), {
        unencryptedForBenchmark: true,
      })),
    );
    const postgres = await withFreshDatabase((url) => measure('postgres', loadConfig(env(url))));
    if (postgres) results.push(...postgres);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) {
    console.log(
      `${r.name.padEnd(72)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.target ? `  (target ${r.target})` : ''}`,
    );
  }
}
