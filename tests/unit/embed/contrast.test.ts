// WCAG 2.x relative luminance and contrast ratio, checked against published reference values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from '../../../src/lib/embed/contrast';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 12);
  });

  it('weights the red, green and blue channels 0.2126, 0.7152 and 0.0722', () => {
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 12);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 12);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 12);
  });

  it('linearises sRGB: the straight segment below 0.04045 and the 2.4 power curve above it', () => {
    // 0x0a = 10/255 ≈ 0.0392 is on the linear segment: 0.0392 / 12.92 ≈ 0.003035.
    expect(luminance('#0a0a0a')).toBeCloseTo(0.0030353, 6);
    // Mid grey 0x80 ≈ 0.2159 (the well-known value), not 0.502.
    expect(luminance('#808080')).toBeCloseTo(0.2158605, 6);
  });

  it('reads upper- and lower-case hex the same', () => {
    expect(luminance('#0B6159')).toBe(luminance('#0b6159'));
    expect(luminance('#ABCDEF')).toBe(luminance('#abcdef'));
  });

  it('always lies in [0, 1] and grows with each channel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 254 }), (c) => {
        const hex = (v: number) => v.toString(16).padStart(2, '0');
        const darker = luminance(`#${hex(c)}${hex(c)}${hex(c)}`);
        const lighter = luminance(`#${hex(c + 1)}${hex(c + 1)}${hex(c + 1)}`);
        expect(darker).toBeGreaterThanOrEqual(0);
        expect(lighter).toBeLessThanOrEqual(1 + 1e-12);
        expect(lighter).toBeGreaterThan(darker);
      }),
    );
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#000000', '#000000')).toBe(1);
  });

  it('matches published WCAG ratios against white', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#595959', '#ffffff')).toBeCloseTo(7.0, 1);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#808080', '#ffffff')).toBeCloseTo(3.95, 2);
  });

  it('puts #777777 just under AA and #767676 just over it', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('passes AA for our own accent #0b6159 with white text', () => {
    expect(contrastRatio('#0b6159', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#0b6159', '#ffffff')).toBeCloseTo(7.32, 2);
  });

  it('is symmetric and always between 1 and 21', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(contrastRatio(b, a)).toBe(ratio);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
      }),
    );
  });
});
