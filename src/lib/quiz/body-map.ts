/**
 * The body figure's shapes: rounded rectangles in a 240 × 232 drawing, front view on the left
 * and back view on the right. Each shape belongs to a body-map region (or is plain body).
 */
import type { BodyRegion } from './model';

/** One rounded rectangle of the figure. */
export interface Shape {
  region: BodyRegion | null;
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
}

export const BODY_MAP_WIDTH = 240;
export const BODY_MAP_HEIGHT = 232;

type Rect = [x: number, y: number, width: number, height: number, radius: number];

const both: Array<[BodyRegion | null, Rect]> = [
  [null, [44, 42, 32, 58, 8]],
  ['head-jaw', [47, 6, 26, 26, 13]],
  ['neck', [53, 31, 14, 12, 3]],
  ['shoulders', [29, 42, 19, 14, 7]],
  ['shoulders', [72, 42, 19, 14, 7]],
  ['arms-hands', [22, 57, 12, 64, 6]],
  ['arms-hands', [86, 57, 12, 64, 6]],
  ['hips-buttocks', [44, 98, 32, 24, 8]],
  ['legs-feet', [44, 123, 15, 96, 6]],
  ['legs-feet', [61, 123, 15, 96, 6]],
];
const backOnly: Array<[BodyRegion, Rect]> = [
  ['upper-back', [44, 45, 32, 28, 4]],
  ['lower-back', [44, 73, 32, 25, 4]],
];

const shape = (region: BodyRegion | null, [x, y, width, height, radius]: Rect, dx: number): Shape => ({
  region,
  x: x + dx,
  y,
  width,
  height,
  radius,
});

/** The front view's shapes, then the back view's (offset to the right). */
export const bodyShapes: { front: Shape[]; back: Shape[] } = {
  front: both.map(([region, rect]) => shape(region, rect, 0)),
  back: [...both, ...backOnly].map(([region, rect]) => shape(region, rect, 120)),
};

/** A shape's box as percentages of the drawing, for the clickable label laid over it. */
export function hotspotStyle(s: Shape): string {
  const pct = (value: number, of: number) => `${Math.round((value / of) * 10000) / 100}%`;
  return `left:${pct(s.x, BODY_MAP_WIDTH)};top:${pct(s.y, BODY_MAP_HEIGHT)};width:${pct(s.width, BODY_MAP_WIDTH)};height:${pct(s.height, BODY_MAP_HEIGHT)}`;
}
