import { toIsoDate, type IsoDate } from '../calendar/index.js';
import type { Closure } from '../case/index.js';
import type { ExtractedItem, ExtractKind, Utterance } from '../transcripts/transcript-types.js';
import { analyzeUtterance, relayedPromise, type UtteranceAnalysis } from './analysis.js';
import { classifierKinds, type ScoredModel } from './classifier.js';
import { closuresSaid } from './closures-said.js';
import { eventsSaid } from './events-said.js';
import type { MeetingCalendar } from './dates.js';
import { itemFields } from './item-fields.js';
import { PASSED_ON_TO_YOU } from './lexicon.js';
import { speakerSides, type Side, type SpeakerRole } from './roles.js';
import { leftOpen, previousTurn, replyTo, ruleDecisions } from './rules.js';
import { normalizeText, tidySentence } from './text.js';
import { nameVariants } from './who.js';

// What a meeting promised, refused, agreed and left open, one item (or none) per utterance, in speaking order.
// Three methods: 'rules' (decisions over compromise's parse, rules.ts), 'classifier' (a logistic regression trained
// on the labeled corpus, over words, parse features and the turns around), 'combined' (the classifier with the
// rules' decisions among its features). Every item is a suggestion the parent confirms, edits or drops.

export const EXTRACTION_METHODS = ['rules', 'classifier', 'combined'] as const;
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];

/**
 * The method used when none is asked for: the best in leave-one-set-out cross-validation over train, dev and
 * seen-a to seen-zj, plain and at 20% word error rate (see scripts/bench/extraction-cv.ts).
 */
export const DEFAULT_EXTRACTION_METHOD: ExtractionMethod = 'combined';

export interface ExtractOptions {
  /** The meeting's date (YYYY-MM-DD): "by Friday" means the Friday after it. */
  meetingDate: string;
  method?: ExtractionMethod;
  /** Who is who ("Dana Carter": "parent", "Ms. Lee": "case manager"), when known: only the school refuses. */
  speakers?: readonly SpeakerRole[];
  /** The days the school is closed (the case's calendar): "in ten school days" is counted without them. */
  closures?: readonly Closure[];
  /** Weights other than the shipped ones (cross-validation scores a model trained without the meeting). */
  models?: { classifier: ScoredModel; combined: ScoredModel };
}

const BOOKMARK_KINDS: Partial<Record<NonNullable<Utterance['bookmark']>['kind'], ExtractKind>> = {
  promised: 'commitment',
  refused: 'refusal',
  agreed: 'agreement',
  question: 'open-question',
};

/** A bookmark this close to a segment with the same words is about that segment. */
const BOOKMARK_SAME_SEC = 60;

/** The utterances read for extraction (bookmarks and empty lines left out), with their places in the input. */
export function analyzeMeeting(
  utterances: readonly Utterance[],
  meeting: IsoDate,
  speakers?: readonly SpeakerRole[],
): { analyses: UtteranceAnalysis[]; positions: number[]; sides: Map<string, Side> } {
  const sides = speakerSides(utterances, speakers);
  const analyses: UtteranceAnalysis[] = [];
  const positions: number[] = [];
  utterances.forEach((u, i) => {
    if (u.bookmark !== undefined || normalizeText(u.text) === '') return;
    analyses.push(
      analyzeUtterance(
        u,
        analyses.length,
        relaysFamily(u.text, u.speaker === null ? 'unknown' : (sides.get(u.speaker) ?? 'unknown')),
        meeting,
      ),
    );
    positions.push(i);
  });
  return { analyses, positions, sides };
}

// "... She asks, if he does bad on the final, does he fail the grade?", "And he asks -- he says, why...": the
// interpreter giving the family's words speaks for the family in that turn (its question is theirs to have answered).
const FAMILY_RELAYED =
  /^\W*(?:(?:and|so|okay|ok|um|uh)\W+)*(?:she|he|mom|dad|they)(?: also)? (?:asks|is asking|'s asking|wants to know|would like to know)\b/i;
function relaysFamily(text: string, side: Side): Side {
  return side === 'other' && FAMILY_RELAYED.test(normalizeText(text)) ? 'parent' : side;
}

// "Self-carry inhaler: added. Air purifier: not through the 504. Makeup work: two extra days.": the recap read back
// item by item at the end restates what was settled or promised earlier, where the item already is.
const RECAP_ITEM = /(?:^|[.!?]\s+)[\p{L}\p{N}'-]+(?: [\p{L}\p{N}'-]+){0,4}: /gu;
const RECAP_ITEMS = 3;
const isRecap = (a: UtteranceAnalysis) => (a.text.match(RECAP_ITEM)?.length ?? 0) >= RECAP_ITEMS;

