/**
 * embed.js, the optional loader clinics add to their pages (built by src/integrations/embed-loader.ts
 * into /embed/v1/embed.js as one classic script). It:
 *  - fits our iframes (tier 1 snippets) to their content: it accepts a message only when its
 *    origin is exactly ours, its source is the window of one of our iframes on this page, and its
 *    shape and height are valid (src/lib/embed/messages.ts); heights are clamped and anything
 *    else is ignored. Iframes are looked up when a message arrives, so frames added or pointed
 *    at us later (lazy loaders, consent managers, single-page apps) work too;
 *  - defines <bodywork-embed page="quiz" …> (tier 3), which builds the same iframe from checked
 *    options, or with `popup` a button that opens it in a native dialog.
 * Safe to include twice; it keeps no state beyond this page and sends nothing anywhere.
 */
import {
  DEFAULT_HEIGHT,
  eventsFrom,
  heightFrom,
  isCloseRequest,
  MAX_HEIGHT,
  MEASURE,
  PROTOCOL_VERSION,
} from '../../lib/embed/messages';
import { ELEMENT_ATTRIBUTES, embedQuery, parseEmbedParams } from '../../lib/embed/params';
import { embedPath, isPageId, LOADER_PATH } from '../../lib/embed/pages';
import { loaderText } from '../../strings/en';

const LOADED = Symbol.for('bodywork-guide.embed.v1');
const registry = window as unknown as Record<symbol, boolean>;

const pathOf = (src: string) => {
  try {
    return new URL(src, location.href);
  } catch {
    return undefined;
  }
};

if (!registry[LOADED]) {
  registry[LOADED] = true;
  // Our origin is where this script came from (currentScript is null for a module script).
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    [...document.scripts].find((s) => pathOf(s.src)?.pathname === LOADER_PATH);
  const origin = pathOf(script?.src ?? '')?.origin ?? location.origin;

  /** One of our embeds that should fit its content (`data-bodywork-static` opts out). */
  const isOurs = (frame: HTMLIFrameElement) => {
    const url = pathOf(frame.src);
    return url?.origin === origin && url.pathname.startsWith('/embed/') && !frame.hasAttribute('data-bodywork-static');
  };
  const measure = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage({ type: MEASURE, version: PROTOCOL_VERSION }, origin);

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !event.source) return;
    const frame = [...document.getElementsByTagName('iframe')].find((f) => f.contentWindow === event.source);
    if (!frame || !isOurs(frame)) return;
    if (isCloseRequest(event.data)) {
      const dialog = frame.closest('dialog[data-bodywork-popup]') as HTMLDialogElement | null;
      dialog?.close();
      return;
    }
    const height = heightFrom(event.data);
    if (height === undefined) return;
    frame.style.height = `${height}px`;
    const events = eventsFrom(event.data);
    if (events) frame.dispatchEvent(new CustomEvent('bodywork-embed:step', { bubbles: true, detail: events }));
  });

  // Ask each of our frames for its height once it has loaded (load events reach the document
  // in the capture phase), and now for those that already have: their document is out of reach.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLIFrameElement && isOurs(event.target)) measure(event.target);
    },
    true,
  );
  for (const frame of document.getElementsByTagName('iframe'))
    if (isOurs(frame) && frame.contentDocument === null) measure(frame);

  /** Tier 3: <bodywork-embed page="compare/nmt-vs-deep-tissue" clinic="…" cta="…">. */
  class BodyworkEmbed extends HTMLElement {
    connectedCallback() {
      const page = this.getAttribute('page') ?? 'quiz';
      // An unknown page keeps the element's fallback content (a link, in our snippets).
      if (this.dataset['ready'] !== undefined || !isPageId(page)) return;
      this.dataset['ready'] = '';
      // The attributes, read as the URL parameters they stand for, through the one schema.
      const raw = new URLSearchParams();
      for (const [param, attr] of Object.entries(ELEMENT_ATTRIBUTES)) {
        const value = param === 'events' ? (this.hasAttribute(attr) ? '1' : null) : this.getAttribute(attr);
        if (value !== null) raw.set(param, value);
      }
      const query = embedQuery(parseEmbedParams(raw));
      const frame = document.createElement('iframe');
      frame.src = `${origin}${embedPath(page)}${query}`;
      frame.title = this.getAttribute('label') ?? loaderText.titles[page.split('/')[0] as string] ?? '';
      frame.allow = 'clipboard-write';
      const height = Number(this.getAttribute('height'));
      Object.assign(frame.style, {
        display: 'block',
        width: '100%',
        border: '0',
        height: `${height > 0 && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT}px`,
      });
      if (!this.hasAttribute('popup')) {
        frame.loading = 'lazy';
        this.replaceChildren(frame);
        return;
      }
      // Pop-up mode: a button opens the embed in a native dialog. Escape (here or inside the
      // frame, which asks us to close) or Close shuts it, and focus goes back to the button.
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.textContent?.trim() || loaderText.popupButton;
      button.setAttribute('aria-haspopup', 'dialog');
      const dialog = document.createElement('dialog');
      dialog.dataset['bodyworkPopup'] = '';
      dialog.setAttribute('aria-label', frame.title);
      Object.assign(dialog.style, {
        width: 'min(48rem, calc(100% - 2rem))',
        maxHeight: 'calc(100% - 2rem)',
        margin: 'auto',
        padding: '0',
        border: '0',
        borderRadius: '12px',
        overflow: 'auto',
      });
      const bar = document.createElement('div');
      Object.assign(bar.style, {
        position: 'sticky',
        top: '0',
        display: 'flex',
        justifyContent: 'flex-end',
        padding: '8px',
        background: 'inherit',
      });
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = loaderText.close;
      Object.assign(close.style, { minHeight: '44px', padding: '0 16px' });
      close.addEventListener('click', () => dialog.close());
      bar.append(close);
      dialog.append(bar, frame);
      button.addEventListener('click', () => {
        if (!dialog.isConnected) this.append(dialog);
        dialog.showModal();
      });
      dialog.addEventListener('close', () => button.focus());
      this.replaceChildren(button);
    }
  }
  if (!customElements.get('bodywork-embed')) customElements.define('bodywork-embed', BodyworkEmbed);
}
