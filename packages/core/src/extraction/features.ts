import type { UtteranceAnalysis } from './analysis.js';
import { ACTION_VERBS, CHECK_VERBS, PLAN_VERBS, SERVICE_VERBS, STATIVE_VERBS } from './lexicon.js';
import type { Predicate } from './parse.js';
import { isAgreement, isCommitment, isRefusal, previousTurn, replyTo, type RuleDecision } from './rules.js';

// The classifier's view of one utterance, as a set of named binary features: its words (unigrams, bigrams, the
// opening words; character 4-grams were tried and did not help in cross-validation, plain or noisy), compromise's parse (subject, modal, negation,
// tense, verb class), the speaker's side, and the turns around it (was it asked for? did the reply answer?). The
// combined method adds the rules' decisions.

const MAX_WORDS = 60;
/** How many turns after a question may settle it. */
const LATER_WINDOW = 4;

function verbClass(verb: string): string {
  if (CHECK_VERBS.has(verb)) return 'check';
  if (STATIVE_VERBS.has(verb)) return 'stative';
  if (PLAN_VERBS.has(verb) && SERVICE_VERBS.has(verb)) return 'plan-service';
  if (PLAN_VERBS.has(verb)) return 'plan';
  if (SERVICE_VERBS.has(verb)) return 'service';
  if (ACTION_VERBS.has(verb)) return 'action';
  return 'other';
}

function modalOf(p: Predicate): string {
  if (p.goingTo) return 'will';
  if (p.subject === 'let-me' || p.subject === 'let-us') return 'let';
  return p.modal ?? (p.haveTo ? 'have-to' : p.past ? 'past' : 'none');
}

function predicateFeatures(p: Predicate, out: Set<string>): void {
  const subject = p.subject;
  const modal = modalOf(p);
  const neg = p.negative ? 'neg' : 'pos';
  const vc = verbClass(p.verb);
  out.add(`p:subj=${subject}`);
  out.add(`p:modal=${modal}`);
  out.add(`p:vc=${vc}`);
  out.add(`p:verb=${p.verb}`);
  out.add(`p:sm=${subject}_${modal}`);
  out.add(`p:smn=${subject}_${modal}_${neg}`);
  out.add(`p:smv=${subject}_${modal}_${vc}`);
  out.add(`p:mnv=${modal}_${neg}_${vc}`);
  if (p.negative) out.add(`p:neg_${subject}`);
  if (p.able) out.add(`p:able_${neg}`);
  if (p.tryTo) out.add('p:try');
  if (p.haveTo) out.add(`p:have-to_${vc}`);
  if (p.habitual) out.add('p:habit');
  if (p.hedged) out.add('p:hedge');
  if (p.past) out.add(`p:past_${subject}`);
  if (p.progressive) out.add(`p:prog_${subject}_${vc}`);
  if (p.negRaised) out.add(`p:neg-raised_${vc}`);
  if (p.passive) out.add(`p:passive_${modal}`);
  if (p.subjectPerson && (subject === 'named' || subject === 'role'))
    out.add(`p:third-person_${modal}_${neg}`);
  if (p.embedded) out.add('p:embedded');
}

function signals(a: UtteranceAnalysis, prefix: string, out: Set<string>): void {
  const flags: [boolean, string][] = [
    [a.question, 'question'],
    [a.smallTalk, 'small-talk'],
    [a.commitment !== null, 'commit'],
    [a.commitment?.strong === true, 'commit-strong'],
    [a.commitment?.check === true, 'commit-check'],
    [a.planChange, 'plan-change'],
    [a.agreePhrase, 'agree-phrase'],
    [a.roomCheck, 'room-check'],
    [a.refusalShape, 'refusal-shape'],
    [a.refusalPhrase, 'refusal-phrase'],
    [a.notAService, 'not-a-service'],
    [a.nonAnswer, 'non-answer'],
    [a.inMeeting, 'in-meeting'],
    [a.framing, 'framing'],
    [a.past, 'past'],
    [a.habitual, 'habit'],
    [a.hypothetical, 'hypothetical'],
    [a.conditional, 'conditional'],
    [a.stative, 'stative'],
    [a.yes, 'yes'],
    [a.no, 'no'],
    [a.doThat, 'do-that'],
    [a.approval, 'approval'],
    [a.hasDate, 'date'],
    [a.onMe, 'on-me'],
    [a.deferral, 'deferral'],
    [a.trailsOff, 'trails-off'],
    [a.errandToFamily, 'errand-to-family'],
  ];
  for (const [on, name] of flags) if (on) out.add(`${prefix}${name}`);
  if (a.request !== null) out.add(`${prefix}request=${a.request}`);
  out.add(`${prefix}side=${a.side}`);
}

