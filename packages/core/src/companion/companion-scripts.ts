import type { Sourced } from '../rules/confidence.js';

// What to say at the table: the short sentences of the playbook, each read aloud on a tap. A sentence that rests on
// the law says which law (IDEA and 504 apart); the others are a parent's practice, and say so.

export interface CompanionScript {
  id: string;
  /** When to use it, as a button label. */
  when: string;
  /** The words to say. */
  say: string;
  /** Why it works, in one plain sentence. */
  why: string;
  basis: Sourced;
}

const practice = (citation: string): Sourced => ({
  citation,
  confidence: 'SECONDARY',
  kind: 'parent-practice',
  source: 'missouri-rules.md §4',
});

const PWN_IEP: Sourced = {
  citation: '34 CFR 300.503(a)',
  confidence: 'PRIMARY',
  kind: 'law',
  source: 'missouri-rules.md §4',
};
const PWN_504: Sourced = {
  citation: '34 CFR 104.36',
  confidence: 'PRIMARY',
  kind: 'law',
  source: 'missouri-rules.md §4 (Section 504 counterpart)',
};
const PARENT_INPUT: Sourced = {
  citation:
    '34 CFR 300.501(b) (parents take part in meetings); attaching the letter is a request, not a rule',
  confidence: 'SECONDARY',
  kind: 'parent-practice',
  source: 'missouri-rules.md §4',
};

/** The scripts for an IEP or a 504 plan (the notice sentence names the right rule). */
export function companionScripts(is504: boolean): CompanionScript[] {
  return [
    {
      id: 'pwn',
      when: 'The school says no',
      say: 'I am formally asking that this refusal be written up in Prior Written Notice, the Notice of Action.',
      why: is504
        ? 'The school must give you notice of its decisions about your child.'
        : 'The school must give you written notice when it refuses or proposes a change.',
      basis: is504 ? PWN_504 : PWN_IEP,
    },
    {
      id: 'disagree',
      when: 'You do not agree',
      say: 'Please note my disagreement in the plan.',
      why: 'A written note shows later that you did not agree.',
      basis: practice('A parent practice from advocates, not a rule'),
    },
    {
      id: 'writing',
      when: 'Someone makes a promise',
      say: "I'd like that in writing, please.",
      why: 'A promise on paper is easier to check later.',
      basis: practice('A parent practice from advocates, not a rule'),
    },
    {
      id: 'who-when',
      when: 'It is not clear who will do it',
      say: 'Who will be responsible for that, and by when?',
      why: 'A name and a date turn a promise into a task you can follow up on.',
      basis: practice('A parent practice from advocates, not a rule'),
    },
    {
      id: 'pause',
      when: 'You need a moment',
      say: 'Can we pause? I need a few minutes.',
      why: 'You can take a break to think or to talk with your support person.',
      basis: practice('A parent practice from advocates, not a rule'),
    },
    {
      id: 'attach',
      when: 'At the start',
      say: 'Please attach my concerns letter to the plan as parent input.',
      why: 'The team hears your concerns, and the letter stays with the plan.',
      basis: PARENT_INPUT,
    },
  ];
}
