import { describe, expect, it } from 'vitest';
import {
  BODY_MAP_HEIGHT,
  BODY_MAP_WIDTH,
  bodyHotspots,
  bodyViews,
  viewFrame,
  type Box,
  type Shape,
} from '../../../src/lib/quiz/body-map';
import { bodyRegions } from '../../../src/ids/quiz';

const view = (id: 'front' | 'back') => {
  const v = bodyViews.find((x) => x.id === id);
  if (!v) throw new Error(`no ${id} view`);
  return v;
};
const regionsOf = (shapes: readonly Shape[]) => new Set(shapes.map((s) => s.region));

/** The path's points (end and control points) as [x, y] pairs: every command here is absolute M, L or C. */
const points = (d: string): Array<[number, number]> => {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return Array.from({ length: nums.length / 2 }, (_, i) => [nums[2 * i] as number, nums[2 * i + 1] as number]);
};
/** A box around the path's points (its control-point hull, so at least as big as the curve). */
const bounds = (d: string): Box => {
  const xs = points(d).map(([x]) => x);
  const ys = points(d).map(([, y]) => y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
};

describe('body map drawing', () => {
  it('shows every region in the back view', () => {
    const back = regionsOf(view('back').shapes);
    for (const region of bodyRegions) expect(back, region).toContain(region);
  });

  it('shows every region but the back ones in the front view, whose trunk is plain body', () => {
    const front = regionsOf(view('front').shapes);
    for (const region of bodyRegions.filter((r) => r !== 'upper-back' && r !== 'lower-back'))
      expect(front, region).toContain(region);
    expect(front).toContain(null);
    expect(front).not.toContain('upper-back');
    expect(front).not.toContain('lower-back');
    expect(regionsOf(view('back').shapes)).not.toContain(null);
  });

  it('draws every shape as a non-empty closed path starting with M, inside its half of the drawing', () => {
    for (const v of bodyViews) {
      for (const s of v.shapes) {
        expect(s.d).toMatch(/^M[\d.]+ [\d.]+[LC].*Z$/);
        expect(s.d).not.toMatch(/NaN|undefined/);
        const b = bounds(s.d);
        expect(Math.abs(b.x + b.width / 2 - v.centre), s.d).toBeLessThan(BODY_MAP_WIDTH / 4);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.height).toBeLessThanOrEqual(BODY_MAP_HEIGHT);
      }
    }
  });

  it('is symmetric: each view’s points mirrored across its centre line are the same points', () => {
    for (const v of bodyViews) {
      const key = ([x, y]: [number, number]) => `${(x - v.centre).toFixed(2)},${y.toFixed(2)}`;
      const all = v.shapes.flatMap((s) => points(s.d));
      const mirrored = all.map(([x, y]): [number, number] => [2 * v.centre - x, y]);
      expect(mirrored.map(key).sort()).toEqual(all.map(key).sort());
    }
  });
});

describe('body map hotspots', () => {
  it('gives every region shape at least one hotspot, and plain body none', () => {
    for (const s of bodyViews.flatMap((v) => v.shapes)) {
      if (s.region === null) expect(s.hotspots).toEqual([]);
      else expect(s.hotspots.length, s.region).toBeGreaterThan(0);
    }
  });

  it('keeps every hotspot box inside the drawing, over its own shape', () => {
    for (const s of bodyViews.flatMap((v) => v.shapes)) {
      const b = bounds(s.d);
      for (const box of s.hotspots) {
        expect(box.width).toBeGreaterThan(0);
        expect(box.height).toBeGreaterThan(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(BODY_MAP_WIDTH);
        expect(box.y + box.height).toBeLessThanOrEqual(BODY_MAP_HEIGHT);
        const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
        expect(cx, s.region ?? '').toBeGreaterThan(b.x);
        expect(cx, s.region ?? '').toBeLessThan(b.x + b.width);
        expect(cy, s.region ?? '').toBeGreaterThan(b.y);
        expect(cy, s.region ?? '').toBeLessThan(b.y + b.height);
      }
    }
  });

  it('makes the neck’s hotspot wider than the neck, so it can be hit on a small figure', () => {
    const neck = view('front').shapes.find((s) => s.region === 'neck');
    expect(neck?.hotspots[0]?.width).toBeGreaterThan(bounds(neck?.d ?? '').width);
  });

  it('lists the hotspots of both views, larger boxes first so smaller ones are on top', () => {
    const all = bodyHotspots();
    expect(all).toHaveLength(bodyViews.flatMap((v) => v.shapes).reduce((n, s) => n + s.hotspots.length, 0));
    const areas = all.map((h) => h.box.width * h.box.height);
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
    expect(all.at(-1)?.region).toBe('neck');
  });

  it('keeps each view’s hotspots inside that view’s own frame, so each view can be its own figure', () => {
    for (const v of bodyViews) {
      const frame = viewFrame(v);
      for (const { box } of bodyHotspots([v])) {
        // Each label's foreignObject takes the box as its place in the view's viewBox.
        expect(box.x).toBeGreaterThanOrEqual(frame.x);
        expect(box.y).toBeGreaterThanOrEqual(frame.y);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
        expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
      }
    }
  });
});
