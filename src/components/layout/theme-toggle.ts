/**
 * <bw-theme-toggle>: a pressed/unpressed "Dark theme" button. The choice is stored in
 * localStorage (read again before paint by BaseLayout); with no choice the system decides.
 */
const KEY = 'bw-theme';
const dark = window.matchMedia('(prefers-color-scheme: dark)');

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('button');
    this.#button?.addEventListener('click', () => this.#toggle());
    dark.addEventListener('change', () => this.#sync());
    this.#sync();
  }

  #isDark(): boolean {
    const chosen = document.documentElement.dataset['theme'];
    return chosen ? chosen === 'dark' : dark.matches;
  }

  #toggle() {
    const next = this.#isDark() ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    this.#sync();
  }

  #sync() {
    this.#button?.setAttribute('aria-pressed', String(this.#isDark()));
  }
}

customElements.define('bw-theme-toggle', ThemeToggle);