function wordFeatures(a: UtteranceAnalysis, out: Set<string>): void {
  const words = a.words.slice(0, MAX_WORDS);
  words.forEach((w, i) => {
    out.add(`w:${w}`);
    const next = words[i + 1];
    if (next !== undefined) out.add(`b:${w}_${next}`);
  });
  out.add(`start:${words[0] ?? ''}`);
  out.add(`start2:${words.slice(0, 2).join('_')}`);
  const length = words.length;
  out.add(`len:${length < 4 ? 'short' : length < 12 ? 'mid' : 'long'}`);
}

// Words that carry no topic, so that "does the IEP cover dual credit?" and "the IEP covers her high school classes"
// share "cover" and "IEP" and not "the" or "does".
const NO_TOPIC = new Set(
  `about also been being could does doing done from going gonna have here just know like maybe mean more much really
  said should some that that's them then there these they thing things think this those want what when where which
  will with would your yeah okay right well sure still even only back again over into very`.split(/\s+/),
);

/** The topic words of a turn: four letters or more, not a function word, a plural's -s dropped. */
function topicWords(a: UtteranceAnalysis): Set<string> {
  const out = new Set<string>();
  for (const raw of a.words) {
    const w = raw.toLowerCase();
    if (w.length < 4 || NO_TOPIC.has(w) || w.includes("'")) continue;
    out.add(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/**
 * How many of a question's topic words the next two turns by someone else take up (0, 1, 2 or more): an answer
 * usually repeats what was asked about, a turn that moves on does not. Over the training corpus (train, seen-a to
 * seen-r39e), 76% of the questions labeled open share none with the next two replies and 4% two or more; of the
 * questions labeled nothing, 46% and 22%.
 */
function takenUp(all: readonly UtteranceAnalysis[], i: number): number {
  const a = all[i] as UtteranceAnalysis;
  const asked = topicWords(a);
  let best = 0;
  let replies = 0;
  for (let j = i + 1; j < all.length && j <= i + LATER_WINDOW && replies < 2; j += 1) {
    const b = all[j] as UtteranceAnalysis;
    if (b.speaker !== null && b.speaker === a.speaker) continue;
    replies += 1;
    let shared = 0;
    for (const w of topicWords(b)) if (asked.has(w)) shared += 1;
    best = Math.max(best, shared);
  }
  return Math.min(best, 2);
}

/** The features of utterance `i` of a meeting (its analyses in order); with `rules`, the rules' decisions too. */
export function utteranceFeatures(
  all: readonly UtteranceAnalysis[],
  i: number,
  rules: readonly RuleDecision[] | null,
): string[] {
  const a = all[i] as UtteranceAnalysis;
  const out = new Set<string>(['bias']);
  wordFeatures(a, out);
  for (const s of a.sentences) for (const p of s.parsed.predicates) predicateFeatures(p, out);
  signals(a, 'u:', out);
  out.add(`x:side_refusal=${a.side}_${a.refusalShape || a.refusalPhrase}`);
  out.add(`x:side_question=${a.side}_${a.question}`);
  const prev = previousTurn(all, i);
  if (prev === null) out.add('prev:none');
  else {
    signals(prev, 'prev:', out);
    out.add(`x:yes_after_request=${a.yes || a.doThat}_${prev.request ?? 'none'}`);
    out.add(`x:commit_after_request=${a.commitment !== null}_${prev.request ?? 'none'}`);
  }
  const { reply, askerWentOn } = replyTo(all, i);
  if (askerWentOn) out.add('next:asker-went-on');
  if (reply === null) out.add(`next:none_q=${a.question}`);
  else {
    const before = all[reply.index - 1] ?? null;
    const replyKind = isRefusal(reply, before)
      ? 'refusal'
      : isCommitment(reply, before)
        ? 'commitment'
        : isAgreement(reply, before)
          ? 'agreement'
          : reply.nonAnswer
            ? 'non-answer'
            : reply.question
              ? 'question'
              : 'answer';
    out.add(`next:${replyKind}`);
    out.add(`x:q_next=${a.question}_${replyKind}`);
    out.add(`x:request_next=${a.request ?? 'none'}_${replyKind}`);
    out.add(`next:side=${reply.side}`);
  }
  // A question settled a little later ("I'm not sure who does." "Can you?" "We can't require that."): some turn by
  // another speaker within the next few is a promise, a no or a change.
  if (a.question) {
    let settled = false;
    for (let j = i + 1; j < all.length && j <= i + LATER_WINDOW && !settled; j += 1) {
      const b = all[j] as UtteranceAnalysis;
      if (b.speaker !== null && b.speaker === a.speaker) continue;
      const before = all[j - 1] ?? null;
      settled = isRefusal(b, before) || isCommitment(b, before) || isAgreement(b, before);
    }
    out.add(`later:settled=${settled}`);
    out.add(`later:taken-up=${takenUp(all, i)}`);
  }
  if (rules !== null) {
    const r = rules[i];
    out.add(`rule:${r?.kind ?? 'none'}`);
    for (const f of r?.fired ?? []) out.add(`fired:${f}`);
  }
  return [...out];
}
