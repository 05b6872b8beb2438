/**
 * embed.js, the optional loader clinics add to their pages (built by src/integrations/embed-loader.ts
 * into /embed/v1/embed.js and the pinned /embed/v<version>/embed.js, as one classic script). It:
 *  - fits our iframes (tier 1 snippets) to their content: it accepts a message only when its
 *    origin is exactly ours, its source is the window of one of our iframes on this page, and its
 *    shape and height are valid (src/lib/embed/messages.ts); heights are clamped and anything
 *    else is ignored. Iframes are looked up when a message arrives, so frames added or pointed
 *    at us later (lazy loaders, consent managers, single-page apps) work too;
 *  - defines <bodywork-embed page="quiz" …> (tier 3), which builds the same iframe from its
 *    attributes (the embed page checks them), or with `popup` a styled button that opens it in a native dialog;
 *  - when the host opted in (`events`), fires `bodywork-embed:step` and `bodywork-embed:cta`
 *    events (ids only) on the frame, bubbling, so a clinic can count quiz results and bookings.
 * Safe to include twice; it keeps no state beyond this page and sends nothing anywhere.
 */
import {
  ctaFrom,
  DEFAULT_HEIGHT,
  eventsFrom,
  heightFrom,
  isCloseRequest,
  MAX_HEIGHT,
  MEASURE,
  MIN_HEIGHT,
  PROTOCOL_VERSION,
} from '../../lib/embed/messages';
import { booleanAttribute, cleanAccent, ELEMENT_ATTRIBUTES } from '../../lib/embed/params';
import { isPageId, LOADER_PATH, PINNED_LOADER_PATH } from '../../lib/embed/pages';
import { embedPath, EMBED_PREFIX } from '../../lib/routes';
import { loaderText } from '../../strings/en-clinics';

const LOADED = Symbol.for('bodywork-guide.embed.v1');
const registry = window as unknown as Record<symbol, boolean>;

const pathOf = (src: string) => {
  try {
    return new URL(src, location.href);
  } catch {
    return undefined;
  }
};

/** The pop-up's look, in its own shadow root so the clinic's styles and ours never mix. */
const POPUP_CSS = `:host{display:inline-block}
button{font:inherit;font-weight:600;line-height:1.2;min-height:44px;min-width:44px;padding:8px 20px;border-radius:999px;border:2px solid transparent;cursor:pointer}
.open{background:var(--bw-accent);color:#fff}
.open:hover{filter:brightness(.9)}
button:focus-visible{outline:3px solid #1b4fd1;outline-offset:2px}
dialog{box-sizing:border-box;width:min(48rem,calc(100% - 2rem));max-height:calc(100% - 2rem);padding:0;border:0;border-radius:12px;overflow:auto;background:#fff;color:#1d2528;box-shadow:0 12px 48px #0007}
:host([theme=dark]) dialog{background:#101618;color:#e6ecee}
dialog::backdrop{background:#000a}
header{position:sticky;top:0;z-index:1;display:flex;align-items:center;justify-content:space-between;gap:12px;padding:8px 8px 8px 20px;background:inherit;border-bottom:1px solid #8886}
h2{margin:0;font-size:1rem;font-weight:600}
.close{background:transparent;color:inherit;border-color:currentColor}
iframe{display:block;width:100%;border:0}`;

