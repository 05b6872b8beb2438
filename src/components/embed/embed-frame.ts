/**
 * Runs inside every embed page. When the page is in a frame, it fills the clinic bar from the
 * URL (through the one parameter schema, as text only; on our own domain, out of a frame, the
 * bar stays empty so nobody can dress up a link to us as their clinic), and tells the host its
 * height: a ResizeObserver on the content wrapper, rounded up to a whole step (so the height
 * says little about what is shown), sent at most once per frame and only when it changed.
 * Messages carry the type, version and height; the quiz step and outcome ids, and a message when
 * the booking button is clicked, only if the host opted in (`events=1`). Never an answer or
 * anything typed. Escape inside the frame asks the host to close a pop-up.
 *
 * In the quiz, the bar waits for the result and sits at its top; its booking button shows only
 * beside a result that suggests a massage.
 */
import { ACCENT_TEXT, hostOf, parseEmbedParams } from '../../lib/embed/params';
import { CLOSE, ctaMessage, isMeasureRequest, PROTOCOL_VERSION, quantiseHeight, resizeMessage } from '../../lib/embed/messages';
import { fillTemplate } from '../../lib/format';
import { isBookable } from '../../ids/quiz';

type QuizState = { step?: number | 'result' | undefined; outcome?: string | undefined };

const framed = window.parent !== window;
const params = parseEmbedParams(location.search);
const html = document.documentElement;
const root = document.querySelector<HTMLElement>('[data-embed-root]');
const bar = document.querySelector<HTMLElement>('[data-embed-clinic]');
// The booking link waits in a <template> until it has an address (see EmbedLayout).
const ctaTemplate = document.querySelector<HTMLTemplateElement>('[data-embed-cta-template]');
const cta = ctaTemplate?.content.querySelector<HTMLAnchorElement>('[data-embed-cta]') ?? null;
ctaTemplate?.remove();
const quiz = document.querySelector<HTMLElement>('bw-quiz');
const hasBar = framed && !!bar && !!cta && !!(params.clinic || params.cta);
// Where the bar lives when it is not at the top of a quiz result.
const home = bar ? { parent: bar.parentElement, next: bar.nextSibling } : undefined;
let state: QuizState = { step: quiz?.dataset['step'] === 'result' ? 'result' : undefined, outcome: quiz?.dataset['outcome'] };

if (hasBar && bar && cta) {
  const text = bar.dataset;
  const name = bar.querySelector('[data-embed-clinic-name]') as HTMLElement;
  if (params.clinic) name.textContent = fillTemplate(text['textSharedBy'] ?? '', { clinic: params.clinic });
  else name.remove();
  if (params.cta) {
    cta.href = params.cta;
    // Set with the address: `rel` and `target` are invalid on a link without one.
    cta.rel = 'noopener noreferrer';
    cta.target = '_blank';
    (cta.querySelector('[data-embed-cta-label]') as HTMLElement).textContent = params.ctaLabel ?? text['textCta'] ?? '';
    (cta.querySelector('[data-embed-cta-host]') as HTMLElement).textContent = fillTemplate(text['textHost'] ?? '', {
      host: hostOf(params.cta),
    });
    if (params.events) cta.addEventListener('click', () => window.parent.postMessage(ctaMessage(state.outcome), '*'));
    bar.append(cta);
  }
  // A checked #rrggbb colour (white text on it reaches 4.5:1), set as one custom property.
  if (params.accent) {
    bar.style.setProperty('--clinic-accent', params.accent);
    bar.style.setProperty('--clinic-on-accent', ACCENT_TEXT);
  }
}

/** Shows and places the clinic bar for what the page shows: no booking next to "get care first". */
function showBar() {
  if (!hasBar || !bar || !cta) return;
  const result = quiz?.querySelector<HTMLElement>('[data-quiz-result]');
  const onResult = !!result && state.step === 'result';
  // Pages other than the quiz always offer the button; the quiz only beside a massage suggestion.
  cta.hidden = !params.cta || (!!quiz && !(onResult && state.outcome !== undefined && isBookable(state.outcome)));
  // The quiz's questions stay short: the bar waits for the result.
  bar.hidden = (!params.clinic && cta.hidden) || (!!quiz && !onResult);
  if (onResult && result) {
    if (result.firstElementChild !== bar) result.prepend(bar);
  } else if (home?.parent && bar.parentElement !== home.parent) home.parent.insertBefore(bar, home.next);
  bar.toggleAttribute('data-embed-on-result', onResult);
}

showBar();
document.addEventListener('bw-quiz-step', (event) => {
  state = (event as CustomEvent<QuizState>).detail;
  showBar();
  if (params.events) report(true, state);
});

let sent = 0;
let busy = false;
let pending: boolean | undefined; // undefined: nothing waiting; else whether it must be sent
let pendingState: QuizState | undefined;

/**
 * Scrolling inside the frame is off only while the frame is at least as tall as the page, so
 * content never gets cut off: a frame the host keeps short (a fixed height, or a platform that
 * caps it) still scrolls.
 */
function fit(height: number) {
  html.toggleAttribute('data-embed-fitted', framed && window.innerHeight >= height);
}

/** Sends the height now, unless a message already went this frame (then once, next frame). */
function report(force = false, events?: QuizState) {
  if (!root || !framed) return;
  const exact = Math.ceil(root.getBoundingClientRect().height);
  fit(exact);
  if (busy) {
    pending = pending || force;
    pendingState = events ?? pendingState;
    return;
  }
  const height = quantiseHeight(exact);
  if (height === sent && !force) return;
  sent = height;
  window.parent.postMessage(resizeMessage(height, events), '*');
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
// The frame itself may change size (the host fitting it, or a fixed height): scrolling follows.
window.addEventListener('resize', () => root && fit(Math.ceil(root.getBoundingClientRect().height)));
// The host's loader may arrive after our first message; it asks again.
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isMeasureRequest(event.data)) return;
  report(true);
});
if (framed) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented)
      window.parent.postMessage({ type: CLOSE, version: PROTOCOL_VERSION }, '*');
  });
}
