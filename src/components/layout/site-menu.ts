/**
 * <bw-site-menu>: enhances the header's popover menu (SiteMenu.astro). Browsers derive the
 * button's expanded state from `popovertarget`; aria-expanded states it for every screen reader
 * too. A list left open when the header widens would float over the row it now sits in, so it
 * closes.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const list = this.querySelector('ul')!;
    const expanded = () => button.setAttribute('aria-expanded', String(list.matches(':popover-open')));
    expanded();
    list.ontoggle = expanded;
    addEventListener('resize', () => button.offsetWidth || list.hidePopover());
  }
}

customElements.define('bw-site-menu', SiteMenu);
