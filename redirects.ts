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
