// The resize protocol: what an embed sends, and what the host's loader accepts from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CTA,
  ctaFrom,
  ctaMessage,
  eventsFrom,
  heightFrom,
  isMeasureRequest,
  MAX_HEIGHT,
  MEASURE,
  MIN_HEIGHT,
  HEIGHT_STEP,
  PROTOCOL_VERSION,
  quantiseHeight,
  RESIZE,
  resizeMessage,
  SANE_MAX,
} from '../../../src/lib/embed/messages';
import { outcomeIds } from '../../../src/ids/quiz';

const valid = (extra: Record<string, unknown> = {}) => ({ type: RESIZE, version: PROTOCOL_VERSION, height: 500, ...extra });

describe('protocol constants', () => {
  it('names the messages and keeps the clamp inside the sane range', () => {
    expect(RESIZE).toBe('bodywork-guide:resize');
    expect(MEASURE).toBe('bodywork-guide:measure');
    expect(PROTOCOL_VERSION).toBe(1);
    expect(0).toBeLessThan(MIN_HEIGHT);
    expect(MIN_HEIGHT).toBeLessThan(MAX_HEIGHT);
    expect(MAX_HEIGHT).toBeLessThan(SANE_MAX);
  });
});

describe('resizeMessage', () => {
  it('sends the type, version and height rounded up to a whole step, and nothing else by default', () => {
    const message = resizeMessage(412.2);
    expect(message).toStrictEqual({ type: RESIZE, version: 1, height: 600 });
    expect(Object.keys(message)).toEqual(['type', 'version', 'height']);
    expect(resizeMessage(800)).toStrictEqual({ type: RESIZE, version: 1, height: 800 });
    expect(resizeMessage(800.5)).toStrictEqual({ type: RESIZE, version: 1, height: 1000 });
  });

  it('adds the step and outcome only when given', () => {
    expect(Object.keys(resizeMessage(500, {}))).toEqual(['type', 'version', 'height']);
    expect(resizeMessage(500, { step: 3 })).toStrictEqual({ type: RESIZE, version: 1, height: 600, step: 3 });
    expect(resizeMessage(500, { step: 'result', outcome: 'nmt' })).toStrictEqual({
      type: RESIZE,
      version: 1,
      height: 600,
      step: 'result',
      outcome: 'nmt',
    });
  });

  it('round-trips through the validator for every height in range', () => {
    fc.assert(
      fc.property(fc.double({ min: MIN_HEIGHT, max: MAX_HEIGHT, noNaN: true }), (height) => {
        // The host gets a whole step, never shorter than the content and less than a step taller.
        const received = heightFrom(resizeMessage(height)) as number;
        expect(received % HEIGHT_STEP).toBe(0);
        expect(received).toBeGreaterThanOrEqual(height);
        expect(received - height).toBeLessThan(HEIGHT_STEP);
        expect(heightFrom(structuredClone(resizeMessage(height, { step: 2, outcome: 'deep' })))).toBe(received);
      }),
    );
  });
});

describe('quantiseHeight', () => {
  it('rounds every height up to a whole step, so nearby heights look the same', () => {
    expect(quantiseHeight(1)).toBe(HEIGHT_STEP);
    expect(quantiseHeight(HEIGHT_STEP)).toBe(HEIGHT_STEP);
    expect(quantiseHeight(HEIGHT_STEP + 0.1)).toBe(2 * HEIGHT_STEP);
    expect(quantiseHeight(0)).toBe(HEIGHT_STEP);
    expect(quantiseHeight(Number.NaN)).toBe(HEIGHT_STEP);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: SANE_MAX, noNaN: true }), (height) => {
        const q = quantiseHeight(height);
        expect(q % HEIGHT_STEP).toBe(0);
        expect(q).toBeGreaterThanOrEqual(height);
        expect(q - height).toBeLessThan(HEIGHT_STEP);
      }),
    );
  });
});

