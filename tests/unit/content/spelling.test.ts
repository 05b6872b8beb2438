// The site is written for US readers: no British spelling in content or interface strings.
// Source titles, publishers and authors are proper names, quoted as published, so they are skipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBritishSpellings } from '../../../src/lib/content/spelling';

const root = new URL('../../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|ya?ml|ts)$/.test(f))
    .map((f) => join(dir, f));

/** Blanks what is not our wording (addresses, and a source's own title, publisher and authors), keeping line numbers. */
function ownWords(file: string, text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const noUrls = text.replace(/https?:\/\/\S+/g, blank);
  return file.startsWith('content/sources/') ? noUrls.replace(/^(title|publisher|authors):.*$/gm, blank) : noUrls;
}

describe('findBritishSpellings', () => {
  it('finds British spellings with their line and the American form', () => {
    expect(findBritishSpellings('A state licence.\nShe practised for years on muscle fibres.')).toEqual([
      { word: 'licence', american: 'license', line: 1 },
      { word: 'practised', american: 'practice', line: 2 },
      { word: 'fibres', american: 'fiber', line: 2 },
    ]);
    expect(findBritishSpellings('Organisations favour a randomised trial.').map((h) => h.word)).toEqual([
      'Organisations',
      'favour',
      'randomised',
    ]);
  });

  it('passes American spelling and words that only look alike', () => {
    const text = 'A licensed therapist may practice on fiber. Organizations favor randomized trials. Exercise, advise, otherwise.';
    expect(findBritishSpellings(text)).toEqual([]);
  });

  it('spells preeclampsia the American way, but leaves a source id that contains the British form alone', () => {
    expect(findBritishSpellings('Signs of pre-eclampsia.').map((h) => h.american)).toEqual(['preeclampsia']);
    expect(findBritishSpellings('Signs of preeclampsia [@nhs-pre-eclampsia]. <Cite id="nhs-pre-eclampsia" />')).toEqual([]);
  });
});

describe('the site’s own words', () => {
  const checked = [...files('content'), ...files('src/strings')];

  it.each(checked.map((f) => [relative(root, join(root, f))]))('%s uses American spelling', (file) => {
    const hits = findBritishSpellings(ownWords(file, readFileSync(join(root, file), 'utf8')));
    expect(hits.map((h) => `${file}:${h.line}: "${h.word}" → ${h.american}`)).toEqual([]);
  });
});
