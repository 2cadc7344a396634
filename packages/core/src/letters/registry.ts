import type { LetterKind } from './letter-types.js';
import { childComplaint } from './kinds/child-complaint.js';
import { compEdRequest } from './kinds/comp-ed-request.js';
import { concerns } from './kinds/concerns.js';
import { evaluationRequest } from './kinds/evaluation-request.js';
import { followUp } from './kinds/follow-up.js';
import { ieeRequest } from './kinds/iee-request.js';
import { iepCorrection } from './kinds/iep-correction.js';
import type { KindModule } from './kinds/kind-module.js';
import { noticeMissingParts } from './kinds/notice-missing-parts.js';
import { pwnRequest } from './kinds/pwn-request.js';
import { recordingNotice } from './kinds/recording-notice.js';
import { recordsRequest } from './kinds/records-request.js';
import { sunshineFollowup } from './kinds/sunshine-followup.js';

/** Every kind's module; a kind missing here is a type error. */
export const KINDS: Record<LetterKind, KindModule> = {
  'recording-notice': recordingNotice,
  'records-request': recordsRequest,
  concerns,
  'pwn-request': pwnRequest,
  'follow-up': followUp,
  'evaluation-request': evaluationRequest,
  'iee-request': ieeRequest,
  'comp-ed-request': compEdRequest,
  'sunshine-followup': sunshineFollowup,
  'child-complaint': childComplaint,
  'notice-missing-parts': noticeMissingParts,
  'iep-correction': iepCorrection,
};
