import React, {useEffect, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';

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
  return <>{children}</>;
}
