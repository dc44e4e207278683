// What a firewall must let the client system reach, and the one API address the guide names besides the
// ajourhold APIs: fact tables, each row with its source (/work/shared/facts/maskinporten.md §1,
// process.md §6.3 and §6.5).
import type {FactStatus} from './fact-status';

export type NetworkOwner = 'Maskinporten' | 'Skatteetaten' | 'NAV';

export interface FirewallEntry {
  readonly owner: NetworkOwner;
  /** Which environment the row is for; `both` when the sources do not tell test from production. */
  readonly environment: 'test' | 'prod' | 'both';
  /** Host names to open (a `*.` prefix stands for every API host under it). */
  readonly hosts: readonly string[];
  /** The published IP addresses; empty when the owner publishes none that we found. */
  readonly ips: readonly string[];
  /** `unverified` when the sources contradict each other. */
  readonly status: FactStatus;
  readonly source: string;
  readonly checked: string;
}

/** Digdir's current list of the IP addresses of its services, Maskinporten's among them. */
export const DIGDIR_IP_LIST = 'https://docs.digdir.no/docs/general/IP';
const SKE_SECURITY = 'https://skatteetaten.github.io/api-dokumentasjon/om/sikkerhet';
const NAV_OTP = 'https://navikt.github.io/aareg/tjenester/integrasjon/otp-api/';
const C = '2026-11-25';

export const FIREWALL: readonly FirewallEntry[] = [
  {
    owner: 'Maskinporten',
    environment: 'test',
    hosts: ['test.maskinporten.no'],
    ips: ['139.105.36.132', '2a02:9cc::301'],
    status: 'verified',
    source: DIGDIR_IP_LIST,
    checked: C,
  },
  {
    owner: 'Maskinporten',
    environment: 'prod',
    hosts: ['maskinporten.no'],
    ips: ['139.105.36.164'],
    status: 'verified',
    source: DIGDIR_IP_LIST,
    checked: C,
  },
  {
    // sikkerhet.md and url.md give the same two pairs of addresses, but swap test and production: both are
    // Skatteetaten's, which is which is not confirmed.
    owner: 'Skatteetaten',
    environment: 'both',
    hosts: ['*.api.skatteetaten-test.no', '*.api.skatteetaten.no'],
    ips: [
      '20.100.51.138',
      '51.13.21.170',
      '2a13:6200:1065:13d:f5:52a2:e633:8625',
      '2a13:6201:1066:c63:f5:fc5f:3c74:30c0',
    ],
    status: 'unverified',
    source: SKE_SECURITY,
    checked: C,
  },
  {
    owner: 'NAV',
    environment: 'test',
    hosts: ['arbeidsforhold-gw.ekstern.dev.nav.no'],
    ips: [],
    status: 'verified',
    source: NAV_OTP,
    checked: C,
  },
  {
    owner: 'NAV',
    environment: 'prod',
    hosts: ['arbeidsforhold-gw.nav.no'],
    ips: [],
    status: 'verified',
    source: NAV_OTP,
    checked: C,
  },
];

export interface EventApi {
  readonly api: string;
  readonly testBaseUrl: string;
  readonly prodBaseUrl: string;
  readonly source: string;
  readonly checked: string;
}

/** Skatteetaten's event lists, which it asks consumers to read instead of polling (SKE om/bruk, om/url). */
export const EVENT_APIS: readonly EventApi[] = [
  {
    api: 'Inntekt hendelser API',
    testBaseUrl: 'https://inntekthendelser.api.skatteetaten-test.no/v1',
    prodBaseUrl: 'https://inntekthendelser.api.skatteetaten.no/v1',
    source: 'https://skatteetaten.github.io/api-dokumentasjon/om/url',
    checked: C,
  },
];
