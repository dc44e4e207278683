import React, {useEffect, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import {markFirstLoadDone, STATIC_ATTRIBUTE} from '@site/src/components/StaticHtml';
import {enhanceTables} from '@site/src/components/ScrollTable/enhance';

/** Runs `task` when the browser has a moment (or soon, where it cannot say), so it never adds to the load's work. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, {timeout: 2000});
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

/** An address of a page of this site the router shows (not a file: a feed, an image, a download). */
function routedPath(anchor: HTMLAnchorElement): string | undefined {
  if (anchor.target && anchor.target !== '_self') return undefined;
  if (anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return url.pathname + url.search + url.hash;
}

/**
 * Links in HTML that the first load did not hydrate (StaticHtml) behave as Docusaurus's Link: a click on a page of
 * this site goes through the router (no reload), and pointing at one preloads that page. One listener each for
 * the whole page, instead of a component and an observer per link.
 */
function useStaticLinks(): void {
  const history = useHistory();
  useEffect(() => {
    const linkIn = (event: Event): HTMLAnchorElement | null => {
      const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]') ?? null;
      return anchor?.closest(`[${STATIC_ATTRIBUTE}]`) ? anchor : null;
    };
    const onClick = (event: MouseEvent): void => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = linkIn(event);
      const path = anchor ? routedPath(anchor) : undefined;
      if (!anchor || path === undefined) return;
      // A link to a place on this page: the browser scrolls to it, as for Docusaurus's own anchor links.
      if (new URL(anchor.href).pathname === window.location.pathname && anchor.hash) return;
      event.preventDefault();
      history.push(path);
    };
    const preloaded = new Set<string>();
    const onPoint = (event: Event): void => {
      const anchor = linkIn(event);
      const path = anchor ? routedPath(anchor) : undefined;
      if (path === undefined || preloaded.has(path)) return;
      preloaded.add(path);
      void (window as unknown as {docusaurus?: {preload(path: string): Promise<void>}}).docusaurus
        ?.preload(new URL(path, window.location.href).pathname)
        .catch(() => undefined);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('mouseover', onPoint, {passive: true});
    document.addEventListener('touchstart', onPoint, {passive: true});
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('mouseover', onPoint);
      document.removeEventListener('touchstart', onPoint);
    };
  }, [history]);
}

/**
 * Sends an old bookmark on: the old DSOP page's addresses redirect to one new page and keep their `#anchor`
 * (`/dsop_ajourhold_Integrasjonmaskinporten.html#virksomhetssertifikat`), and this hop replaces that with the
 * section's new page (src/lib/legacy-anchors.ts). Only an anchor the page does not have loads the table, so a
 * page costs this effect and nothing more. An anchor the page has is never taken away from it.
 */
function useLegacyAnchorHop(): void {
  const {pathname, hash} = useLocation();
  const history = useHistory();
  useEffect(() => {
    if (hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    if (document.getElementById(id)) return;
    let cancelled = false;
    void import('@site/src/lib/legacy-anchors').then(({LEGACY_ANCHOR_PAGE, resolveLegacyAnchor}) => {
      const path = pathname.replace(/\/$/, '');
      const target = resolveLegacyAnchor(hash);
      if (cancelled || !target || !path.endsWith(LEGACY_ANCHOR_PAGE)) return;
      // What comes before the page's path (base URL, locale) stays: /en/docs/oversikt#x -> /en/docs/….
      history.replace(path.slice(0, path.length - LEGACY_ANCHOR_PAGE.length) + target);
    });
    return () => {
      cancelled = true;
    };
  }, [pathname, hash, history]);
}

export default function Root({children}: {readonly children: ReactNode}): React.JSX.Element {
  useLegacyAnchorHop();
  useStaticLinks();
  const {pathname} = useLocation();
  // Root's effects run after every component's below it: the first load's render is committed by now.
  useEffect(markFirstLoadDone, []);
  // The tables' names and scroll boxes, for the page just shown, when the browser is idle.
  useEffect(() => whenIdle(enhanceTables), [pathname]);
  return <>{children}</>;
}
