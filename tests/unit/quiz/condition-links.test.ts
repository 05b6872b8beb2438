import { describe, expect, it } from 'vitest';
import { matchesRegions, tickedRegions } from '../../../src/lib/quiz/condition-links';

describe('the condition pages a quiz result links to', () => {
  it('counts only body-map regions among the answers', () => {
    const ticked = tickedRegions({ goal: ['one-spot'], where: ['neck', 'lower-back'], feel: ['knot'] });
    expect([...ticked].sort()).toEqual(['lower-back', 'neck']);
  });

  it('links a condition felt where the visitor ticked, and nothing else', () => {
    const ticked = tickedRegions({ where: ['neck'] });
    expect(matchesRegions(['neck'], ticked)).toBe(true);
    expect(matchesRegions(['lower-back'], ticked)).toBe(false);
    expect(matchesRegions([], ticked)).toBe(false);
  });

  it('links nothing when no region was ticked (the relax path skips the body map)', () => {
    expect(matchesRegions(['neck', 'head-jaw'], tickedRegions({ goal: ['relax'] }))).toBe(false);
  });
});
