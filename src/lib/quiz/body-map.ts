/**
 * The body map's drawing: a front and a back view of a neutral human outline, side by side in one
 * BODY_MAP_WIDTH × BODY_MAP_HEIGHT drawing (front on the left, back on the right). Each shape is an
 * SVG path that belongs to one body-map region (or is plain body), and carries the box(es) of the
 * clickable label laid over it. Pure data and string building: no DOM, so it can be tested in node.
 *
 * The figure is drawn once, centred on x = 0, with paired parts (shoulders, arms, legs) drawn on
 * the left only and mirrored, so it is symmetric by construction. Neighbouring shapes meet on a
 * shared edge or tuck their hidden edge underneath the shape drawn after them, so the regions tile
 * the silhouette without gaps.
 */
import type { BodyRegion } from '../../ids/quiz';

/** The drawing's size, in the SVG's user units (its viewBox is `0 0 BODY_MAP_WIDTH BODY_MAP_HEIGHT`). */
export const BODY_MAP_WIDTH = 224;
export const BODY_MAP_HEIGHT = 250;

/** A rectangle in the drawing's units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One filled path of the figure, with the hotspot box(es) to lay over it when its region is offered. */
export interface Shape {
  /** The region this shape shows, or null for plain body (the front of the trunk). */
  region: BodyRegion | null;
  /** SVG path data in the drawing's units; always starts with `M` and is closed. */
  d: string;
  /** Where clicks on this shape land; empty for plain body. */
  hotspots: Box[];
}

/** One view of the figure, its shapes listed bottom layer first (later shapes paint over earlier ones). */
export interface BodyView {
  id: 'front' | 'back';
  /** The x of the figure's centre line; the view's caption is centred here too. */
  centre: number;
  shapes: Shape[];
  /** Stroke-only detail lines (not regions, not clickable), e.g. the crease of the buttocks. */
  details: string[];
}

/** The caption line's baseline y, below the feet. */
export const CAPTION_Y = 246;

// --- Path building --------------------------------------------------------------------------

type Point = [x: number, y: number];
/** A curve or line from the previous point: `[end]` is a line, `[c1, c2, end]` a cubic curve. */
type Seg = [Point] | [Point, Point, Point];
/** A path: a start point and the segments after it (closed when drawn, except detail lines). */
interface Outline {
  start: Point;
  segs: Seg[];
}

const mirrorPoint = ([x, y]: Point): Point => [-x, y];
const mirror = (o: Outline): Outline => ({
  start: mirrorPoint(o.start),
  segs: o.segs.map((s) => s.map(mirrorPoint) as Seg),
});

/** The same segments walked backwards, ending at `start`. */
function reverseSegs(start: Point, segs: Seg[]): Seg[] {
  const ends = [start, ...segs.map((s) => s[s.length - 1] as Point)];
  return segs.map((s, i): Seg => (s.length === 1 ? [ends[i] as Point] : [s[1], s[0], ends[i] as Point])).reverse();
}

/**
 * A shape symmetric about x = 0 from its left half: `half` runs from a point on the centre line
 * down the left side to another point on the centre line; the right side is its mirror image
 * walked back up.
 */
