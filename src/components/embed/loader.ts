/**
 * embed.js, the optional loader clinics add to their pages (built by src/integrations/embed-loader.ts
 * into /embed/v1/embed.js as one classic script). It:
 *  - upgrades our plain iframes (tier 1) to auto-height, accepting a resize message only when its
 *    origin is exactly ours, its source is that iframe's window and its shape and height are
 *    valid (src/lib/embed/messages.ts); heights are clamped and everything else is ignored;
 *  - defines <bodywork-embed page="quiz" …> (tier 3), which builds the same iframe from checked
 *    options, or with `popup` a button that opens the quiz in a native dialog.
 * Safe to include twice; it keeps no state outside this page and sends nothing anywhere.
 */
import { eventsFrom, heightFrom, MEASURE, PROTOCOL_VERSION } from '../../lib/embed/messages';
import { embedQuery, type EmbedTheme } from '../../lib/embed/params';
import { embedPath, isPageId } from '../../lib/embed/pages';

const LOADED = Symbol.for('bodywork-guide.embed.v1');
const registry = window as unknown as Record<symbol, boolean>;

if (!registry[LOADED]) {
  registry[LOADED] = true;
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="/embed/v1/embed.js"]');
  const origin = new URL(script?.src ?? location.href).origin;
  const frames = new Set<HTMLIFrameElement>();

  const isOurs = (frame: HTMLIFrameElement) => {
    try {
      const url = new URL(frame.src);
      return url.origin === origin && url.pathname.startsWith('/embed/');
    } catch {
      return false;
    }
  };
  const measure = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage({ type: MEASURE, version: PROTOCOL_VERSION }, origin);

  /** Tier 2: auto-height for one of our iframes. */
  const upgrade = (frame: HTMLIFrameElement) => {
    // `data-bodywork-static` keeps an iframe at the height it was given.
    if (frames.has(frame) || !isOurs(frame) || frame.hasAttribute('data-bodywork-static')) return;
    frames.add(frame);
    frame.addEventListener('load', () => measure(frame));
    // Already showing our page (its document is out of reach)? Ask now; else wait for load.
    if (frame.contentDocument === null) measure(frame);
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    for (const frame of frames) {
      if (frame.contentWindow !== event.source || !event.source) continue;
      const height = heightFrom(event.data);
      if (height === undefined) return;
      frame.style.height = `${height}px`;
      const events = eventsFrom(event.data);
      if (events && ('step' in event.data || 'outcome' in event.data)) {
        frame.dispatchEvent(new CustomEvent('bodywork-embed:step', { bubbles: true, detail: events }));
      }
      return;
    }
  });

  const scan = (root: ParentNode) => root.querySelectorAll('iframe').forEach(upgrade);
  scan(document);
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) {
        if (node instanceof HTMLIFrameElement) upgrade(node);
        else if (node instanceof Element) scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  const TITLES: Record<string, string> = {
    quiz: 'Which massage treatment fits me? A quiz from Bodywork Guide',
    compare: 'A massage comparison from Bodywork Guide',
    modalities: 'A massage type explained by Bodywork Guide',
  };

  /** Tier 3: <bodywork-embed page="compare/nmt-vs-deep-tissue" clinic="…" cta="…">. */
  class BodyworkEmbed extends HTMLElement {
    connectedCallback() {
      const page = this.getAttribute('page') ?? 'quiz';
      // An unknown page keeps the element's fallback content (a link, in our snippets).
      if (this.dataset['ready'] !== undefined || !isPageId(page)) return;
      this.dataset['ready'] = '';
      const attr = (name: string) => this.getAttribute(name) ?? undefined;
      const query = embedQuery({
        clinic: attr('clinic'),
        cta: attr('cta'),
        ctaLabel: attr('cta-label'),
        theme: attr('theme') as EmbedTheme | undefined,
        accent: attr('accent'),
        events: this.hasAttribute('events'),
      });
      const frame = document.createElement('iframe');
      frame.src = `${origin}${embedPath(page)}${query}`;
      frame.allow = 'clipboard-write';
      frame.title = (attr('label') ?? TITLES[page.split('/')[0] as string]) as string;
      frame.loading = 'lazy';
      const height = Number(attr('height'));
      Object.assign(frame.style, {
        display: 'block',
        width: '100%',
        border: '0',
        height: `${height > 0 && height < 20000 ? height : 900}px`,
      });
      if (!this.hasAttribute('popup')) {
        this.replaceChildren(frame);
        upgrade(frame);
        return;
      }
      // Popup mode: a button opens the embed in a native dialog; Escape or Close shuts it and
      // focus goes back to the button.
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = attr('button') ?? this.textContent?.trim() ?? '';
      if (!button.textContent) button.textContent = 'Which treatment fits me?';
      button.setAttribute('aria-haspopup', 'dialog');
      const dialog = document.createElement('dialog');
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
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Close';
      Object.assign(close.style, {
        position: 'sticky',
        top: '0',
        float: 'right',
        margin: '8px',
        minHeight: '44px',
        padding: '0 16px',
      });
      close.addEventListener('click', () => dialog.close());
      frame.loading = 'eager';
      dialog.append(close, frame);
      button.addEventListener('click', () => {
        if (!dialog.isConnected) this.append(dialog);
        dialog.showModal();
        upgrade(frame);
      });
      dialog.addEventListener('close', () => button.focus());
      this.replaceChildren(button);
    }
  }
  if (!customElements.get('bodywork-embed')) customElements.define('bodywork-embed', BodyworkEmbed);
}
