import type { LetterAnswers, LetterQuestion } from '../../../api/types';

/** What "I don't know" stores (the letters contract): the letter then says the fact is not known yet. */
export const UNKNOWN = 'unknown';

/** A question whose showIf names another answer is asked only when that answer matches. */
export function isShown(question: LetterQuestion, answers: LetterAnswers): boolean {
  if (!question.showIf) return true;
  return answers[question.showIf.questionId] === question.showIf.equals;
}

/** The questions to ask now, in order; answering one can add or remove later ones. */
export function visibleQuestions(questions: LetterQuestion[], answers: LetterAnswers): LetterQuestion[] {
  return questions.filter((q) => isShown(q, answers));
}

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** True when the question has an answer, counting "I don't know" as one. */
export function isAnswered(question: LetterQuestion, answers: LetterAnswers): boolean {
  return filled(answers[question.id]);
}

const count = (n: number) => n.toLocaleString('en-US');

/** "1,234 of 4,000 characters" under a text answer, counted before the limit is hit. */
export function charCountText(length: number, max: number): string {
  const base = `${count(length)} of ${count(max)} characters`;
  return length > max ? `${base}: ${count(length - max)} too many` : base;
}

/** Too long for the limit the answers schema keeps, said plainly; null when it fits. */
function tooLong(text: unknown, max: number | undefined, what = 'This answer'): string | null {
  if (typeof text !== 'string' || max === undefined || text.length <= max) return null;
  return `${what} is too long: ${count(text.length)} characters. Keep it to ${count(max)} or fewer. Your text is kept: shorten it here.`;
}

/**
 * The problem with one answer, in plain words, or null. Required questions left empty, answers over their limit
 * and list items with a required field left empty block Next; an item is named by its number so the parent can
 * find it.
 */
export function answerProblem(question: LetterQuestion, value: unknown): string | null {
  if (value === UNKNOWN && question.allowUnknown) return null;
  if (question.type === 'list') {
    const items = Array.isArray(value) ? value : [];
    if (question.required && items.length === 0) return 'Add at least one item, or go back.';
    if (question.maxItems !== undefined && items.length > question.maxItems)
      return `There are ${count(items.length)} items. Keep it to ${count(question.maxItems)} or fewer.`;
    for (const [index, item] of items.entries()) {
      if (typeof item === 'string') {
        const long = tooLong(item, question.maxLength, `Item ${index + 1}`);
        if (long) return long;
        continue;
      }
      const record = (item ?? {}) as Record<string, unknown>;
      for (const field of question.itemFields ?? []) {
        if (
          field.required &&
          !filled(record[field.id]) &&
          !(field.allowUnknown && record[field.id] === UNKNOWN)
        ) {
          return `Item ${index + 1}: fill in "${field.prompt}", or remove the item.`;
        }
        const long = tooLong(record[field.id], field.maxLength, `Item ${index + 1}, "${field.prompt}",`);
        if (long) return long;
      }
    }
    return null;
  }
  const long = tooLong(value, question.maxLength);
  if (long) return long;
  if (question.required && !filled(value) && question.type === 'multi-choice') return 'Tick at least one.';
  if (question.required && !filled(value)) {
    return question.allowUnknown
      ? 'Answer this question, or choose "I don\'t know".'
      : 'Answer this question.';
  }
  return null;
}

/** Where Next goes from a question: the next visible one, or the review screen (null). */
export function nextQuestionId(
  questions: LetterQuestion[],
  answers: LetterAnswers,
  currentId: string,
): string | null {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return shown[index + 1]?.id ?? null;
}

/** Where Back goes: the previous visible question, or null at the first one. */
export function previousQuestionId(
  questions: LetterQuestion[],
  answers: LetterAnswers,
  currentId: string,
): string | null {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return index > 0 ? (shown[index - 1]?.id ?? null) : null;
}

/** "Question 3 of 7", counting only the questions that will be asked. */
export function progressText(questions: LetterQuestion[], answers: LetterAnswers, currentId: string): string {
  const shown = visibleQuestions(questions, answers);
  const index = shown.findIndex((q) => q.id === currentId);
  return `Question ${index + 1} of ${shown.length}`;
}

