/**
 * <bw-review-due due="YYYY-MM-DD">: the "due for review" notice. The build shows it when the
 * page was already due; this shows it from the due date on in the visitor's browser too, so a
 * site that has not been rebuilt since still says so.
 */
customElements.define(
  'bw-review-due',
  class extends HTMLElement {
    connectedCallback() {
      if (Date.now() >= Date.parse(this.getAttribute('due') ?? '')) this.hidden = false;
    }
  },
);
