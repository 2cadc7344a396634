import type { IsoDate } from '../calendar/index.js';
import type { Utterance } from '../transcripts/transcript-types.js';
import { cleanSpeech } from './clean.js';
import { findDatePhrases } from './dates.js';
import {
  ACTION_VERBS,
  AGREE_CHECK,
  AGREE_PHRASES,
  AGREE_TAG,
  DEFERRAL,
  ON_ME,
  APPROVAL,
  DOCUMENT_WORDS,
  NOT_AGENTIVE,
  CHECK_VERBS,
  ERRAND_VERBS,
  IN_MEETING,
  LEAVING_THE_CALL,
  NAME_THEN_ROLE,
  PASSED_ON_TO_YOU,
  INDIRECT_QUESTION,
  MEETING_FRAMING,
  INTO_THE_PLAN,
  NON_ANSWER,
  NO_START,
  NOT_A_SERVICE,
  NOW,
  PLAN_VERBS,
  PLAN_WORDS,
  QUESTION_START,
  REFUSAL_PHRASES,
  SAID_AS_AGREED,
  SERVICE_AMOUNT,
  SERVICE_VERBS,
  SMALL_TALK_QUESTION,
  STATIVE_PHRASE,
  NO_PROMISE_SAYING,
  CONCEDING,
  STATIVE_VERBS,
  TAG_QUESTION,
  YES_START,
} from './lexicon.js';
import { parseSentence, type ParsedSentence, type Predicate } from './parse.js';
import type { Side } from './roles.js';
import { splitSentences } from './text.js';

// One utterance read once: its sentences parsed, and the signals the rules and the classifier both use (a promise
// by the speaker, a plan change, a school's "no", a question, a reply that does not answer). Context (the turns
// before and after) is read in rules.ts and features.ts from these.

export interface SentenceView {
  /** As said. */
  original: string;
  /** Fillers out, contractions spelled out, lower case. */
  clean: string;
  parsed: ParsedSentence;
  question: boolean;
}

export interface CommitmentHit {
  predicate: Predicate;
  sentence: SentenceView;
  /** "I will send" (strong) or "I can send", "she will send", "let me check" (weaker). */
  strong: boolean;
  /** Finding out ("I'll check", "let me ask") rather than sending or doing. */
  check: boolean;
  /** Its sentence names a deadline ("by Friday", "in five school days"). */
  dated: boolean;
}

export interface UtteranceAnalysis {
  index: number;
  speaker: string | null;
  side: Side;
  text: string;
  clean: string;
  sentences: SentenceView[];
  /** A real question (not a tag, not manners) of at least four words. */
  question: boolean;
  smallTalk: boolean;
  /** A request or question asking for something, and what kind: an errand ("send me") or a plan change. */
  request: 'action' | 'plan' | null;
  commitment: CommitmentHit | null;
  /** A promise by the speaker to get something to the family by a date ("I'll have the schedule to you by Monday"). */
  errandToFamily: boolean;
  planChange: boolean;
  agreePhrase: boolean;
  /**
   * The school side puts what it names to the room ("So services: speech sixty minutes weekly. Everyone agree?",
   * "are we all in agreement to add Co:Writer?"), or says it as decided ("ninety minutes a month, agreed").
   */
  roomCheck: boolean;
  /** A sentence asks the room to agree ("Does everyone agree?", "Does anyone disagree?") and no "we will" says the
   * change outright. */
  roomAsked: boolean;
  refusalShape: boolean;
  refusalPhrase: boolean;
  notAService: boolean;
  nonAnswer: boolean;
  /** Ends mid-sentence ("...", "-"): the next speaker may finish the answer. */
  trailsOff: boolean;
  inMeeting: boolean;
  /** "This is his annual review", "we're here to amend her plan": the agenda, not a decision. */
  framing: boolean;
  past: boolean;
  habitual: boolean;
  hypothetical: boolean;
  conditional: boolean;
  stative: boolean;
  yes: boolean;
  no: boolean;
  /** "I can do that", "I'll do that", "we can do that". */
  doThat: boolean;
  /** "That's reasonable", "I think that's appropriate". */
  approval: boolean;
  /** "That's on me", "leave it with me": taking it on without a verb of doing. */
  onMe: boolean;
  /** "I can't promise", "not yet", "I can't approve that sitting here": the decision is not now or not mine. */
  deferral: boolean;
  hasDate: boolean;
  words: string[];
}

const CHILD = /^(?:he|she|they)$/;
const SCHOOL_SUBJECT =
  /\b(?:we|i|it|that|this|district|school|ssd|team|policy|data|state|program|college|building|plan|iep|504|rules?|curriculum|insurance|budget|board|office|there)\b/;

function isQuestion(original: string, clean: string, unpunctuated: boolean): boolean {
  const s = original.trim();
  if (s.endsWith('?')) return !TAG_QUESTION.test(s.toLowerCase());
  // "She's asking can it be in Spanish.": a relayed or softened question is asked all the same.
  if (INDIRECT_QUESTION.test(clean.toLowerCase())) return true;
  return unpunctuated && QUESTION_START.test(clean.toLowerCase());
}

/**
 * A passage read out in quotes ("I'll read the goal: 'Given a checklist, Julian will...'"): its words are the
 * document's, not the speaker's, so they promise, refuse and ask nothing. Five words or more, starting with a
 * capital letter (a quoted accommodation such as 'captions on all videos' is kept: it is what is agreed).
 */
