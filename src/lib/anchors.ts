// Where things are explained on the troubleshooting page. Apart from the finding catalogue, so a tool can link
// to a section without loading the catalogue's texts.

/** A section of the troubleshooting page (below the site's base URL): a finding code, or an MP code's section. */
export function troubleshootingAnchor(anchor: string): string {
  return `docs/feilsoking#${anchor}`;
}
