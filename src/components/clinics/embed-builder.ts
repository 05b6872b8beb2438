/**
 * <bw-embed-builder>: the For clinics page's form. Each change re-checks the options through the
 * embed parameter schema, rewrites the three snippets (as text) and updates the live preview.
 * Everything happens in this page; nothing typed here is sent anywhere.
 */
import { contrastRatio } from '../../lib/embed/contrast';
import { DEFAULT_HEIGHT } from '../../lib/embed/messages';
import { ACCENT_TEXT, accentProblem, cleanHttpsUrl, type EmbedOptions, type EmbedTheme } from '../../lib/embed/params';
import { LOADER_PATH } from '../../lib/embed/pages';
import { autoHeightSnippet, elementSnippet, iframeSnippet } from '../../lib/embed/snippets';
import { fillTemplate } from '../../lib/format';

class EmbedBuilder extends HTMLElement {
  #previewUrl = '';
  #timer = 0;

  connectedCallback() {
    const form = this.querySelector('form') as HTMLFormElement;
    this.querySelector<HTMLElement>('[data-builder-noscript]')?.remove();
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button.dataset['copy'] ?? ''));
    }
    form.addEventListener('input', () => this.#update(false));
    // The colour check is announced once a colour is chosen, not at every step of a drag.
    form.addEventListener('change', () => this.#update(true));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.#update(true);
  }

  #update(announce: boolean) {
    const form = this.querySelector('form') as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => data.get(name)?.toString().trim() ?? '';
    const option = (form.elements.namedItem('page') as HTMLSelectElement).selectedOptions[0];
    const page = option?.value ?? 'quiz';
    const title = option?.dataset['title'] ?? '';
    const height = Number(option?.dataset['height']) || DEFAULT_HEIGHT;

    const ctaInput = form.elements.namedItem('cta') as HTMLInputElement;
    const ctaBad = text('cta') !== '' && !cleanHttpsUrl(text('cta'));
    ctaInput.setAttribute('aria-invalid', String(ctaBad));
    (this.querySelector('[data-builder-cta-error]') as HTMLElement).hidden = !ctaBad;

    const useAccent = data.get('use_accent') !== null;
    const accent = text('accent');
    const status = this.querySelector('[data-builder-accent-status]') as HTMLElement;
    const problem = accentProblem(accent);
    const ratio = problem === 'format' ? '' : contrastRatio(accent, ACCENT_TEXT).toFixed(1);
    if (announce || !useAccent) {
      status.textContent =
        useAccent && ratio ? fillTemplate(problem ? this.#text('accentLow') : this.#text('accentOk'), { ratio }) : '';
    }

    const params: EmbedOptions = {
      clinic: text('clinic'),
      cta: text('cta'),
      ctaLabel: text('cta_label'),
      theme: text('theme') as EmbedTheme,
      ...(useAccent ? { accent } : {}),
    };
    const isQuiz = page === 'quiz';
    (this.querySelector('[data-builder-mode]') as HTMLElement).hidden = !isQuiz;
    const popup = isQuiz && text('mode') === 'popup';
    const integrity = this.dataset['integrity'];
    const input = {
      origin: this.dataset['origin'] ?? location.origin,
      page,
      title,
      height,
      params,
      words: { frameTitle: this.#text('frameTitle'), fullPageLink: this.#text('fullPageLink') },
      ...(integrity ? { integrity } : {}),
    };
    this.#code('tier-1', iframeSnippet(input));
    this.#code('tier-2', autoHeightSnippet(input));
    this.#code('tier-3', elementSnippet({ ...input, popup }));

    // The preview reloads a moment after typing stops, not on every key.
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#preview({ ...input, origin: location.origin }, popup), 300);
  }

  /**
   * The preview is snippet 3 as pasted (its markup, parsed; the script runs once, from this
   * site), with one extra: the quiz opens on a sample result, so the clinic bar shows at once.
   */
  #preview(input: Parameters<typeof elementSnippet>[0], popup: boolean) {
    const box = this.querySelector('[data-builder-preview]') as HTMLElement;
    const markup = elementSnippet({ ...input, popup, params: { ...input.params, preview: input.page === 'quiz' } });
    if (markup === this.#previewUrl) return;
    this.#previewUrl = markup;
    if (!document.querySelector(`script[src="${LOADER_PATH}"]`)) {
      const script = document.createElement('script');
      script.src = LOADER_PATH;
      document.head.append(script);
    }
    // Our own escaped markup; scripts parsed this way never run, and the loader is added above.
    const template = document.createElement('template');
    template.innerHTML = markup;
    for (const script of template.content.querySelectorAll('script')) script.remove();
    box.replaceChildren(template.content);
  }

  #code(id: string, code: string) {
    const el = this.querySelector(`#${id}`);
    if (el) el.textContent = code;
  }

  #text(name: string): string {
    return this.dataset[`text${name[0]?.toUpperCase()}${name.slice(1)}`] ?? '';
  }

  async #copy(id: string) {
    const status = this.querySelector('[data-builder-copy-status]') as HTMLElement;
    try {
      await navigator.clipboard.writeText(this.querySelector(`#${id}`)?.textContent ?? '');
      status.textContent = this.#text('copied');
    } catch {
      status.textContent = this.#text('copyFailed');
    }
  }
}

customElements.define('bw-embed-builder', EmbedBuilder);