function kindsOf(
  analyses: readonly UtteranceAnalysis[],
  method: ExtractionMethod,
  models?: ExtractOptions['models'],
): (ExtractKind | null)[] {
  const kinds = methodKinds(analyses, method, models).map((kind, k) => {
    const a = analyses[k];
    return a !== undefined && isRecap(a) ? null : kind;
  });
  // "Could she ride the other route? It's shorter." "The routes are set by where you live...": a question the next
  // speaker answers with a no or a yes to the change is answered (in the corpus, writers label none of 735 turns with
  // a question that the next speaker refuses open, and 2 of 251 that the next speaker agrees to). The rules weigh
  // the reply themselves (over the corpus this check made them 3 questions worse and none better).
  if (method === 'rules') return kinds;
  return kinds.map((kind, k) => {
    if (kind !== 'open-question') return kind;
    const { reply } = replyTo(analyses, k);
    const answer = reply === null ? null : kinds[analyses.indexOf(reply)];
    return answer === 'refusal' || answer === 'agreement' ? null : kind;
  });
}

function methodKinds(
  analyses: readonly UtteranceAnalysis[],
  method: ExtractionMethod,
  models?: ExtractOptions['models'],
): (ExtractKind | null)[] {
  if (method === 'rules') return ruleDecisions(analyses).map((d) => d.kind);
  // "I'll get it back to you by Friday", said by the student: the guide's "things the child will do" are no
  // commitment, whatever the classifier reads in the words (the rules never take one from the student).
  return classifierKinds(analyses, method === 'combined', models).map((kind, k) => {
    if (kind === 'commitment' && analyses[k]?.side === 'student') return null;
    // "Ms. Ortiz, our nurse, asked me to tell you she'll call you about the form": a promise passed on for someone
    // who could not come, read by the rules, is one whatever the classifier reads (writers label 15 of 16 such
    // turns in the corpus a promise; the other tells what the child did).
    const a = analyses[k];
    if (kind === null && a !== undefined && a.commitment !== null && PASSED_ON.test(a.text))
      return 'commitment';
    // "Doug Ferris, our transportation director, told me he'll get the drivers trained before winter break": a
    // promise told to the speaker that still stands ("he'll", not "he'd"), read by the rules, is one too.
    if (
      kind === null &&
      a !== undefined &&
      a.commitment !== null &&
      a.commitment.predicate.modal === 'will' &&
      relayedPromise(a.commitment.predicate, a.commitment.sentence) &&
      !NO_ERRAND.test(a.commitment.sentence.clean)
    )
      return 'commitment';
    // "(laughs) Oh, I'll hold him to that.", "We've got a game at 4:30, so I'm gonna have to duck out around four.",
    // "He said he'd call in when his alarm goes off", "I'll watch for it. Okay, I'm going back on mute.": holding
    // someone to their word, leaving the meeting early or joining it late is no errand (the guide: someone saying
    // they will attend is none): when that is the promise the rules read, or they read none in the turn, there is
    // none.
    // (The promise's sentence as the rules read it, or the whole turn when they read none.)
    const promised = a === undefined ? '' : (a.commitment?.sentence.clean ?? a.clean);
    if (kind === 'commitment' && NO_ERRAND.test(promised)) return null;
    // "I'm gonna read the eligibility part now.", "Adding it now.", "So put it in the IEP.": reading the draft out,
    // typing in it, or telling the one typing to, is the meeting at work, no decision or errand of its own, unless
    // the turn says what goes in ("So we're adding that. I'm typing it in now."). Over the corpus, writers label 32
    // such turns none, 13 an agreement (each saying what goes in) and 1 a refusal. ("I'm going to read the report
    // tonight and call you" is still a promise: a reading done later.)
    if (
      a !== undefined &&
      ((kind === 'commitment' && AT_THE_DRAFT.test(promised) && !LATER.test(promised)) ||
        (kind === 'agreement' && AT_THE_DRAFT.test(a.clean) && !WHAT_GOES_IN.test(a.clean)))
    )
      return null;
    // "I'll tell her.", said by the interpreter: passing words across the table now, no errand after the meeting
    // (writers label none of the interpreters' "I'll tell her" a promise).
    if (kind === 'commitment' && a?.side === 'other' && INTERPRETER_RELAYS.test(a.clean)) return null;
    if (kind === 'open-question' && answeredYesOrNo(analyses, k)) return null;
    return kind;
  });
}

