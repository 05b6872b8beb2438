/**
 * <bw-site-menu>: enhances the header's popover menu. Browsers derive the button's expanded
 * state from `popovertarget`; aria-expanded states it for every screen reader too. A list left
 * open when the header widens would float over the row it now sits in, so it closes.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const list = this.querySelector('ul');
    if (!button || !list) return;
    const expanded = (open: boolean) => button.setAttribute('aria-expanded', String(open));
    expanded(false);
    list.addEventListener('toggle', (e) => expanded((e as ToggleEvent).newState == 'open'));
    addEventListener('resize', () => button.offsetWidth || list.hidePopover());
  }
}

customElements.define('bw-site-menu', SiteMenu);
