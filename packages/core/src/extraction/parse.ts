import nlp from 'compromise';

// What a sentence says, read with compromise (a small NLP library, no I/O, runs in Node and the browser): its verb
// phrases, each with its subject, modal ("will", "can", "going to", "have to"), negation, tense and the verb's base
// form. compromise tags the words (verb, modal, auxiliary, negative, pronoun, person, past tense...) and gives each
// verb's root ("emailed" -> "email"); this file groups the tagged words into predicates. The extraction rules and
// the classifier's features read predicates, not raw words, so "we are not able to add", "we can not add" and
// "the district will not be adding" are one shape: subject "we"/"the district", negated, verb "add".

export type SubjectKind =
  'i' | 'we' | 'you' | 'let-me' | 'let-us' | 'pronoun' | 'it' | 'named' | 'role' | 'none';

export type Modal = 'will' | 'can' | 'could' | 'would' | 'should' | 'might' | 'must' | null;

export interface Predicate {
  subject: SubjectKind;
  /** The subject's words as said, lower case ("ms lee", "the case manager", "his mom", "we"). */
  subjectWords: string;
  modal: Modal;
  /** "be going to", "plan to": the future without "will". */
  goingTo: boolean;
  /** "have to", "need to", "got to". */
  haveTo: boolean;
  /** "try to", "do my best to". */
  tryTo: boolean;
  /** "able to", "unable to". */
  able: boolean;
  negative: boolean;
  past: boolean;
  /** "always", "usually", "typically", "every day": a habit, not a promise. */
  habitual: boolean;
  /** "maybe", "probably", "possibly". */
  hedged: boolean;
  /** "will be sent", "is being added": the doer is not the subject. */
  passive: boolean;
  /** "we're adding", "she is getting": be + the -ing form, said of now or the near future. */
  progressive: boolean;
  /**
   * Negated by the clause it hangs on: in "I don't think the team is going to be able to support that", the "not"
   * belongs to "support" (English raises it to "think"). `negative` is true too.
   */
  negRaised: boolean;
  /** The subject names a person or a person's role ("the nurse", "his mom", "Ms. Lee"), not a thing. */
  subjectPerson: boolean;
  /** The main verb's base form with its particle ("send", "look into", "get back", "be"). */
  verb: string;
  /** Every verb's base form in the chain ("try", "get"). */
  verbs: string[];
  /** The words after the verb, to the end of the clause (lower case). */
  object: string;
  /** Inside "what we can do", "if we can find", "how he does": a clause that is not said as a statement. */
  embedded: boolean;
  /** Where the predicate starts, as an index into the sentence's words. */
  at: number;
  /** Where the predicate's subject (or, without one, its first verb) starts in the sentence, in characters. */
  charAt: number;
}

export interface ParsedSentence {
  /** The words, lower case, as compromise split them (contractions already spelled out). */
  words: string[];
  predicates: Predicate[];
  /** Starts with "if", "when", "once", "unless": a condition. */
  conditional: boolean;
}

interface Term {
  /** Where the word starts in the sentence (-1 when compromise made it up, as for a spelled-out contraction). */
  offset: number;
  normal: string;
  root: string;
  tags: Set<string>;
  post: string;
  text: string;
}

