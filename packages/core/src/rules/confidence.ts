// How sure we are of a rule, as labelled in missouri-rules.md. The UI shows it next to every citation so a parent
// (or an advocate) can tell a statute from a district page from something still to verify.
export const CONFIDENCES = ['PRIMARY', 'SECONDARY', 'UNCONFIRMED'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
