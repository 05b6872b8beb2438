/**
 * What <bw-quiz> reads from the browser around it, apart from the form: the optional resume copy
 * in localStorage (storage may be blocked or full; resuming is optional) and whether our own
 * For clinics page asked for the sample result.
 */
const STORE = 'bw-quiz';

export function store(value: string | null): void {
  try {
    if (value) localStorage.setItem(STORE, value);
    else localStorage.removeItem(STORE);
  } catch {
    // Blocked or full: the visitor simply can't resume later.
  }
}

export function stored(): string | null {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null;
  }
}

/**
 * Whether our own For clinics page asked for the sample result (`preview=result`): only a page
 * on our origin may, so no clinic can show a sample recommendation that nobody answered for.
 */
export function previewByUs(): boolean {
  if (new URLSearchParams(location.search).get('preview') !== 'result') return false;
  try {
    return window.parent !== window && new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}