describe('heightFrom', () => {
  it('accepts a valid message', () => {
    expect(heightFrom(valid())).toBe(500);
    expect(heightFrom(valid({ step: 2 }))).toBe(500);
    expect(heightFrom(valid({ step: 'result', outcome: 'nmt' }))).toBe(500);
  });

  it('rounds fractional heights up', () => {
    expect(heightFrom(valid({ height: 500.01 }))).toBe(501);
  });

  it.each([
    ['no type', { version: 1, height: 500 }],
    ['the measure type', { type: MEASURE, version: 1, height: 500 }],
    ['another type', { type: 'resize', version: 1, height: 500 }],
    ['a type in other case', { type: RESIZE.toUpperCase(), version: 1, height: 500 }],
    ['no version', { type: RESIZE, height: 500 }],
    ['version 2', { type: RESIZE, version: 2, height: 500 }],
    ['version 0', { type: RESIZE, version: 0, height: 500 }],
    ['version as a string', { type: RESIZE, version: '1', height: 500 }],
    ['no height', { type: RESIZE, version: 1 }],
    ['an extra key', valid({ answers: ['neck'] })],
    ['an extra key with an undefined value', valid({ extra: undefined })],
    ['a height as a string', valid({ height: '500' })],
    ['a height in pixels', valid({ height: '500px' })],
    ['a height as an array', valid({ height: [500] })],
    ['a height as an object', valid({ height: { valueOf: () => 500 } })],
    ['a boolean height', valid({ height: true })],
    ['a null height', valid({ height: null })],
    ['a bigint height', valid({ height: 500n })],
    ['NaN', valid({ height: Number.NaN })],
    ['Infinity', valid({ height: Number.POSITIVE_INFINITY })],
    ['-Infinity', valid({ height: Number.NEGATIVE_INFINITY })],
    ['a negative height', valid({ height: -500 })],
    ['zero', valid({ height: 0 })],
    ['negative zero', valid({ height: -0 })],
    ['a height just over SANE_MAX', valid({ height: SANE_MAX + 0.5 })],
    ['a huge height', valid({ height: 1e12 })],
    ['Number.MAX_VALUE', valid({ height: Number.MAX_VALUE })],
  ])('rejects a message with %s', (_label, data) => {
    expect(heightFrom(data)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'bodywork-guide:resize'],
    ['a JSON string', JSON.stringify(valid())],
    ['a number', 500],
    ['an array', [RESIZE, 1, 500]],
    ['an array with the keys set', Object.assign([], valid())],
    ['a Map', new Map(Object.entries(valid()))],
    ['a function', () => valid()],
  ])('rejects %s', (_label, data) => {
    expect(heightFrom(data)).toBeUndefined();
  });

  it('clamps small and large sane heights', () => {
    expect(heightFrom(valid({ height: Number.MIN_VALUE }))).toBe(MIN_HEIGHT);
    expect(heightFrom(valid({ height: 1 }))).toBe(MIN_HEIGHT);
    expect(heightFrom(valid({ height: MIN_HEIGHT - 0.5 }))).toBe(MIN_HEIGHT);
    expect(heightFrom(valid({ height: MIN_HEIGHT }))).toBe(MIN_HEIGHT);
    expect(heightFrom(valid({ height: MIN_HEIGHT + 1 }))).toBe(MIN_HEIGHT + 1);
    expect(heightFrom(valid({ height: MAX_HEIGHT - 1 }))).toBe(MAX_HEIGHT - 1);
    expect(heightFrom(valid({ height: MAX_HEIGHT }))).toBe(MAX_HEIGHT);
    expect(heightFrom(valid({ height: MAX_HEIGHT + 1 }))).toBe(MAX_HEIGHT);
    expect(heightFrom(valid({ height: SANE_MAX }))).toBe(MAX_HEIGHT);
  });

  it('never throws, and returns undefined or a whole number within [MIN_HEIGHT, MAX_HEIGHT]', () => {
    const heights = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, -0, SANE_MAX, SANE_MAX + 1, Number.NaN, Number.POSITIVE_INFINITY),
      fc.anything(),
    );
    const envelope = fc.record(
      {
        type: fc.oneof(fc.constant(RESIZE), fc.constant(MEASURE), fc.anything()),
        version: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.anything()),
        height: heights,
        step: fc.anything(),
        outcome: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const withExtra = fc.tuple(envelope, fc.dictionary(fc.string(), fc.anything())).map(([a, b]) => ({ ...b, ...a }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), envelope, withExtra), (data) => {
        const height = heightFrom(data);
        if (height === undefined) return;
        expect(Number.isInteger(height)).toBe(true);
        expect(height).toBeGreaterThanOrEqual(MIN_HEIGHT);
        expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
      }),
    );
  });

  it('accepts exactly the finite heights in (0, SANE_MAX] on a well-formed message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.double({ min: -10, max: SANE_MAX * 1.5 }), fc.double({ min: MIN_HEIGHT, max: MAX_HEIGHT })),
        (h) => {
          const received = heightFrom(valid({ height: h }));
          if (!(h > 0 && h <= SANE_MAX)) {
            expect(received).toBeUndefined();
            return;
          }
          // Accepted: a whole number of pixels within the clamp, and no shorter than a height inside it.
          expect(Number.isInteger(received)).toBe(true);
          expect(received).toBeGreaterThanOrEqual(MIN_HEIGHT);
          expect(received).toBeLessThanOrEqual(MAX_HEIGHT);
          if (h >= MIN_HEIGHT && h <= MAX_HEIGHT) {
            expect(received).toBeGreaterThanOrEqual(h);
            expect((received as number) - h).toBeLessThan(1);
          }
        },
      ),
    );
  });

  it('rejects any well-formed message with a key outside the protocol', () => {
    const allowed = ['type', 'version', 'height', 'step', 'outcome'];
    fc.assert(
      fc.property(
        fc.string().filter((k) => !allowed.includes(k) && k !== '__proto__'),
        fc.anything(),
        (key, value) => {
          expect(heightFrom({ ...valid(), [key]: value })).toBeUndefined();
        },
      ),
    );
  });
});

