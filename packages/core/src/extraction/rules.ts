import type { ExtractKind } from '../transcripts/transcript-types.js';
import type { UtteranceAnalysis } from './analysis.js';
import {
  AGENDA_ITEM,
  CHECK_VERBS,
  DEFERRAL,
  ERRAND_VERBS,
  INTERRUPTED,
  LEAVING,
  OUT_OF_TIME,
  PLAN_VERBS,
  PLAN_WORDS,
  PROPOSING,
  READ_BACK,
  TOPIC_CHANGE,
} from './lexicon.js';

// The rule method: a decision per utterance over compromise's parse (analysis.ts) and the turns around it, written
// from the labeling guide, one kind per utterance:
// - refusal: the school side says no (a negated "can", "able to", "will", or a service verb with the school, the
//   district, "we" or "it" as subject; or a policy, data or "not now" phrasing), not about a time or a place to meet;
// - agreement: a change to the plan ("we'll add", "we can put that in", a yes to a parent's request for a plan
//   change) or agreement said outright ("we agree", "the team agreed", "I'm fine with the new goals");
// - none of these: the meeting's agenda read out ("this is his annual review", "we're here to amend her plan");
// - commitment: a promise to do something after the meeting ("I will send", "let me check", "Ms. Lee will", "you'll
//   get it"), not in-meeting steps, past actions, habits or hypotheticals; or "I can do that" to an errand asked for;
// - open-question: a real question whose reply does not answer it (not knowing, putting it off, moving on) or that
//   gets no reply; a question answered, refused, agreed to or taken on ("I'll find out") is not open.
// Where several fit, refusal wins (the parent most needs it in writing), then agreement, then commitment.

export interface RuleDecision {
  kind: ExtractKind | null;
  /** Which rules fired, as words the combined method reads as features. */
  fired: string[];
}

const REPLY_WINDOW = 3;
const schoolSide = (a: UtteranceAnalysis) => a.side === 'staff' || a.side === 'unknown' || a.side === 'other';

/** The turn before this one by someone else, when it came right before (a request or question it answers). */
export function previousTurn(all: readonly UtteranceAnalysis[], i: number): UtteranceAnalysis | null {
  const a = all[i];
  const prev = all[i - 1];
  if (a === undefined || prev === undefined) return null;
  return prev.speaker === null || a.speaker === null || prev.speaker !== a.speaker ? prev : null;
}

/** The first turn by someone else after this one (within a few turns; a bare "hmm" is none), and whether the asker spoke again first. */
export function replyTo(
  all: readonly UtteranceAnalysis[],
  i: number,
): { reply: UtteranceAnalysis | null; askerWentOn: boolean } {
  const asker = all[i]?.speaker ?? null;
  let askerWentOn = false;
  for (let j = i + 1; j < all.length && j <= i + REPLY_WINDOW; j += 1) {
    const b = all[j] as UtteranceAnalysis;
    if (asker !== null && b.speaker === asker) {
      askerWentOn = true;
      continue;
    }
    // "Hmm." "Um.": a sound, not a reply; the turn after it is.
    if (b.words.length === 0) continue;
    return { reply: b, askerWentOn };
  }
  return { reply: null, askerWentOn };
}

export function isRefusal(a: UtteranceAnalysis, prev: UtteranceAnalysis | null): boolean {
  if (!schoolSide(a) || !(a.refusalShape || a.refusalPhrase) || a.notAService) return false;
  // "This is an amendment meeting, we're not doing the whole IEP": the agenda's scope, not a no to a request.
  if (a.framing && !a.refusalPhrase) return false;
  // "I'd rather not get into that", "I don't have his transcript": putting off a question, not refusing a request.
  if (a.nonAnswer && prev !== null && prev.question && prev.request === null) return false;
  // "I can't decide that sitting here, I have to take it to the director": not now and not me, but no no.
  if (
    a.deferral &&
    !a.refusalPhrase &&
    a.sentences.every((s) =>
      s.parsed.predicates.every(
        // ("I don't want to give you an answer off the cuff": the answer put off.)
        (p) =>
          !p.negative || PUT_OFF_VERBS.has(p.verb) || (p.verb === 'give' && /\ban answer\b/.test(p.object)),
      ),
    )
  )
    return false;
  return !(a.question && !a.refusalPhrase);
}
const PUT_OFF_VERBS = new Set(['decide', 'approve', 'promise', 'say', 'answer', 'commit', 'sign off']);

