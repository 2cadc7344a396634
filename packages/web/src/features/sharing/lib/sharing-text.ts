// The longer sentences of the sharing pages, kept here so a test can hold them to a grade 8 reading level.

export const PEOPLE_INTRO =
  'These people can open this case. Each one has a role. The role says what they can do.';
export const INVITE_INTRO =
  'Enter the email of the person you want to add, and pick their role. You get a link to give them yourself, by text or email.';
export const LINK_RULE = 'This link works once and ends in 7 days.';
export const LINK_SHOWN_ONCE = 'You will not see this link again. Copy it now and send it to them.';
export const REMOVE_WARNING =
  'They will lose access to this case at once. Their notes and drafts stay on the case.';
export const JOIN_SIGN_IN =
  'You already have an account with this email. Sign in, and then you can join the case.';
export const JOIN_MAKE_ACCOUNT = 'Make your account to join the case. Use a password only you know.';
export const JOIN_NEXT_STEP =
  'Ask the family who sent the link for a new one. A link works only once and only for 7 days.';
export const CASELOAD_INTRO =
  'The families who asked you to help them. The family with the soonest meeting is first.';
export const CASELOAD_EMPTY =
  'No family has shared a case with you yet. When a family sends you a link, open it to join their case.';
export const SHARED_CASES_INTRO = 'Other families shared these cases with you.';
export const REMOVED_FROM_CASE =
  'You cannot open this case. It may have been removed, or the family stopped sharing it with you. Ask the family if you think this is a mistake.';
export const READ_ONLY_NOTE =
  'You can read this case. Only the family can change it. To change something, ask the owner.';
export const AUDIO_GRANT_LABEL = 'May download recordings and clips';
export const AUDIO_GRANT_HINT =
  'An advocate can always listen in the app. Turn this on to let them save recordings and clips, and share a part of a meeting with a link. You can turn it off at any time.';
