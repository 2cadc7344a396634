import type { DeadlineRuleId } from '../deadlines/index.js';
import type { NextStep } from './answer-types.js';

// What a parent can do when the school is late. Each step names a letter kind that exists (letters/kinds), so the
// page can open it ready to draft. The words say what to do, never that the school broke the law: a late answer may
// still be on its way (a letter lost in the mail), so the first step is always to ask again in writing.

/** The Sunshine follow-up, filled with the day the first request counts as received and which records it asked. */
function records(recordKind: 'public' | 'child', from: string | null): NextStep {
  return {
    action: 'follow-up',
    letterKind: 'sunshine-followup',
    words: 'Send a follow-up letter. It asks again for the records and says which rule gives the time.',
    answers: { recordKind, ...(from !== null ? { requestDate: from } : {}) },
  };
}

const BY_RULE: Partial<Record<DeadlineRuleId, Omit<NextStep, 'answers'>>> = {
  'pwn-response': {
    action: 'reminder',
    letterKind: 'pwn-request',
    words:
      'Send a short reminder. Ask again for the Notice of Action (Prior Written Notice) in writing, with a new day.',
  },
  'evaluation-decision': {
    action: 'complaint',
    letterKind: 'child-complaint',
    words:
      'Ask the school again in writing. If it still does not answer, you can file a child complaint with the ' +
      'state (DESE). The letter is ready to start.',
  },
  'child-complaint-decision': {
    action: 'reminder',
    letterKind: null,
    words: 'Call or write to DESE and ask when the decision will come. Keep a note of the call.',
  },
};

const PROMISE: NextStep = {
  action: 'reminder',
  letterKind: 'follow-up',
  words:
    'Send a friendly reminder of what was promised at the meeting. The follow-up letter lists the promises.',
  answers: {},
};

const ANY: NextStep = {
  action: 'reminder',
  letterKind: null,
  words: 'Ask the school in writing when it will answer. Keep a copy of what you send.',
  answers: {},
};

/** The next step for a late letter deadline whose clock started on `from` (YYYY-MM-DD, or null). */
export function nextStepForRule(rule: DeadlineRuleId, from: string | null): NextStep {
  if (rule === 'sunshine-response' || rule === 'sunshine-denial-statement') return records('public', from);
  if (rule === 'idea-records' || rule === 'ferpa-records') return records('child', from);
  const step = BY_RULE[rule];
  return step ? { ...step, answers: {} } : ANY;
}

/** The next step for a late meeting promise. */
export function nextStepForPromise(): NextStep {
  return PROMISE;
}
