/**
 * The two scripts that must run before the first paint, so they are inline (BaseLayout). Each is
 * a self-contained function inlined with Function#toString and called with its arguments as JSON,
 * so it is type-checked like any other code, and BaseLayout gives its exact text's hash to the
 * Content Security Policy (`Astro.csp.insertScriptHash`: Astro does not hash `is:inline` code, and
 * the policy has no 'unsafe-inline'). To add another inline script, follow the same pattern: the
 * build fails, naming the page, on any inline script whose hash the policy lacks.
 */
import { cspHash } from '../lib/csp';
import { embedRootState } from '../lib/embed/params';
import { THEME_KEY } from '../lib/theme';

/**
 * A full page: applies the visitor's stored theme, so it never flashes (storage can be blocked;
 * the page then follows the system theme). It also marks a page that another site frames, so
 * global.css hides it: frame-ancestors refuses that first, but a host that matches header rules
 * on the raw path (Cloudflare: /embed/..%2fquiz/) would let it through.
 */
function pageState(themeKey: string): void {
  const root = document.documentElement;
  try {
    const theme = localStorage.getItem(themeKey);
    if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
  } catch {
    // No storage: follow the system theme.
  }
  try {
    // Reading the top window's address throws when it belongs to another site.
    if (top) void top.location.href;
  } catch {
    root.dataset['framedElsewhere'] = '';
  }
}

/** An inline script: its text and the CSP source that allows exactly that text. */
export interface InlineScript {
  code: string;
  hash: `sha256-${string}`;
}

const script = (code: string): InlineScript => ({ code, hash: cspHash(code) });

/** The pre-paint script of a full page. */
export const pagePrePaint = script(`(${pageState.toString()})(${JSON.stringify(THEME_KEY)})`);

/**
 * The pre-paint script of an embed page: its theme and view come from its URL (the function the
 * embed schema tests) instead of the visitor's stored choice; without script it stays light and
 * shows its summary.
 */
export const embedPrePaint = script(
  `Object.assign(document.documentElement.dataset,(${embedRootState.toString()})(location.search))`,
);
