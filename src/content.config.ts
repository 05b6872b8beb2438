// Collections and their loaders. Fields are defined in src/schemas, not here.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  comparisonSchema,
  conditionSchema,
  correctionSchema,
  glossarySchema,
  guideSchema,
  modalitySchema,
  pageSchema,
  quizSchema,
  reviewerSchema,
  sourceSchema,
} from './schemas';

const from = (folder: string, pattern: string) => glob({ pattern, base: `./content/${folder}` });

export const collections = {
  modalities: defineCollection({ loader: from('modalities', '*.mdx'), schema: modalitySchema }),
  conditions: defineCollection({ loader: from('conditions', '*.mdx'), schema: conditionSchema }),
  comparisons: defineCollection({ loader: from('comparisons', '*.mdx'), schema: comparisonSchema }),
  pages: defineCollection({ loader: from('pages', '*.mdx'), schema: pageSchema }),
  guides: defineCollection({ loader: from('guides', '*.mdx'), schema: guideSchema }),
  sources: defineCollection({ loader: from('sources', '*.yaml'), schema: sourceSchema }),
  glossary: defineCollection({ loader: from('glossary', '*.yaml'), schema: glossarySchema }),
  reviewers: defineCollection({ loader: from('reviewers', '*.yaml'), schema: reviewerSchema }),
  quiz: defineCollection({ loader: from('quiz', '*.yaml'), schema: quizSchema }),
  corrections: defineCollection({ loader: from('corrections', '*.yaml'), schema: correctionSchema }),
};
