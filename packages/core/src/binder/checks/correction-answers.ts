import type { IepCorrectionAnswers } from '../../letters/kinds/iep-correction.js';
import { formatClock } from '../../transcripts/clock.js';
import type { IepComparison, IepFinding } from './iep-compare.js';
import { amountWords } from './service-amount.js';

// The answers of the correction letter (letter kind 'iep-correction') from a comparison: each missing or different
// point with what was settled, what the paper says and the moment in the recording. What is new in the paper is
// left to the parent (a new service may be welcome), so it is not in the letter unless they add it.

function settledWords(f: IepFinding): string {
  const amount = f.settled ? amountWords(f.settled.amount) : '';
  return f.kind === 'service' && f.settled?.amount.minutes != null ? `${amount} of ${f.label}` : f.label;
}

function writtenWords(f: IepFinding): string | undefined {
  if (f.document === null) return undefined;
  const amount = amountWords(f.document.amount);
  const said = f.what === 'missing-amount' || amount === '' ? `"${f.document.quote}"` : amount;
  return `${said} (page ${f.document.page})`;
}

export function correctionAnswers(
  comparison: IepComparison,
  documentDate: string | null,
): IepCorrectionAnswers {
  const points = [...comparison.missing, ...comparison.differs];
  const corrections = points.map((f) => {
    const written = writtenWords(f);
    const moment = f.settled?.moment;
    return {
      settled: settledWords(f),
      ...(written === undefined ? {} : { written }),
      ...(moment ? { moment: formatClock(moment.atMs / 1000) } : {}),
    };
  });
  return {
    ...(documentDate === null ? {} : { documentDate }),
    corrections,
    clips: points.some((f) => f.settled?.moment),
  };
}
