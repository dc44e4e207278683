// The environment checker's examples: realistic set-ups as integrators have them, for the form and for a paste.
import type {ActiveEnvironmentId} from '@site/src/lib/environments';

export type UrlField = 'tokenEndpoint' | 'audience' | 'issuer' | 'jwksUrl' | 'apiBaseUrl';
export type CertificateKind = '' | 'test' | 'prod';

export interface FormState {
  readonly environment: ActiveEnvironmentId;
  readonly values: Record<UrlField, string>;
  readonly certificateKind: CertificateKind;
}

export const EMPTY_FORM: FormState = {
  environment: 'test',
  values: {tokenEndpoint: '', audience: '', issuer: '', jwksUrl: '', apiBaseUrl: ''},
  certificateKind: '',
};

/** Realistic set-ups: the old seed page's test values, a production config that still points at VER2, a good one. */
export const ENVIRONMENT_EXAMPLES: Record<string, FormState> = {
  seed: {
    environment: 'test',
    values: {
      tokenEndpoint: 'https://test.maskinporten.no/',
      audience: 'https://maskinporten.no/',
      issuer: 'https://test.maskinporten.no',
      jwksUrl: 'https://test.maskinporten.no/jwk',
      apiBaseUrl: 'https://inntektsmottakere.api.skatteetaten.no/v1',
    },
    certificateKind: 'prod',
  },
  retired: {
    environment: 'test',
    values: {
      tokenEndpoint: 'https://ver2.maskinporten.no/token',
      audience: 'https://ver2.maskinporten.no/',
      issuer: '',
      jwksUrl: '',
      apiBaseUrl: '',
    },
    certificateKind: 'test',
  },
  valid: {
    environment: 'prod',
    values: {
      tokenEndpoint: 'https://maskinporten.no/token',
      audience: 'https://maskinporten.no/',
      issuer: 'https://maskinporten.no/',
      jwksUrl: 'https://maskinporten.no/jwk',
      apiBaseUrl: 'https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
    },
    certificateKind: 'prod',
  },
};

/** Whole configurations to paste, each with the environment the example is checked against. */
export const CONFIG_EXAMPLES: Record<string, {readonly environment: ActiveEnvironmentId; readonly text: string}> = {
  // A `.env` that mixes test and production, the way a copied configuration often does.
  config: {
    environment: 'test',
    text: [
      '# .env for the pension integration',
      'MASKINPORTEN_TOKEN_ENDPOINT=https://test.maskinporten.no/token',
      'MASKINPORTEN_AUDIENCE=https://maskinporten.no/',
      'MASKINPORTEN_ISSUER="https://Test.Maskinporten.no:443/"',
      'MASKINPORTEN_SCOPES=Skatteetaten:inntekt,skatteetaten:inntektsmottakere',
      'SKATTEETATEN_INNTEKTSMOTTAKERE_URL=https://inntektsmottakere.api.skatteetaten-test.no/v1',
      'NAV_AAREG_URL=https://arbeidsforhold-gw.nav.no/aareg/v1/arbeidsforhold/otp/graphql',
      'KEYSTORE_PATH=/run/secrets/virksomhetssertifikat-test.p12',
    ].join('\n'),
  },
  // A Spring Boot application.yml with one profile per environment: each profile is judged on its own.
  profiles: {
    environment: 'test',
    text: [
      'maskinporten:',
      '  scope: skatteetaten:inntektsmottakere',
      '  consumer-org: "0192:910753614"',
      '---',
      'spring:',
      '  config:',
      '    activate:',
      '      on-profile: test',
      'maskinporten:',
      '  token-endpoint: ${MASKINPORTEN_TOKEN_ENDPOINT:https://test.maskinporten.no/token}',
      '  audience: https://test.maskinporten.no/',
      'skatteetaten:',
      '  url: https://inntektsmottakere.api.skatteetaten-test.no/v1',
      '---',
      'spring:',
      '  config:',
      '    activate:',
      '      on-profile: prod',
      'maskinporten:',
      '  token-endpoint: ${MASKINPORTEN_TOKEN_ENDPOINT:https://MASKINPORTEN.no:443/token}',
      '  audience: https://maskinporten.no/',
      'skatteetaten:',
      '  url: https://inntektsmottakere.api.skatteetaten.no/v1',
    ].join('\n'),
  },
};
