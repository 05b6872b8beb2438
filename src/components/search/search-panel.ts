/**
 * <bw-search-panel>: makes a SearchPanel work. This module is built as its own file
 * (/search/panel.js, see astro.config.mjs) and loaded only when a visitor opens search, and it
 * loads Pagefind only then too, so pages cost nothing until search is used. Results render as
 * links with Pagefind's highlighted excerpt, ten at a time with "Show more results"; a result
 * opens at its best section (see bestSection). Arrow keys move between the input and the results.
 * With `data-sync-url` (the /search/ page) it runs the `?q=` query and keeps the address current.
 */
import { bestSection, filtersFor, PAGE_SIZE, queryFrom, ranking, type SubResult } from '../../lib/search';
import { fillTemplate } from '../../lib/format';

/** Where `pagefind --site dist` writes its browser bundle. */
const BUNDLE = '/pagefind/pagefind.js';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string> },
    ms: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Interface text, read from the panel's data attributes (rendered from strings/en.ts). */
function textOf(panel: HTMLElement) {
  const d = panel.dataset;
  return {
    count: d['textCount'] ?? '',
    countOne: d['textCountOne'] ?? '',
    none: d['textNone'] ?? '',
    loading: d['textLoading'] ?? '',
    more: d['textMore'] ?? '',
    /** A result's type badge, from its filter id: `quiz-result` → data-text-type-quiz-result. */
    type: (id: string) => d[`textType${id.replace(/(^|-)(\w)/g, (_m, _dash: string, c: string) => c.toUpperCase())}`] ?? '',
  };
}

let loading: Promise<Pagefind | null> | undefined;

/** Loads the Pagefind bundle once for the page; null where it does not exist (astro dev). */
function loadPagefind(): Promise<Pagefind | null> {
  loading ??= import(/* @vite-ignore */ BUNDLE)
    .then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 22, ranking });
      // Load the index's entry, metadata and wasm now, while the visitor reads or types, rather
      // than on the first keystroke (see npm run bench:search).
      await pagefind.init();
      return pagefind;
    })
    .catch(() => null);
  return loading;
}

/** Wires one panel. Returns a function that runs a query (for ?q= and reopening). */
function connectPanel(panel: HTMLElement): (query: string) => void {
  const text = textOf(panel);
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]') as HTMLInputElement;
  const list = panel.querySelector('[data-search-results]') as HTMLOListElement;
  const status = panel.querySelector('[data-search-status]') as HTMLElement;
  const empty = panel.querySelector('[data-search-empty]') as HTMLElement;
  const unavailable = panel.querySelector('[data-search-unavailable]') as HTMLElement;
  const form = panel.querySelector('form') as HTMLFormElement;
  const more = panel.querySelector('[data-search-more]') as HTMLButtonElement;
  /** The current search's results not yet shown, and a counter so an older search cannot win. */
  let rest: { data(): Promise<PagefindResult> }[] = [];
  let generation = 0;

  /** Shows the next page of results, each as soon as it and those above it have loaded. */
  const showMore = async (focusFirst: boolean) => {
    const mine = generation;
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(next.length);
    more.hidden = true;
    const loads = next.map((r) => r.data());
    for (const [i, load] of loads.entries()) {
      const item = renderResult(await load, text.type);
      if (mine !== generation) return; // a newer search replaced these results
      list.append(item);
      if (focusFirst && i === 0) item.querySelector('a')?.focus();
    }
    more.hidden = rest.length === 0;
    more.textContent = fillTemplate(text.more, { n: rest.length });
  };
  more.addEventListener('click', () => void showMore(true));

  const type = () => new FormData(form).get('type')?.toString() ?? '';
  const run = async () => {
    const query = input.value.trim();
    const pagefind = await loadPagefind();
    if (!pagefind) {
      unavailable.hidden = false;
      return;
    }
    if (!query) {
      generation++;
      rest = [];
      more.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    status.textContent = text.loading;
    const mine = ++generation;
    const found = await pagefind.debouncedSearch(query, { filters: filtersFor(type()) }, 40);
    if (!found || mine !== generation) return; // a newer keystroke superseded this one
    list.replaceChildren();
    rest = found.results;
    await showMore(false);
    if (mine !== generation) return;
    const n = found.results.length;
    status.textContent = n
      ? fillTemplate(n === 1 ? text.countOne : text.count, { n, q: query })
      : fillTemplate(text.none, { q: query });
    empty.hidden = n > 0;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') void run();
  });
  panel.addEventListener('keydown', (event) => moveFocus(event, input, list));
  void loadPagefind().then((pagefind) => (unavailable.hidden = pagefind !== null));
  return (query: string) => {
    input.value = query;
    void run();
  };
}

class SearchPanel extends HTMLElement {
  connectedCallback() {
    if (this.dataset['ready']) return;
    this.dataset['ready'] = '';
    const run = connectPanel(this);
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    // A visitor may have typed before this module arrived.
    const typed = input?.value.trim();
    if (!('syncUrl' in this.dataset)) {
      if (typed) run(typed);
      return;
    }
    const query = queryFrom(location.search) || typed;
    if (query) run(query);
    // Keep the address shareable as the visitor types.
    input?.addEventListener('input', () => {
      const q = input.value.trim();
      history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    });
  }
}

customElements.define('bw-search-panel', SearchPanel);

// The header dialog's "Open search with the / key" setting (site-search.ts reads it).
const slash = document.querySelector<HTMLInputElement>('[data-search-slash]');
const SLASH_OFF_KEY = slash?.dataset['searchSlash'] ?? '';
/** Keeps the setting; a visitor may have ticked the box before this module arrived. */
const saveSlash = (input: HTMLInputElement) => {
  try {
    if (input.checked) localStorage.removeItem(SLASH_OFF_KEY);
    else localStorage.setItem(SLASH_OFF_KEY, '1');
  } catch {
    // Storage blocked: the setting cannot be kept.
  }
};
if (slash) {
  if (slash.checked !== slash.defaultChecked) saveSlash(slash);
  else {
    try {
      slash.checked = localStorage.getItem(SLASH_OFF_KEY) !== '1';
    } catch {
      // Storage blocked: the shortcut stays on.
    }
  }
  slash.addEventListener('change', () => saveSlash(slash));
}

/** One result; when the best match is a section (a glossary term, say), it links straight there. */
function renderResult(result: PagefindResult, typeLabel: (id: string) => string): HTMLLIElement {
  const pageTitle = result.meta['title'] ?? result.url;
  const section = bestSection(pageTitle, result.sub_results ?? []);
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = section?.url ?? result.url;
  link.className = 'search-result';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = section ? `${pageTitle} › ${section.title}` : pageTitle;
  const type = typeLabel(result.filters['type']?.[0] ?? '');
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  // Pagefind's excerpt is text from our own pages, escaped, with <mark> around the matches.
  excerpt.innerHTML = section?.excerpt ?? result.excerpt;
  link.append(title);
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'search-result-type';
    badge.textContent = type;
    link.append(badge);
  }
  const summary = result.meta['summary'];
  if (summary) {
    const line = document.createElement('span');
    line.className = 'search-result-summary';
    line.textContent = summary;
    link.append(line);
  }
  link.append(excerpt);
  item.append(link);
  return item;
}

/** Arrow keys move from the input into the results and between them. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.target !== input && at < 0) return;
  event.preventDefault();
  const nextIndex = event.key === 'ArrowDown' ? at + 1 : at - 1;
  if (nextIndex < 0) input.focus();
  else links[Math.min(nextIndex, links.length - 1)]?.focus();
}
