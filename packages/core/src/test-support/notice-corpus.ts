import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanType } from '../deadlines/index.js';
import { checkNotice, type ElementNumber, type NoticePage } from '../notices/index.js';

// The labelled notices (packages/core/src/notices/corpus): `tuned/` is what the cues were written against,
// `held-out/` was written and labelled first and is never tuned on. Each notice is a .txt file (pages split by a
// form feed) and labels.json says which elements it really holds. For tests and the bench; core reads no files.

export const NOTICE_CORPUS_DIR = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'notices',
  'corpus',
);

export type NoticeSplit = 'tuned' | 'held-out';

export interface LabelledNotice {
  name: string;
  planType: PlanType;
  pages: NoticePage[];
  present: ElementNumber[];
}

export function loadNotices(split: NoticeSplit): LabelledNotice[] {
  const dir = path.join(NOTICE_CORPUS_DIR, split);
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<
    string,
    { planType: PlanType; present: ElementNumber[] }
  >;
  return Object.entries(labels).map(([name, label]) => {
    const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const pages = text.split('\f').map((t, i) => ({ n: i + 1, text: t }));
    return { name, planType: label.planType, pages, present: label.present };
  });
}

export interface NoticeScore {
  /** Element decisions (found or missing) that match the label, of 7 per notice. */
  correct: number;
  total: number;
  accuracy: number;
  /** Of the elements the checker reports missing, how many really are (a false "missing" accuses the school). */
  missingPrecision: number;
  /** Of the elements really missing, how many the checker reports. */
  missingRecall: number;
  errors: string[];
}

export function scoreNotices(notices: readonly LabelledNotice[]): NoticeScore {
  let correct = 0;
  let total = 0;
  let saidMissing = 0;
  let saidMissingRight = 0;
  let reallyMissing = 0;
  const errors: string[] = [];
  for (const notice of notices) {
    const check = checkNotice(notice.pages, notice.planType);
    for (const e of check.elements) {
      const truth = notice.present.includes(e.n);
      total++;
      if (!truth) reallyMissing++;
      if (!e.found) {
        saidMissing++;
        if (!truth) saidMissingRight++;
      }
      if (truth === e.found) correct++;
      else errors.push(`${notice.name} #${e.n}: said ${e.found ? `found ("${e.quote ?? ''}")` : 'missing'}`);
    }
  }
  return {
    correct,
    total,
    accuracy: total === 0 ? 0 : correct / total,
    missingPrecision: saidMissing === 0 ? 1 : saidMissingRight / saidMissing,
    missingRecall: reallyMissing === 0 ? 1 : saidMissingRight / reallyMissing,
    errors,
  };
}
