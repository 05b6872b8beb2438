/**
 * Which condition pages a quiz result links to: those felt in a body region the visitor ticked.
 * Pure, so the quiz element only shows or hides the links the server rendered.
 */
import { bodyRegions, type BodyRegion } from '../../ids/quiz';
import type { Answers } from './model';

const isRegion = (value: string): value is BodyRegion => (bodyRegions as readonly string[]).includes(value);

/** The body regions among the answers: only body-map options count, whichever question holds them. */
export function tickedRegions(answers: Answers): Set<BodyRegion> {
  return new Set(Object.values(answers).flat().filter(isRegion));
}

/** Whether a condition felt in these regions matches what was ticked (a condition with no regions never does). */
export function matchesRegions(regions: readonly string[], ticked: ReadonlySet<string>): boolean {
  return regions.some((region) => ticked.has(region));
}
