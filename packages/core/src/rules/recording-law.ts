import type { MeetingKind } from '../case/index.js';
import type { Sourced } from './confidence.js';

// RSMo 162.686, the parent's audio recording of IDEA and 504 meetings (missouri-rules.md §1, §12.1, §16.3). The
// plan, the recording page and the recording notice letter say it in these words, so they can never disagree.
// The statute caps the notice a district may require at 24 hours; district policies (the MSBA model most districts
// adopted) do require written notice up to 24 hours ahead. So: tell the parent to send it, never that notice is
// optional, and never that the statute itself orders it.

/** The one sentence about notice. */
export const RECORDING_NOTICE_SENTENCE =
  'Your district can require written notice at least 24 hours before the meeting. Send it so no one can refuse ' +
  'the recording.';

/** What the law allows, one plain point per line (the recording page shows them as a list). */
export const RECORDING_LAW_POINTS: readonly string[] = [
  'A Missouri school may not stop you from making an audio recording of any IEP or 504 meeting (RSMo 162.686).',
  'A district may not ask for notice more than 24 hours before the meeting.',
  RECORDING_NOTICE_SENTENCE,
  'The recording belongs to you. It is not a public record.',
  'The law is about sound only. It does not cover video.',
];

/**
 * The same law in the recording notice letter, said to the school in the parent's voice. Only what the statute
 * says: no district may stop the recording nor require more than 24 hours' notice; the recording is the parent's.
 */
export function recordingLawForSchool(plan: 'IEP' | '504'): string {
  const under = plan === '504' ? 'Section 504' : 'IDEA (the special education law) or Section 504';
  return (
    `Missouri law says a school district may not stop a parent from making an audio recording of a meeting held under ${under} (RSMo 162.686). ` +
    'A district may require notice up to 24 hours before the meeting, but not more. The recording belongs to me. ' +
    'It is not a public record.'
  );
}

export const RECORDING_LAW_SOURCE_NOTE =
  'Source: the Missouri Senate summary of SB 134 (2021), the same bill as HB 432. We could not read the final ' +
  'text of the law itself. The notice rule comes from district policies, such as the model policy most ' +
  'Missouri districts use.';

type Reason = Sourced & { summary: string };

/** The statute: no district may stop the recording, nor require more than 24 hours' notice. */
export const RECORDING_LAW_BASIS: Reason = {
  citation: 'RSMo 162.686',
  confidence: 'PRIMARY',
  kind: 'law',
  source: 'missouri-rules.md §1',
  summary:
    'A school may not stop a parent from making an audio recording of any IDEA or 504 meeting. It may not ' +
    "require more than 24 hours' notice. The recording belongs to the parent.",
};

/** The district policies the statute allows: written notice 24 hours ahead. */
export const RECORDING_POLICY_BASIS: Reason = {
  citation:
    'District policy allowed by RSMo 162.686 (MSBA model policy; for example Scott County R-I Policy 2420)',
  confidence: 'SECONDARY',
  kind: 'district-policy',
  source: 'missouri-rules.md §1, §16.3',
  summary:
    'Most district policies require written notice 24 hours before the meeting. Notice sent in time means no ' +
    'one can refuse the recording.',
};

/** Why the parent sends notice: the statute's cap, and the district policies it allows. */
export const RECORDING_BASIS: readonly Reason[] = [RECORDING_LAW_BASIS, RECORDING_POLICY_BASIS];

/** Mediation talks are confidential: warn against recording them (and offer no recording notice). */
export const MEDIATION_RECORDING_WARNING =
  'Mediation talks are confidential under 34 CFR 300.506(b)(8). What is said there cannot be used as evidence ' +
  'later. We advise you not to record a mediation session, so do not send a recording notice for it.';

export const MEDIATION_BASIS: Reason = {
  citation: '34 CFR 300.506(b)(8)',
  confidence: 'PRIMARY',
  kind: 'law',
  source: 'missouri-rules.md §16.3',
  summary: 'Talks during mediation are confidential and may not be used as evidence in a later hearing.',
};

/** False for a mediation session: the plan and the letters offer no recording notice for it. */
export function recordingNoticeOffered(kind: MeetingKind): boolean {
  return kind !== 'mediation';
}
