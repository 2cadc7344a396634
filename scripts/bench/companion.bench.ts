// The meeting companion: "Draft the follow-up" (fold the taps, build the follow-up and the Notice of Action
// request's answers, save both drafts) through the real HTTP route, on a meeting with 300 taps, per database; and
// storing a batch of taps. Target: the draft in under a second. Run alone with `npx tsx scripts/bench/companion.bench.ts`.
import type { Companion, CompanionEntry } from '@iep/core/contract';
import { storageTargets } from '../../packages/server/src/test-support/storage-targets.js';
import { createTestApp, exampleCase } from '../../packages/server/src/test-support/test-app.js';
import { percentile, type BenchResult } from './bench-types.js';

const TAPS = 300;
const ROUNDS = 20;
const OUTCOMES = ['agreed', 'refused', 'proposed', 'tabled', 'promised'] as const;

function taps(agenda: Companion['agenda']): CompanionEntry[] {
  return Array.from({ length: TAPS }, (_, i): CompanionEntry => {
    const card = agenda[i % agenda.length];
    const at = new Date(Date.UTC(2026, 11, 7, 15, 0, i)).toISOString();
    const base = {
      id: `bench-${String(i).padStart(6, '0')}`,
      seq: i,
      at,
      atMs: i * 20_000,
      session: i < 150 ? 0 : 1,
    };
    if (card === undefined || i % 5 === 4)
      return { ...base, action: { type: 'note', text: `Note number ${i} about the schedule.` } };
    if (i % 7 === 3) return { ...base, action: { type: 'pwn', cardId: card.cardId, queued: true } };
    const outcome = OUTCOMES[i % OUTCOMES.length] ?? 'agreed';
    return {
      ...base,
      action: {
        type: 'outcome',
        cardId: card.cardId,
        title: card.title,
        outcome,
        who: outcome === 'promised' ? 't2' : null,
        due: outcome === 'promised' ? { kind: 'in-days', days: 5 } : null,
      },
    };
  });
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const target of await storageTargets()) {
    if (target.skip !== null) {
      console.error(`companion bench: ${target.name} skipped (${target.skip})`);
      continue;
    }
    const t = await createTestApp(target);
    try {
      const s = await t.signUp('bench-companion@example.org');
      const caseId = (await t.as(s, 'POST', '/api/cases/import', exampleCase())).json<{ id: string }>().id;
      const base = `/api/cases/${caseId}/meetings/m1`;
      const requests = Array.from({ length: 30 }, (_, i) => ({
        kind: 'service',
        request: `Request number ${i + 1}`,
      }));
      await t.as(s, 'PUT', `/api/cases/${caseId}/letters/concerns/draft`, {
        meetingId: 'm1',
        answers: { requests },
      });
      const agenda = (await t.as(s, 'GET', `${base}/companion`)).json<Companion>().agenda;
      const all = taps(agenda);
      const storeMs: number[] = [];
      for (let i = 0; i < all.length; i += 50) {
        const started = performance.now();
        const res = await t.as(s, 'POST', `${base}/companion/entries`, { entries: all.slice(i, i + 50) });
        storeMs.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`entries: ${res.statusCode} ${res.body}`);
      }
      const draftMs: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        const res = await t.as(s, 'POST', `${base}/companion/follow-up`);
        draftMs.push(performance.now() - started);
        if (res.statusCode !== 200) throw new Error(`follow-up: ${res.statusCode} ${res.body}`);
      }
      draftMs.sort((a, b) => a - b);
      storeMs.sort((a, b) => a - b);
      results.push(
        {
          name: `companion (${target.name}): Draft the follow-up, ${TAPS} taps, p50`,
          value: percentile(draftMs, 50),
          unit: 'ms',
        },
        {
          name: `companion (${target.name}): Draft the follow-up, ${TAPS} taps, p95`,
          value: percentile(draftMs, 95),
          unit: 'ms',
          target: '< 1000 ms',
        },
        {
          name: `companion (${target.name}): store 50 taps (with bookmarks), p95`,
          value: percentile(storeMs, 95),
          unit: 'ms',
        },
      );
    } finally {
      await t.close();
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run())
    console.log(`${r.name.padEnd(70)} ${r.value.toFixed(1).padStart(10)} ${r.unit}`);
}
