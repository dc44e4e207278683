// Fact tables only, without jose or @peculiar/x509: what an MDX page imports to show hosts, scopes,
// claims and errors.

export {ENVIRONMENTS, GRANT_LIMITS, ACCESS_TOKEN_LIMITS, getEnvironment} from './environments';
export type {Environment, EnvironmentId, ActiveEnvironmentId} from './environments';
export {DSOP_SCOPES, DSOP_SCOPES_SOURCE, RELATED_SCOPES, SCOPE_SYNTAX_SOURCE} from './scope-catalogue';
export type {DsopScope, RelatedScope} from './scope-catalogue';
export {TOKEN_ERRORS} from './errors';
export type {TokenErrorEntry} from './errors';
export {CERTIFICATE_ISSUERS} from './certificate-issuers';
export type {CertificateIssuer} from './certificate-issuers';
export {GRANT_CLAIMS, ACCESS_TOKEN_CLAIMS} from './jwt/claims';
export type {ClaimDescription} from './jwt/claims';
export {FINDING_CATALOGUE, FINDING_CODES} from './findings';
