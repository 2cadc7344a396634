import type { PlanType } from '../deadlines/index.js';
import type { Confidence, RuleKind } from '../rules/confidence.js';
import {
  HEADING_ORDER,
  NOTICE_ELEMENTS,
  PROPOSAL_CUES,
  REFUSAL_CUES,
  SECTION_504_NOTICE,
  type ElementNumber,
  type NoticeElementRule,
} from './notice-elements.js';
import {
  fold,
  holds,
  noticeLines,
  noticeSentences,
  splitSentences,
  type Folded,
  type NoticeLine,
  type NoticePage,
  type NoticeSentence,
} from './notice-text.js';

// Checks a Prior Written Notice (Notice of Action) for the seven elements of 34 CFR 300.503(b). Two ways to find an
// element: a form's label for it ("Other options considered:") with words under it, or, in a letter, the sentence
// whose words score highest for it. A label with nothing under it (blank, "N/A") is reported missing: the form has
// the box, the notice does not say it. Each found element carries the words that show it, and their page.

export interface ElementFinding {
  n: ElementNumber;
  name: string;
  plain: string;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  found: boolean;
  /** The notice's own words that show the element; null when missing. */
  quote: string | null;
  page: number | null;
  /** Found under a form's label or in a sentence of a letter. */
  via: 'label' | 'sentence' | null;
  /** A plain remark: a label with nothing under it, or a rights statement that does not say how to get a copy. */
  note: string | null;
}

export interface NoticeCheck {
  planType: PlanType;
  /** The rule the list comes from, and what it means for this plan. */
  basis: { citation: string; confidence: Confidence; kind: RuleKind; source: string; words: string };
  elements: ElementFinding[];
  /** The numbers of the missing elements. */
  missing: ElementNumber[];
  /** What the notice does, read from its first element: a change (a wait applies), a refusal, or unclear. */
  decision: 'proposed' | 'refused' | 'unclear';
}

const QUOTE_MAX = 320;
const EMPTY_CONTENT = /^(?:n\s*\/?\s*a|not applicable|tbd|[-_.\s]*)$/i;
const EMPTY_NOTE = 'The notice has a place for this, but nothing is written there.';
const NO_COPY_NOTE = 'It says you have rights, but not how to get a copy of them.';
const COPY_CUES = [
  'copy',
  'copies',
  'enclosed',
  'attached',
  'website',
  'available',
  'request',
  'ask ',
  'given to you',
];

export const IDEA_BASIS_WORDS =
  'The IDEA rule lists seven things a Prior Written Notice (in Missouri, a Notice of Action) must say (34 CFR 300.503(b)).';
export const SECTION_504_BASIS_WORDS =
  'Section 504 requires the school to give notice of its decisions (34 CFR 104.36), but it does not list what the notice must say. ' +
  'The seven things below are the IDEA list (34 CFR 300.503(b)). Asking for them is good practice, not a 504 rule.';

interface LabelBlock {
  n: ElementNumber;
  page: number;
  from: number;
  to: number;
  content: string;
}

function labelMatches(rule: NoticeElementRule, label: Folded): boolean {
  const exact = label.spaced.trim();
  if (rule.headings.exact.some((e) => fold(e).spaced.trim() === exact)) return true;
  return rule.headings.contains.some((c) => holds(label, c));
}

function elementOfLabel(label: string): ElementNumber | null {
  const folded = fold(label);
  for (const n of HEADING_ORDER) {
    const rule = NOTICE_ELEMENTS[n - 1];
    if (rule && labelMatches(rule, folded)) return n;
  }
  return null;
}

/** Every form label that names an element, with the words under it (to the next label, or a blank after words). */
function labelBlocks(lines: readonly NoticeLine[]): LabelBlock[] {
  const blocks: LabelBlock[] = [];
  lines.forEach((line, i) => {
    if (line.label === null) return;
    const n = elementOfLabel(line.label);
    if (n === null) return;
    const parts = line.rest === '' ? [] : [line.rest];
    let to = i;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j];
      if (!next || next.label !== null) break;
      if (next.blank) {
        if (parts.length > 0) break;
        continue;
      }
      parts.push(next.rest);
      to = j;
    }
    blocks.push({ n, page: line.page, from: i, to, content: parts.join(' ').trim() });
  });
  return blocks;
}

