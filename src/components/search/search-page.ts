/** <bw-search-page>: the /search/ page's panel, running the `?q=` query on load. */
import { connectPanel } from './search-panel';
import { queryFrom } from '../../lib/search';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const panel = this.querySelector<HTMLElement>('[data-search-panel]');
    if (!panel) return;
    const run = connectPanel(panel, this.dataset['bundle'] ?? '/pagefind/pagefind.js');
    const query = queryFrom(location.search);
    if (query) run(query);
    // Keep the address shareable as the visitor types.
    panel.querySelector('[data-search-input]')?.addEventListener('input', (event) => {
      const q = (event.target as HTMLInputElement).value.trim();
      history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    });
  }
}

customElements.define('bw-search-page', SearchPage);
