import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme, themeName } from '../../../src/lib/theme';
import { theme } from '../../../src/strings/en';

describe('theme choice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'device'],
    ['device', 'device'],
    ['purple', 'device'],
  ] as const)('reads a stored %s as %s', (stored, choice) => {
    expect(parseTheme(stored)).toBe(choice);
  });

  it('cycles device → light → dark and back to following the device', () => {
    expect(nextTheme('device')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('device');
  });

  it('names the current choice, and for the device what it shows now', () => {
    expect(themeName('device', true, theme)).toBe('Theme: device (dark)');
    expect(themeName('device', false, theme)).toBe('Theme: device (light)');
    expect(themeName('light', true, theme)).toBe('Theme: light');
    expect(themeName('dark', false, theme)).toBe('Theme: dark');
  });
});
