/**
 * Old addresses that other sites (Digdir, Skatteetaten, NAV, the DSOP Jekyll site) link to, and where their
 * content lives now. The build writes a redirect page for each, in every locale; the browser tests visit them.
 * A redirect keeps the `#anchor`: one to a section of the old DSOP page is sent on by src/lib/legacy-anchors.ts.
 */
export interface LegacyRedirect {
  readonly from: string;
  readonly to: string;
}

export const LEGACY_REDIRECTS: readonly LegacyRedirect[] = [
  {from: '/dsop_ajourhold_Integrasjonmaskinporten.html', to: '/docs/oversikt'},
  {from: '/dsop_ajourhold_Integrasjonmaskinporten', to: '/docs/oversikt'},
  {from: '/docs/dsop_ajourhold_Integrasjonmaskinporten', to: '/docs/oversikt'},
  {from: '/docs/ajourhold/dsop_ajourhold_Integrasjonmaskinporten', to: '/docs/oversikt'},
];

/**
 * Until 01.12.2026 the guide in docs/ was served at /docs/next/… (while a frozen 2026 copy was at /docs/…).
 * docs/ is now the current guide at /docs/…, so each of its pages answers at its old /docs/next/… address too.
 * `path` is a built route without base URL or locale; archives (/docs/<version>/…) get no redirect.
 */
export function nextVersionRedirects(path: string, archivedVersions: readonly string[]): string[] {
  const match = /^\/docs\/([^/]+)/.exec(path);
  if (!match?.[1] || match[1] === 'next' || archivedVersions.includes(match[1])) return [];
  return [`/docs/next${path.slice('/docs'.length)}`];
}
