/**
 * <bw-theme-toggle>: a button that cycles device → light → dark. Its name always states the
 * current choice ("Theme: device (dark)"). "device" removes the stored choice, so the page
 * follows the operating system again; BaseLayout's pre-paint script applies a stored one.
 */
import { THEME_KEY, nextTheme, parseTheme, themeName, type ThemeChoice } from '../../lib/theme';
import { theme } from '../../strings/en';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement.dataset;

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => this.#set(nextTheme(parseTheme(root['theme']))));
    dark.addEventListener('change', () => this.#sync());
    this.#sync();
  }

  #set(choice: ThemeChoice) {
    if (choice === 'device') delete root['theme'];
    else root['theme'] = choice;
    try {
      if (choice === 'device') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    this.#sync();
  }

  #sync() {
    const label = this.querySelector('[data-theme-label]');
    if (label) label.textContent = themeName(parseTheme(root['theme']), dark.matches, theme);
  }
}

customElements.define('bw-theme-toggle', ThemeToggle);
