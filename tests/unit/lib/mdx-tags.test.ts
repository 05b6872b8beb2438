import { describe, expect, it } from 'vitest';
import { bodyStartLine, scanMdxTags, type MdxScan } from '../../../src/lib/content/mdx-tags';

const names = new Set(['Cite', 'Term']);

/** The tags found as `Name id @line`, for short, readable expectations. */
function found(body: string): string[] {
  const scan = scanMdxTags(body, names);
  if (!scan.ok) throw new Error(`expected valid MDX, got: line ${scan.line}: ${scan.reason}`);
  return scan.tags.map((t) => `${t.name} ${t.id.kind === 'text' ? t.id.value : `(${t.id.kind})`} @${t.line}`);
}

describe('scanMdxTags', () => {
  it('finds self-closing and paired tags with their ids and lines, in reading order', () => {
    const body = 'Intro.\n\nA <Term id="fascia">fascia</Term> claim.<Cite id="cherkin-2011" />\n\n<Cite id="nice-ng59" />\n';
    expect(found(body)).toEqual(['Term fascia @3', 'Cite cherkin-2011 @3', 'Cite nice-ng59 @5']);
  });

  it('finds tags nested in other components and in each other', () => {
    const body = [
      '<Callout title="Take care" tone="alert">',
      '  - A <Term id="dvt">clot<Cite id="mayo-clinic-massage" /></Term> in a leg.',
      '</Callout>',
    ].join('\n');
    expect(found(body)).toEqual(['Term dvt @2', 'Cite mayo-clinic-massage @2']);
  });

  it('finds tags in lists, block quotes, headings and table cells', () => {
    const body = [
      '## What <Term id="fascia">fascia</Term> is',
      '',
      '- one <Cite id="a" />',
      '  1. nested <Cite id="b" />',
      '',
      '> quoted <Term id="lmt">LMT</Term>',
      '',
      '| Method | Source |',
      '| --- | --- |',
      '| NMT | <Cite id="c" /> |',
    ].join('\n');
    expect(found(body)).toEqual(['Term fascia @1', 'Cite a @3', 'Cite b @4', 'Term lmt @6', 'Cite c @10']);
  });

  it('does not count a tag shown in fenced code, inline code or a JSX comment', () => {
    const body = [
      'Write `<Cite id="inline-example" />` after the claim.',
      '',
      '```mdx',
      '<Term id="fenced-example">x</Term>',
      '```',
      '',
      '~~~',
      '<Cite id="tilde-example" />',
      '~~~',
      '',
      '{/* <Cite id="commented-out" /> */}',
      'Real <Cite id="real" />{/* <Term id="also-commented">y</Term> */}',
    ].join('\n');
    expect(found(body)).toEqual(['Cite real @12']);
  });

  it('ignores other components and HTML-looking names that only start the same', () => {
    expect(found('<Callout title="x">a</Callout> <Citation id="z" /> <Terms id="y" />')).toEqual([]);
  });

  it('tells a missing id and an expression id apart from a written one', () => {
    const scan = scanMdxTags('<Cite />\n<Cite id />\n<Term id={"fascia"}>x</Term>\n<Cite {...props} />', names);
    expect(scan).toEqual<MdxScan>({
      ok: true,
      tags: [
        { name: 'Cite', id: { kind: 'missing' }, line: 1 },
        { name: 'Cite', id: { kind: 'missing' }, line: 2 },
        { name: 'Term', id: { kind: 'expression', source: '"fascia"' }, line: 3 },
        { name: 'Cite', id: { kind: 'missing' }, line: 4 },
      ],
    });
  });

  it('keeps an id with several values as written, for the check to reject', () => {
    expect(found('<Cite id="a,b" />')).toEqual(['Cite a,b @1']);
  });

  it('counts a tag that spans lines at the line it opens on', () => {
    expect(found('One.\n\nTwo <Term\n  id="fascia">fascia</Term>.')).toEqual(['Term fascia @3']);
  });

  it.each([
    ['an unclosed tag', 'Fine.\n\nA <Term id="fascia">fascia.\n', 3],
    ['a tag cut off at the end', 'Fine.\n\n<Cite id="x"\n', 4],
    ['a stray brace', 'Fine.\n\nCosts {about $80.\n', 3],
    ['a < that starts no tag', 'Fine.\n\nScore <3 out of 5.\n', 3],
  ])('reports %s as invalid MDX with its line, without throwing', (_case, body, line) => {
    const scan = scanMdxTags(body, names);
    expect(scan.ok).toBe(false);
    if (scan.ok) return;
    expect(scan.line).toBe(line);
    expect(scan.reason.length).toBeGreaterThan(10);
  });

  it('finds nothing in an empty body', () => {
    expect(found('')).toEqual([]);
  });
});

describe('bodyStartLine', () => {
  const file = '---\ntitle: A\nsummary: <Cite id="x" />\n---\n\n\nFirst line.\nSecond.\n';

  it('gives the file line of the first line of the trimmed body', () => {
    expect(bodyStartLine(file, 'First line.\nSecond.')).toBe(7);
  });

  it('matches the body at the end of the file, not an earlier copy of its text in the frontmatter', () => {
    expect(bodyStartLine('---\nnote: Same\n---\nSame', 'Same')).toBe(4);
  });

  it('counts CRLF line endings the same way', () => {
    expect(bodyStartLine('---\r\ntitle: A\r\n---\r\n\r\nBody', 'Body')).toBe(5);
  });

  it('is undefined for an empty body or one the file no longer holds', () => {
    expect(bodyStartLine(file, '')).toBeUndefined();
    expect(bodyStartLine(file, 'Edited since.')).toBeUndefined();
  });
});
