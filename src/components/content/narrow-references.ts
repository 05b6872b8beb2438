/**
 * Shows only the references that a part of the page cites: for pages that build their content
 * in the browser (a quiz result, the therapist sheet), so the list matches what is on screen.
 */
export function narrowReferences(cited: ParentNode, list: ParentNode): void {
  const used = new Set([...cited.querySelectorAll<HTMLAnchorElement>('.cite a')].map((a) => a.hash));
  for (const item of list.querySelectorAll<HTMLElement>('li[id^="ref-"]')) item.hidden = !used.has(`#${item.id}`);
}
