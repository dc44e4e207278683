/**
 * The troubleshooting page's reference (most of that page, far below the fold) skips the layout of its groups until
 * they come near the viewport (`content-visibility: auto` in FindingReference's styles): on a phone the page's first
 * layout was the load's longest task (issue 23). A skipped group that was never laid out has a guessed height,
 * though, so a jump measured over guessed heights lands off its target and the page shifts once the groups around
 * the target are laid out.
 *
 * So the skipping ends, for the rest of the visit, before any jump: this small script sets FULL_LAYOUT_ATTRIBUTE
 * on <html> at load when the address has a #fragment, and on a click on a link with one (a table of contents
 * entry, a finding's «Les mer», the skip link), on Back/Forward and on a hash change. The stylesheet skips only
 * under `html:not([data-full-layout])`. It runs inline in <head>, before the body is parsed, so a link into a page
 * is laid out in full from the first frame. No network, no storage: it reads the address and sets one attribute.
 */
export const FULL_LAYOUT_ATTRIBUTE = 'data-full-layout';

export const FULL_LAYOUT_SCRIPT = `(function () {
  var root = document.documentElement;
  function layOutInFull() { root.setAttribute('${FULL_LAYOUT_ATTRIBUTE}', ''); }
  if (location.hash) layOutInFull();
  addEventListener('hashchange', layOutInFull);
  addEventListener('popstate', layOutInFull);
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target instanceof Element && target.closest('a[href*="#"]')) layOutInFull();
  }, true);
})();`;
