import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The guide in reading order: from what Maskinporten is, to getting a token, to fixing what goes wrong.
const sidebars: SidebarsConfig = {
  guide: [
    'oversikt',
    'miljoer',
    'klient-og-integrasjon',
    'scopes',
    'virksomhetssertifikat',
    'delegering',
    'consumer-og-supplier',
    'feilsoking',
    'kodeeksempler',
  ],
};

export default sidebars;
