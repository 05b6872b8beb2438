/**
 * Glossary tooltips show on hover and focus with CSS alone. WCAG 1.4.13 also asks that they can
 * be dismissed without moving the pointer or focus: Escape hides them until the next term is
 * hovered or focused.
 */
const root = document.documentElement;

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') root.dataset['bwTipsDismissed'] = '';
});

for (const type of ['focusin', 'pointerover'] as const) {
  document.addEventListener(type, (event) => {
    if (event.target instanceof Element && event.target.closest('.term a')) delete root.dataset['bwTipsDismissed'];
  });
}
