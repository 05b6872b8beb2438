/**
 * The pages clinics can embed, with their titles and default iframe heights. The heights are
 * measured in a phone-width browser by `npm run embed:heights` (tests/tools/embed-heights.ts),
 * which writes embed-heights.json; the browser tests fail when they drift from the built pages.
 */
import { getComparisons, getModalities, getQuiz } from './content';
import heights from './embed-heights.json';
import { DEFAULT_HEIGHT } from '../lib/embed/messages';
import { pageKinds } from '../lib/routes';

export interface Embeddable {
  /** The page id: `quiz`, `compare/<slug>` or `modalities/<slug>`. */
  page: string;
  title: string;
  kind: 'Quiz' | 'Comparison' | 'Modality';
  /** Default iframe height in CSS pixels at 390 px wide. */
  height: number;
}

export async function getEmbeddables(): Promise<Embeddable[]> {
  const [quiz, comparisons, modalities] = await Promise.all([getQuiz(), getComparisons(), getModalities()]);
  const measured = heights as Record<string, number | undefined>;
  const item = (page: string, title: string, kind: Embeddable['kind']): Embeddable => ({
    page,
    title,
    kind,
    height: measured[page] ?? DEFAULT_HEIGHT,
  });
  return [
    item(pageKinds.quiz.embed(), quiz.data.title, 'Quiz'),
    ...comparisons.map((c) => item(pageKinds.comparison.embed(c.id), c.data.title, 'Comparison')),
    ...modalities.map((m) => item(pageKinds.modality.embed(m.id), m.data.title, 'Modality')),
  ];
}