// "Okay, so the break pass goes in", "Okay. So the team finds Theo eligible": the school side summing up what
// was just settled, naming the plan, said as it now stands (not a promise, the past, an agenda or a maybe).
const WRAP_UP = /^(?:okay|ok|alright|all right|great|perfect|good)[,.]? (?:so|then)\b/;
const SETTLED = /\beligible\b|\bqualif(?:y|ies)\b|\bas (?:written|they are|it is)\b/;
function wrapUp(a: UtteranceAnalysis): boolean {
  const first = a.sentences.find((s) => s.clean.split(' ').length > 2);
  const text = a.sentences
    .filter((s) => !s.question)
    .map((s) => s.clean)
    .join(' ');
  // "Okay, so goals.", "Okay, so I drafted three goals", "Okay so, let's look at...": a topic opened, not settled.
  const opensTopic =
    first === undefined ||
    first.clean.split(' ').length < 6 ||
    a.words.length > 40 ||
    a.text.includes('?') ||
    // "Alright, so to recap: ..." repeats what was settled; "today is his annual" reads the agenda.
    /\b(?:recap|sum up|so far|today)\b/.test(a.clean) ||
    a.sentences.some((s) =>
      s.parsed.predicates.some(
        // ("as written" reads as a past verb with no subject; "the audiologist recommended" is the past.)
        (p) => (p.past && p.subject !== 'none') || p.subject === 'i' || p.subject === 'let-us',
      ),
    );
  return (
    schoolSide(a) &&
    !opensTopic &&
    WRAP_UP.test(a.clean) &&
    a.commitment === null &&
    !a.past &&
    !a.framing &&
    !a.hypothetical &&
    !a.conditional &&
    (PLAN_WORDS.test(text) || SETTLED.test(text))
  );
}

// "I agree.": said alone, assent to what someone said, with nothing named to settle.
const BARE_AGREE =
  /^(?:(?:yes|yeah|okay|oh)\W+)*i (?:totally |completely |fully )?agree(?: with (?:that|you|her|him|this))?\W*$/;

