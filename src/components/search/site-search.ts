/**
 * <bw-site-search>: turns the header's search link into a button that opens the search dialog,
 * and opens it from anywhere with `/` or Ctrl/Cmd+K. The first opening adds the panel's module
 * script (which then loads Pagefind); nothing of search is fetched before that. On /search/,
 * where there is no dialog, the button and shortcuts move focus to the page's own search box.
 * The `/` shortcut can be turned off in the dialog (WCAG 2.1.4; the checkbox is wired by
 * search-panel.ts), and the choice is kept in localStorage under `data-slash-key`. Kept tiny: it ships on every page.
 */
let panelAdded = false;

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const button = this.querySelector('button');
    const dialog = this.querySelector('dialog');
    if (!link || !button) return;
    link.hidden = true;
    button.hidden = false;
    let opener: HTMLElement | null = null;
    const slashOff = () => {
      try {
        return localStorage.getItem(this.dataset['slashKey'] ?? '') === '1';
      } catch {
        return false;
      }
    };

    let restore = true;

    const open = () => {
      const target = this.dataset['target'];
      if (!dialog) return document.getElementById(target ?? '')?.focus();
      if (!dialog.open) {
        // Some browsers do not focus a clicked button; then focus returns to the button anyway.
        const active = document.activeElement as HTMLElement | null;
        opener = !active || active === document.body ? button : active;
        restore = true;
        dialog.showModal();
        if (!panelAdded) {
          panelAdded = true;
          const script = document.createElement('script');
          script.type = 'module';
          script.src = this.dataset['panel'] ?? '';
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
      const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!(isSlash && !slashOff()) && !k) return;
      event.preventDefault();
      open();
    });
  }
}

customElements.define('bw-site-search', SiteSearch);
