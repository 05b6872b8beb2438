/**
 * Runs inside every embed page. It fills the clinic bar from the URL (through the one parameter
 * schema, as text only), and tells the host page its height: a ResizeObserver on the content
 * wrapper, rounded up, sent at most once per frame and only when it changed. Messages carry the
 * type, version and height, plus the quiz step and outcome ids only if the host opted in
 * (`events=1`). Never an answer or anything typed.
 */
import { ACCENT_TEXT, hostOf, parseEmbedParams } from '../../lib/embed/params';
import { isMeasureRequest, resizeMessage } from '../../lib/embed/messages';
import { fillTemplate } from '../../lib/format';
import { safetyOutcomeIds } from '../../lib/quiz/model';

const params = parseEmbedParams(location.search);
const root = document.querySelector<HTMLElement>('[data-embed-root]');
const bar = document.querySelector<HTMLElement>('[data-embed-clinic]');
const cta = document.querySelector<HTMLAnchorElement>('[data-embed-cta]');

if (bar && cta && (params.clinic || params.cta)) {
  const text = bar.dataset;
  const name = bar.querySelector('[data-embed-clinic-name]') as HTMLElement;
  if (params.clinic) name.textContent = fillTemplate(text['textSharedBy'] ?? '', { clinic: params.clinic });
  else name.remove();
  if (params.cta) {
    cta.href = params.cta;
    (cta.querySelector('[data-embed-cta-label]') as HTMLElement).textContent = params.ctaLabel ?? text['textCta'] ?? '';
    (cta.querySelector('[data-embed-cta-host]') as HTMLElement).textContent = fillTemplate(text['textHost'] ?? '', {
      host: hostOf(params.cta),
    });
    cta.hidden = false;
  }
  // A checked #rrggbb colour (white text on it reaches 4.5:1), set as one custom property.
  if (params.accent) {
    bar.style.setProperty('--clinic-accent', params.accent);
    bar.style.setProperty('--clinic-on-accent', ACCENT_TEXT);
  }
  bar.hidden = false;
}

/** What the quiz is showing, for hosts that opted in. */
let events: { step?: number | 'result' | undefined; outcome?: string | undefined } = {};

document.addEventListener('bw-quiz-step', (event) => {
  const detail = (event as CustomEvent<typeof events>).detail;
  events = { step: detail.step, ...(detail.outcome ? { outcome: detail.outcome } : {}) };
  // When the quiz says "see a clinician" or "get emergency care", it does not offer a booking.
  if (bar && cta && params.cta) {
    const safety = (safetyOutcomeIds as readonly string[]).includes(detail.outcome ?? '');
    cta.hidden = safety;
    bar.hidden = safety && !params.clinic;
  }
  if (params.events) report(true);
});

let sent = 0;
let busy = false;
let pending: boolean | undefined; // undefined: nothing waiting; else whether it must be sent

/** Sends the height now, unless it was already sent this frame (then once, next frame). */
function report(force = false) {
  if (!root || window.parent === window) return;
  if (busy) {
    pending = pending || force;
    return;
  }
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === sent && !force) return;
  sent = height;
  window.parent.postMessage(resizeMessage(height, params.events ? events : undefined), '*');
  busy = true;
  requestAnimationFrame(() => {
    busy = false;
    const waiting = pending;
    pending = undefined;
    if (waiting !== undefined) report(waiting);
  });
}

if (root) new ResizeObserver(() => report()).observe(root);
// The host's loader may arrive after our first message; it asks again.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isMeasureRequest(event.data)) return;
  // The host now sizes the frame to fit, so the page needs no scrollbar or space kept for one.
  document.documentElement.dataset['embedFitted'] = '';
  report(true);
});