function symmetric(half: Outline): Outline {
  const right = mirror({ start: half.start, segs: reverseSegs(half.start, half.segs) });
  return { start: half.start, segs: [...half.segs, ...right.segs] };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Path data for an outline moved so its centre line is at x = dx; closed (Z) unless it is a detail line. */
function pathData(o: Outline, dx: number, closed = true): string {
  const pt = ([x, y]: Point) => `${num(x + dx)} ${num(y)}`;
  const segs = o.segs.map((s) => (s.length === 1 ? `L${pt(s[0])}` : `C${s.map(pt).join(' ')}`));
  return `M${pt(o.start)}${segs.join('')}${closed ? 'Z' : ''}`;
}

const moveBox = (b: Box, dx: number): Box => ({ ...b, x: b.x + dx });
const mirrorBox = (b: Box): Box => ({ ...b, x: -b.x - b.width });

// --- The figure, centred on x = 0 (left half: negative x) ----------------------------------

/** A cubic curve through two control points to (x, y), and a straight line to (x, y). */
const C = (x1: number, y1: number, x2: number, y2: number, x: number, y: number): Seg => [
  [x1, y1],
  [x2, y2],
  [x, y],
];
const L = (x: number, y: number): Seg => [[x, y]];

/** A part of the figure before it is placed in a view; paired parts are the left one. */
interface Part {
  region: BodyRegion | null;
  outline: Outline;
  hotspots: Box[];
  paired: boolean;
}

const head: Part = {
  region: 'head-jaw',
  paired: false,
  outline: symmetric({
    start: [0, 4],
    segs: [
      C(-7, 4, -11.5, 8.5, -11.5, 16),
      // A small ear, so the round reads as a head even at thumbnail size.
      C(-13.6, 14.6, -14.2, 21, -11.2, 21.8),
      C(-10.6, 25.5, -8.8, 29, -6, 31.6),
      C(-4, 33.3, -2, 34, 0, 34),
    ],
  }),
  hotspots: [{ x: -14, y: 2, width: 28, height: 29 }],
};

const neck: Part = {
  region: 'neck',
  paired: false,
  outline: symmetric({
    start: [0, 27],
    segs: [L(-5.6, 27), C(-5.6, 34, -6, 39.5, -7.6, 44.5), C(-5, 46.2, -2.5, 46.6, 0, 46.6)],
  }),
  // Wider than the neck (15 units at its base), so it can still be hit on a phone-sized figure.
  hotspots: [{ x: -11, y: 31, width: 22, height: 17 }],
};

const shoulder: Part = {
  region: 'shoulders',
  paired: true,
  outline: {
    start: [-6, 41.5],
    segs: [
      C(-13.5, 44, -20.5, 44.6, -25, 47.4),
      C(-28.6, 49.8, -30.2, 54.6, -30.2, 61),
      C(-27.4, 63, -23.4, 63.2, -20.8, 62),
      C(-18.5, 56, -13.5, 50.5, -6.4, 46.4),
    ],
  },
  hotspots: [{ x: -31, y: 42, width: 24, height: 20 }],
};

const arm: Part = {
  region: 'arms-hands',
  paired: true,
  outline: {
    start: [-24, 50],
    segs: [
      C(-28, 52, -30, 56, -30.3, 62),
      C(-30.9, 72, -31.7, 83, -32.2, 93),
      C(-32.7, 103, -33.3, 116, -33.5, 127),
      // The hand: a soft paddle a little wider than the wrist.
      C(-34.5, 131, -35, 137, -34.5, 142.5),
      C(-34, 148, -29.4, 149.8, -28.1, 145.4),
      C(-27.3, 140.5, -27.3, 133, -27.8, 127.5),
      C(-27.3, 116, -26.4, 104, -25.5, 94),
      C(-24.6, 84, -23, 72, -21, 61),
    ],
  },
  hotspots: [{ x: -36, y: 62, width: 14, height: 88 }],
};

// The trunk's left side, split where the upper back meets the lower back (y = 80), so the front's
// one plain trunk and the back's two regions share one outline. Its top tucks under the neck and
// shoulders, its bottom (y = 104) under the hips (whose top is y = 101).
const trunkTop: Seg[] = [L(-6, 41.5), C(-13.5, 44, -20.5, 44.6, -25, 47.4), C(-22, 55, -21, 58, -21, 61)];
const chestSide: Seg[] = [C(-20.7, 67.5, -18.9, 74.5, -17.5, 80)];
const waistSide: Seg[] = [C(-16.5, 84, -15.9, 87.5, -15.9, 91), C(-15.9, 95, -16.6, 99.5, -17.9, 104)];

/** A piece of the trunk: down the left side along `segs`, then straight across to the centre line. */
function trunk(region: BodyRegion | null, top: Point, segs: Seg[], hotspots: Box[]): Part {
  const last = segs.at(-1)?.at(-1) ?? top;
  return { region, paired: false, outline: symmetric({ start: top, segs: [...segs, L(0, last[1])] }), hotspots };
}

const frontTrunk = trunk(null, [0, 41.5], [...trunkTop, ...chestSide, ...waistSide], []);
const upperBack = trunk('upper-back', [0, 41.5], [...trunkTop, ...chestSide], [{ x: -21, y: 47, width: 42, height: 33 }]);
const lowerBack = trunk('lower-back', [0, 80], [L(-17.5, 80), ...waistSide], [{ x: -18, y: 80, width: 36, height: 22 }]);

const hips: Part = {
  region: 'hips-buttocks',
  paired: false,
  outline: symmetric({
    start: [0, 101],
    segs: [
      L(-17.1, 101),
      C(-19.6, 106, -22.2, 112, -22.2, 119),
      C(-22.2, 123, -21.6, 127, -20.9, 131),
      // Down and in to the crotch, like the leg line of shorts.
      C(-14, 130.5, -5, 134, 0, 135.5),
    ],
  }),
  hotspots: [{ x: -22, y: 102, width: 44, height: 30 }],
};

const leg: Part = {
  region: 'legs-feet',
  paired: true,
  outline: {
    start: [-21.5, 121],
    segs: [
      C(-22.2, 138, -20.6, 156, -18.4, 172),
      C(-18, 177, -19.3, 184, -19.3, 191),
      C(-19.3, 200, -16.6, 208, -15.3, 216),
      // The foot, seen from in front or behind: a little wider than the ankle.
      C(-16.6, 220, -19.2, 223.5, -18.7, 226.6),
      C(-18.2, 229.2, -10, 229.6, -6.2, 228.3),
      C(-5.3, 225.5, -5.5, 220, -5.9, 216),
      C(-4.6, 208, -3.6, 199, -4.2, 191),
      C(-4.6, 184, -4.8, 178, -4.4, 173),
      C(-3.2, 160, -1.6, 146, -0.8, 133),
      L(-0.8, 121),
    ],
  },
  hotspots: [{ x: -22, y: 132, width: 22, height: 99 }],
};

/** Places the parts in a view: paired parts become a left and a mirrored right shape. */
function place(parts: Part[], centre: number): Shape[] {
  return parts.flatMap((p) => {
    const sides = p.paired
      ? [
          { outline: p.outline, hotspots: p.hotspots },
          { outline: mirror(p.outline), hotspots: p.hotspots.map(mirrorBox) },
        ]
      : [{ outline: p.outline, hotspots: p.hotspots }];
    return sides.map((s) => ({
      region: p.region,
      d: pathData(s.outline, centre),
      hotspots: s.hotspots.map((b) => moveBox(b, centre)),
    }));
  });
}

// Bottom layer first: legs under the hips, the trunk under the hips and shoulders, the neck over
// the shoulders, the head over the neck.
const layers = (trunkParts: Part[]): Part[] => [leg, ...trunkParts, hips, arm, shoulder, neck, head];

/** A view with its figure centred on x = centre; `details` are open lines, drawn as they are. */
function view(id: BodyView['id'], centre: number, trunkParts: Part[], details: Outline[] = []): BodyView {
  const shapes = place(layers(trunkParts), centre);
  return { id, centre, shapes, details: details.map((o) => pathData(o, centre, false)) };
}

// The crease between the buttocks, so the back view reads as the back although neither view has a face.
const crease: Outline = { start: [0, 124], segs: [L(0, 135)] };

/** The two views: the front (no back regions; its trunk is plain body) and the back. */
export const bodyViews: readonly BodyView[] = [
  view('front', 56, [frontTrunk]),
  view('back', 168, [upperBack, lowerBack], [crease]),
];

/** Every hotspot of both views, larger boxes first, so smaller ones (the neck) end up on top. */
export function bodyHotspots(views: readonly BodyView[] = bodyViews): Array<{ region: BodyRegion; box: Box }> {
  return views
    .flatMap((v) => v.shapes)
    .flatMap((s) => (s.region === null ? [] : s.hotspots.map((box) => ({ region: s.region as BodyRegion, box }))))
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
}

/** One view's half of the drawing, so each view can be its own SVG (stacked on a phone, side by side wider). */
export function viewFrame(view: BodyView): Box {
  return { x: view.centre - BODY_MAP_WIDTH / 4, y: 0, width: BODY_MAP_WIDTH / 2, height: BODY_MAP_HEIGHT };
}
