import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';

// How easy a new password is to guess, with zxcvbn-ts and its common-password and English dictionaries. It lives in
// the server, not in core: the dictionaries are megabytes, and core ships to the browser. The web form shows the
// server's sentence next to the password field. Used for every new password: sign-up (open or by invitation),
// `iep user create`, and any password change.

let checker: ZxcvbnFactory | null = null;

function zxcvbn(): ZxcvbnFactory {
  // Built on first use: loading the dictionaries takes most of a second.
  checker ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return checker;
}

const ADVICE = 'Pick a longer one, like three or four unrelated words.';

export const PASSWORD_PROBLEMS = {
  blank: 'A password cannot be only spaces. Pick one you can remember, like three or four unrelated words.',
  repeated: `This password repeats the same few characters. ${ADVICE}`,
  personal: `This password is made of your name or email address. ${ADVICE}`,
  common: `This password is on a list of common passwords. ${ADVICE}`,
  guessable: `This password is too easy to guess. ${ADVICE}`,
} as const;

/** Zxcvbn scores 0..4; 3 means "safely unguessable" for an online attack with limits like ours. */
const MIN_SCORE = 3;

/**
 * Why this password should not be used, as a plain sentence, or null when it is fine. `userInputs` are words
 * that belong to this person (their email, their name): a password made of them is easy to guess too.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if (password.trim() === '') return PASSWORD_PROBLEMS.blank;
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[@.\s_-]+/)])
    .filter((w) => w.length > 2);
  const result = zxcvbn().check(password, inputs);
  const sequence = result.sequence;
  const only = sequence.length === 1 ? sequence[0] : undefined;
  if (only?.pattern === 'repeat') return PASSWORD_PROBLEMS.repeated;
  if (result.score >= MIN_SCORE) return null;
  const personal = sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs',
  );
  if (personal) return PASSWORD_PROBLEMS.personal;
  const common = sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common',
  );
  return common ? PASSWORD_PROBLEMS.common : PASSWORD_PROBLEMS.guessable;
}
