/**
 * WordPress's embed protocol (src/lib/embed/wordpress.ts), loaded by wordpress.ts only when a
 * WordPress site shows this embed page from a pasted link, with the frame's URL hash (and so
 * WordPress's secret) on this script's element.
 * - It sends the content height, rounded up to a whole step, at start (that first message makes
 *   WordPress show the frame and hide its fallback link), whenever that changes, and again when
 *   WordPress says it is `ready`; WordPress caps the frame at 1000 px and the page scrolls
 *   inside it (nothing here sets `data-embed-fitted`, which would hide the overflow);
 * - It handles link clicks, which the sandbox would otherwise block without a word: our own
 *   pages open in the top window through WordPress's `link` message; another site's link (a
 *   source) opens our full page at the same reference, where it works; a phone number is
 *   selected for copying.
 * - It fires the submit event of a form whose submit button is pressed (the quiz's Next), which
 *   the sandbox would otherwise block without a word.
 */
import { heightMessage, isReadyMessage, linkAction, linkMessage, secretFrom } from '../../lib/embed/wordpress';

// WordPress's secrets are alphanumeric; any other hash is ignored.
const secret = secretFrom(
  document.querySelector<HTMLScriptElement>('script[data-wordpress-hash]')?.dataset['wordpressHash'] ?? '',
);
const root = document.querySelector<HTMLElement>('[data-embed-root]');

if (secret && root) {
  const post = (message: object) => window.parent.postMessage(message, '*');
  let sent = 0;
  const report = (force?: boolean) => {
    const message = heightMessage(root.getBoundingClientRect().height, secret);
    if (force || message.value !== sent) post(message);
    sent = message.value as number;
  };
  // At once, measured on the spot: WordPress keeps the frame `visibility: hidden` until this
  // message, and Chrome renders no hidden cross-origin frame, so no observer would fire yet.
  report(true);
  window.addEventListener('load', () => report());
  new ResizeObserver(() => report()).observe(root);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isReadyMessage(event.data, secret)) report(true);
  });

  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (event.defaultPrevented || !target.closest) return;
    // The sandbox has no allow-forms, so a form never submits, not even to its own script (the
    // quiz's Next). Ours are all handled by script, so the submit event is fired here instead.
    const submit = target.closest<HTMLButtonElement | HTMLInputElement>('button,input');
    if (submit?.type === 'submit' && submit.form) {
      event.preventDefault();
      submit.form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: submit }));
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[href]');
    if (!link) return;
    const action = linkAction(link.href, location.href, canonical, link.closest('[id]')?.id);
    if (action.kind === 'frame') return;
    event.preventDefault();
    if (action.kind === 'top') post(linkMessage(action.url, secret));
    else getSelection()?.selectAllChildren(link);
  });
}
