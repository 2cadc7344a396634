import type { EscalationPage } from '@iep/core/contract';

// The page's own words and the text read aloud for an option. The legal words come from core.

type Option = EscalationPage['options'][number];
type Window = Option['windows'][number];

export const PAGE_INTRO =
  'If the school says no, or does not do what it agreed to, you have ways to take it further. They are listed ' +
  'from the easiest to the most formal. You can try more than one.';

export const WINDOWS_INTRO =
  'Each time limit below is counted from something in this case: a meeting, a Notice of Action, a "no" from ' +
  'a meeting, or a letter you sent. Pick the one your problem is about.';

export const KNEW_HELP =
  'The law counts due process from the day you knew, or should have known, about the problem. If you found out ' +
  'later than the date shown, put that day here.';

export const NO_EVENTS =
  'This case has no meetings, notices or letters in the past yet, so there is nothing to count from.';

/** The text read aloud for an option: what it is, the steps and why. */
export function optionSpeech(option: Option): string {
  return [`${option.title}.`, option.summary, ...option.steps, `Why: ${option.why}`].join(' ');
}

/** Open windows and closed ones apart: the closed ones are folded away. */
export function splitWindows(windows: readonly Window[]): { open: Window[]; closed: Window[] } {
  return { open: windows.filter((w) => w.open), closed: windows.filter((w) => !w.open) };
}

/** "Who can help" as one sentence per helper for reading aloud. */
export function helperSpeech(helper: EscalationPage['helpers'][number]): string {
  const phones = helper.phones.length === 0 ? '' : ` Phone: ${helper.phones.join(' or ')}.`;
  return `${helper.name}. ${helper.about}${phones}${helper.caution ? ` ${helper.caution}` : ''}`;
}