if (!registry[LOADED]) {
  registry[LOADED] = true;
  // Our origin is where this script came from (currentScript is null for a module script).
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    [...document.scripts].find((s) => [LOADER_PATH, PINNED_LOADER_PATH].includes(pathOf(s.src)?.pathname ?? ''));
  const origin = pathOf(script?.src ?? '')?.origin ?? location.origin;
  /** Frames this loader made inside pop-ups' shadow roots, out of reach of document lookups. */
  const made = new Set<HTMLIFrameElement>();

  /** One of our embeds that should fit its content (`data-bodywork-static` opts out). */
  const isOurs = (frame: HTMLIFrameElement) => {
    const url = pathOf(frame.src);
    return url?.origin === origin && url.pathname.startsWith(EMBED_PREFIX) && !frame.hasAttribute('data-bodywork-static');
  };
  const measure = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage({ type: MEASURE, version: PROTOCOL_VERSION }, origin);
  /** Fires an event (ids only) on the frame, for hosts that asked for events in its URL. */
  const emit = (frame: HTMLIFrameElement, name: string, detail: object) => {
    const url = pathOf(frame.src);
    if (url?.searchParams.get('events') !== '1') return;
    const page = url.pathname.slice(EMBED_PREFIX.length, -1); // "/embed/<page>/"
    frame.dispatchEvent(
      new CustomEvent(`bodywork-embed:${name}`, { bubbles: true, composed: true, detail: { page, ...detail } }),
    );
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !event.source) return;
    const frame = [...document.getElementsByTagName('iframe'), ...made].find((f) => f.contentWindow === event.source);
    if (!frame || !isOurs(frame)) return;
    if (isCloseRequest(event.data)) {
      (frame.closest('dialog') as HTMLDialogElement | null)?.close();
      return;
    }
    const cta = ctaFrom(event.data);
    if (cta) return emit(frame, 'cta', cta);
    const height = heightFrom(event.data);
    if (height === undefined) return;
    frame.style.height = `${height}px`;
    const events = eventsFrom(event.data);
    if (events) emit(frame, 'step', events);
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
      // The attributes become the URL parameters they stand for, encoded; the embed page checks
      // every value through the one schema (and ignores anything invalid), so this script stays small.
      const query = new URLSearchParams();
      for (const [param, attr] of Object.entries(ELEMENT_ATTRIBUTES)) {
        const value = this.getAttribute(attr);
        const flag = param === 'events' ? '1' : param === 'preview' ? 'result' : undefined;
        if (flag) {
          if (booleanAttribute(value)) query.set(param, flag);
        } else if (value !== null) query.set(param, value);
      }
      const frame = document.createElement('iframe');
      frame.src = `${origin}${embedPath(page)}${query.size ? `?${query}` : ''}`;
      frame.title = this.getAttribute('label') ?? loaderText.titles[page.split('/')[0] as string] ?? '';
      frame.allow = 'clipboard-write';
      // A height of its own only until the page reports one: a sane number, else our default.
      const height = Number(this.getAttribute('height'));
      frame.style.height = `${height > 0 ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)) : DEFAULT_HEIGHT}px`;
      Object.assign(frame.style, { display: 'block', width: '100%', border: '0' });
      if (!this.hasAttribute('popup')) {
        frame.loading = 'lazy';
        this.replaceChildren(frame);
        return;
      }
      // Pop-up mode: a button in the clinic's colour opens the embed in a native modal dialog
      // with a title bar. Escape (here or inside the frame, which asks us to close), Close or a
      // click on the backdrop shuts it, and focus goes back to the button.
      const label = this.textContent?.trim() || loaderText.popupButton;
      const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
        const el = document.createElement(tag);
        el.textContent = text;
        el.className = className;
        return el;
      };
      const shadow = this.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(POPUP_CSS);
      shadow.adoptedStyleSheets = [sheet];
      this.style.setProperty('--bw-accent', cleanAccent(this.getAttribute('accent')) ?? '#0b6159');
      const button = make('button', label, 'open');
      button.type = 'button';
      button.setAttribute('aria-haspopup', 'dialog');
      const dialog = make('dialog');
      const title = make('h2', frame.title);
      title.id = 'title';
      dialog.setAttribute('aria-labelledby', 'title');
      const close = make('button', loaderText.close, 'close');
      close.type = 'button';
      const header = make('header');
      header.append(title, close);
      dialog.append(header, frame);
      made.add(frame);
      frame.addEventListener('load', () => measure(frame));
      close.addEventListener('click', () => dialog.close());
      dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
      button.addEventListener('click', () => dialog.showModal());
      dialog.addEventListener('close', () => button.focus());
      shadow.append(button, dialog);
    }
  }
  if (!customElements.get('bodywork-embed')) customElements.define('bodywork-embed', BodyworkEmbed);
}