const CHAIN_ADVERBS = new Set([
  'just',
  'really',
  'also',
  'definitely',
  'certainly',
  'absolutely',
  'probably',
  'maybe',
  'possibly',
  'still',
  'actually',
  'always',
  'usually',
  'typically',
  'normally',
  'generally',
  'never',
  'not',
  'even',
  'then',
  'all',
  'both',
  'honestly',
  'currently',
  'simply',
  'unfortunately',
  'happily',
  'gladly',
  'personally',
  'already',
  'sometimes',
  'often',
  'first',
  'right',
]);
const HABIT = new Set(['always', 'usually', 'typically', 'normally', 'generally', 'sometimes', 'often']);
const HEDGE = new Set(['maybe', 'probably', 'possibly', 'perhaps']);
const BRIDGE_ADJECTIVES = new Set([
  'able',
  'unable',
  'going',
  'happy',
  'glad',
  'willing',
  'planning',
  'trying',
]);
const PARTICLES = new Set([
  'up',
  'out',
  'back',
  'into',
  'over',
  'in',
  'off',
  'through',
  'down',
  'on',
  'sure',
  'around',
]);
const SUBJECT_PRONOUNS: Record<string, SubjectKind> = {
  i: 'i',
  we: 'we',
  you: 'you',
  he: 'pronoun',
  she: 'pronoun',
  they: 'pronoun',
  someone: 'pronoun',
  somebody: 'pronoun',
  everyone: 'pronoun',
  everybody: 'pronoun',
  it: 'it',
  that: 'it',
  this: 'it',
  there: 'it',
  which: 'it',
  what: 'it',
};
const NOUN_PHRASE_TAGS = [
  'Noun',
  'ProperNoun',
  'Person',
  'Honorific',
  'Determiner',
  'Possessive',
  'Adjective',
  'Value',
  'Abbreviation',
  'Acronym',
];
const EMBEDDING = new Set([
  'what',
  'how',
  'if',
  'whether',
  'where',
  'when',
  'why',
  'who',
  'which',
  'whatever',
]);
const PERSON_WORDS = new Set([
  'mom',
  'dad',
  'mother',
  'father',
  'parent',
  'parents',
  'nurse',
  'teacher',
  'counselor',
  'principal',
  'aide',
  'para',
  'therapist',
  'ot',
  'pt',
  'slp',
  'psychologist',
  'coordinator',
  'director',
  'manager',
  'driver',
  'specialist',
  'interpreter',
  'husband',
  'wife',
  'grandma',
  'grandmother',
  'secretary',
  'office',
  'district',
  'school',
  'team',
  'department',
  'staff',
  'someone',
  'somebody',
  // Offices that do things: "Transportation will call her with the route".
  'transportation',
  'administration',
  'admin',
  'registrar',
  'attendance',
]);
const NEGATIONS = new Set(['not', 'never', 'unable', 'no', 'nothing', 'nobody', 'neither', 'nor']);
const NEG_RAISING = new Set(['think', 'believe', 'expect', 'see', 'feel', 'suppose']);
const CONDITION = new Set(['if', 'when', 'once', 'unless', 'whenever']);
/** Words that may open a sentence before its condition ("And, um, if it would help, I could send it"). */
const OPENERS = new Set([
  'and',
  'but',
  'so',
  'okay',
  'ok',
  'well',
  'also',
  'now',
  'oh',
  'plus',
  'alright',
  'um',
  'uh',
]);
const isName = (t: Term) =>
  t.tags.has('Person') || t.tags.has('Honorific') || (/^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun'));

function vocativeBeforeCondition(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  return (
    t !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    t.tags.has('Noun') &&
    !t.tags.has('Pronoun') &&
    t.post.includes(',') &&
    CONDITION.has(terms[i + 1]?.normal ?? '')
  );
}

/** The family's wish or need as the condition ("if you want that", "if it would help at home", "if she'd like"). */
const WISH = new Set(['want', 'wants', 'like', 'help', 'helps', 'prefer', 'prefers', 'wish']);
function offeredIf(terms: readonly Term[], at: number): boolean {
  if (terms[at]?.normal !== 'if') return false;
  return terms.slice(at + 1, at + 5).some((t) => WISH.has(t.normal));
}

/**
 * Where the sentence's own words start, after opening words and a name said to someone ("Brody, if you want that,
 * I can set it up": the offer is as conditional as "If you want that, I can set it up"). Only an offer's condition
 * counts there (offeredIf): "And if she misses class, I can try to get her the notes" stays a promise, and "And when
 * does it start?" asks.
 */
function leadIn(terms: readonly Term[]): number {
  let i = 0;
  for (;;) {
    while (i < terms.length && OPENERS.has(terms[i]?.normal ?? '')) i += 1;
    let j = i;
    while (
      j < terms.length &&
      j < i + 3 &&
      isName(terms[j] as Term) &&
      !(terms[j] as Term).post.includes(',')
    )
      j += 1;
    if (j < terms.length && j < i + 3 && isName(terms[j] as Term) && (terms[j] as Term).post.includes(','))
      i = j + 1;
    // A name compromise does not know ("Brody, if ..."): one capitalized noun, a comma, then the condition.
    else if (vocativeBeforeCondition(terms, i)) i += 1;
    else return i;
  }
}

const isVerbish = (t: Term) =>
  t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula');
// A period after "Ms" or "Dr" does not end anything.
const endsClause = (t: Term) =>
  /[,;:!?\u2013\u2014]/.test(t.post) ||
  /\s-\s/.test(t.post) ||
  (t.post.includes('.') && !t.tags.has('Honorific') && !t.tags.has('Abbreviation'));

function termsOf(sentence: string): Term[] {
  const doc = nlp(sentence);
  doc.compute('root');
  const out: Term[] = [];
  let cursor = 0;
  for (const list of doc.docs as {
    normal?: string;
    root?: string;
    tags?: Set<string>;
    post?: string;
    text?: string;
    implicit?: string;
  }[][]) {
    for (const t of list) {
      const normal = (t.implicit ?? t.normal ?? '').toLowerCase();
      if (normal === '') continue;
      const surface = t.text ?? '';
      const offset = surface === '' ? -1 : sentence.indexOf(surface, cursor);
      if (offset >= 0) cursor = offset + surface.length;
      out.push({
        offset,
        normal,
        root: (t.root ?? normal).toLowerCase(),
        tags: t.tags ?? new Set<string>(),
        post: t.post ?? '',
        text: t.text ?? normal,
      });
    }
  }
  return verbsAfterTo(out);
}

// "I'm going to email his teachers", "we're planning to text you": compromise tags an errand word that is also a
// noun as a noun after "going to", though "I'll email" reads as a verb. After "going/planning/trying to" it is the
// verb.
const TO_BEFORE_VERB = new Set(['going', 'planning', 'trying']);
const ERRAND_NOUNS = new Set([
  'email',
  'e-mail',
  'text',
  'mail',
  'fax',
  'message',
  'phone',
  'copy',
  'print',
  'scan',
]);
function verbsAfterTo(terms: Term[]): Term[] {
  return terms.map((t, i) =>
    ERRAND_NOUNS.has(t.normal) &&
    !t.tags.has('Verb') &&
    terms[i - 1]?.normal === 'to' &&
    TO_BEFORE_VERB.has(terms[i - 2]?.normal ?? '')
      ? {
          ...t,
          root: t.normal,
          tags: new Set([...t.tags].filter((tag) => tag !== 'Noun').concat(['Verb', 'Infinitive'])),
        }
      : t,
  );
}

/** The end (exclusive) of the verb chain that starts at `from`. */
function chainEnd(terms: readonly Term[], from: number): number {
  let i = from;
  while (i < terms.length) {
    const t = terms[i] as Term;
    const next = terms[i + 1];
    if (i > from && endsClause(terms[i - 1] as Term)) break;
    if (t.normal === 'go' && next?.normal === 'ahead' && terms[i + 2]?.normal === 'and') i += 3;
    else if (isVerbish(t) || NEGATIONS.has(t.normal)) i += 1;
    else if (t.normal === 'to' && next !== undefined && (isVerbish(next) || CHAIN_ADVERBS.has(next.normal)))
      i += 1;
    else if (BRIDGE_ADJECTIVES.has(t.normal) && next?.normal === 'to') i += 1;
    else if (
      CHAIN_ADVERBS.has(t.normal) &&
      next !== undefined &&
      (isVerbish(next) ||
        next.normal === 'not' ||
        CHAIN_ADVERBS.has(next.normal) ||
        BRIDGE_ADJECTIVES.has(next.normal))
    )
      i += 1;
    else if (
      PARTICLES.has(t.normal) &&
      i > from &&
      (terms[i - 1] as Term).tags.has('Verb') &&
      t.tags.has('PhrasalVerb')
    )
      i += 1;
    else break;
  }
  return i;
}

function subjectBefore(
  terms: readonly Term[],
  start: number,
): { kind: SubjectKind; words: string; from: number; person?: boolean } {
  let i = start - 1;
  while (i >= 0 && CHAIN_ADVERBS.has((terms[i] as Term).normal) && !endsClause(terms[i] as Term)) i -= 1;
  const t = terms[i];
  if (t === undefined || endsClause(t)) return { kind: 'none', words: '', from: start };
  const pronoun = SUBJECT_PRONOUNS[t.normal];
  if (pronoun !== undefined) return { kind: pronoun, words: t.normal, from: i };
  if (!NOUN_PHRASE_TAGS.some((tag) => t.tags.has(tag))) return { kind: 'none', words: '', from: start };
  let first = i;
  while (first > 0 && start - first < 5) {
    const prev = terms[first - 1] as Term;
    if (endsClause(prev) || !NOUN_PHRASE_TAGS.some((tag) => prev.tags.has(tag))) break;
    if (prev.tags.has('Pronoun') && !prev.tags.has('Possessive')) break;
    first -= 1;
  }
  const phrase = terms.slice(first, i + 1);
  const words = phrase.map((x) => x.normal.replace(/\.$/, '')).join(' ');
  const named = phrase.some(
    (x) =>
      x.tags.has('Person') ||
      x.tags.has('Honorific') ||
      (/^\p{Lu}/u.test(x.text) && x.tags.has('ProperNoun')),
  );
  const person = named || phrase.some((x) => x.tags.has('Actor') || PERSON_WORDS.has(x.normal));
  return { kind: named ? 'named' : 'role', words, from: first, person };
}

function modalOf(chain: readonly Term[]): Pick<Predicate, 'modal' | 'goingTo' | 'haveTo' | 'tryTo' | 'able'> {
  let modal: Modal = null;
  let goingTo = false;
  let haveTo = false;
  let tryTo = false;
  let able = false;
  chain.forEach((t, k) => {
    const next = chain[k + 1]?.normal;
    const w = t.normal;
    if ((w === 'will' || w === 'shall') && modal === null) modal = 'will';
    else if (w === 'can' && modal === null) modal = 'can';
    else if ((w === 'could' || w === 'would' || w === 'should' || w === 'must') && modal === null) modal = w;
    else if ((w === 'might' || w === 'may') && modal === null) modal = 'might';
    if ((w === 'going' || w === 'planning' || t.root === 'plan') && next === 'to') goingTo = true;
    if ((t.root === 'have' || w === 'got' || t.root === 'need') && next === 'to') haveTo = true;
    if ((t.root === 'try' || w === 'trying') && (next === 'to' || next === 'and')) tryTo = true;
    if (w === 'able' || w === 'unable') able = true;
  });
  return { modal, goingTo, haveTo, tryTo, able };
}

function predicateOf(
  terms: readonly Term[],
  start: number,
  end: number,
  previous: Predicate | undefined,
): Predicate {
  const chain = terms.slice(start, end);
  let subject = subjectBefore(terms, start);
  const head = chain[0] as Term;
  // "let me check", "let us add": the speaker (or the team) as the subject.
  if (head.root === 'let' && (terms[end]?.normal === 'me' || terms[end]?.normal === 'us')) {
    const kind: SubjectKind = terms[end]?.normal === 'me' ? 'let-me' : 'let-us';
    const after = chainEnd(terms, end + 1);
    if (after > end + 1)
      return {
        ...predicateOf(terms, end + 1, after, undefined),
        subject: kind,
        subjectWords: kind === 'let-me' ? 'me' : 'us',
        at: start,
        charAt: Math.max(0, head.offset),
      };
  }
  // "I will find out and let you know": the second verb shares the first one's subject.
  const joiner = terms[start - 1]?.normal;
  if (
    subject.kind === 'none' &&
    previous !== undefined &&
    (joiner === 'and' || joiner === 'or' || joiner === 'then')
  ) {
    subject = { kind: previous.subject, words: previous.subjectWords, from: start };
  }
  // After a modal, "do" is the verb itself ("we can do extensions"), never do-support.
  // After "to" too: "we're not going to be able to do that".
  const afterModal = (t: Term) => {
    const before = chain[chain.indexOf(t) - 1];
    return (
      (t.root === 'do' || t.normal === 'do') &&
      (before?.tags.has('Modal') === true || before?.normal === 'to')
    );
  };
  const content = chain.filter(
    (t) =>
      t.tags.has('Verb') &&
      !t.tags.has('Modal') &&
      (!t.tags.has('Auxiliary') || afterModal(t)) &&
      !t.tags.has('Pronoun') &&
      !(t.tags.has('Particle') && !PARTICLES.has(t.normal)) &&
      !CHAIN_ADVERBS.has(t.normal) &&
      !PARTICLES.has(t.normal) &&
      t.normal !== 'to' &&
      !(t.normal === 'go' && chain[chain.indexOf(t) + 1]?.normal === 'ahead'),
  );
  // compromise sometimes tags the verb after "can all" as a noun ("we can all look at"): take the next word.
  // After a bare modal, the next word is the verb whatever its tag ("I will say, ...", "we can all look").
  if (
    content.length === 0 &&
    chain.some((t) => t.tags.has('Modal')) &&
    !endsClause(chain[chain.length - 1] as Term)
  ) {
    let k = end;
    while (terms[k] !== undefined && ['all', 'both', 'also', 'just'].includes((terms[k] as Term).normal))
      k += 1;
    const next = terms[k];
    const notAVerb = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((tag) =>
      next?.tags.has(tag),
    );
    if (next !== undefined && !notAVerb && (k === end || !endsClause(terms[k - 1] as Term)))
      content.push(next);
  }
  if (content.length === 0) {
    const aux = [...chain]
      .reverse()
      .find((t) => t.tags.has('Auxiliary') && !t.tags.has('Modal') && t.normal !== 'to');
    if (aux !== undefined) content.push(aux);
  }
  const verbs = content.map((t) => (t.tags.has('Copula') ? 'be' : t.root));
  const mainIndex = chain.lastIndexOf(content[content.length - 1] as Term);
  const particle = mainIndex >= 0 ? chain[mainIndex + 1] : undefined;
  const main = verbs[verbs.length - 1] ?? (chain.some((t) => t.tags.has('Copula')) ? 'be' : head.root);
  // "write it up", "write all this up", "put the notice together": a particle a few words after its verb.
  const later = terms.slice(end, end + 4).findIndex((t) => ['up', 'together', 'out'].includes(t.normal));
  const between = later < 0 ? [] : terms.slice(end, end + later);
  const splitParticle =
    later > 0 &&
    between.every(
      (t) => t.tags.has('Pronoun') || t.tags.has('Determiner') || t.normal === 'all' || t.tags.has('Noun'),
    )
      ? terms[end + later]?.normal
      : undefined;
  const verb =
    particle !== undefined && PARTICLES.has(particle.normal)
      ? `${main} ${particle.normal}`
      : splitParticle !== undefined
        ? `${main} ${splitParticle}`
        : main;
  // Negation is said with a word ("not", "never", "unable"), not a prefix compromise tags ("non-food").
  const negative = chain.some((t) => NEGATIONS.has(t.normal));
  const firstVerb = chain.find((t) => isVerbish(t));
  const modals = modalOf(chain);
  const next = terms[end];
  const perfect =
    firstVerb !== undefined &&
    ['have', 'has', 'had'].includes(firstVerb.normal) &&
    next !== undefined &&
    (next.tags.has('PastTense') ||
      next.tags.has('Participle') ||
      /^(?:done|gone|seen|been|had|got|gotten|sent|made|given|taken|heard|told)$/.test(next.normal));
  const past =
    perfect ||
    // "I was going to tell you", "we had to call": an intention or a need that is over.
    ((modals.goingTo || modals.haveTo) && ['was', 'were', 'had'].includes(firstVerb?.normal ?? '')) ||
    (modals.modal === null &&
      !modals.haveTo &&
      !modals.goingTo &&
      (firstVerb?.tags.has('PastTense') === true ||
        firstVerb?.normal === 'did' ||
        firstVerb?.normal === 'was' ||
        firstVerb?.normal === 'were' ||
        (firstVerb?.root === 'have' &&
          content.some((t) => t.tags.has('PastTense') || t.tags.has('Participle')))));
  const before = terms.slice(Math.max(0, start - 3), start).map((t) => t.normal);
  const subjectTerm = subject.kind === 'none' ? undefined : terms[subject.from];
  const objectTerms: string[] = [];
  const closed = endsClause(terms[end - 1] as Term);
  for (let k = end; !closed && k < terms.length && objectTerms.length < 14; k += 1) {
    const t = terms[k] as Term;
    objectTerms.push(t.normal);
    if (endsClause(t)) break;
  }
  return {
    subject: subject.kind,
    subjectWords: subject.words,
    ...modals,
    negative,
    past,
    passive: chain.some(
      (t, k) =>
        (t.root === 'be' ||
          t.normal === 'be' ||
          t.normal === 'been' ||
          t.normal === 'being' ||
          t.normal === 'get') &&
        chain.slice(k + 1).some((x) => x.tags.has('PastTense') || x.tags.has('Participle')),
    ),
    progressive:
      !perfect &&
      chain.some(
        (t, k) =>
          ['am', 'is', 'are', 'be', "'re", "'s", "'m"].includes(t.normal) &&
          chain.slice(k + 1).some((x) => x.tags.has('Gerund') && !BRIDGE_ADJECTIVES.has(x.normal)),
      ),
    negRaised: false,
    subjectPerson:
      subject.person === true || ['i', 'we', 'you', 'let-me', 'let-us', 'pronoun'].includes(subject.kind),
    habitual: chain.some((t) => HABIT.has(t.normal)) || before.some((w) => HABIT.has(w)),
    hedged: chain.some((t) => HEDGE.has(t.normal)) || before.some((w) => HEDGE.has(w)),
    verb,
    verbs,
    object: objectTerms.join(' '),
    embedded:
      EMBEDDING.has(terms[subject.from - 1]?.normal ?? '') ||
      (terms[subject.from - 1]?.normal === 'that' && terms[subject.from - 2]?.tags.has('Adjective') === true),
    at: start,
    charAt: Math.max(0, (subjectTerm ?? head).offset),
  };
}

/** The predicates of one sentence (cleaned speech, see cleanSpeech). */
export function parseSentence(sentence: string): ParsedSentence {
  const terms = termsOf(sentence);
  const predicates: Predicate[] = [];
  let i = 0;
  while (i < terms.length) {
    const t = terms[i] as Term;
    if (
      isVerbish(t) ||
      (CHAIN_ADVERBS.has(t.normal) &&
        terms[i + 1] !== undefined &&
        isVerbish(terms[i + 1] as Term) &&
        !['and', 'go', 'ahead', 'right', 'first', 'all', 'both', 'then'].includes(t.normal))
    ) {
      const end = Math.max(i + 1, chainEnd(terms, i));
      const p = predicateOf(terms, i, end, predicates[predicates.length - 1]);
      // "I don't think the district will fund that", "we don't believe he needs it": the "not" of the opinion verb
      // negates the clause it introduces.
      const opinion = predicates[predicates.length - 1];
      if (
        opinion !== undefined &&
        opinion.negative &&
        NEG_RAISING.has(opinion.verb) &&
        (opinion.subject === 'i' || opinion.subject === 'we') &&
        !p.negative &&
        p.at - opinion.at <= 8
      ) {
        p.negative = true;
        p.negRaised = true;
      }
      // "let me" itself is not a predicate when it led into another verb.
      predicates.push(p);
      i = p.subject === 'let-me' || p.subject === 'let-us' ? Math.max(end, chainEnd(terms, end + 1)) : end;
    } else i += 1;
  }
  return {
    words: terms.map((t) => t.normal),
    predicates,
    conditional:
      CONDITION.has(terms[0]?.normal ?? '') ||
      (terms[0]?.normal === 'so' && CONDITION.has(terms[1]?.normal ?? '')) ||
      offeredIf(terms, leadIn(terms)),
  };
}
