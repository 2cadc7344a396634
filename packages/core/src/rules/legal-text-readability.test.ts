import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeCase } from '../analysis/analyze-case.js';
import { SERVICE_LOG_NOTE } from '../analysis/service-ledger.js';
import { parseCaseFileText, type CaseFile } from '../case/index.js';
import { DEADLINE_RULE_IDS, deadlineRuleFor } from '../deadlines/index.js';
import { CONFIDENCE_TABLE, RULE_KIND_TABLE } from './confidence.js';
import {
  MEDIATION_RECORDING_WARNING,
  RECORDING_LAW_POINTS,
  RECORDING_LAW_SOURCE_NOTE,
} from './recording-law.js';

// The legal text that changed in the 2026-12-04 audit (missouri-rules.md §16) reads at about grade 8: deadline
// explanations and notes (every plan and district variant), the recording law, the label words, and the data
// check's questions. Citations are removed first: "34 CFR 300.503" is read as a name, not as words.

interface Readability {
  fleschKincaidGrade(text: string): number;
}
// text-readability ships no types; a variable specifier keeps TypeScript from asking for them.
const readabilityModule = 'text-readability';
const readability = ((await import(readabilityModule)) as { default: Readability }).default;

const stripCitations = (text: string) =>
  text
    .replace(/\b\d+ (CFR|USC) [\d.]+(\([a-zA-Z0-9]+\))*/g, '')
    .replace(/\bRSMo [\d.]+(\(\d+\))?/g, '')
    .replace(/\b1 CSR [\d.-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const grade = (text: string) => readability.fleschKincaidGrade(stripCitations(text));

function example(): CaseFile {
  const parsed = parseCaseFileText(
    readFileSync(new URL('../../../../examples/case.example.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('example case file is invalid');
  return parsed.value;
}

describe('legal text reads at about grade 8', () => {
  const contexts = [{}, { planType: '504' as const }, { ssdPartner: true }];
  const deadlineTexts = DEADLINE_RULE_IDS.flatMap((id) =>
    contexts.map((c) => {
      const r = deadlineRuleFor(id, c);
      return [`${id} ${JSON.stringify(c)}`, [r.explanation, ...r.notes].join(' ')] as const;
    }),
  );

  it.each(deadlineTexts)('deadline %s: explanation and notes at grade 8.5 or below', (_id, text) => {
    expect(grade(text)).toBeLessThanOrEqual(8.5);
  });

  it('the recording law, the mediation warning and the label words', () => {
    expect(grade([...RECORDING_LAW_POINTS, RECORDING_LAW_SOURCE_NOTE].join(' '))).toBeLessThanOrEqual(8);
    expect(grade(MEDIATION_RECORDING_WARNING)).toBeLessThanOrEqual(8.5);
    const words = [...Object.values(CONFIDENCE_TABLE), ...Object.values(RULE_KIND_TABLE)].map((l) => l.words);
    expect(grade(words.join('. '))).toBeLessThanOrEqual(8);
  });

  it('the data check questions about services and the log note', () => {
    const withLog = analyzeCase(example(), { asOf: '2026-11-20' });
    const c = example();
    c.services = c.services.map((s) => ({ ...s, log: [] }));
    const noLog = analyzeCase(c, { asOf: '2026-11-20' });
    const questions = [...withLog.findings, ...noLog.findings]
      .filter((f) => f.serviceId !== null || f.code === 'trend-below-aimline')
      .map((f) => [f.code, f.question] as const);
    expect(questions.map(([code]) => code)).toEqual(
      expect.arrayContaining([
        'missed-service-minutes',
        'service-log-gaps',
        'no-service-log',
        'trend-below-aimline',
      ]),
    );
    for (const [code, q] of questions) expect(grade(q), code).toBeLessThanOrEqual(8.5);
    expect(grade(SERVICE_LOG_NOTE)).toBeLessThanOrEqual(8);
  });
});
