/**
 * <bw-theme-toggle>: a button that cycles device → light → dark. Its name always states the
 * current choice; the server renders each wording as a data attribute (ThemeToggle.astro), so
 * no text ships in script. "device" removes the stored choice and the page follows the system
 * again; BaseLayout's pre-paint script applies a stored one.
 */
import { THEME_KEY, nextTheme, parseTheme } from '../../lib/theme';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement.dataset;

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.onclick = () => {
      const choice = nextTheme(parseTheme(root['theme']));
      try {
        if (choice == 'device') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, choice);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
      if (choice == 'device') delete root['theme'];
      else root['theme'] = choice;
      this.#sync();
    };
    dark.onchange = () => this.#sync();
    this.#sync();
  }

  /** Names the button after the choice, e.g. data-device-dark → "Theme: device (dark)". */
  #sync() {
    const choice = parseTheme(root['theme']);
    const key = choice == 'device' ? (dark.matches ? 'deviceDark' : 'deviceLight') : choice;
    this.querySelector('span')!.textContent = this.dataset[key] ?? '';
  }
}

customElements.define('bw-theme-toggle', ThemeToggle);
