import { describe, expect, it } from 'vitest';
import type { Question } from './letter-types.js';
import {
  answerProblem,
  cleanAnswers,
  isShown,
  nextQuestionId,
  previousQuestionId,
  startQuestionId,
  UNKNOWN_ANSWER,
  withCaseChoices,
} from './interview-rules.js';

const q = (over: Partial<Question> & { id: string }): Question => ({
  section: 'About the meeting',
  prompt: `Prompt ${over.id}`,
  help: '',
  type: 'text',
  allowUnknown: false,
  required: false,
  ...over,
});

const WHO = q({ id: 'who', section: 'You' });
const RECORD = q({ id: 'record', type: 'yes-no', section: 'Recording' });
const DEVICE = q({ id: 'device', showIf: { questionId: 'record', equals: true }, section: 'Recording' });
const WHEN = q({ id: 'when', type: 'date', section: 'Dates', allowUnknown: true, required: true });
const ASKS = q({
  id: 'asks',
  type: 'list',
  section: 'Your requests',
  itemFields: [q({ id: 'what', required: true, prompt: 'What you ask for' }), q({ id: 'why' })],
});
const QUESTIONS: Question[] = [WHO, RECORD, DEVICE, WHEN, ASKS];

describe('showIf', () => {
  it('asks a follow-up only when the answer it depends on matches', () => {
    const device = DEVICE;
    expect(isShown(device, {})).toBe(false);
    expect(isShown(device, { record: false })).toBe(false);
    expect(isShown(device, { record: true })).toBe(true);
  });

  it('skips hidden questions in Next and Back', () => {
    expect(nextQuestionId(QUESTIONS, { record: false }, 'record')).toBe('when');
    expect(nextQuestionId(QUESTIONS, { record: true }, 'record')).toBe('device');
    expect(previousQuestionId(QUESTIONS, { record: false }, 'when')).toBe('record');
  });

  it('goes to review (null) after the last question and has no Back on the first', () => {
    expect(nextQuestionId(QUESTIONS, {}, 'asks')).toBeNull();
    expect(previousQuestionId(QUESTIONS, {}, 'who')).toBeNull();
  });
});

describe('answerProblem', () => {
  const when = WHEN;
  const asks = ASKS;
  it('blocks an empty required answer and accepts "I don\'t know" where it is allowed', () => {
    expect(answerProblem(when, '')).toMatch(/I don't know/);
    expect(answerProblem(when, '   ')).not.toBeNull();
    expect(answerProblem(when, UNKNOWN_ANSWER)).toBeNull();
    expect(answerProblem(when, '2026-12-01')).toBeNull();
    expect(answerProblem({ ...when, allowUnknown: false }, UNKNOWN_ANSWER)).toBeNull(); // a value is a value
  });

  it('names the list item with a required field left empty', () => {
    expect(answerProblem(asks, [{ what: 'Speech twice a week' }, { why: 'data' }])).toBe(
      'Item 2: fill in "What you ask for", or remove the item.',
    );
    expect(answerProblem(asks, [{ what: 'Speech twice a week' }])).toBeNull();
    expect(answerProblem({ ...asks, required: true }, [])).toMatch(/at least one/);
  });
});

describe('startQuestionId', () => {
  it('opens the question named in the address only when it is asked', () => {
    expect(startQuestionId(QUESTIONS, {}, 'device')).toBe('who');
    expect(startQuestionId(QUESTIONS, { record: true }, 'device')).toBe('device');
    expect(startQuestionId([], {}, null)).toBeNull();
  });
});

describe('cleanAnswers', () => {
  it('drops empty fields, at the top and inside list items, and keeps everything else', () => {
    expect(
      cleanAnswers({
        note: '  ',
        when: '',
        keep: 'yes',
        flag: false,
        rows: [{ service: 'Speech', from: '' }, {}],
        other: ['Nurse notes', ''],
      }),
    ).toEqual({ keep: 'yes', flag: false, rows: [{ service: 'Speech' }, {}], other: ['Nurse notes', ''] });
  });
});

describe('withCaseChoices', () => {
  const servicesQuestion = (choicesFrom: Question['choicesFrom']): Question =>
    q({ id: 'serviceIds', type: 'multi-choice', ...(choicesFrom ? { choicesFrom } : {}) });

  it("lists the case's services by name for a question whose choices come from the services", () => {
    const question = servicesQuestion('services');
    const [filled] = withCaseChoices([question], [{ id: 's1', name: 'Reading help' }]);
    expect(filled?.choices).toEqual([{ value: 's1', label: 'Reading help' }]);
  });

  it('lists only the services with missed minutes, and asks nothing when the data check found none', () => {
    const question = servicesQuestion('services-with-missed-minutes');
    const services = [
      { id: 's1', name: 'Reading help' },
      { id: 's2', name: 'Speech (no log)' },
    ];
    const [filled] = withCaseChoices([question], services, 'IEP', [
      { serviceId: 's1', name: 'Reading help' },
    ]);
    expect(filled?.choices).toEqual([{ value: 's1', label: 'Reading help' }]);
    expect(withCaseChoices([question], services, 'IEP', [])).toEqual([]);
  });
});

describe('limits said before they are hit', () => {
  const reasons: Question = {
    id: 'reasons',
    section: 'Why',
    prompt: 'What have you seen that worries you?',
    help: '',
    type: 'long-text',
    allowUnknown: false,
    required: true,
    maxLength: 4000,
  };

  it('a 105,000-character answer blocks Next with a plain message, and keeps the text', () => {
    expect(answerProblem(reasons, 'a'.repeat(105000))).toBe(
      'This answer is too long: 105,000 characters. Keep it to 4,000 or fewer. Your text is kept: shorten it here.',
    );
    expect(answerProblem(reasons, 'a'.repeat(4000))).toBeNull();
  });

  it('a list item over its field limit is named by number and field', () => {
    const commitments: Question = {
      ...reasons,
      id: 'commitments',
      type: 'list',
      required: false,
      maxLength: undefined,
      itemFields: [{ ...reasons, id: 'what', prompt: 'What will they do?', type: 'text', maxLength: 10 }],
    };
    expect(answerProblem(commitments, [{ what: 'short' }, { what: 'far too long here' }])).toMatch(
      /^Item 2, "What will they do\?", is too long: 17 characters\. Keep it to 10 or fewer\./,
    );
  });

  it('questions for one kind of plan are asked only for it', () => {
    const only504 = { ...reasons, id: 'ideaEvaluation', onlyForPlan: '504' as const };
    expect(withCaseChoices([reasons, only504], [], 'IEP').map((q) => q.id)).toEqual(['reasons']);
    expect(withCaseChoices([reasons, only504], [], '504').map((q) => q.id)).toEqual([
      'reasons',
      'ideaEvaluation',
    ]);
  });
});
