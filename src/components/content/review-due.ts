/**
 * <bw-review-due due="YYYY-MM-DD">: the "due for review" notice. The build decides without
 * script; in the browser, the visitor's own date decides, so a site that has not been rebuilt
 * still shows it from the due date on. The date is read as local midnight, not UTC, so US
 * readers don't see it the evening before.
 */
customElements.define(
  'bw-review-due',
  class extends HTMLElement {
    connectedCallback() {
      this.hidden = Date.now() < Date.parse(`${this.getAttribute('due')}T00:00`);
    }
  },
);
