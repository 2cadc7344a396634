import { BINDER_TABS, TAB_OF_KIND, type BinderTab, type DocumentFormat, type DocumentKind } from './kinds.js';

// A first guess of what a document is, from its words and its file name, so the parent only corrects what is
// wrong. A paper names itself at the top (Missouri's forms: "Notice of Action", "Procedural Safeguards for Children
// and Parents", "Individualized Education Program"), and later quotes other papers (a notice says the procedural
// safeguards are enclosed; an IEP mentions prior written notice): so the name found first wins. The file name is
// used only when the words name nothing.

interface KindRule {
  kind: DocumentKind;
  pattern: RegExp;
}

const RULES: readonly KindRule[] = [
  { kind: 'procedural-safeguards', pattern: /\bprocedural\s+safeguards\b/i },
  { kind: 'pwn', pattern: /\b(prior\s+written\s+notice|notice\s+of\s+action|\bPWN\b)/i },
  { kind: 'amendment', pattern: /\b(iep\s+amendment|amendment\s+to\s+the\s+iep|amended\s+iep|amendment)\b/i },
  {
    kind: 'evaluation-report',
    pattern:
      /\b(evaluation\s+report|eligibility\s+(report|determination)|psycho-?educational|review\s+of\s+existing\s+data|re-?evaluation)\b/i,
  },
  {
    kind: 'progress-report',
    pattern: /\b(progress\s+report|progress\s+(toward|towards|on)\s+(the\s+)?(annual\s+)?goals?)\b/i,
  },
  { kind: 'iep', pattern: /\bindividuali[sz]ed\s+education(al)?\s+(program|plan)\b/i },
  // "IEP" in capitals only: "iep" inside other words or lower-case noise is not a title.
  { kind: 'iep', pattern: /\bIEP\b/ },
];

/** Only the start of a document names what it is; later pages quote other papers. */
const HEAD_CHARS = 3000;

export function guessKind(input: { text: string; fileName: string; format: DocumentFormat }): DocumentKind {
  if (input.format === 'email') return 'email';
  return (
    firstNamed(input.text.slice(0, HEAD_CHARS)) ??
    firstNamed(input.fileName.replace(/[._-]+/g, ' ')) ??
    'other'
  );
}

/** The kind whose name appears first in the text; on a tie, the earlier rule (the more specific). */
function firstNamed(text: string): DocumentKind | null {
  let best: { kind: DocumentKind; at: number } | null = null;
  for (const rule of RULES) {
    const at = text.search(rule.pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { kind: rule.kind, at };
  }
  return best?.kind ?? null;
}

const MEETING_PAPER =
  /\b(notice\s+of\s+(a\s+|the\s+)?meeting|invitation\s+to\s+(a\s+|an\s+|the\s+)?(iep\s+)?meeting|meeting\s+notice|sign-?in\s+sheet|meeting\s+notes)\b/i;

/** The tab for a kind; papers about a meeting itself (its notice, its notes) go under Meetings. */
export function guessTab(kind: DocumentKind, text: string): BinderTab {
  if ((kind === 'other' || kind === 'email') && MEETING_PAPER.test(text.slice(0, HEAD_CHARS)))
    return 'meetings';
  return TAB_OF_KIND[kind];
}

export const isBinderTab = (value: string): value is BinderTab =>
  (BINDER_TABS as readonly string[]).includes(value);
