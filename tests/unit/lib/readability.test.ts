import { describe, expect, it } from 'vitest';
import { countText, gradeOf, pageText, plainText } from '../../../src/lib/readability';

describe('readability', () => {
  it('reads only the words of an MDX body', () => {
    const mdx =
      '## What it is\n\nA <Term id="fascia">thin wrap</Term> of tissue.<Cite id="x" /> See [the glossary](/glossary/).\n\n- **One** point';
    expect(plainText(mdx).trim()).toBe('What it is\n\nA thin wrap of tissue. See the glossary.\n\nOne point');
  });

  it('counts sentences, words and syllables, with headings and list items as sentences', () => {
    expect(countText('What it is\nA thin wrap of tissue [@x]. See it!')).toEqual({ sentence: 3, word: 10, syllable: 11 });
  });

  it('grades plain writing low and dense writing high', () => {
    expect(gradeOf('The cat sat on the mat. It was warm. We liked it.')).toBeLessThan(3);
    expect(
      gradeOf(
        'Neuromuscular therapeutic interventions demonstrate heterogeneous methodological characteristics, complicating comparative effectiveness evaluations considerably.',
      ),
    ).toBeGreaterThan(16);
  });

  it('takes prose fields from frontmatter but not names, ids or numbers', () => {
    const text = pageText({
      title: 'Ignored Title',
      summary: 'Shown here',
      sources: [{ collection: 'sources', id: 'x' }],
      faqs: [{ question: 'Q?', answer: 'A.' }],
    });
    expect(text).toBe('\nShown here.\nQ?\nA.');
  });
});
