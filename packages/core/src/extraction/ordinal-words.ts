// Days of the month said as words ("by the twenty-fifth", "Thursday. The twentieth."), with their numbers: read by
// dates.ts (to put days in digits) and text.ts (to keep a weekday and its day together as one sentence).
export const ORDINAL_WORDS: Readonly<Record<string, number>> = (() => {
  const words: Record<string, number> = {};
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = [
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ];
  units.forEach((w, i) => {
    words[w] = i + 1;
    words[`twenty-${w}`] = 21 + i;
    words[`twenty ${w}`] = 21 + i;
  });
  teens.forEach((w, i) => (words[w] = 10 + i));
  words['twentieth'] = 20;
  words['thirtieth'] = 30;
  words['thirty-first'] = 31;
  words['thirty first'] = 31;
  return words;
})();

/** Any of them, longest first (so "twenty-first" is read whole, not as "twenty"), for a regular expression. */
export const ORDINAL_WORD_PATTERN = `(?:${Object.keys(ORDINAL_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
