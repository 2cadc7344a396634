import { UNKNOWN_ANSWER, type Question } from '@iep/core';
import { describe, expect, it } from 'vitest';
import {
  answerText,
  charCountText,
  listItemText,
  problemQuestionId,
  progressText,
  reviewSections,
} from './letter-interview';

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

describe('progress', () => {
  it('counts only the questions that will be asked', () => {
    expect(progressText(QUESTIONS, { record: false }, 'when')).toBe('Question 3 of 4');
    expect(progressText(QUESTIONS, { record: true }, 'when')).toBe('Question 4 of 5');
  });
});

describe('review', () => {
  it('groups asked questions by section in first-seen order, Edit going to the first of each', () => {
    const sections = reviewSections(QUESTIONS, { record: true });
    expect(sections.map((s) => [s.section, s.firstQuestionId, s.questions.length])).toEqual([
      ['You', 'who', 1],
      ['Recording', 'record', 2],
      ['Dates', 'when', 1],
      ['Your requests', 'asks', 1],
    ]);
  });

  it('writes answers in words', () => {
    expect(answerText(RECORD, true)).toBe('Yes');
    expect(answerText(RECORD, false)).toBe('No');
    expect(answerText(WHEN, UNKNOWN_ANSWER)).toBe("I don't know");
    expect(answerText(WHO, undefined)).toBe('Not answered');
    const choice = q({
      id: 'c',
      type: 'multi-choice',
      choices: [
        { value: 'a', label: 'Apples' },
        { value: 'b', label: 'Beans' },
      ],
    });
    expect(answerText(choice, ['b', 'a'])).toBe('Beans, Apples');
    expect(listItemText(ASKS, { what: 'Speech', why: 'Scores fell' })).toBe('Speech; Scores fell');
    expect(listItemText(q({ id: 'other', type: 'list' }), 'Nurse notes')).toBe('Nurse notes');
  });
});

describe('limits said before they are hit', () => {
  it('counts characters toward the limit, and past it', () => {
    expect(charCountText(1234, 20000)).toBe('1,234 of 20,000 characters');
    expect(charCountText(105000, 4000)).toBe('105,000 of 4,000 characters: 101,000 too many');
  });

  it('server problems point at their question', () => {
    expect(problemQuestionId('$.answers.reasons')).toBe('reasons');
    expect(problemQuestionId('$.answers.commitments[1].what')).toBe('commitments');
    expect(problemQuestionId('$.answers')).toBeNull();
  });
});
