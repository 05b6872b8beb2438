/**
 * <bw-site-search>: turns the header's search link into a button that opens the search dialog,
 * and opens it from anywhere with `/` or Ctrl/Cmd+K. The first opening adds the panel's module
 * script (which then loads Pagefind); nothing of search is fetched before that. On /search/,
 * where there is no dialog, the button and shortcuts move focus to the page's own search box.
 * Kept tiny: it ships on every page.
 */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const button = this.querySelector('button');
    const dialog = this.querySelector('dialog');
    if (!link || !button) return;
    link.hidden = true;
    button.hidden = false;
    let opener: HTMLElement | null = null;
    let restore = true;

    const open = () => {
      const target = this.dataset['target'];
      if (!dialog) return document.getElementById(target ?? '')?.focus();
      if (!dialog.open) {
        opener = document.activeElement as HTMLElement | null;
        restore = true;
        dialog.showModal();
        if (!document.querySelector('script[data-search-panel-script]')) {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = this.dataset['panel'] ?? '';
          script.dataset['searchPanelScript'] = '';
          document.head.append(script);
        }
      }
      dialog.querySelector('input')?.focus();
    };

    button.addEventListener('click', open);
    // Escape closes at once, even from the search box (where it would first clear the text).
    dialog?.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog.close();
    });
    dialog?.addEventListener('close', () => {
      if (restore) opener?.focus();
    });
    // Following a result (perhaps an anchor on this page) closes the dialog and leaves focus there.
    dialog?.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href]')) {
        restore = false;
        dialog.close();
      }
    });
    document.addEventListener('keydown', (event) => {
      const el = event.target as HTMLElement;
      const typing = el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !k) return;
      event.preventDefault();
      open();
    });
  }
}

customElements.define('bw-site-search', SiteSearch);