// "Fine. Do that.", "(via interpreter) Yes. Do that.", "Then give her those.", "Yes. All of it.": the family, in a
// few words, telling the school to go ahead with what it just put forward.
// ("With the numbers -- yes, put that goal in", "OK. The group, yes, put him in the group.": after a yes.)
const GO_AHEAD =
  /(?:^|\byes[.,!]?\s+)(?:(?:ok|okay|yes|yeah|yep|fine|good|alright|all right|then|great|perfect|sure|please)[.,!]?\s+)*(?:(?:let's |please )?(?:do (?:that|it|both|those|that one|all of it|all of that|all three|all of them)|put (?:it|that|those|them|him|her|(?:that|the|this) [a-z]+) (?:in|on)\b|write (?:it|that)(?: in| down| up)?|add (?:it|that|those|them)|give (?:her|him|them) (?:those|that|these|it|both|all of it|all of them))|all of (?:it|them|that|those))\b[^?]*$/;

function goAhead(a: UtteranceAnalysis, prev: UtteranceAnalysis | null): boolean {
  if (a.side !== 'parent' || prev === null || prev.side === 'parent' || prev.side === 'student') return false;
  const said = a.clean.replace(/^\(?via (?:the )?interpreter\)?:?\s*/, '');
  // "Yes, please do that" answers an offer ("if you want, I can ask the OT to come"): writers D, I, O, P, V and ZN
  // label none of the seven in the corpus.
  return a.words.length <= 14 && GO_AHEAD.test(said) && !/\bplease\b/.test(said);
}

// "It's going in the parent concerns section right now": the family's concern recorded, no decision.
const CONCERN_RECORDED =
  /\b(?:going|goes|go|put|putting|typing|writing|adding|add) (?:it |that |this )?(?:in|into|under|on|to) (?:the )?parent(?:'s|s')? (?:concerns?|input)\b/;

export function isAgreement(a: UtteranceAnalysis, prev: UtteranceAnalysis | null): boolean {
  if (CONCERN_RECORDED.test(a.clean)) return false;
  // "Let me read back what we have so far", "what we're proposing is...": the settled list repeated, or a
  // proposal still to be settled.
  if (READ_BACK.test(a.clean) || BARE_AGREE.test(a.clean)) return false;
  if (PROPOSING.test(a.clean) && !a.agreePhrase) return false;
  // "So, the break card as an accommodation. Does everyone agree?": the guide's "a question like 'Does everybody
  // agree?'" is no agreement, and writers G to O (8 of 8) label none; a change said outright before the check
  // ("We'll add a second check-in. Everybody okay?") still is one.
  // (Also "The team's determination is that it was a manifestation. Does anyone disagree?": writer R's label.)
  if ((a.roomCheck || a.roomAsked) && !a.planChange && a.text.trim().endsWith('?')) return false;
  if (a.agreePhrase) return true;
  // "So this is her annual, and we'll do the transition plan": the agenda read out changes nothing yet.
  if (a.framing) return false;
  if (a.planChange) return true;
  if (wrapUp(a)) return true;
  // "OK, goals. I have three.": the next item of the agenda opened, nothing settled.
  if (AGENDA_ITEM.test(a.clean)) return false;
  if (goAhead(a, prev)) return true;
  if (prev?.request !== 'plan' || a.no || a.question) return false;
  if (a.side === 'parent' || a.side === 'student') {
    // "Okay. Where do I sign?": signing what was asked for is no yes to a change.
    if (a.smallTalk) return false;
    // The family saying yes to a change the school proposed, in words that name it ("we'd love for him to try
    // the new app"); a bare "yes" or "okay" names nothing.
    const names =
      a.words.length >= 6 || a.sentences.some((s) => s.parsed.predicates.some((p) => PLAN_VERBS.has(p.verb)));
    // "Yeah, so, her teacher won't let her make up the quiz": a complaint that starts with "yeah" accepts nothing.
    const complaint = a.sentences.some((s) => s.parsed.predicates.some((p) => p.negative));
    if (complaint && !a.agreePhrase && !a.approval) return false;
    return (
      (a.yes ||
        a.approval ||
        a.agreePhrase ||
        /\b(?:yes|please (?:add|include|do|put|write))\b/.test(a.clean)) &&
      names
    );
  }
  // A yes to a change someone asked for ("Absolutely, we'll put in a pass", "we can do that", "I think that's
  // appropriate"), or the school offering it ("I can see him once a week").
  const taken = a.sentences.some((s) =>
    s.parsed.predicates.some((p) => !p.negative && !p.past && PLAN_VERBS.has(p.verb)),
  );
  // "We can look again at the next progress report" offers a later look, not a change.
  const offers = a.sentences.some((s) =>
    s.parsed.predicates.some(
      (p) =>
        (p.subject === 'i' || p.subject === 'we') &&
        p.modal === 'can' &&
        !p.negative &&
        !p.embedded &&
        p.verbs.length > 0 &&
        !(CHECK_VERBS.has(p.verb) && !/^(?:him|her|them)\b/.test(p.object)),
    ),
  );
  // A promise of an errand to the family ("I'll send you the notice") is a commitment; one to the child ("I'll
  // give him the shortened version") is how the change is carried out.
  // "I'll cap it at fifteen minutes" changes the plan; "I can do that Thursday" is an errand on a day.
  const c = a.commitment;
  const errand =
    c !== null &&
    ((c.strong &&
      !/^(?:him|her|them)\b/.test(c.predicate.object) &&
      !(PLAN_VERBS.has(c.predicate.verb) && !ERRAND_VERBS.has(c.predicate.verb))) ||
      c.dated);
  return (a.doThat || a.approval || (a.yes && taken) || offers) && !errand;
}

// "Let me talk to my wife about it first", "Maybe. I'll let you know": the family putting off its own decision, with
// no day to hold it to, promises nothing to follow up.
const FAMILY_DEFERS =
  /\b(?:talk|check) (?:to|with) my (?:wife|husband|partner|mom|dad|mother|father)\b|\bthink about it\b|\bsleep on it\b|^maybe\b.*\blet you know\b/;

export function isCommitment(a: UtteranceAnalysis, prev: UtteranceAnalysis | null): boolean {
  // "I'll practice with my mom on the weekends", said by the student: the guide's "things the child will do".
  if (a.side === 'student') return false;
  if (family(a) && !a.hasDate && FAMILY_DEFERS.test(a.clean)) return false;
  // "Make sure you eat lunch, okay?" "I will.": a bare "I will" from the family names nothing to follow up.
  if (family(a) && /^(?:laughs |yes |okay |oh )?i will$/.test(a.words.join(' ').toLowerCase())) return false;
  // "We're here to add a behavior plan; Mr. Cole is going to go over what he found": the agenda, unless a dated
  // errand is in it ("and I'll send you the notes by Friday").
  if (a.framing && a.commitment?.dated !== true) return false;
  if (a.commitment !== null || (a.onMe && !a.question)) return true;
  // "That's done, I just have to laminate it. It'll be in his backpack tomorrow.": the thing arriving, on a day.
  if (!family(a) && a.hasDate && ARRIVES.test(a.clean)) return true;
  // "Can you send me the schedule?" "Yep. Tomorrow.": a yes with the day it will be done.
  const yesOnDay = a.yes && a.hasDate && a.words.length <= SHORT_YES_WORDS && !a.question;
  // (Staff ask each other too: "Kim, can you send me the schedule?" "Yep. Tomorrow.")
  if (yesOnDay && prev?.request === 'action' && prev.speaker !== a.speaker) return true;
  return a.doThat && prev?.request === 'action' && prev.side !== a.side;
}

/** How long a yes with its day can be ("Yep. Tomorrow.", "Sure, by Friday at the latest."). */
const SHORT_YES_WORDS = 6;

const family = (a: UtteranceAnalysis) => a.side === 'parent' || a.side === 'student';
const ARRIVES =
  /\b(?:it|they|that|those|these|the copy|the copies|the form|the forms|the log|the packet|the schedule) will be in (?:his|her|their|your) (?:backpack|folder|take-home folder|bag|binder|mailbox|inbox|email|cubby)\b/;

// Words too common in a meeting to tie a later turn to a question.
const COMMON = new Set(
  'about after again also always anything back because been before being could does doing done everyone from going have here into just know like make more much need next only other plan really school should some something still than that their them then there these they thing think this those time today grade year first last over want district what when where which will with would your yeah okay'.split(
    ' ',
  ),
);
const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');
/** The words of a question that name its topic ("captions", "videos", "trained"). */
function topicWords(a: UtteranceAnalysis): Set<string> {
  // Stems of four letters or more: "gets" is "get", which ties it to every "I'll get that to you".
  return new Set(
    a.words
      .filter((w) => !COMMON.has(w.toLowerCase()))
      .map(stem)
      .filter((w) => w.length >= 4),
  );
}

// "Let me pull up the signature page", "let me get through the last page", "I want to thank you both": the meeting
// heading for its end; "sorry, you cut out there": the question was not heard.
const WINDS_UP =
  /\b(?:signatures?|signature page|sign-in sheet|get (?:the|this|your|these|those) (?:[\w-]+ ){0,2}(?:form|forms|page|pages|paperwork|sheet) signed|(?:does|do) (?:anyone|anybody|everyone|everybody|you all|y'all) have anything else|the last (?:page|goal|section|piece)|thank you (?:both|all|everyone|everybody|so much for coming)|i want to thank|nice to meet you|you cut out|you broke up|we lost you|does (?:everyone|everybody) agree|(?:is|are) (?:everyone|everybody|we all) (?:okay|ok|good|fine|agreed) with)\b/;

// "Okay, before we go", "before we wrap up": the school heading for the door.
const LEAVING_SOON = /\bbefore (?:we|you|everyone|everybody) (?:go|leave|wrap up|head out)\b/;

// "Both.", "Yes, she does": a reply that answers before it moves on.
const DIRECT_ANSWER = /^(?:both|either one|neither|yes|yep|no|nope|correct|exactly|absolutely|of course)\b/;

// "Soph, do you want to ask?": a question that hands the floor to the next speaker, whose question follows.
const HANDS_OVER = /\byou (?:want|wanted|would like) to ask\b|\byou had (?:a|the|something)\b/;

// Each speaker's last name (three letters or more), once per meeting: every question's reply is checked against them.
const lastNamesOf = new WeakMap<readonly UtteranceAnalysis[], ReadonlyMap<string, string>>();
function lastNames(all: readonly UtteranceAnalysis[]): ReadonlyMap<string, string> {
  let names = lastNamesOf.get(all);
  if (names === undefined) {
    const found = new Map<string, string>();
    for (const u of all) {
      const last = u.speaker?.split(/\s+/).pop() ?? '';
      if (u.speaker !== null && last.length >= 3) found.set(u.speaker, last.toLowerCase());
    }
    names = found;
    lastNamesOf.set(all, names);
  }
  return names;
}

/** The reply names someone in the meeting other than the asker and the replier ("Mrs. Thornhill, are you..."). */
function addressesAnother(
  all: readonly UtteranceAnalysis[],
  reply: UtteranceAnalysis,
  asker: UtteranceAnalysis,
): boolean {
  const others = new Set<string>();
  for (const [speaker, last] of lastNames(all))
    if (speaker !== asker.speaker && speaker !== reply.speaker) others.add(last);
  return reply.words.some((w) => others.has(w.toLowerCase()));
}

/** True when a question's reply does not answer it, or nobody replies. */
export function leftOpen(all: readonly UtteranceAnalysis[], i: number): boolean {
  // "My two-thirty is here. Mrs. Carver, can you wrap up?": the leaver hands the meeting over; nothing is asked.
  if (LEAVING.test((all[i] as UtteranceAnalysis).clean)) return false;
  const { reply } = replyTo(all, i);
  if (reply === null) return true;
  const before = all[reply.index - 1] ?? null;
  const decisive = (r: UtteranceAnalysis, b: UtteranceAnalysis | null) =>
    isCommitment(r, b) || isRefusal(r, b) || isAgreement(r, b);
  const asked = topicWords(all[i] as UtteranceAnalysis);
  const about = (later: UtteranceAnalysis) => later.words.some((w) => asked.has(stem(w)));
  // "What happens with summer?" then the other parent: "And does the bus driver know?": the family's next question
  // takes the floor; the school's reply goes to that one, so the first is answered only by a later turn about it.
  const asker = all[i] as UtteranceAnalysis;
  // Whether the school side takes the question up in the few turns after a reply that did not.
  const takenUpAfter = (r: UtteranceAnalysis) =>
    all.slice(r.index + 1, r.index + 4).some((later) => !family(later) && about(later));
  if (family(asker) && family(reply) && reply.question && !reply.smallTalk && !HANDS_OVER.test(asker.clean))
    return !takenUpAfter(reply);
  // "When he applies to the magnet, do they see the suspensions?" then the advocate: "That's something we should
  // look into", or the other parent: "Dad, we talked about this": the family's own side spoke; the question waits
  // for the school, and the school's next turn moves on without it.
  if (family(asker) && family(reply) && !reply.question && !decisive(reply, before)) {
    const after = all.slice(reply.index + 1, reply.index + 3);
    const asksAgain = after.findIndex((later) => family(later) && later.question);
    const school = (asksAgain < 0 ? after : after.slice(0, asksAgain)).find((later) => !family(later));
    if (
      school !== undefined &&
      !about(school) &&
      (school.nonAnswer || WINDS_UP.test(school.clean) || LEAVING_SOON.test(school.clean))
    )
      return !takenUpAfter(school);
  }
  // "Let me just pull up the signature page", "Does everyone agree with the changes?", "let me read back the
  // decisions": the reply carries on with the meeting's own business; the question waits for a turn about it.
  // ("Both. I'll send the plan home. Let me get everybody on the signature page": answered first.)
  if (
    (WINDS_UP.test(reply.clean) || reply.roomCheck || READ_BACK.test(reply.clean)) &&
    !about(reply) &&
    !DIRECT_ANSWER.test(reply.clean)
  )
    return !takenUpAfter(reply);
  // "So, next steps. I'll write up the plan by Friday", "Also, while we're on staff, the counselor said she'd start
  // check-ins": the promise closes the meeting or turns to something else; it answers the question only when it
  // is about it.
  // "Also, ...", "Oh, by the way", "OK, goals.": the reply turns to the next thing.
  // ("Oh, shoot, it's 9:35, I have to grab my kids from music": the one who would answer leaves.)
  const nextThing =
    TOPIC_CHANGE.test(reply.clean) ||
    AGENDA_ITEM.test(reply.clean) ||
    INTERRUPTED.test(reply.clean) ||
    (!family(reply) && LEAVING.test(reply.clean) && !DIRECT_ANSWER.test(reply.clean));
  const movesOn = (OUT_OF_TIME.test(reply.clean) || nextThing) && !about(reply);
  if (decisive(reply, before)) return movesOn && !takenUpAfter(reply);
  // "Who pays if it breaks?" then "Mrs. Thornhill, are you on speaker?": the reply asks someone else something else.
  if ((reply.question || reply.smallTalk) && !about(reply) && addressesAnother(all, reply, asker))
    return !takenUpAfter(reply);
  // "She doesn't use sign as her primary, um..." then "an interpreter isn't something we'd put in place": the
  // next speaker finished the answer.
  const next = all[reply.index + 1];
  if (reply.trailsOff && next !== undefined && next.speaker !== all[i]?.speaker && decisive(next, reply))
    return false;
  // "Is the library camp free?" then "OK, goals. I have three.", "Oh, also, before I forget...": the school turns to
  // the next thing without a word about the question.
  if (nextThing && !family(reply) && !about(reply) && !DIRECT_ANSWER.test(reply.clean))
    return !takenUpAfter(reply);
  if (!reply.nonAnswer) return false;
  // "Are the captions on?" "I think so? I don't know." then "Okay, we'll add captions to the videos": answered a
  // few turns later (the guide), by a promise, a no or a decision from someone else about the same thing.
  for (let j = reply.index + 1; j <= reply.index + 2 && j < all.length; j += 1) {
    const later = all[j] as UtteranceAnalysis;
    if (later.speaker !== all[i]?.speaker && decisive(later, all[j - 1] ?? null) && about(later))
      return false;
  }
  return true;
}

export function ruleDecisions(all: readonly UtteranceAnalysis[]): RuleDecision[] {
  const decisions: RuleDecision[] = [];
  all.forEach((a, i) => {
    const prev = previousTurn(all, i);
    const fired: string[] = [];
    const refusal = isRefusal(a, prev);
    const agreement = isAgreement(a, prev);
    const commitment = isCommitment(a, prev);
    const open = a.question && !a.smallTalk && leftOpen(all, i);
    if (refusal) fired.push('refusal');
    if (agreement) fired.push('agreement');
    if (commitment) fired.push(a.commitment === null ? 'commitment-reply' : 'commitment');
    if (open) fired.push('open-question');
    // "Yep, I'll include it. I'll have the packet to you by Friday", "I'd support that. I'll write him a sensory diet
    // and get it to his teachers by Monday": a promise of the speaker's own, with its day, is what writers label.
    const ownDated =
      a.commitment !== null &&
      a.commitment.strong &&
      a.commitment.dated &&
      a.commitment.predicate.subject === 'i';
    // "I'll add them Tuesdays, I'll have the schedule to you by Monday": the dated errand to the family is what
    // the parent follows up; a change said outright ("we agree", "let's add") stays an agreement.
    const errandFirst = agreement && commitment && (a.errandToFamily || ownDated) && !a.agreePhrase;
    // "I can't approve that sitting here, but I'll make sure you have an answer in ten school days": the no is only
    // "not now, not me"; the promise after it is what the parent follows up. So is the speaker's own dated promise
    // next to a no ("Not before break, but you'll have the draft from me by the 12th").
    const deferred =
      (refusal && commitment && ownDated) ||
      (refusal &&
        commitment &&
        a.deferral &&
        a.commitment !== null &&
        a.commitment.strong &&
        a.sentences.indexOf(a.commitment.sentence) >= a.sentences.findIndex((s) => DEFERRAL.test(s.clean)));
    if (deferred) fired.push('deferred');
    // "Okay, I can live with that" after the school's no: the family lets the no stand; the plan does not change.
    const acceptsNo =
      agreement &&
      family(a) &&
      prev !== null &&
      !family(prev) &&
      decisions[i - 1]?.kind === 'refusal' &&
      !PLAN_WORDS.test(a.clean);
    if (acceptsNo) fired.push('accepts-refusal');
    const kind: ExtractKind | null =
      refusal && !deferred
        ? 'refusal'
        : agreement && !errandFirst && !acceptsNo
          ? 'agreement'
          : commitment
            ? 'commitment'
            : open
              ? 'open-question'
              : null;
    decisions.push({ kind, fired });
  });
  return decisions;
}
