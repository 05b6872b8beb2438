/**
 * The theme control's three states. "device" follows the operating system and stores nothing;
 * "light" and "dark" are stored under THEME_KEY, which the pre-paint script
 * (src/layouts/pre-paint.ts) reads (keep its two literals in step with these).
 */
export type ThemeChoice = 'device' | 'light' | 'dark';

/** The localStorage key for a chosen theme. */
export const THEME_KEY = 'bw-theme';

const NEXT = { device: 'light', light: 'dark', dark: 'device' } as const;

/** The stored value as a choice: anything but "light" or "dark" (including nothing) is "device". */
export function parseTheme(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'device';
}

/** The choice after this one when the button is pressed: device → light → dark → device. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return NEXT[choice];
}

/**
 * The button's name, from a template such as "Theme: {choice}" and the words for each state.
 * "device" also says what the device shows now, e.g. "Theme: device (dark)".
 */
export function themeName(
  choice: ThemeChoice,
  deviceDark: boolean,
  words: { template: string; device: string; light: string; dark: string },
): string {
  const now = choice === 'device' ? `${words.device} (${deviceDark ? words.dark : words.light})` : words[choice];
  return words.template.replace('{choice}', now);
}
