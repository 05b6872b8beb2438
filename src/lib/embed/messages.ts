/**
 * The resize protocol between an embed page (in the iframe) and the host page's loader.
 * Embed → host: `{ type: 'bodywork-guide:resize', version: 1, height }`, plus `step` and
 * `outcome` ids only when the host opted in (`events=1`). Never answers or anything typed.
 * Host → embed: `{ type: 'bodywork-guide:measure', version: 1 }` asks for the height again.
 * Embed → host: `{ type: 'bodywork-guide:close', version: 1 }` when Escape is pressed inside it,
 * so a pop-up can close while focus is in the frame.
 * Embed → host, only if the host opted in (`events=1`): `{ type: 'bodywork-guide:cta', version: 1 }`
 * plus the quiz `outcome` id when the booking button is clicked; the loader turns it into a
 * `bodywork-embed:cta` event on the host page, so a clinic can count bookings.
 * Pure functions: the origin and source checks happen where the event is (see the loader).
 */

import { isOutcomeId } from '../../ids/quiz';

export const PROTOCOL_VERSION = 1;
export const RESIZE = 'bodywork-guide:resize';
export const MEASURE = 'bodywork-guide:measure';
export const CLOSE = 'bodywork-guide:close';
export const CTA = 'bodywork-guide:cta';

/** Heights outside (0, SANE_MAX] are ignored; sane ones are clamped to [MIN_HEIGHT, MAX_HEIGHT]. */
export const SANE_MAX = 100_000;
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 60_000;
/** An iframe's height before anything better is known (no measurement, no message yet). */
export const DEFAULT_HEIGHT = 1200;
/**
 * Heights are rounded up to whole steps of this many pixels before they leave the embed, so the
 * host learns roughly how tall the content is, not which result or answer it shows.
 */
export const HEIGHT_STEP = 200;

/** A content height rounded up to the next whole step (at least one step). */
export function quantiseHeight(height: number): number {
  if (!Number.isFinite(height) || height <= 0) return HEIGHT_STEP;
  return Math.max(HEIGHT_STEP, Math.ceil(Math.ceil(height) / HEIGHT_STEP) * HEIGHT_STEP);
}

export interface ResizeMessage {
  type: typeof RESIZE;
  version: typeof PROTOCOL_VERSION;
  height: number;
  /** The quiz step (1-based) or `result`, only if the host opted in. */
  step?: number | 'result';
  /** The quiz outcome id, only if the host opted in. */
  outcome?: string;
}

/** Builds the message an embed sends: its height rounded up to a whole step, and ids only when opted in. */
export function resizeMessage(
  height: number,
  events?: { step?: number | 'result' | undefined; outcome?: string | undefined },
): ResizeMessage {
  const message: ResizeMessage = { type: RESIZE, version: PROTOCOL_VERSION, height: quantiseHeight(height) };
  if (events?.step !== undefined) message.step = events.step;
  if (events?.outcome !== undefined) message.outcome = events.outcome;
  return message;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The height a message asks for, clamped, or undefined when the message is not a valid resize
 * message (wrong type or version, extra keys, a height that is not a sane positive number).
 */
export function heightFrom(data: unknown): number | undefined {
  if (!isRecord(data) || data['type'] !== RESIZE || data['version'] !== PROTOCOL_VERSION) return undefined;
  const allowed = new Set(['type', 'version', 'height', 'step', 'outcome']);
  if (Object.keys(data).some((key) => !allowed.has(key))) return undefined;
  const height = data['height'];
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > SANE_MAX) return undefined;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

const isSignal = (data: unknown, type: string) =>
  isRecord(data) && data['type'] === type && data['version'] === PROTOCOL_VERSION && Object.keys(data).length === 2;

/** Whether data is the host's request to measure again. */
export const isMeasureRequest = (data: unknown): boolean => isSignal(data, MEASURE);

/** Whether data is an embed's request to close the pop-up it is shown in. */
export const isCloseRequest = (data: unknown): boolean => isSignal(data, CLOSE);

/** The quiz step and outcome a resize message reports (hosts that opted in), if well formed. */
export function eventsFrom(data: unknown): { step: number | 'result'; outcome?: string } | undefined {
  if (heightFrom(data) === undefined) return undefined;
  const { step, outcome } = data as Record<string, unknown>;
  const stepOk = step === 'result' || (typeof step === 'number' && Number.isInteger(step) && step > 0 && step < 100);
  if (!stepOk) return undefined;
  if (outcome === undefined) return { step };
  return isOutcomeId(outcome) ? { step, outcome } : undefined;
}

/** The message an embed sends when its booking button is clicked (hosts that opted in only). */
export function ctaMessage(outcome?: string): { type: typeof CTA; version: typeof PROTOCOL_VERSION; outcome?: string } {
  return outcome !== undefined && isOutcomeId(outcome)
    ? { type: CTA, version: PROTOCOL_VERSION, outcome }
    : { type: CTA, version: PROTOCOL_VERSION };
}

/** What a booking-click message reports (`{}` or `{ outcome }`), or undefined when malformed. */
export function ctaFrom(data: unknown): { outcome?: string } | undefined {
  if (!isRecord(data) || data['type'] !== CTA || data['version'] !== PROTOCOL_VERSION) return undefined;
  const keys = Object.keys(data);
  if (keys.length === 2) return {};
  const outcome = data['outcome'];
  return keys.length === 3 && isOutcomeId(outcome) ? { outcome } : undefined;
}
