/**
 * Runs inside every embed page. When the page is in a frame, it fills the clinic bar from the
 * URL (through the one parameter schema, as text only; on our own domain, out of a frame, the
 * bar stays empty so nobody can dress up a link to us as their clinic), and tells the host its
 * height: a ResizeObserver on the content wrapper, rounded up, sent at most once per frame and
 * only when it changed. Messages carry the type, version and height; the quiz step and outcome
 * ids only once per step and only if the host opted in (`events=1`). Never an answer or
 * anything typed. Escape inside the frame asks the host to close a pop-up.
 */
import { ACCENT_TEXT, hostOf, parseEmbedParams } from '../../lib/embed/params';
import { CLOSE, isMeasureRequest, PROTOCOL_VERSION, resizeMessage } from '../../lib/embed/messages';
import { fillTemplate } from '../../lib/format';
import { isBookable } from '../../lib/quiz/ids';

type QuizState = { step?: number | 'result' | undefined; outcome?: string | undefined };

const framed = window.parent !== window;
const params = parseEmbedParams(location.search);
const root = document.querySelector<HTMLElement>('[data-embed-root]');
const bar = document.querySelector<HTMLElement>('[data-embed-clinic]');
const cta = document.querySelector<HTMLAnchorElement>('[data-embed-cta]');
const hasBar = framed && !!bar && !!cta && !!(params.clinic || params.cta);

if (hasBar && bar && cta) {
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
  }
  // A checked #rrggbb colour (white text on it reaches 4.5:1), set as one custom property.
  if (params.accent) {
    bar.style.setProperty('--clinic-accent', params.accent);
    bar.style.setProperty('--clinic-on-accent', ACCENT_TEXT);
  }
}

/** Shows the clinic bar for what the quiz shows: no booking next to "get care first". */
function showBar(state: QuizState) {
  if (!hasBar || !bar || !cta) return;
  // Before a result, the button may show; on a result, only beside a massage suggestion.
  const bookable = state.outcome === undefined || isBookable(state.outcome);
  cta.hidden = !params.cta || !bookable;
  bar.hidden = !params.clinic && cta.hidden;
}

// The quiz may have shown a step before this script ran; it keeps its state on itself.
const quiz = document.querySelector<HTMLElement>('bw-quiz');
showBar({ outcome: quiz?.dataset['outcome'] });
document.addEventListener('bw-quiz-step', (event) => {
  const state = (event as CustomEvent<QuizState>).detail;
  showBar(state);
  if (params.events) report(true, state);
});

let sent = 0;
let busy = false;
let pending: boolean | undefined; // undefined: nothing waiting; else whether it must be sent
let pendingState: QuizState | undefined;

/** Sends the height now, unless a message already went this frame (then once, next frame). */
function report(force = false, state?: QuizState) {
  if (!root || !framed) return;
  if (busy) {
    pending = pending || force;
    pendingState = state ?? pendingState;
    return;
  }
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === sent && !force) return;
  sent = height;
  window.parent.postMessage(resizeMessage(height, state), '*');
  busy = true;
  requestAnimationFrame(() => {
    busy = false;
    const waiting = pending;
    const waitingState = pendingState;
    pending = undefined;
    pendingState = undefined;
    if (waiting !== undefined) report(waiting, waitingState);
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
if (framed) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented)
      window.parent.postMessage({ type: CLOSE, version: PROTOCOL_VERSION }, '*');
  });
}