describe('isMeasureRequest', () => {
  it('accepts the host’s measure request', () => {
    expect(isMeasureRequest({ type: MEASURE, version: PROTOCOL_VERSION })).toBe(true);
  });

  it.each([
    ['a resize message', valid()],
    ['version 2', { type: MEASURE, version: 2 }],
    ['a string version', { type: MEASURE, version: '1' }],
    ['no version', { type: MEASURE }],
    ['the type alone as a string', MEASURE],
    ['null', null],
    ['undefined', undefined],
    ['an array', [MEASURE, 1]],
    ['an array with the keys set', Object.assign([], { type: MEASURE, version: 1 })],
  ])('refuses %s', (_label, data) => {
    expect(isMeasureRequest(data)).toBe(false);
  });

  it('never throws and says yes to nothing but { type: MEASURE, version: 1 }', () => {
    const nearMisses = fc.record(
      {
        type: fc.constantFrom(MEASURE, RESIZE, 'measure'),
        version: fc.constantFrom(PROTOCOL_VERSION, 2, '1'),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearMisses, fc.constant({ type: MEASURE, version: PROTOCOL_VERSION })), (data) => {
        if (!isMeasureRequest(data)) return;
        accepted += 1;
        expect(data).toEqual({ type: MEASURE, version: PROTOCOL_VERSION });
        expect(Object.keys(data as object).sort()).toEqual(['type', 'version']);
      }),
      { numRuns: 300 },
    );
    // The request itself is among the inputs, so the check above really ran.
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('eventsFrom', () => {
  it('returns a well-formed step and outcome', () => {
    expect(eventsFrom(valid({ step: 1 }))).toStrictEqual({ step: 1 });
    expect(eventsFrom(valid({ step: 99 }))).toStrictEqual({ step: 99 });
    expect(eventsFrom(valid({ step: 'result' }))).toStrictEqual({ step: 'result' });
    expect(eventsFrom(valid({ step: 'result', outcome: 'nmt' }))).toStrictEqual({ step: 'result', outcome: 'nmt' });
    expect(eventsFrom(resizeMessage(700, { step: 4, outcome: 'either' }))).toStrictEqual({ step: 4, outcome: 'either' });
  });

  it.each(outcomeIds)('accepts the real quiz outcome id %s', (outcome) => {
    expect(eventsFrom(resizeMessage(700, { step: 'result', outcome }))).toStrictEqual({ step: 'result', outcome });
  });

  it.each([
    ['no step', valid()],
    ['an outcome without a step', valid({ outcome: 'nmt' })],
    ['step 0', valid({ step: 0 })],
    ['a negative step', valid({ step: -1 })],
    ['step 100', valid({ step: 100 })],
    ['a fractional step', valid({ step: 1.5 })],
    ['a NaN step', valid({ step: Number.NaN })],
    ['an infinite step', valid({ step: Number.POSITIVE_INFINITY })],
    ['a step as a string', valid({ step: '1' })],
    ['another step word', valid({ step: 'results' })],
    ['a step as an array', valid({ step: [1] })],
    ['an upper-case outcome', valid({ step: 'result', outcome: 'NMT' })],
    ['an empty outcome', valid({ step: 'result', outcome: '' })],
    ['an outcome the quiz does not have', valid({ step: 'result', outcome: 'see-gp' })],
    ['an outcome with markup', valid({ step: 'result', outcome: '<script>' })],
    ['an outcome with a trailing newline', valid({ step: 'result', outcome: 'nmt\n' })],
    ['an outcome over 20 letters', valid({ step: 'result', outcome: 'a'.repeat(21) })],
    ['an outcome as a number', valid({ step: 'result', outcome: 1 })],
    ['a null outcome', valid({ step: 'result', outcome: null })],
    ['an invalid height', valid({ step: 1, height: '500' })],
    ['an extra key', valid({ step: 1, answers: ['neck'] })],
    ['the wrong version', valid({ step: 1, version: 2 })],
    ['null', null],
    ['an array', [valid({ step: 1 })]],
  ])('returns nothing for %s', (_label, data) => {
    expect(eventsFrom(data)).toBeUndefined();
  });

  it('never throws and only returns well-formed steps and outcomes from valid messages', () => {
    const data = fc.oneof(
      fc.anything(),
      fc.record(
        {
          type: fc.constant(RESIZE),
          version: fc.constant(PROTOCOL_VERSION),
          height: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.anything()),
          step: fc.oneof(fc.integer(), fc.double(), fc.constant('result'), fc.string(), fc.anything()),
          outcome: fc.oneof(fc.stringMatching(/^[a-z]{1,20}$/), fc.string(), fc.anything()),
        },
        { requiredKeys: ['type', 'version'] },
      ),
    );
    fc.assert(
      fc.property(data, (message) => {
        const events = eventsFrom(message);
        if (events === undefined) return;
        expect(heightFrom(message)).toBeDefined();
        expect(Object.keys(events).every((key) => key === 'step' || key === 'outcome')).toBe(true);
        if (events.step !== 'result') {
          expect(Number.isInteger(events.step)).toBe(true);
          expect(events.step).toBeGreaterThanOrEqual(1);
          expect(events.step).toBeLessThanOrEqual(99);
        }
        if ('outcome' in events) expect(events.outcome).toMatch(/^[a-z]{1,20}$/);
      }),
    );
  });
});

describe('close requests (Escape inside a pop-up frame)', () => {
  it('accepts only the exact close signal', async () => {
    const { isCloseRequest, CLOSE, MEASURE, PROTOCOL_VERSION } = await import('../../../src/lib/embed/messages');
    expect(isCloseRequest({ type: CLOSE, version: PROTOCOL_VERSION })).toBe(true);
    expect(isCloseRequest({ type: CLOSE, version: 2 })).toBe(false);
    expect(isCloseRequest({ type: MEASURE, version: PROTOCOL_VERSION })).toBe(false);
    expect(isCloseRequest({ type: CLOSE, version: PROTOCOL_VERSION, extra: 1 })).toBe(false);
    expect(isCloseRequest(CLOSE)).toBe(false);
    expect(isCloseRequest(null)).toBe(false);
  });
});

describe('booking-click messages (hosts that opted in)', () => {
  it('carry the type, version and a valid outcome id only', () => {
    expect(ctaMessage()).toStrictEqual({ type: CTA, version: 1 });
    expect(ctaMessage('nmt')).toStrictEqual({ type: CTA, version: 1, outcome: 'nmt' });
    expect(ctaMessage('<script>')).toStrictEqual({ type: CTA, version: 1 });
  });

  it('are read back, and anything malformed is refused', () => {
    for (const outcome of outcomeIds) expect(ctaFrom(ctaMessage(outcome))).toStrictEqual({ outcome });
    expect(ctaFrom(ctaMessage())).toStrictEqual({});
    for (const bad of [
      null,
      'bodywork-guide:cta',
      { type: CTA },
      { type: CTA, version: 2 },
      { type: CTA, version: 1, outcome: 'massage' },
      { type: CTA, version: 1, outcome: 'nmt', answers: ['x'] },
      { type: RESIZE, version: 1, height: 400 },
    ])
      expect(ctaFrom(bad), JSON.stringify(bad)).toBeUndefined();
  });
});
