import type { PlanType } from '../deadlines/index.js';
import type { Confidence, RuleKind } from '../rules/confidence.js';

// Who can help a Missouri family on the way up (missouri-rules.md §8). Organizations, not laws: each with the source
// it was read in and how sure we are of the details.

export interface EscalationHelper {
  id: string;
  name: string;
  /** What they do, in plain words. */
  about: string;
  /** Phone numbers as written by the source; empty when the source gives none. */
  phones: readonly string[];
  /** Anything the parent should know before relying on it. */
  caution: string | null;
  citation: string;
  confidence: Confidence;
  kind: RuleKind;
  source: string;
  planTypes: readonly PlanType[];
}

export const ESCALATION_HELPERS: readonly EscalationHelper[] = [
  {
    id: 'mpact',
    name: 'MPACT (Missouri Parents Act)',
    about:
      "Missouri's parent center, paid for by the U.S. since 1988. It helps parents learn their rights. It has " +
      'sample letters, the list of DESE mediators, and guides to child complaints and due process.',
    phones: ['800-743-7634'],
    caution: null,
    citation: "missouriparentsact.org/about-us; DESE Parent's Guide to Special Education in Missouri",
    confidence: 'PRIMARY',
    kind: 'organization',
    source: 'missouri-rules.md §8 (MPACT)',
    planTypes: ['IEP', '504'],
  },
  {
    id: 'mo-pa',
    name: 'Missouri Protection & Advocacy Services',
    about: 'An office in Jefferson City. It stands up for the rights of people who have a disability.',
    phones: ['573-893-3333', '866-777-7199'],
    caution: null,
    citation: 'Missouri Protection & Advocacy Services, federal filing RSA-227',
    confidence: 'SECONDARY',
    kind: 'organization',
    source: 'missouri-rules.md §8 (Other Missouri resources)',
    planTypes: ['IEP', '504'],
  },
  {
    id: 'lsem',
    name: 'Legal Services of Eastern Missouri, Education Justice Program',
    about: 'A legal aid program for school problems in eastern Missouri.',
    phones: [],
    caution: null,
    citation: 'St. Louis Public Radio, May 22, 2024',
    confidence: 'SECONDARY',
    kind: 'organization',
    source: 'missouri-rules.md §8 (Other Missouri resources)',
    planTypes: ['IEP', '504'],
  },
  {
    id: 'leap',
    name: 'LEAP (Lay Educational Advocacy Program)',
    about:
      'Trained more than 250 lay advocates who help families at school meetings. F.A.C.T. led the training. It is ' +
      'not part of MPACT.',
    phones: [],
    caution: 'The program ran from 2018 to early 2022. Ask F.A.C.T. if its advocates still help.',
    citation: 'moleapnetwork.org',
    confidence: 'PRIMARY',
    kind: 'organization',
    source: 'missouri-rules.md §8 (LEAP), §12.3',
    planTypes: ['IEP', '504'],
  },
];
