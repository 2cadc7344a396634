import type { LetterKind, MissingFact, Question } from './letter-types.js';
import { KINDS } from './registry.js';

// Answers the schema refuses, said by the question's own words ("What have you seen that worries you?"), never by
// a JSON path: the parent must be able to find the field and know what to change.

/** The question a path into the answers points at, and the item number for list items. */
function labelFor(questions: readonly Question[], path: readonly PropertyKey[]): string | undefined {
  const [id, index, fieldId] = path;
  const question = questions.find((q) => q.id === id);
  if (question === undefined) return undefined;
  if (typeof index !== 'number') return question.prompt;
  const field = question.itemFields?.find((f) => f.id === fieldId);
  const item = `item ${index + 1}`;
  return field === undefined
    ? `${question.prompt} (${item})`
    : `${question.prompt} (${item}: ${field.prompt})`;
}

const count = (n: number) => n.toLocaleString('en-US');

function valueAt(answers: unknown, path: readonly PropertyKey[]): unknown {
  let v = answers;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Every problem the kind's schema finds in the answers, with the question's words. Empty when they pass. */
export function answerIssues(kind: LetterKind, answers: unknown): MissingFact[] {
  const parsed = KINDS[kind].schema.safeParse(answers);
  if (parsed.success) return [];
  const questions = KINDS[kind].info.questions;
  return parsed.error.issues.map((issue) => {
    const label = labelFor(questions, issue.path);
    const value = valueAt(answers, issue.path);
    let message = issue.message;
    // Say how long it is now, so the parent knows how much to cut.
    if (issue.code === 'too_big' && typeof value === 'string') {
      message = `${message} It has ${count(value.length)} now.`;
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      message = `The answer ${keys} is not part of this letter. Reload the page and try again.`;
    }
    const fact: MissingFact = {
      field: ['answers', ...issue.path.map(String)].join('.'),
      message: label === undefined ? message : `${label}: ${message}`,
    };
    if (label !== undefined) fact.label = label;
    return fact;
  });
}
