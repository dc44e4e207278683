// The public API of src/lib. Note: importing from here pulls in jose and @peculiar/x509 (signature and
// certificates). A page that needs only tables should import './facts' or the table's own module.

export * from './findings';
export * from './environments';
export * from './scopes';
export * from './orgnr';
export * from './errors';
export * from './certificates';
export * from './environment-check';
export * from './grant-builder';
export * from './jwt/index';
export {verifySignature} from './jwt/signature';
export type {VerifyResult, KeySource} from './jwt/signature';
