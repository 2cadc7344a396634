import { describe, expect, it } from 'vitest';
import { ftsMatch, parseTerms, snippet, tsQuery, wordMatches } from './search-text.js';

describe('search terms', () => {
  it('keeps only letters and digits, so nothing reaches the FTS5 or tsquery syntax', () => {
    const terms = parseTerms('"NEAR(aide* OR -speech) & !x:* \'; drop table');
    expect(terms.words).toEqual(['near', 'aide', 'or', 'speech', 'x', 'drop', 'table']);
    expect(ftsMatch(terms)).toBe('"near" "aide" "or" "speech" "x" "drop" "table"*');
    expect(tsQuery(terms)).toBe('near & aide & or & speech & x & drop & table:*');
  });

  it('matches the last word as a prefix only when it has two letters or more', () => {
    expect(ftsMatch(parseTerms('evaluation rep'))).toBe('"evaluation" "rep"*');
    expect(ftsMatch(parseTerms('grade 5'))).toBe('"grade" "5"');
    expect(parseTerms('   ').words).toEqual([]);
  });

  it('keeps letters of any language and at most 12 words', () => {
    expect(parseTerms('Résumé niño 2027').words).toEqual(['résumé', 'niño', '2027']);
    expect(parseTerms('a b c d e f g h i j k l m n').words).toHaveLength(12);
  });
});

describe('highlighting', () => {
  it('accepts the same word with another ending, not words that only start alike', () => {
    expect(wordMatches('Evaluation', 'evaluate', false)).toBe(true);
    expect(wordMatches('agreed', 'agree', false)).toBe(true);
    expect(wordMatches('meetings', 'meeting', false)).toBe(true);
    expect(wordMatches('résumé', 'resume', false)).toBe(true);
    expect(wordMatches('special', 'speech', false)).toBe(false);
    expect(wordMatches('it', 'is', false)).toBe(false);
    expect(wordMatches('occupational', 'occ', true)).toBe(true);
    expect(wordMatches('occupational', 'occ', false)).toBe(false);
  });

  it('marks the found words and keeps the text between them', () => {
    expect(snippet('We will send the evaluation report by Friday.', parseTerms('report friday'))).toEqual([
      { text: 'We will send the evaluation ', highlight: false },
      { text: 'report', highlight: true },
      { text: ' by ', highlight: false },
      { text: 'Friday', highlight: true },
      { text: '.', highlight: false },
    ]);
  });

  it('cuts a long text around the first hit, with … where it was cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'trampoline';
    const pieces = snippet(words.join(' '), parseTerms('trampoline'), 20);
    const text = pieces.map((p) => p.text).join('');
    expect(text.startsWith('… w50 ')).toBe(true);
    expect(text.endsWith(' w69 …')).toBe(true);
    expect(pieces.filter((p) => p.highlight)).toEqual([{ text: 'trampoline', highlight: true }]);
  });

  it('cuts at the start when the hit is near the end', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    const text = snippet(words.join(' '), parseTerms('w49'), 20)
      .map((p) => p.text)
      .join('');
    expect(text).toBe(`… ${words.slice(30).join(' ')}`);
  });
});