const INTERPRETER_RELAYS =
  /^(?:(?:okay|ok|yes|sure|one moment|one second)[,.]? )?i will (?:tell|ask|explain (?:it |that |this )?to) (?:her|him|them|mom|dad)(?: (?:that|now|right now))?[.!]/;
const AT_THE_DRAFT =
  /\bi am (?:just )?going to read(?: back| through| out| off)? (?:the|this|that|it|what|some|them|these|those|her|his)\b|\b(?:i am|i will be) (?:adding|typing|changing|writing|putting) (?:it|that|this|those|them|the wording)\b[^.?!]{0,40}\b(?:now|right now)\b|^(?:(?:so|okay|ok|then|and),? )*(?:adding|typing|changing|writing) (?:it|that|this)(?: in| down)? (?:now|right now)\b|^(?:(?:so|okay|ok|then|and),? )*(?:put|write) (?:it|that|this) (?:in|down)\b/;
const LATER =
  /\b(?:tonight|this weekend|over the weekend|later|after (?:the|this) meeting|get back to|let you know|call you|email you|send you)\b/;
const WHAT_GOES_IN =
  /\bwe (?:will|are going to|are|can) (?:add|adding|change|changing|put|putting|make|making|write|writing|go with|keep|use|do)\b|\blet us (?:add|put|change|do|go with|use|keep|make|write)\b|\bis going to be\b|\bwe are agreed\b|\bgoes in\b|\bput (?:it|that) (?:in|at):|\bnow:/;