const QUOTED_PASSAGE =
  /(^|[\s:(])['"\u2018\u201c]([A-Z][^"\u201d]{0,400}?)['"\u2019\u201d](?=[\s.,;:!?)]|$)/g;

function withoutQuotedPassages(text: string): string {
  return text.replace(QUOTED_PASSAGE, (whole, lead: string, inner: string) =>
    inner.trim().split(/\s+/).length >= 5 ? `${lead}that.` : whole,
  );
}

// "Is that allowed?": three words, but a real yes-or-no question about the plan ("Who decides that?" is too short
// to follow up).
const YES_NO_QUESTION =
  /^(?:is|are|does|do|can|will|should|did|has|have) (?:that|this|it|he|she|they|we|i)\b/;

const WANTING = new Set(['want', 'like', 'love', 'hope', 'wish']);
// "Let me share the goals page", "let me pull up the draft": done right there.
const LET_ME_IN_MEETING = new Set([
  'share',
  'show',
  'pull',
  'pull up',
  'open',
  'scroll',
  'read',
  'go',
  'start',
  'jump',
  'turn',
  'grab',
  'bring up',
  'put up',
  'switch',
  'move',
  'write down',
  'note',
  'stop',
  'look',
  'say',
  'ask',
  // "Let me print the signature pages": done at the table.
  'print',
]);

/**
 * Where the asked part of a question sentence starts: "I'll set up a time - how about two weeks from Monday?" says
 * the promise and then asks. 0 when the whole sentence is the question.
 */
function questionStart(s: SentenceView): number {
  if (!s.question) return Infinity;
  const m =
    /(?:\s[-\u2013\u2014]\s|;\s)(?=(?:so\s+|and\s+)?(?:how|what|when|where|which|who|would|could|does|do|is|are|can|will)\b)/g;
  let at = 0;
  for (let r = m.exec(s.clean); r !== null; r = m.exec(s.clean)) at = r.index + r[0].length;
  return at;
}

/** "do 3:30", "do Friday morning": a time picked for a meeting, neither a task nor a refusal of services. */
function pickingATime(p: Predicate): boolean {
  return (
    p.verb === 'do' &&
    /^(?:(?:at )?(?:\d{1,2}(?::\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?o'clock)?(?: ?[ap]\.?m\.?)?|noon|(?:the )?(?:morning|afternoon)|(?:next )?(?:monday|tuesday|wednesday|thursday|friday)(?: (?:morning|afternoon))?)(?: (?:instead|then|works))?[.!,]?$/.test(
      p.object.trim(),
    )
  );
}

// "She said she'd come in for the second half": joining this meeting is no errand.
// ("My husband's going to try to call in": joining by phone.)
const ATTENDING = new Set([
  'come',
  'come in',
  'come by',
  'join',
  'stop by',
  'be',
  'drop in',
  'call in',
  'dial in',
]);
const PASSED_ON_BEFORE = new RegExp(String.raw`\b${PASSED_ON_TO_YOU}\s*$`);
const REPORTING = new Set(['say', 'tell', 'mention', 'promise', 'text', 'email']);

/** "She said she'd send it": "would" after a past reporting verb whose subject is a person, the promiser a person. */
export function relayedPromise(p: Predicate, s: SentenceView): boolean {
  // "She said she'd send it"; "Coach told me he'll get his assistants to the training" keeps the "will".
  if (
    (p.modal !== 'would' && p.modal !== 'will') ||
    !['pronoun', 'named', 'role'].includes(p.subject) ||
    !p.subjectPerson
  )
    return false;
  if (!/^(?:he|she|they)$/.test(p.subjectWords) && p.subject === 'pronoun') return false;
  // "She asked me to tell everybody she'd have her note to me by the 22nd": passed on through the speaker.
  if (p.subject === 'pronoun' && PASSED_ON_BEFORE.test(s.clean.slice(0, p.charAt))) return true;
  const before = s.parsed.predicates.filter((q) => q.charAt < p.charAt).at(-1);
  // "The endo nurse, Carla, said she'd fax it": the parser leaves a subject with a name set off by commas out.
  const saidBefore = before === undefined ? '' : s.clean.slice(0, before.charAt);
  const setOff =
    before !== undefined &&
    before.subject === 'none' &&
    (/\b[a-z]+, (?:(?:mr|mrs|ms|dr|miss|coach|nurse)\.? )?[a-z][a-z'-]*,\s*$/.test(saidBefore) ||
      // "And Janelle, the volunteer coordinator at the shelter, said she'd send it".
      NAME_THEN_ROLE_SAID.test(saidBefore));
  // "Mr. Adeyemi in the college and career center said he'd...": the parser takes the place for the subject.
  const titledPlace =
    before !== undefined &&
    before.subject === 'role' &&
    /^(?:\W*(?:and|so|also|oh|yes|well|actually)\W+)*(?:mr|mrs|ms|miss|dr|coach|nurse)\.? [a-z][a-z'-]* (?:in|from|at|with|over at|down in|up in) /.test(
      saidBefore,
    );
  return (
    before !== undefined &&
    before.past &&
    !before.negative &&
    REPORTING.has(before.verb) &&
    (before.subjectPerson || setOff || titledPlace) &&
    before.subject !== 'i' &&
    before.subject !== 'we' &&
    // "Because last time somebody said they'd 'look into it'": an old promise held up as a complaint, from no one.
    !/^(?:somebody|someone|anybody|anyone|nobody|no one|everybody|everyone)$/.test(before.subjectWords) &&
    !/\blast time\b/.test(saidBefore === '' ? s.clean.slice(0, before.charAt) : saidBefore)
  );
}

const NAME_THEN_ROLE_SAID = new RegExp(`${NAME_THEN_ROLE}$`);

const NOT_PROMISED = new Set(['promise', 'guarantee', 'swear']);

/** A verb as a whole-word pattern (verbs are letters and spaces; anything else is dropped). */
const verbWord = (p: Predicate) => p.verb.replace(/[^a-z ]/g, '');

/** "I can't promise I'll see every alert": what follows a promise said not to be made is not promised. */
function underDeniedPromise(p: Predicate, s: SentenceView): boolean {
  const before = s.parsed.predicates.filter((q) => q.charAt < p.charAt).at(-1);
  // "I can't promise the bus by Monday, but I'll call": the promise denied is another thing.
  return (
    before !== undefined &&
    before.negative &&
    NOT_PROMISED.has(before.verb) &&
    new RegExp(`\\b${verbWord(p)}\\b`).test(before.object)
  );
}

// "I'll go myself", "we'll be there": the speaker attending, no errand ("I can go with her the first time" is one).
const ATTENDING_ONLY =
  /^(?:(?:along )?(?:myself|ourselves)|there|in|along|too|to (?:the|that|this|his|her|their) (?:meeting|trip|field trip|conference|game|event))?\W*(?:honestly|then|too)?\W*$/;

// Papers that record the meeting, not the plan itself.
const NOT_THE_PLAN =
  /\b(?:pwn|notice|notice of action|prior written notice|letter|email|e-mail|notes|minutes|summary|record|write-up)\b/;

/** An agreement told as history: "last November", "back in September", "at that time", "last April". */
const RECOUNTED =
  /\b(?:last (?:year|spring|fall|winter|summer|time|meeting|january|february|march|april|may|june|july|august|september|october|november|december)|back in|at that time|previously|originally|a year ago|at the (?:last|previous|review of existing data) meeting|at the review of existing data)\b/;

/** Asking whether the family wants what was just offered. */
const OFFER_ASKED =
  /\b(?:would that help|would that be helpful|do you want (?:me to|that)|want me to|would you like (?:me to|that)|is that something you(?:'d| would) want)\b[^.!]*\?/;

// Any day: whether a phrase names a date at all does not depend on which.
const ANY_DAY = '2000-01-03' as IsoDate;
/** The sentence has a deadline and it is said in this predicate's own words, not in another clause's. */
const datedHere = (p: Predicate, dated: boolean): boolean =>
  dated && findDatePhrases(p.object, ANY_DAY).length > 0;

function commitmentOf(p: Predicate, s: SentenceView, dated: boolean): CommitmentHit | null {
  if (p.negative || p.past || p.habitual || p.embedded || p.charAt >= questionStart(s)) return null;
  if (underDeniedPromise(p, s)) return null;
  // "so I can talk to her directly": the purpose of a step, not a second promise. "I'll be there on the 26th, so we
  // can talk then": the day is the first clause's.
  if (
    new RegExp(`\\bso (?:that )?(?:i|we) (?:can|could) ${verbWord(p)}\\b`).test(s.clean) &&
    !datedHere(p, dated)
  )
    return null;
  // "What I can tell you is, the director told me he'll train the drivers": the opening of what is said, no offer.
  if (p.verb === 'tell' && p.modal === 'can' && /\bwhat (?:i|we) can tell (?:you|y'all)\b/.test(s.clean))
    return null;
  // "She said she'd get the signed copy back to me tomorrow, so you'll have the final copy right after that": what
  // the family gets as a result of a promise passed on just before, in the same sentence, is that promise's.
  if (
    p.subject === 'you' &&
    /\w[^.?!]*,? so (?:that )?$/.test(s.clean.slice(0, p.charAt)) &&
    s.parsed.predicates.some(
      (q) => q.charAt < p.charAt && relayedPromise(q, s) && commitmentOf(q, s, dated) !== null,
    )
  )
    return null;
  if ((ATTENDING.has(p.verb) || p.verb === 'go') && ATTENDING_ONLY.test(p.object.trim()) && !dated)
    return null;
  // "I'll see you and Eli next Tuesday", "see you at conferences": meeting again, like the guide's "see you at the
  // next meeting", even with a day.
  if (p.verb === 'see' && /^(?:you|y'all|everyone|everybody)\b(?! (?:get|have|receive))/.test(p.object))
    return null;
  // "One more, and then I'll stop": the speaker's own turn in the meeting ("I'll back up" is in IN_MEETING: the
  // parser reads no verb there).
  if (p.verb === 'stop' && /^(?:there|talking|now|a (?:second|minute|bit))?\W*$/.test(p.object.trim()))
    return null;
  // "I'll leave it to you to get the draft out": handed to someone else.
  if (
    p.verb === 'leave' &&
    /^(?:it|that|this|those|them) (?:to|with|up to) (?:you|him|her|them)\b/.test(p.object)
  )
    return null;
  // "I'll own that" takes the blame; "we'll hold you to that" holds someone else to a promise.
  if (
    (p.verb === 'own' && /^(?:that|it|this|the mistake)\W*$/.test(p.object.trim())) ||
    (p.verb === 'hold' && /^you to (?:that|it|this)\b/.test(p.object))
  )
    return null;
  // "If it cuts out, I'll call back": calling back into this meeting.
  if (
    (p.verb === 'call back' || p.verb === 'call') &&
    /^(?:back)?\W*$/.test(p.object.trim()) &&
    /\bif (?:it|the call|i|the line|my phone) (?:cuts? out|drops?|loses?|dies)\b/.test(s.clean)
  )
    return null;
  // "I'll allow it": permission given at the table.
  if (['allow', 'permit'].includes(p.verb) && /^(?:it|that|this|them)?\W*$/.test(p.object.trim()))
    return null;
  // "I'll need to be trained on it", "we'll be told": done to the speaker, not by them.
  if (p.passive && (p.subject === 'i' || p.subject === 'we')) return null;
  // "I'll read it as written: '...'", "I'm going to read the first goal": read out right there.
  if (
    p.verb === 'read' &&
    /^(?:it|this|that|them|those|the (?:first|next|second|third|last|new|two|three|four|five) |the (?:goals?|accommodations|changes|decisions?|list|summary)\b|what we (?:decided|agreed|wrote))/.test(
      p.object,
    ) &&
    !dated
  )
    return null;
  // "I'll sign it.", "I'll sign whatever": signed at the table ("I'll sign the consent and send it back" is an
  // errand).
  if (
    p.verb === 'sign' &&
    /^(?:it|that|this|them|those|here|whatever|everything|all of (?:it|them)|(?:that|this) one)?\W*(?:today|now|right now|here)?\W*(?:,.*)?$/.test(
      p.object.trim(),
    ) &&
    !dated
  )
    return null;
  // "So I'll summarize the incident.", "I'll share the data. His goal was...": told right there, at the table
  // ("I'll summarize it in an email" and "I'll share the data with you" are errands).
  if (
    ((['summarize', 'recap', 'sum up'].includes(p.verb) &&
      !/\b(?:email|writing|letter|send|to you|for you)\b/.test(p.object)) ||
      (p.verb === 'share' &&
        /^(?:the|my|our|some|his|her) (?:data|numbers|results|scores|progress|findings|observations|update)(?: (?:first|now|real quick|quickly))?\W*$/.test(
          p.object.trim(),
        ))) &&
    !datedHere(p, dated)
  )
    return null;
  // "Let me look - how about Tuesday at 3:15?": checking a calendar to ask about a time, right there.
  if (p.subject === 'let-me' && s.question && LET_ME_IN_MEETING.has(p.verb)) return null;
  // "If I have it back by the first, I can get you started": the promise waits on something else. "If you want, I
  // can send you the release" is an offer waiting on the family's yes (the labeling guide: no item until then).
  if (p.modal === 'can' && s.parsed.conditional) return null;
  if (/\bif you (?:want|would like|like|need|prefer)\b/.test(s.clean)) return null;
  // "I'll start", "I'll interpret everything for her": the speaker's own part in the meeting, nothing delivered.
  if (
    (p.verb === 'start' && /^(?:off|then|now|here|first)?[.!,]?$/.test(p.object.trim())) ||
    (p.verb === 'interpret' && !DOCUMENT_WORDS.test(p.object))
  )
    return null;
  // "I'll see him this afternoon", "see you Wednesday": meeting someone, not a task.
  // (Unless more follows: "I'll see him Wednesday and have his log to you by Friday" is one promise.)
  if (
    p.verb === 'see' &&
    /^(?:him|her|them|you|everyone|everybody|y'all)\b/.test(p.object) &&
    !/\band\b/.test(p.object)
  )
    return null;
  // "I can't do 3:00, I can do 3:30", "we can do Tuesday": picking a time, not taking on a task.
  if (pickingATime(p)) return null;
  // "I'll tell you in English what she says", "I can do the same in English": the interpreter's relay.
  if (/\bin (?:english|spanish)\b/.test(p.object)) return null;
  // "I'll ask the team": asked right there; "we'll get you out on time": the meeting's end.
  if (
    p.verb === 'ask' &&
    /^(?:the (?:team|group|room)|everyone|everybody|you all|y'all)\W*$/.test(p.object.trim())
  )
    return null;
  if (p.verbs[0] === 'get' && /^you out\b/.test(p.object)) return null;
  // "I'm going to be asking a lot of questions", "I'm gonna give it one more minute": the speaker's part in this
  // meeting, asking or waiting.
  if (
    p.verb === 'ask' &&
    /^(?:(?:a (?:lot of|few|couple(?: of)?)|some|lots of|many|more) )?questions\b/.test(p.object)
  )
    return null;
  if (
    (p.verb === 'call' || p.verb === 'dial') &&
    /^in(?: from [a-z ]+| by phone| on (?:his|her|my) phone)?\W*$/.test(p.object)
  )
    return null;
  if (
    p.verb === 'give' &&
    /^(?:it|them|him|her|everyone|everybody|people) (?:one more|another|a few(?: more)?|a couple(?: more)?|a|one|two|five|ten)(?: more)? (?:minutes?|seconds?|sec|min)\b/.test(
      p.object,
    )
  )
    return null;
  // "I'll take it" (a paper handed across), "I'll take one": accepting, not doing.
  // ("Okay. I'll take it for now.", "Mostly. I'll take mostly.": accepting it, as it is.)
  if (
    p.verb === 'take' &&
    /^(?:it|that|one|them|those|this|mostly|whatever|the win)?(?: for now| then)?[.!]?$/.test(p.object.trim())
  )
    return null;
  if (p.verbs.some((v) => WANTING.has(v) || (v === 'need' && !p.haveTo))) return null;
  // "I'll run out of time", "I'll get nervous": things that happen to someone.
  if (
    NOT_AGENTIVE.has(p.verb) &&
    !(p.verb === 'get' && /\b(?:you|back|to|it|that|those|them|the|a|an|his|her)\b/.test(p.object))
  )
    return null;
  const future0 = p.modal === 'will' || p.goingTo;
  // "Consent for the FBA will go home tomorrow", "the notice will be mailed", "the notice, that'll come out of the
  // office": a thing sent, nobody named.
  const thing = (!p.subjectPerson && (p.subject === 'role' || p.subject === 'named')) || p.subject === 'it';
  if (thing && future0 && (p.subject !== 'it' || DOCUMENT_WORDS.test(s.clean))) {
    const sent =
      (['go', 'come', 'come out', 'go out', 'go home'].includes(p.verb) &&
        /^(?:home|out|to you|back|with|in the mail|of the office|from the office)\b/.test(p.object)) ||
      (p.passive && ACTION_VERBS.has(p.verb));
    return sent
      ? { predicate: { ...p, subject: 'none' }, sentence: s, strong: false, check: false, dated }
      : null;
  }
  if (p.subject === 'let-us' || p.subject === 'it' || p.subject === 'none') return null;
  const verb = p.verb;
  // "I can go with her the first time": going along is doing something.
  // "We'll try to have it done before break": the parser keeps "try" and drops "have it"; what is left says the
  // errand is finishing something.
  // "We'll get that fixed", "I'll get it set up": getting a thing done is the errand.
  const haveItDone =
    (verb === 'try' &&
      /^(?:done|finished|ready|complete|completed|written|written up|drafted|scheduled|sent|set up)\b/.test(
        p.object,
      )) ||
    (verb === 'get' &&
      /^(?:that|it|this|those|them|(?:the|his|her|their) [a-z-]+(?: [a-z-]+)?) (?:fixed|done|set up|scheduled|sorted(?: out)?|taken care of|changed|updated|corrected|ordered|replaced|started|finished|written up|sent out)\b/.test(
        p.object,
      ));
  const action =
    haveItDone ||
    ACTION_VERBS.has(verb) ||
    ACTION_VERBS.has(p.verbs[p.verbs.length - 1] ?? '') ||
    (verb === 'go' && /^with (?:him|her|them|you)\b/.test(p.object)) ||
    // "She'd go back and flag his tardies": the errand is the verb after "and".
    (GOING.has(verb) && ACTION_VERBS.has(/^and ([a-z]+)/.exec(p.object)?.[1] ?? '')) ||
    // "She'd go on the field trip and carry the kit": going along with an errand there.
    (verb === 'go on' && /\band (?:carry|hold|keep|bring|handle|give)\b/.test(p.object));
  const check =
    (CHECK_VERBS.has(verb) && (verb !== 'see' || /^(?:if|whether|what|about)\b/.test(p.object))) ||
    (verb === 'let' && /\bknow\b/.test(p.object));
  if (STATIVE_VERBS.has(verb) && !(verb === 'see' && /^(?:if|whether)\b/.test(p.object))) return null;
  const clause = `${p.verbs.join(' ')} ${p.object}`;
  // ("She said she'd email you the results and walk you through them": a relayed promise is done after the
  // meeting, whatever its words.)
  if (
    (IN_MEETING.test(s.clean) && !relayedPromise(p, s)) ||
    NOW.test(clause) ||
    LEAVING_THE_CALL.test(`${verb} ${p.object}`)
  )
    return null;
  if (STATIVE_PHRASE.test(s.clean) && ['say', 'be', 'tell', 'see'].includes(verb)) return null;
  if (NO_PROMISE_SAYING.test(s.clean)) return null;
  const future = p.modal === 'will' || p.goingTo;
  if (p.subject === 'you') {
    // "You'll have a lot to add", "you'll get a chance to ask": no delivery.
    if (
      /^(?:a lot|lots|plenty|more|some|something|things|questions|time|a chance|the chance|a say|to)\b/.test(
        p.object,
      )
    )
      return null;
    return future && ['get', 'have', 'receive', 'hear'].includes(verb)
      ? { predicate: p, sentence: s, strong: true, check: false, dated }
      : null;
  }
  if (p.subject === 'let-me') {
    const forYou = /\b(?:for you|to you|with you|back to you|let you know)\b/.test(s.clean) || dated;
    if (LET_ME_IN_MEETING.has(verb) && !forYou) return null;
    return action || check ? { predicate: p, sentence: s, strong: false, check, dated } : null;
  }
  // "The nurse said she would fax it", "Ms. Kim told me she'd send it": a promise made outside the meeting and
  // relayed, "will" turned to "would" by the reporting verb. Only a person's promise reported just before.
  if (relayedPromise(p, s) && (action || check) && !ATTENDING.has(verb) && !p.hedged)
    return { predicate: p, sentence: s, strong: false, check, dated };
  if (
    p.modal === 'would' ||
    p.modal === 'could' ||
    p.modal === 'might' ||
    p.modal === 'should' ||
    p.modal === 'must'
  )
    return null;
  if (p.hedged && p.modal !== 'will') return null;
  if (p.haveTo)
    return future && ((action && !check) || verb === 'get back')
      ? { predicate: p, sentence: s, strong: false, check, dated }
      : null;
  const self = p.subject === 'i' || p.subject === 'we';
  // "We will go through the goals", "we will use writing samples", "we will do afternoons": the meeting's plan or
  // the school's routine. "We" promises with an errand verb, to "you", or by a date.
  const errand =
    haveItDone ||
    ERRAND_VERBS.has(verb) ||
    (DOCUMENT_DELIVERY.has(verb) && DOCUMENT_WORDS.test(p.object)) ||
    // "We'll figure it out" reassures; "we'll figure out who is trained" is an errand.
    (check &&
      verb !== 'talk' &&
      !/^(?:it|that|this|something)(?: out)?\b(?!\s+(?:who|what|when|where|how|if|whether))/.test(
        p.object,
      )) ||
    (['talk', 'meet', 'speak'].includes(verb) && /^(?:to|with)\b/.test(p.object)) ||
    /\b(?:you|your)\b/.test(p.object) ||
    dated;
  if (future) {
    if (p.subject === 'i' || (p.subject === 'we' && errand))
      return { predicate: p, sentence: s, strong: true, check, dated };
    if (self) return null;
    // "She'll get the first sound and then guess": what a child (or anyone) will do, said of them, with no errand
    // in it; "she'll send you the log" is one.
    if (p.subject === 'pronoun' && CHILD.test(p.subjectWords) && !errand) return null;
    // "He'll get a copy of the notes", "he'll have a visual task list": what the plan gives the child (the guide's
    // plan content), unless it comes by a day ("she'll have the packet by Friday") or to the family.
    if (
      p.subject === 'pronoun' &&
      CHILD.test(p.subjectWords) &&
      (verb === 'get' || verb === 'have' || verb === 'receive') &&
      // (The day must be its own: "The EOCs are the week of May 4th. He'll have the large print" is plan content.)
      !datedHere(p, dated) &&
      !/\b(?:you|your)\b/.test(p.object)
    )
      return null;
    return action || check
      ? { predicate: p, sentence: s, strong: p.subject !== 'pronoun', check, dated }
      : null;
  }
  // "I try to schedule them outside reading": what the speaker usually does, not a promise.
  if (p.tryTo && p.modal === null && HABIT_TRY.test(s.clean)) return null;
  if (
    (p.modal === 'can' || p.tryTo) &&
    (p.subject === 'i' || (p.subject === 'we' && errand)) &&
    (action || check)
  )
    return { predicate: p, sentence: s, strong: false, check, dated };
  return null;
}

const GOING = new Set(['go', 'go back', 'come', 'come back', 'come in', 'go ahead', 'go in']);
// "I do try to send her down before PE": the emphatic "do" of a habit.
const HABIT_TRY = /\b(?:i|we) (?:usually |always |often |generally |normally |just |do |really )*try to\b/;

const DECIDING = new Set([
  'decide',
  'propose',
  'recommend',
  'commit',
  'evaluate',
  'test',
  'assess',
  'consider',
  'approve',
  'grant',
  'schedule',
]);
const GIVE_ME_TIME =
  /\bgive (?:me|us),? (?:[\w-]+,? ){0,3}?(?:days?|weeks?|school days|business days|until|till|a (?:day|week|couple))\b.{0,40}\bto\b/;
const ADDING = new Set(['add', 'include', 'put', 'write']);
const BUMP = /^(?:bump|raise|drop|lower|double|cut|up)\b/;
// "Let's add", "let's change it": the team deciding. Not "let's keep moving", "let's give it time", "let's move on".
const LET_US_CHANGE = new Set([
  // ("Let's give her one of those": one of the medical spots, given.)
  'give',
  'add',
  'include',
  'put',
  'write',
  'change',
  'increase',
  'extend',
  'cap',
  'limit',
  'reduce',
  'modify',
  'shorten',
  'switch',
  'try',
  'use',
]);
const DOCUMENT_DELIVERY = new Set([
  'put',
  'include',
  'add',
  'get',
  'have',
  'give',
  'mail',
  'leave',
  'attach',
]);

function planChangeOf(p: Predicate, s: SentenceView, yes: boolean): boolean {
  if (p.negative || p.past || p.embedded || s.question || IN_MEETING.test(s.clean)) return false;
  // "Self-carry for the inhaler goes in the plan."
  // "Those three go on the accommodations page."
  if ((p.verb === 'go' || p.verb === 'go on') && INTO_THE_PLAN.test(s.clean.slice(p.charAt))) return true;
  if (p.verb === 'go in' && p.object === '' && PLAN_WORDS.test(p.subjectWords)) return true;
  // "So ESY goes in for this summer", "it'll go in the service line", "those go in as written": a thing (not a
  // person walking into a room) going into the plan.
  if (
    (p.verb === 'go in' || (p.verb === 'go' && /^in\b/.test(p.object))) &&
    !p.subjectPerson &&
    !p.habitual &&
    (PLAN_WORDS.test(`${p.subjectWords} ${p.object}`) ||
      /\b(?:as written|as we wrote it|esy|line|section|draft|page)\b/.test(
        `${p.subjectWords} ${p.object}`,
      )) &&
    p.subject !== 'none' &&
    !p.hedged &&
    !/^in (?:at|by|early|late|before|after|the (?:room|building|office|class|morning|afternoon))\b/.test(
      p.object,
    )
  )
    return true;
  // "Yeah. Fine. Do the FBA.": a yes, then the room told to do what was asked.
  if (
    yes &&
    p.subject === 'none' &&
    p.at <= 2 &&
    ['do', 'add', 'include', 'drop'].includes(p.verbs[0] ?? '') &&
    /^(?:the|an?) [a-z0-9 -]+\W*$/.test(p.object) &&
    (PLAN_WORDS.test(p.object) ||
      /\b(?:fba|evaluation|eval|assessment|referral|observation)\b/.test(p.object))
  )
    return true;
  // "Sure. Add it.", "Go ahead and put that in.": said to the room, the team writes it in ("Please put that in the
  // PWN too" asks for it in the notice, not in the plan).
  if (
    p.subject === 'none' &&
    p.at <= 2 &&
    ADDING.has(p.verbs[0] ?? '') &&
    /^(?:it|that|this|those|them)(?: in)?\b/.test(p.object) &&
    !NOT_THE_PLAN.test(p.object)
  )
    return true;
  // "We'll take it out of the draft": a change is also what comes out of the plan.
  if (
    (p.subject === 'we' || p.subject === 'let-us') &&
    /^take/.test(p.verb) &&
    /\bout of (?:the |his |her |their )?(?:draft|plan|iep|504|bip|accommodations)\b/.test(p.object)
  )
    return true;
  // "So we're adding a three-day extension", "we're changing his minutes": the change said as it is made; and
  // "I'm adding that to the transition services" by the one writing the plan.
  // ("The team is adding check-in, check-out": the team, named, making the change.)
  if (
    (p.subject === 'we' ||
      /^the (?:team|iep team|504 team)$/.test(p.subjectWords) ||
      (p.subject === 'i' && ADDING.has(p.verb) && INTO_THE_PLAN.test(s.clean.slice(p.charAt)))) &&
    p.progressive &&
    PLAN_VERBS.has(p.verb) &&
    p.verb !== 'have' &&
    p.verb !== 'do'
  )
    return true;
  // "Let's change it so it's automatic", "let's bump it to ninety": the team deciding.
  // ("Let's give it some time and see" waits; it gives nothing.)
  if (
    p.subject === 'let-us' &&
    (LET_US_CHANGE.has(p.verb) || BUMP.test(p.verb)) &&
    !(
      p.verb === 'give' &&
      /\b(?:time|weeks?|days?|months?|a (?:chance|shot|minute|second|try))\b/.test(p.object)
    )
  )
    return true;
  // "Put captions in the plan.": said to the room, the team writes it in.
  if (p.subject === 'none' && p.at <= 1 && ADDING.has(p.verbs[0] ?? '') && INTO_THE_PLAN.test(p.object))
    return true;
  const modal = p.modal === 'will' || p.modal === 'can' || p.goingTo || p.subject === 'let-us';
  // "We'll have a para with her" is a change; "I'll have the plan drafted by Friday" is an errand.
  const planVerb =
    (PLAN_VERBS.has(p.verb) && p.verb !== 'have') ||
    p.verbs.slice(0, -1).some((v) => PLAN_VERBS.has(v) && v !== 'have') ||
    (p.verb === 'have' && /\b(?:para|aide|adult|nurse|support|helper)\b/.test(p.object));
  if (
    (p.subject === 'we' || p.subject === 'i' || p.subject === 'let-us' || p.subject === 'role') &&
    modal &&
    planVerb
  ) {
    // "I'll have the final IEP to you", "email you the plan", "include that in the notice": an errand.
    if (DOCUMENT_WORDS.test(p.object) && !INTO_THE_PLAN.test(p.object)) return false;
    if (/\b(?:you|everyone|everybody|home|out to)\b/.test(p.object)) return false;
    return (
      PLAN_WORDS.test(`${p.verb} ${p.object}`) ||
      INTO_THE_PLAN.test(s.clean.slice(p.charAt)) ||
      p.verbs.some((v) => ADDING.has(v) && v !== 'put')
    );
  }
  // "Totally, she can keep a snack in her bag": the child may, from now on ("yes, he can" alone changes nothing).
  return CHILD.test(p.subjectWords) && p.modal === 'can' && p.verbs.length > 0 && yes;
}

/**
 * A refusal phrase said as such: "if we don't have a spare, I'll order one" names a case, not a no.
 */
function saysNo(phrase: RegExp, statements: string): boolean {
  const m = phrase.exec(statements);
  return (
    m !== null &&
    !/\b(?:if|unless|whether|in case|when|whenever)\s+(?:[\w.]+\s+){0,2}$/.test(
      statements.slice(0, m.index),
    ) &&
    // "...signed by Dr. Ayala or I legally can't give it": what happens without it, not a no to the family.
    !/\bor (?:else )?(?:i|we)\s+(?:[\w.]+\s+)?$/.test(statements.slice(0, m.index))
  );
}

function refusalShapeOf(p: Predicate, s: SentenceView): boolean {
  // "We haven't done one" reports the past; a refusal says what will not be done.
  if (!p.negative || p.past || s.question) return false;
  if (!SCHOOL_SUBJECT.test(p.subjectWords) || p.subject === 'you' || p.embedded) return false;
  // "I'm not going to sugarcoat it": a verb the parser did not know left "go" as the verb; no service is named.
  if (p.verb === 'go' && /^to (?!the\b|a\b|an\b|his\b|her\b)\w/.test(p.object)) return false;
  // "I can't do four o'clock": a meeting time, not a service (the guide: a refused meeting time is no refusal).
  if (pickingATime(p)) return false;
  // "I can't promise I'll catch every alert": the speaker hedging their own part, not a no to the family.
  if (NOT_PROMISED.has(p.verb) && /^i (?:will|can|am going to|would)\b/.test(p.object)) return false;
  // "I won't argue that", "I'm not going to pretend it's perfect": the speaker conceding a point.
  if (p.subject === 'i' && CONCEDING.has(p.verb)) return false;
  // "I don't, um...": a no that trails off before naming anything refuses nothing.
  if (p.object.trim() === '' && /(?:\.\.\.|\u2026|[-\u2013\u2014])\s*$/.test(s.original.trim())) return false;
  // "We're not going to decide that today", "we're not proposing sixty" say no as plainly as "we will not".
  const ability =
    p.able ||
    p.modal === 'can' ||
    p.modal === 'will' ||
    p.modal === 'would' ||
    ((p.goingTo || p.progressive) &&
      (p.subject === 'we' || p.subject === 'i') &&
      (SERVICE_VERBS.has(p.verb) || DECIDING.has(p.verb)));
  if (!ability && p.verb === 'have' && p.subject === 'i') return false;
  // "It doesn't just stop when she changes grades", "the IEP doesn't change that": how the plan works, said of the
  // plan itself; no one declines anything.
  if (!ability && /^(?:it|the (?:iep|plan|504))$/.test(p.subjectWords)) return false;
  return ability ? !STATIVE_VERBS.has(p.verb) || p.verb === 'need' : SERVICE_VERBS.has(p.verb);
}

const PROPOSAL =
  /^(?:(?:and|so|but|okay|well|then),?\s+)?(?:what about|how about|what if|is there (?:any chance|a way|any way)|(?:can|could|would) (?:we|he|she|they) (?:also |still |please )?(?:add|put|get|have|do|use|try|change|increase|keep|make|move|skip|go|visit|carry|leave|test|take|present|type|sit|eat|stay|come|bring|work|drive|be allowed)|(?:can|could|may) i (?:also |still )?(?:use|take|bring|leave|go|keep|type|sit|skip|do|eat|carry|record))\b/;

function requestOf(s: SentenceView, opening: boolean): 'action' | 'plan' | null {
  const c = s.clean;
  // In "could you send", compromise makes "could" its own verb with no subject: skip to the one with a subject.
  const first = s.parsed.predicates.find((p) => p.subject !== 'none');
  if (s.question && first !== undefined) {
    if (
      /^(?:you|someone|somebody|anyone|anybody)$/.test(first.subjectWords) &&
      (ACTION_VERBS.has(first.verb) || CHECK_VERBS.has(first.verb)) &&
      !(
        first.verb === 'do' &&
        /^(?:that|it|this)?\b/.test(first.object) &&
        first.object.split(' ').length <= 2
      )
    )
      return PLAN_WORDS.test(first.object) && !/\b(?:send|email|mail|give|call|get)\b/.test(first.verb)
        ? 'plan'
        : 'action';
    if (/^(?:can|could|may) i (?:get|have|see)\b/.test(c)) return 'action';
    if (PROPOSAL.test(c)) return 'plan';
  }
  if (s.question && PROPOSAL.test(c)) return 'plan';
  // "Please put that in the PWN too", "please send me the data": asked outright.
  if (
    /^(?:(?:and|so|okay|ok|also|then),?\s+)?please (?:send|put|add|include|note|write|email|copy|call|give|make sure)\b/.test(
      c,
    )
  )
    return NOT_THE_PLAN.test(c) || /\b(?:send|email|copy|call|give)\b/.test(c) ? 'action' : 'plan';
  // "Could the district get her one for home?", "can the school pay for it?": asked of the school by name.
  if (
    s.question &&
    /^(?:(?:and|so|but|okay|well|then),?\s+)?(?:can|could|would|will) (?:the|your) (?:district|school|team|building|state)\b/.test(
      c,
    )
  )
    return 'plan';
  // "She could get paper copies of the labs", "we could try a break card": a change put on the table.
  if (
    !s.question &&
    /^(?:(?:and|so|but|well|then),?\s+)?(?:he|she|they|we) could (?:also )?(?:get|have|do|use|try|add|take|go|keep|start)\b/.test(
      c,
    )
  )
    return 'plan';
  // "And class parties?", "Field trips?": a topic put on the table is a question about the plan.
  if (s.question && first === undefined && opening && c.split(/\s+/).length <= 5) return 'plan';
  if (
    /\b(?:i|we|he|she|they) (?:would (?:\w+ )?(?:like|love|want)|wants?|needs?|are asking for|are requesting|request)\b/.test(
      c,
    ) &&
    !/\b(?:want|like) to (?:get to|talk about|move on|go over|start|look at|say|share|mention|touch on|make sure we)\b/.test(
      c,
    )
  ) {
    return /\b(?:see|copy|in writing|written|notice|report|data|records|list|emails?|send|call|updates?)\b/.test(
      c,
    )
      ? 'action'
      : 'plan';
  }
  return null;
}

/** Reads one utterance. `side` is the speaker's side of the table. */
export function analyzeUtterance(
  u: Pick<Utterance, 'speaker' | 'text'>,
  index: number,
  side: Side,
  meeting: IsoDate,
): UtteranceAnalysis {
  const spoken = withoutQuotedPassages(u.text);
  const raw = splitSentences(spoken);
  const unpunctuated = !/[.!?]/.test(spoken);
  const sentences: SentenceView[] = raw.map((original) => {
    const clean = cleanSpeech(original);
    const lower = clean.toLowerCase();
    return {
      original,
      clean: lower,
      parsed: parseSentence(clean),
      question: isQuestion(original, clean, unpunctuated),
    };
  });
  const clean = sentences.map((s) => s.clean).join(' ');
  const predicates = sentences.flatMap((s) => s.parsed.predicates.map((p) => ({ p, s })));
  const yes = YES_START.test(clean);
  const questions = sentences.filter((s) => s.question);
  const smallTalk = questions.length > 0 && questions.every((s) => SMALL_TALK_QUESTION.test(s.clean));
  // "Is everybody okay with that?" asks the room to agree (the guide: no open question, no agreement by itself).
  const asksTheRoom = (sv: SentenceView) =>
    AGREE_TAG.test(sv.clean.split(/(?<=\?)\s|,\s(?=[^,]*\?$)/).pop() ?? '') || AGREE_CHECK.test(sv.clean);
  const realQuestion = questions.some(
    (s) =>
      !SMALL_TALK_QUESTION.test(s.clean) &&
      !asksTheRoom(s) &&
      (s.clean.split(/\s+/).length >= 4 ||
        (s.clean.split(/\s+/).length === 3 && YES_NO_QUESTION.test(s.clean))),
  );
  let commitment: CommitmentHit | null = null;
  const dates = sentences.map((s) => findDatePhrases(s.clean, meeting));
  const dated = dates.map((list) => list.some((d) => d.due !== null));
  // A deadline, not "today" as in "today is his annual review".
  const deadline = dates.map((list) => list.some((d) => d.due !== null && d.due !== meeting));
  let errandToFamily = false;
  for (const [k, { p, s }] of predicates.entries()) {
    // "Give me five school days to get those fixed": the speaker takes it on.
    const giveMe = predicates[k - 1];
    const asked =
      p.subject === 'none' &&
      giveMe !== undefined &&
      giveMe.s === s &&
      giveMe.p.verb === 'give' &&
      /^(?:me|us)\b/.test(giveMe.p.object) &&
      GIVE_ME_TIME.test(s.clean);
    const hit = commitmentOf(
      asked ? { ...p, subject: 'let-me', subjectWords: 'me' } : p,
      s,
      deadline[sentences.indexOf(s)] === true,
    );
    if (hit === null) continue;
    if (
      hit.strong &&
      hit.dated &&
      (hit.predicate.subject === 'i' || hit.predicate.subject === 'we') &&
      /\b(?:to you|you|your)\b/.test(hit.predicate.object)
    )
      errandToFamily = true;
    // "My mom's going to pick him up on Tuesdays, so I'll fill out the form and send it in tomorrow": of two
    // promises as sure, the one with a date is the errand to follow up.
    if (
      commitment === null ||
      (hit.strong && !commitment.strong) ||
      (hit.strong === commitment.strong && hit.dated && !commitment.dated)
    )
      commitment = hit;
  }
  // "I can bring in the tutor's reports. Would that help?": an offer waiting on the family's yes (the guide).
  if (
    commitment !== null &&
    commitment.predicate.modal === 'can' &&
    !commitment.dated &&
    OFFER_ASKED.test(clean)
  )
    commitment = null;
  // A reply that trails off ("Uh, that was... I'd have to, um...") answers nothing by itself.
  const trailsOff =
    /(?:\.\.\.|\u2026|[-\u2013\u2014])["')]?\s*$/.test(u.text.trim()) && commitment === null && !realQuestion;
  const planChange = predicates.some(({ p, s }) => planChangeOf(p, s, yes));
  const requests = sentences.map((s, i) => requestOf(s, i === 0)).filter((r) => r !== null);
  const statements = sentences
    .filter((s) => !s.question)
    .map((s) => s.clean)
    .join(' ');
  // "Last November the team agreed to 150 minutes": last year's decision read out settles nothing today.
  const settling = sentences
    .filter((s) => !s.question && !RECOUNTED.test(s.clean))
    .map((s) => s.clean)
    .join(' ');
  // "I agree with all the changes, where do I sign?": the clause before the question is said, not asked.
  const leadingClauses = sentences
    .filter((s) => s.question && s.clean.includes(', '))
    .map((s) => s.clean.slice(0, s.clean.lastIndexOf(', ')))
    .join(' ');
  const family = side === 'parent' || side === 'student';
  const roomAsked = sentences.some((sv) => sv.question && asksTheRoom(sv));
  // "So services: reading forty minutes daily. Everyone agree?" settles what it names; "Everybody okay?" alone
  // names nothing.
  const namesThePlan = PLAN_WORDS.test(statements) || SERVICE_AMOUNT.test(statements);
  // "We'll keep the visual schedule, does everyone agree?": the change said outright before the room is asked.
  const weWill = predicates.some(
    ({ p }) => p.subject === 'we' && (p.modal === 'will' || p.goingTo) && !p.negative,
  );
  const roomCheck =
    !family &&
    ((roomAsked && (planChange || namesThePlan)) ||
      // "Are we all agreed on the small group for math?" names it; "is everybody okay with that?" does not.
      sentences.some(
        (sv) =>
          sv.question &&
          AGREE_CHECK.test(sv.clean) &&
          !/\b(?:with|on|about) (?:that|this|it|those)\s*\?$/.test(sv.clean),
      ) ||
      sentences.some((sv) => !sv.question && SAID_AS_AGREED.test(sv.clean)));
  return {
    index,
    speaker: u.speaker,
    side,
    text: u.text,
    clean,
    sentences,
    question: realQuestion,
    smallTalk,
    request: requests.includes('action') ? 'action' : (requests[0] ?? null),
    commitment,
    errandToFamily,
    planChange,
    agreePhrase:
      AGREE_PHRASES.some((r) => r.test(`${settling} ${leadingClauses}`)) ||
      // "We'll make up the four sessions, everybody agree?": a plan said, and the room asked to agree.
      (roomAsked && (planChange || weWill)) ||
      roomCheck,
    roomCheck,
    roomAsked: roomAsked && !weWill,
    refusalShape: predicates.some(({ p, s }) => refusalShapeOf(p, s)),
    refusalPhrase:
      REFUSAL_PHRASES.some((r) => saysNo(r, statements)) &&
      !predicates.some(({ p }) => p.negative && pickingATime(p)),
    notAService: NOT_A_SERVICE.test(statements),
    nonAnswer: NON_ANSWER.some((r) => r.test(clean)) || trailsOff,
    trailsOff,
    // "Okay, I'll go first... So what I'll do, I'll send you the list by Friday": a dated errand to the family in
    // another sentence is not a step at the table.
    inMeeting:
      (IN_MEETING.test(clean) || (NOW.test(clean) && !/\bright now,? (?:he|she|they|we|it)\b/.test(clean))) &&
      !(
        errandToFamily &&
        commitment !== null &&
        commitment.dated &&
        !IN_MEETING.test(commitment.sentence.clean) &&
        !NOW.test(commitment.sentence.clean)
      ),
    framing: MEETING_FRAMING.test(clean),
    past: predicates.length > 0 && predicates.every(({ p }) => p.past),
    habitual: predicates.some(({ p }) => p.habitual),
    hypothetical:
      predicates.some(
        ({ p }) => (p.modal === 'could' || p.modal === 'might' || p.modal === 'would') && !p.negative,
      ) || sentences.some((s) => s.parsed.conditional),
    conditional: sentences.some((s) => s.parsed.conditional),
    stative: STATIVE_PHRASE.test(clean),
    yes,
    no: NO_START.test(clean),
    // ("Please put that in the notice too." "Will do.": the short yes to a request.)
    doThat:
      /\b(?:i|we) (?:can|will|could) (?:definitely |totally |absolutely |also |try to )?(?:do|handle|manage) (?:that|it|this|those)\b|\b(?:happy|glad|willing) to do (?:that|it|this)\b|^(?:(?:sure|yes|yep|yeah|okay|ok|absolutely|of course),?\s+)*will do\b/.test(
        statements,
      ),
    approval: APPROVAL.test(statements),
    // "They'll stop. That's on me." takes it on; "that's on me, the email got lost" owns a past slip, and so does
    // "That's on me. I'll own that.".
    onMe:
      ON_ME.test(statements) &&
      predicates.some(
        ({ p }) => (p.modal === 'will' || p.goingTo) && !p.negative && !p.past && p.verb !== 'own',
      ),
    deferral: DEFERRAL.test(statements),
    hasDate: dated.some((d) => d),
    words: clean
      .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w !== ''),
  };
}