export interface ReviewSection {
  section: string;
  /** The first question of the section: its "Edit" link goes there. */
  firstQuestionId: string;
  questions: LetterQuestion[];
}

/** The review screen: the asked questions grouped by section, sections in the order they are first met. */
export function reviewSections(questions: LetterQuestion[], answers: LetterAnswers): ReviewSection[] {
  const sections: ReviewSection[] = [];
  for (const question of visibleQuestions(questions, answers)) {
    const existing = sections.find((s) => s.section === question.section);
    if (existing) existing.questions.push(question);
    else sections.push({ section: question.section, firstQuestionId: question.id, questions: [question] });
  }
  return sections;
}

function choiceLabel(question: LetterQuestion, value: unknown): string {
  return question.choices?.find((c) => c.value === value)?.label ?? String(value);
}

/** An answer in words for the review screen. */
export function answerText(question: LetterQuestion, value: unknown): string {
  if (!filled(value)) return 'Not answered';
  if (value === UNKNOWN && question.allowUnknown) return "I don't know";
  switch (question.type) {
    case 'yes-no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
      return choiceLabel(question, value);
    case 'multi-choice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(question, v)).join(', ') : String(value);
    case 'list': {
      const items = Array.isArray(value) ? value : [];
      const count = `${items.length} ${items.length === 1 ? 'item' : 'items'}`;
      return count;
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** One list item in words, its fields joined: "Ms. Lee; send the data; by 2026-12-14". */
export function listItemText(question: LetterQuestion, item: unknown): string {
  if (typeof item === 'string') return item;
  const record = (item ?? {}) as Record<string, unknown>;
  return (question.itemFields ?? [])
    .map((field) => (filled(record[field.id]) ? answerText(field, record[field.id]) : ''))
    .filter((text) => text !== '')
    .join('; ');
}

/** The question to open: the one named in the address when it is asked, else the first one. */
export function startQuestionId(
  questions: LetterQuestion[],
  answers: LetterAnswers,
  wanted: string | null,
): string | null {
  const shown = visibleQuestions(questions, answers);
  if (wanted && shown.some((q) => q.id === wanted)) return wanted;
  return shown[0]?.id ?? null;
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function withoutBlankFields(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && !isBlank(v)));
}

/**
 * The answers as the server checks them: a field left empty is "not answered", not an empty string (the
 * server refuses "" where it wants a date). List items keep their place; only their empty fields go.
 */
export function cleanAnswers(answers: LetterAnswers): LetterAnswers {
  const out: LetterAnswers = {};
  for (const [key, value] of Object.entries(withoutBlankFields(answers))) {
    out[key] = Array.isArray(value)
      ? value.map((item: unknown) =>
          item && typeof item === 'object' && !Array.isArray(item)
            ? withoutBlankFields(item as Record<string, unknown>)
            : item,
        )
      : value;
  }
  return out;
}

/**
 * Fills choices that come from the case (choicesFrom), so a question like "Which services?" lists the case's own
 * services by name instead of raw ids. A question about services with missed minutes lists only those the data
 * check found (core's servicesWithMissedMinutes); with none, or before the data check has loaded, it is not asked.
 */
export function withCaseChoices(
  questions: LetterQuestion[],
  services: readonly { id: string; name: string }[],
  planType?: 'IEP' | '504',
  missed: readonly { serviceId: string; name: string }[] = [],
): LetterQuestion[] {
  return questions
    .filter((question) => question.onlyForPlan === undefined || question.onlyForPlan === planType)
    .filter((question) => question.choicesFrom !== 'services-with-missed-minutes' || missed.length > 0)
    .map((question) => {
      if (question.choicesFrom === 'services')
        return { ...question, choices: services.map((s) => ({ value: s.id, label: s.name })) };
      if (question.choicesFrom === 'services-with-missed-minutes')
        return { ...question, choices: missed.map((s) => ({ value: s.serviceId, label: s.name })) };
      return question;
    });
}

/** The question a server problem is about: "$.answers.reasons" or "$.answers.commitments[1].what" -> its id. */
export function problemQuestionId(path: string): string | null {
  return /^\$\.answers\.([A-Za-z_$][\w$]*)/.exec(path)?.[1] ?? null;
}