const NO_ERRAND =
  /\bhold (?:you|him|her|them|me|us) to (?:that|it)\b|\b(?:i|we)\b[^,.;]{0,20}\b(?:have|need|got) to (?:leave|duck out|step out|head out|jump off|hop off|take off|slip out|sneak out|run)\b|\b(?:she|he|they)(?:'d| would|'ll| will)(?: try to)? (?:call in|get on|hop on|dial in|log on|join us|join the (?:call|meeting))\b|\bgoing back on mute\b|\b(?:i|we) (?:will|am going to|are going to) (?:just )?(?:run|lead|facilitate|chair) (?:the|this|today's|our) meeting\b|\b(?:i|we) will be (?:out on leave|out of town|out of the office|gone|away)\b|\b(?:i|we) will (?:come|be) (?:to|at) (?:the|your|his|her) (?:open house|meeting|next meeting|conference|orientation)(?: with (?:you|her|him|them))?(?: (?:in|on|next|this) [a-z]+)?(?:,? too)?\s*(?:[.!?]|$)/i;
const PASSED_ON = new RegExp(
  String.raw`\b${PASSED_ON_TO_YOU} (?:she|he)(?:'ll| will|'s going to| is going to|'s [a-z]+ing| is [a-z]+ing)\b`,
  'i',
);

// "Does he lose band?" "No, no, he keeps band.", "Does it go with him?" "It does.": a question the next speaker
// answers with a plain yes or no is answered, whatever the classifier reads in its words (writers label almost
// none of these open: 3 of some 1,300 in the corpus, each a reply cut off). A yes that only buys time ("Yeah, good
// question, um -- sorry, I have to grab my next kid", "yeah, that's a big one") answers nothing, and the rules
// still decide the rest ("No, not yet").
const YES_OR_NO_REPLY =
  /^(?:no|nope|nah|yes|yeah|yep|yup|of course|absolutely|definitely)\b|^(?:it|he|she|they) (?:does|do|did|is|are|will|can|has|have|would)(?: not)?(?=\s*(?:[,.;!]|$))|^it follows\b/;
const BUYS_TIME =
  /\b(?:good|great|big|fair|hard|tough) (?:question|one)\b|\bsorry\b|\b(?:hang|hold) on\b|\bmuted\b|\bcutting out\b/;
function answeredYesOrNo(analyses: readonly UtteranceAnalysis[], i: number): boolean {
  const { reply } = replyTo(analyses, i);
  return (
    reply !== null &&
    YES_OR_NO_REPLY.test(reply.clean) &&
    !BUYS_TIME.test(reply.clean) &&
    !leftOpen(analyses, i)
  );
}

function bookmarkItem(
  u: Utterance,
  kind: ExtractKind,
  meeting: MeetingCalendar,
  names: ReadonlyMap<string, string>,
): ExtractedItem {
  const a = analyzeUtterance(u, 0, 'unknown', meeting.date);
  const fields = itemFields(kind, a, null, names, meeting);
  // A promise bookmark with weak words ("Graphs by Friday") keeps its words and date, and names nobody.
  const weak = kind === 'commitment' && a.commitment === null;
  return {
    kind,
    text: weak ? tidySentence(u.text) : fields.text,
    who: weak ? null : fields.who,
    due: fields.due,
    start: u.start,
    source: u.text,
  };
}

// The interpreter giving the parent's words: "She says she will...", "Mom says she'll...".
const INTERPRETED =
  /^(?:\W*(?:okay|ok|so|and|yes|yeah|um|uh)\W+)*(?:she|he|mom|dad|the (?:mother|father|parent)|mother|father) (?:says|is saying|said)\b/;

// "Yep, I'll put it in the same notice.", "Both pieces in the same notice, same date.", "Same timeline.": a promise
// that joins one made before it in the meeting is due when that one is.
const SAME_NOTICE = /\bsame (?:notice|letter|notice of action|pwn)\b/;
const SAME_DATE =
  /\bthat same day\W*$|\bsame (?:date|deadline|timeline|time ?frame|(?:ten|five|\w+) (?:school |business )?days)\b/;
const NOTICE_SAID = /\b(?:notice|pwn|prior written|in writing|written)\b/i;
/** How many items back a "same date" can reach: further back, the meeting has moved on (a notice is one paper). */
const SAME_DATE_REACH = 4;

/** The due date of the earlier promise (of those made before, in order) a "same notice" or "same date" one joins. */
function sameAsBefore(said: string, promised: readonly ExtractedItem[]): IsoDate | null {
  const notice = SAME_NOTICE.test(said);
  if (!notice && !SAME_DATE.test(said)) return null;
  const due = (d: string | null | undefined) => (d === null || d === undefined ? null : toIsoDate(d));
  if (!notice) return due(promised.slice(-SAME_DATE_REACH).findLast((it) => it.due !== null)?.due);
  // "We'll get you a PWN on that. Probably before the next progress report?" ... "Fair. May 1st. I'll have it to you
  // by May 1st.": the notice's day can be settled in the promiser's next words.
  const at = promised.findLastIndex((it) => NOTICE_SAID.test(it.source));
  const first = promised[at];
  if (first === undefined) return null;
  return due(
    first.due ??
      promised.slice(at + 1, at + 1 + SAME_DATE_REACH).find((it) => it.who === first.who && it.due !== null)
        ?.due,
  );
}

/** How long a turn that only gives a day can be ("Tomorrow.", "By Friday, latest."). */
const DAY_ONLY_WORDS = 4;
// "Next Tuesday -- no, I'm out Tuesday. Wednesday.": the turn opens with the day.
const DAY_START =
  /^(?:(?:um|uh|okay|ok|so|yeah|yep|sure)\W+)*(?:by |on |before )?(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|tonight|end of)\b/;
// "When?", "By when?", "What day?": asking for the day of a promise just made.
const ASKS_WHEN = /^(?:(?:and|okay|ok|so)\W+)?(?:by )?(?:when|what day|which day)\b[^.]*\?$/;

/**
 * "I'll pull them." "When?" "Tomorrow. I'll email them.", "I'll send a packet home." "Thursday.": an undated
 * promise whose day the promiser gives in the next turn or two, a turn that starts with the day. Returns that
 * turn's index and the day.
 */
function dayGivenNext(
  analyses: readonly UtteranceAnalysis[],
  k: number,
  dueOf: (a: UtteranceAnalysis) => IsoDate | null,
): { at: number; due: IsoDate } | null {
  const promiser = analyses[k];
  if (promiser === undefined) return null;
  for (const next of analyses.slice(k + 1, k + 3)) {
    if (next.speaker !== promiser.speaker) {
      if (ASKS_WHEN.test(next.clean)) continue;
      return null;
    }
    const first = next.sentences[0];
    const dayFirst =
      (first !== undefined && first.parsed.predicates.length === 0) || DAY_START.test(next.clean);
    if (next.question || !next.hasDate || (next.words.length > DAY_ONLY_WORDS && !dayFirst)) return null;
    const due = dueOf(next);
    return due === null ? null : { at: next.index, due };
  }
  return null;
}

/**
 * Commitments, refusals, agreements and open questions in a meeting, in speaking order. Utterances are the
 * transcript's segments (and recorder bookmarks) in time order; whether a question was answered depends on what
 * was said next. A bookmark the parent marked "promised", "refused", "agreed" or "question" becomes an item of that
 * kind even when its words are weak ("Progress graphs").
 */
export function extractItems(utterances: readonly Utterance[], options: ExtractOptions): ExtractedItem[] {
  const meeting = toIsoDate(options.meetingDate);
  const method = options.method ?? DEFAULT_EXTRACTION_METHOD;
  const { analyses, positions, sides } = analyzeMeeting(utterances, meeting, options.speakers);
  // A last name the child shares with a parent ("Ms. Nguyen says she'll email it") is the adult's: the child is
  // never given a title, and what the child will do is no one's promise. So the child's name is matched last.
  const names = nameVariants(
    [
      ...utterances.flatMap((u) => (u.speaker === null ? [] : [u.speaker])),
      ...(options.speakers ?? []).map((s) => s.name),
    ].sort((x, y) => Number(sides.get(x) === 'student') - Number(sides.get(y) === 'student')),
  );
  // School days are counted without the case's closures and the days off said anywhere in the meeting.
  const texts = analyses.map((a) => a.text);
  const calendar: MeetingCalendar = {
    date: meeting,
    events: eventsSaid(texts, meeting),
    closures: [...(options.closures ?? []), ...closuresSaid(texts, meeting)],
  };
  const kinds = kindsOf(analyses, method, options.models);
  // (The family by who each speaker is: an interpreter giving the family's question for them is not one of them.)
  const family = new Set(
    analyses.flatMap((a) => (a.speaker !== null && sides.get(a.speaker) === 'parent' ? [a.speaker] : [])),
  );
  const onlyParent = family.size === 1 ? ([...family][0] ?? null) : null;
  const found = new Map<number, ExtractedItem>();
  const promised: ExtractedItem[] = [];
  // The turns that gave the day of a promise just made ("When?" "Tomorrow. I'll email them."): the same promise.
  const joined = new Set<number>();
  analyses.forEach((a, k) => {
    const kind = kinds[k];
    const u = utterances[positions[k] as number] as Utterance;
    if (kind === null || kind === undefined || (kind === 'commitment' && joined.has(a.index))) return;
    const fields = itemFields(kind, a, previousTurn(analyses, k), names, calendar);
    // "She says she will bring the form Monday", said by the interpreter: the parent's promise, in the parent's voice.
    if (kind === 'commitment' && a.side === 'other' && onlyParent !== null && INTERPRETED.test(a.clean))
      fields.who = onlyParent;
    if (kind === 'commitment' && fields.due === null) fields.due = sameAsBefore(a.clean, promised);
    if (kind === 'commitment' && fields.due === null) {
      const given = dayGivenNext(
        analyses,
        k,
        (next) => itemFields('commitment', next, null, names, calendar).due,
      );
      if (given !== null) {
        fields.due = given.due;
        joined.add(given.at);
      }
    }
    const item: ExtractedItem = { kind, ...fields, start: u.start, source: u.text };
    found.set(positions[k] as number, item);
    if (kind === 'commitment') promised.push(item);
  });
  const items: ExtractedItem[] = [];
  utterances.forEach((u, i) => {
    const item = found.get(i);
    if (item !== undefined) {
      items.push(item);
      return;
    }
    const kind = u.bookmark === undefined ? undefined : BOOKMARK_KINDS[u.bookmark.kind];
    if (kind === undefined || normalizeText(u.text) === '') {
      // A note bookmark reads like speech.
      if (u.bookmark?.kind === 'note' && normalizeText(u.text) !== '') {
        const { analyses: one } = analyzeMeeting([{ ...u, bookmark: undefined }], meeting, options.speakers);
        const k = kindsOf(one, method, options.models)[0];
        const a = one[0];
        if (k !== null && k !== undefined && a !== undefined)
          items.push({ kind: k, ...itemFields(k, a, null, names, calendar), start: u.start, source: u.text });
      }
      return;
    }
    const item2 = bookmarkItem(u, kind, calendar, names);
    // A bookmark with no note carries the words of the segment it was pressed for: do not list that item twice.
    const same = items.some(
      (it) =>
        it.kind === item2.kind &&
        normalizeText(it.source) === normalizeText(item2.source) &&
        (it.start === null || item2.start === null || Math.abs(item2.start - it.start) <= BOOKMARK_SAME_SEC),
    );
    if (!same) items.push(item2);
  });
  return items;
}
