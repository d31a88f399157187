/**
 * Brings a post into view and flashes an outline around it, without changing the page's
 * markup: the Web Animations API leaves no attribute or class behind.
 */
export function revealPost(el: Element): void {
  const reduceMotion = el.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  el.animate(
    [
      { outline: '3px solid rgb(29, 155, 240)', outlineOffset: '-3px' },
      { outline: '3px solid rgb(29, 155, 240)', outlineOffset: '-3px', offset: 0.7 },
      { outline: '3px solid rgba(29, 155, 240, 0)', outlineOffset: '-3px' },
    ],
    { duration: reduceMotion ? 1500 : 2000, easing: 'ease-out' },
  );
}
