// Environment ids and form field ids as words in the page's language. Apart from the finding texts, so a tool
// can name a field or an environment without loading the catalogue.
import {translate} from './lazyTranslate';

/** 'prod' and 'test' as words in the page's language. */
export function environmentName(id: string): string {
  switch (id) {
    case 'prod':
      return translate({id: 'tools.environment.prod', message: 'produksjon'});
    case 'test':
      return translate({id: 'tools.environment.test', message: 'test'});
    case 'unknown':
      return translate({id: 'tools.environment.unknown', message: 'ukjent miljø'});
    default:
      return id;
  }
}

/** The environment checker's field names as its form labels them. */
export function fieldName(field: string): string {
  switch (field) {
    case 'tokenEndpoint':
      return translate({id: 'tools.env.field.tokenEndpoint', message: 'Token-endepunkt'});
    case 'audience':
      return translate({id: 'tools.env.field.audience', message: 'Audience (aud)'});
    case 'issuer':
      return translate({id: 'tools.env.field.issuer', message: 'Utsteder (issuer)'});
    case 'jwksUrl':
      return translate({id: 'tools.env.field.jwksUrl', message: 'JWKS-URL'});
    case 'certificateKind':
      return translate({id: 'tools.env.field.certificateKind', message: 'Sertifikattype'});
    case 'apiBaseUrl':
      return translate({id: 'tools.env.field.apiBaseUrl', message: 'API-adresse'});
    default:
      return field;
  }
}
