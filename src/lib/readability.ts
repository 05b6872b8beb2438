/**
 * Reading level of a page's words, measured with the Flesch–Kincaid grade (the `flesch-kincaid`
 * formula with `syllable` counts). Pure: it takes text, not files.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { stringsWithPaths, stripCitations } from './citations';

/** Counts behind a grade. */
export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

/** The readable words of an MDX body: tags, markdown syntax, links and citations removed. */
export function plainText(mdx: string): string {
  return (
    mdx
      // Fenced code and imports are not prose.
      .replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, '')
      .replace(/^(import|export) .*$/gm, '')
      // Components: keep what they wrap (a Term's words), drop the tags and self-closing ones.
      .replace(/<[A-Za-z][^>]*\/>/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      // Markdown: links keep their text; headings, emphasis and list markers go.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]{0,3}(#{1,6}|[-*+]|\d+\.)[ \t]+/gm, '')
      .replace(/[*_`]/g, '')
  );
}

/** Sentence, word and syllable counts. A line without end punctuation (a heading, a list item) is a sentence too. */
export function countText(text: string): Counts {
  const clean = stripCitations(text);
  const words = clean.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  const sentences = clean.split(/(?<=[.!?…])["”’)]*\s+|\n+/).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  return {
    sentence: Math.max(sentences, 1),
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  };
}

/** The Flesch–Kincaid grade of some text, rounded to one decimal. */
export function gradeOf(text: string): number {
  const counts = countText(text);
  if (!counts.word) return 0;
  return Math.round(fleschKincaid({ ...counts }) * 10) / 10;
}

/** Frontmatter fields that are names, ids or numbers rather than prose. */
const NOT_PROSE =
  /(^|\.)(title|shortName|order|aka|sources|modalities|review|id|href|kind|level|min|max|flags|effects|version|tieMargin|exclusive|required|bodyMap|when|optional|extraTrainingRequired|issuer|name|category|setting|warningSigns|chosenBecause|finding|certainty)(\[|\.|$)/;

/** The prose of a page: its MDX body plus the frontmatter sentences the page shows. */
export function pageText(data: unknown, body = ''): string {
  const fields = stringsWithPaths(data)
    .filter(({ path }) => !NOT_PROSE.test(path))
    .map(({ text }) => (/[.!?]$/.test(text.trim()) ? text : `${text}.`));
  return [plainText(body), ...fields].join('\n');
}
