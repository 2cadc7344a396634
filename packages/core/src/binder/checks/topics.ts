// The services and accommodations an IEP writes down, each with the words schools and parents use for it (and the
// ways OCR and typing mangle them). A settled point and a line of the IEP are the same topic when they name the same
// entry here; words outside the table fall back to word overlap (sameWords).

export type TopicKind = 'service' | 'accommodation';

export interface Topic {
  id: string;
  kind: TopicKind;
  /** Plain words for the parent and the letter. */
  label: string;
  /** Lower-case patterns, matched on word boundaries against normalized text. */
  words: readonly RegExp[];
}

const w = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'i');

export const TOPICS: readonly Topic[] = [
  {
    id: 'speech',
    kind: 'service',
    label: 'speech-language therapy',
    words: [
      w('speech(?:[ /-]?(?:and[ -])?language)?(?: therapy| services?| instruction| implementation)?'),
      w('slp'),
      w('language therapy'),
      w('articulation'),
    ],
  },
  {
    id: 'ot',
    kind: 'service',
    label: 'occupational therapy',
    words: [w('occupational therapy'), w('occupational'), w('o\\.?t\\.?')],
  },
  {
    id: 'pt',
    kind: 'service',
    label: 'physical therapy',
    words: [w('physical therapy'), w('p\\.?t\\.?')],
  },
  {
    id: 'reading',
    kind: 'service',
    label: 'specialized reading instruction',
    words: [w('reading'), w('literacy'), w('ela'), w('english language arts'), w('phonics'), w('dyslexia')],
  },
  {
    id: 'writing',
    kind: 'service',
    label: 'specialized writing instruction',
    words: [w('writing'), w('written (?:expression|language)')],
  },
  {
    id: 'math',
    kind: 'service',
    label: 'specialized math instruction',
    words: [w('math(?:ematics)?'), w('calculation'), w('math reasoning')],
  },
  {
    id: 'behavior',
    kind: 'service',
    label: 'behavior support',
    words: [
      w('behaviou?r(?:al)?(?: support| intervention| services?)'),
      w('social[ /-]emotional'),
      w('social skills'),
    ],
  },
  {
    id: 'counseling',
    kind: 'service',
    label: 'counseling',
    words: [w('counseling'), w('counselling'), w('social work(?: services)?'), w('psychological services')],
  },
  {
    id: 'para',
    kind: 'service',
    label: 'a paraprofessional (aide)',
    words: [
      w('paraprofessional'),
      w('para'),
      w('aide'),
      w('1:1 (?:aide|support)'),
      w('one[- ]on[- ]one aide'),
    ],
  },
  {
    id: 'transportation',
    kind: 'service',
    label: 'special transportation',
    words: [w('(?:special(?:ized)? )?transportation'), w('bus(?:sing)?')],
  },
  {
    id: 'esy',
    kind: 'service',
    label: 'extended school year (ESY)',
    words: [w('extended school year'), w('esy')],
  },
  {
    id: 'at',
    kind: 'service',
    label: 'assistive technology',
    words: [w('assistive technology'), w('a\\.?t\\. (?:device|services?)')],
  },
  {
    id: 'extended-time',
    kind: 'accommodation',
    label: 'extra time',
    words: [
      w('extended time'),
      w('extra time'),
      w('additional time'),
      w('time and a half'),
      w('1\\.5x? time'),
      w('time extension'),
    ],
  },
  {
    id: 'seating',
    kind: 'accommodation',
    label: 'preferential seating',
    words: [
      w('preferential seating'),
      w('preferred seating'),
      w('seat(?:ed|ing)? (?:near|close to) (?:the )?(?:teacher|instruction|board)'),
      w('front of the (?:room|class)'),
    ],
  },
  {
    id: 'read-aloud',
    kind: 'accommodation',
    label: 'tests and text read aloud',
    words: [
      w('read aloud'),
      w('read[- ]aloud'),
      w('text[- ]to[- ]speech'),
      w('oral(?:ly)? (?:administration|administered)'),
      w('tests? read'),
    ],
  },
  {
    id: 'breaks',
    kind: 'accommodation',
    label: 'breaks',
    words: [w('(?:movement |sensory |frequent |short )?breaks?'), w('break card')],
  },
  {
    id: 'small-group',
    kind: 'accommodation',
    label: 'testing in a small group or separate room',
    words: [
      w('small[- ]group (?:testing|setting|test)'),
      w('separate (?:setting|room|location) for (?:tests|testing|assessments)'),
      w('test(?:ing|s)? in a (?:small group|separate room)'),
    ],
  },
  {
    id: 'notes',
    kind: 'accommodation',
    label: 'a copy of class notes',
    words: [
      w('(?:copy|copies) of (?:class |teacher )?notes'),
      w('guided notes'),
      w('teacher notes'),
      w('notes provided'),
    ],
  },
  {
    id: 'reduced-work',
    kind: 'accommodation',
    label: 'shorter assignments',
    words: [
      w('reduced (?:assignments?|work|homework)'),
      w('shortened (?:assignments?|work|homework)'),
      w('shorter assignments?'),
      w('modified (?:assignments?|homework)'),
    ],
  },
  {
    id: 'calculator',
    kind: 'accommodation',
    label: 'use of a calculator',
    words: [w('calculator'), w('multiplication (?:chart|table)')],
  },
  {
    id: 'graphic-organizer',
    kind: 'accommodation',
    label: 'graphic organizers',
    words: [w('graphic organi[sz]ers?')],
  },
  {
    id: 'speech-to-text',
    kind: 'accommodation',
    label: 'speech-to-text or a scribe',
    words: [w('speech[- ]to[- ]text'), w('dictation'), w('scribe')],
  },
  {
    id: 'audiobooks',
    kind: 'accommodation',
    label: 'audiobooks',
    words: [w('audio ?books?'), w('audio recordings? of (?:texts|books)')],
  },
  {
    id: 'check-ins',
    kind: 'accommodation',
    label: 'check-ins with an adult',
    words: [w('check[- ]ins?'), w('check in/check out'), w('cico')],
  },
  {
    id: 'visual-schedule',
    kind: 'accommodation',
    label: 'a visual schedule',
    words: [w('visual schedules?'), w('picture schedules?')],
  },
  {
    id: 'headphones',
    kind: 'accommodation',
    label: 'noise-reducing headphones',
    words: [w('(?:noise[- ](?:cancel+ing|reducing) )?headphones'), w('ear ?muffs')],
  },
  {
    id: 'directions',
    kind: 'accommodation',
    label: 'directions repeated or simplified',
    words: [
      w('(?:repeat(?:ed)?|simplif(?:y|ied)|clarif(?:y|ied)|chunk(?:ed)?) directions'),
      w('directions (?:repeated|simplified|read aloud|clarified|chunked)'),
    ],
  },
];

const TOPIC_BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: string): Topic | undefined {
  return TOPIC_BY_ID.get(id);
}

const globalOf = (re: RegExp) => new RegExp(re.source, 'gi');

/**
 * The topics a text names. Accommodations are read first and their words taken out, so "speech-to-text" is not
 * also speech therapy and "tests read aloud" is not reading instruction.
 */
export function topicsIn(text: string): Topic[] {
  const found: Topic[] = [];
  let rest = text;
  for (const t of TOPICS.filter((x) => x.kind === 'accommodation')) {
    if (!t.words.some((re) => re.test(rest))) continue;
    found.push(t);
    for (const re of t.words) rest = rest.replace(globalOf(re), ' ');
  }
  for (const t of TOPICS.filter((x) => x.kind === 'service'))
    if (t.words.some((re) => re.test(rest))) found.push(t);
  return found;
}
