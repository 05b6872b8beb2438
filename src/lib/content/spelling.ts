/**
 * British spellings the site must not use: it is written for US readers. A short list of the
 * words health copy actually meets, not a full dictionary; add a word when a review finds one.
 */

/** British stem → American stem. Each matches whole words and their usual endings. */
const BRITISH: ReadonlyArray<readonly [british: RegExp, american: string]> = [
  [/\blicenc(e|es|ed|ing)\b/gi, 'license'],
  [/\bpractis(e|es|ed|ing)\b/gi, 'practice'],
  [/\bfibres?\b/gi, 'fiber'],
  [/\borganis(e|es|ed|ing|ation|ations|ational)\b/gi, 'organiz…'],
  [/\brecognis(e|es|ed|ing)\b/gi, 'recogniz…'],
  [/\bspecialis(e|es|ed|ing)\b/gi, 'specializ…'],
  [/\bminimis(e|es|ed|ing)\b/gi, 'minimiz…'],
  [/\brandomis(ed|ation)\b/gi, 'randomiz…'],
  [/\bbehaviours?\b/gi, 'behavior'],
  [/\bcolours?\b/gi, 'color'],
  [/\bfavour(s|ed|ite|able)?\b/gi, 'favor'],
  [/\bcentres?\b/gi, 'center'],
  [/\btumours?\b/gi, 'tumor'],
  [/\bpaediatric\w*/gi, 'pediatric'],
  [/\w*oedema\b/gi, 'edema'],
  [/\bhaemo\w*/gi, 'hemo…'],
  [/\bmanoeuvres?\b/gi, 'maneuver'],
  // Not inside an id such as the source `nhs-pre-eclampsia`.
  [/(?<![-@\w])pre-eclampsia\b/gi, 'preeclampsia'],
];

/** One British spelling found in a text. */
export interface SpellingHit {
  /** The word as written. */
  word: string;
  /** What to write instead. */
  american: string;
  /** 1-based line in the text. */
  line: number;
}

/** Every British spelling in a text, with its line, in order. */
export function findBritishSpellings(text: string): SpellingHit[] {
  const hits: Array<SpellingHit & { at: number }> = [];
  for (const [pattern, american] of BRITISH) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      hits.push({ word: match[0], american, line: text.slice(0, at).split('\n').length, at });
    }
  }
  return hits.sort((a, b) => a.at - b.at).map(({ at: _at, ...hit }) => hit);
}
