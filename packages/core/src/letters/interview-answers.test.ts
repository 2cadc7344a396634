import { describe, expect, it } from 'vitest';
import { answerIssues } from './answer-issues.js';
import { listItemIsText } from './interview-shapes.js';
import { LETTER_KIND_INFO, letterAnswersSchema } from './kind-info.js';
import { LETTER_KINDS, type LetterKind, type Question } from './letter-types.js';

// The interview's own controls must make answers its schema accepts. The audit found the concerns letter's
// "add an item" making plain text where the schema wanted objects ("expected object, received string"). Answers
// here are generated from each question's definition, the way the web controls build them.

const UNKNOWN = 'unknown';

/** Every value the control for this question can hand the answers, from a fresh screen to a full one. */
function controlValues(question: Question): unknown[] {
  const text = 'Reading help';
  const values: unknown[] = [];
  switch (question.type) {
    case 'text':
    case 'long-text':
      values.push(text, 'x'.repeat(question.maxLength ?? 1));
      break;
    case 'number':
      values.push(0, 120);
      break;
    case 'date':
      values.push('2026-12-07');
      break;
    case 'datetime':
      values.push('2026-12-07T09:00');
      break;
    case 'yes-no':
      values.push(true, false);
      break;
    case 'choice':
      values.push(...(question.choices ?? []).map((c) => c.value));
      break;
    case 'multi-choice':
      values.push(
        [],
        question.choicesFrom !== undefined ? ['s1'] : (question.choices ?? []).map((c) => c.value),
      );
      break;
    case 'list': {
      // A new item is empty until typed in; then each field gets what its own control makes.
      const filled = listItemIsText(question)
        ? [text]
        : [Object.fromEntries((question.itemFields ?? []).map((f) => [f.id, controlValues(f)[0]] as const))];
      const empty = listItemIsText(question) ? [] : [{}];
      const unknowns = (question.itemFields ?? []).filter((f) => f.allowUnknown);
      values.push(
        [],
        filled,
        empty,
        Array.from({ length: question.maxItems ?? 1 }, () => filled[0]),
      );
      if (unknowns.length > 0)
        values.push([Object.fromEntries(unknowns.map((f) => [f.id, UNKNOWN] as const))]);
      break;
    }
  }
  if (question.allowUnknown) values.push(UNKNOWN);
  return values;
}

describe.each(LETTER_KINDS.map((k) => [k]))(
  '%s: the interview makes answers its schema accepts',
  (kind: LetterKind) => {
    const schema = letterAnswersSchema(kind);
    const questions = LETTER_KIND_INFO[kind].questions;

    it.each(questions.map((q) => [q.id, q] as const))('%s', (_id, question) => {
      for (const value of controlValues(question)) {
        const parsed = schema.safeParse({ [question.id]: value });
        expect(parsed.success, `${question.id} = ${JSON.stringify(value).slice(0, 80)}`).toBe(true);
      }
    });

    it('every limit the interview shows is the limit the schema keeps', () => {
      const limits = questions.flatMap((q) => [q, ...(q.itemFields ?? [])].map((f) => [q, f] as const));
      for (const [question, field] of limits) {
        if (
          field.maxLength === undefined ||
          (field.type !== 'text' && field.type !== 'long-text' && field.type !== 'list')
        )
          continue;
        const wrap = (v: string) =>
          question === field
            ? { [question.id]: question.type === 'list' ? [v] : v }
            : { [question.id]: [{ [field.id]: v }] };
        expect(schema.safeParse(wrap('a'.repeat(field.maxLength))).success, field.id).toBe(true);
        expect(schema.safeParse(wrap('a'.repeat(field.maxLength + 1))).success, field.id).toBe(false);
      }
      for (const question of questions.filter((q) => q.maxItems !== undefined && q.type === 'list')) {
        const one = controlValues(question)[1] as unknown[];
        const many = Array.from({ length: (question.maxItems ?? 0) + 1 }, () => one[0]);
        expect(schema.safeParse({ [question.id]: many }).success, question.id).toBe(false);
      }
    });

    it('every text question states its limit, so the interview can count toward it', () => {
      for (const q of questions.flatMap((x) => [x, ...(x.itemFields ?? [])])) {
        if (q.type === 'text' || q.type === 'long-text') expect(q.maxLength, q.id).toBeGreaterThan(0);
      }
    });
  },
);

describe('refused answers are said by the question, in plain words', () => {
  it('a 105,000-character answer names the question, the limit and how long it is', () => {
    const issues = answerIssues('evaluation-request', { reasons: 'a'.repeat(105_000) });
    expect(issues).toEqual([
      {
        field: 'answers.reasons',
        label: 'What have you seen that worries you?',
        message:
          'What have you seen that worries you?: This is too long. Keep it to 4,000 characters or fewer. It has 105,000 now.',
      },
    ]);
  });

  it('a list item names its number and field', () => {
    const issues = answerIssues('follow-up', {
      commitments: [{ who: 'Ms. Lee' }, { what: 'x'.repeat(2001) }],
    });
    expect(issues[0]?.label).toBe('Who promised to do something? (item 2: What will they do?)');
    expect(issues[0]?.message).not.toMatch(/\/answers|answers\.commitments/);
  });

  it('a date that is not a date, and a choice that is not offered', () => {
    const issues = answerIssues('sunshine-followup', { requestDate: '2026-02-30', sentTo: 'mars' });
    expect(issues.map((i) => i.message)).toEqual([
      'On what date did the custodian of records get your request?: Pick a real date, like December 7, 2026.',
      'Who did you send it to?: Pick one of the choices.',
    ]);
  });
});