function score(rule: NoticeElementRule, text: Folded): number {
  let total = 0;
  if (rule.all && rule.all.every((group) => group.some((cue) => holds(text, cue)))) total += 2;
  for (const group of rule.cues) {
    const hits = group.any.filter((cue) => holds(text, cue)).length;
    total += Math.min(hits, group.cap ?? 1) * group.weight;
  }
  return total;
}

function shorten(text: string): string {
  const sentences = splitSentences(text);
  let out = '';
  for (const s of sentences) {
    if (out !== '' && out.length + s.length + 1 > QUOTE_MAX) break;
    out = out === '' ? s : `${out} ${s}`;
  }
  if (out === '') out = text;
  if (out.length <= QUOTE_MAX) return out;
  const cut = out.slice(0, QUOTE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_MAX - 40)).trimEnd()}…`;
}

function decisionOf(quote: string | null): NoticeCheck['decision'] {
  if (quote === null) return 'unclear';
  const f = fold(quote);
  if (REFUSAL_CUES.some((c) => holds(f, c))) return 'refused';
  if (PROPOSAL_CUES.some((c) => holds(f, c))) return 'proposed';
  return 'unclear';
}

function finding(rule: NoticeElementRule, found: Partial<ElementFinding>): ElementFinding {
  return {
    n: rule.n,
    name: rule.name,
    plain: rule.plain,
    citation: rule.citation,
    confidence: rule.confidence,
    kind: rule.kind,
    found: false,
    quote: null,
    page: null,
    via: null,
    note: null,
    ...found,
  };
}

/** The best sentence for an element, outside the blocks labelled for other elements. */
function bestSentence(
  rule: NoticeElementRule,
  sentences: readonly NoticeSentence[],
  blocks: readonly LabelBlock[],
): NoticeSentence | null {
  let best: NoticeSentence | null = null;
  let bestScore = 0;
  for (const s of sentences) {
    if (blocks.some((b) => b.n !== rule.n && s.line >= b.from && s.line <= b.to)) continue;
    const points = score(rule, s.folded);
    if (points >= rule.threshold && points > bestScore) {
      best = s;
      bestScore = points;
    }
  }
  return best;
}

/** The rights statement: does it (or the sentence after it) say how to get a copy? */
function copyNote(quote: string, sentences: readonly NoticeSentence[]): string | null {
  const at = sentences.findIndex((s) => quote.startsWith(s.text.slice(0, 40)));
  const around = [quote, at >= 0 ? (sentences[at + 1]?.text ?? '') : ''].join(' ');
  const f = fold(around);
  return COPY_CUES.some((c) => holds(f, c)) ? null : NO_COPY_NOTE;
}

/** Checks a notice's text (its pages) for the seven elements of 34 CFR 300.503(b). Pure; pages are 1-based. */
export function checkNotice(pages: readonly NoticePage[], planType: PlanType = 'IEP'): NoticeCheck {
  const lines = noticeLines(pages);
  const sentences = noticeSentences(lines);
  const blocks = labelBlocks(lines);
  const elements = NOTICE_ELEMENTS.map((rule): ElementFinding => {
    const own = blocks.filter((b) => b.n === rule.n);
    const filled = own.find((b) => !EMPTY_CONTENT.test(b.content));
    let found: ElementFinding;
    if (filled) {
      found = finding(rule, { found: true, quote: shorten(filled.content), page: filled.page, via: 'label' });
    } else {
      const sentence = bestSentence(rule, sentences, blocks);
      found = sentence
        ? finding(rule, { found: true, quote: shorten(sentence.text), page: sentence.page, via: 'sentence' })
        : finding(rule, { note: own.length > 0 ? EMPTY_NOTE : null });
    }
    if (rule.n === 4 && found.quote !== null) found.note = copyNote(found.quote, sentences);
    return found;
  });
  const basis =
    planType === '504'
      ? { ...SECTION_504_NOTICE, words: SECTION_504_BASIS_WORDS }
      : {
          citation: '34 CFR 300.503(b)',
          confidence: 'PRIMARY' as const,
          kind: 'law' as const,
          source: 'missouri-rules.md §4',
          words: IDEA_BASIS_WORDS,
        };
  return {
    planType,
    basis,
    elements,
    missing: elements.filter((e) => !e.found).map((e) => e.n),
    decision: decisionOf(elements[0]?.quote ?? null),
  };
}
