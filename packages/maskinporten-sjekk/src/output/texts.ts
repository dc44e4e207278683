// The command's own words (verdicts, refusals, usage), in both languages. The findings' texts are the site's
// (src/lib/finding-text.ts with the Norwegian defaults or i18n/en/code.json); these are only the frame around them.
import type {Language} from '../../../../src/lib/i18n';

const NB = {
  verdictOk: 'OK: ingen feil{strictNote}.',
  verdictFail: 'FEIL: {errors}, {warnings}.',
  verdictWarnStrict: 'FEIL (--strict): {warnings}.',
  verdictWarn: 'OK med advarsler: {warnings}.',
  strictNote: ' eller advarsler',
  counts: 'Funn: {errors}, {warnings}, {infos}.',
  where: 'Gjelder',
  fix: 'Slik retter du det',
  readMore: 'Les mer',
  file: 'Fil',
  refusedPrivate:
    '{source} ser ut som en privat nøkkel og er avvist. Innholdet er ikke lest videre og ikke skrevet ut. Gi bare offentlige nøkler og sertifikater.',
  unreadable: 'Kan ikke lese {source}: {reason}.',
  tooLarge: '{source} er større enn {max} MB og er ikke lest.',
  notFound: 'finnes ikke',
  isDirectory: 'er en mappe',
  noAccess: 'mangler tilgang',
  badArgs: '{message} Se «maskinporten-sjekk --help».',
  unknownCommand: 'Ukjent kommando «{command}».',
  missingCommand: 'Mangler kommando.',
  missingInput: '«{command}» trenger {what}.',
  badEnv: '--env må være test eller prod, ikke «{value}».',
  badFormat: '--format må være text, json eller github, ikke «{value}».',
  badLang: '--lang må være nb eller en, ikke «{value}».',
  badDays: '{flag} må være et helt antall dager (0–3650), ikke «{value}».',
  daysOrder: '--error-days ({error}) må være mindre enn eller lik --warn-days ({warn}).',
  stdinTwice: 'Standard inn («-») kan bare leses én gang.',
  jwkTitle: 'JWK til selvbetjeningsportalen (kid = RFC 7638-tommelavtrykk)',
  x5cTitle: 'x5c til grant-headeren',
  x5tTitle: 'x5t#S256',
  noJwk: 'Ingen JWK å registrere for {source}.',
  envAssumed: 'Miljø: {environment} (fra --env){note}',
  envFromInput: 'Miljø: {environment} (ikke gitt med --env: lest av innholdet)',
  tokenKind: 'Type: {kind}. Signatur: {signature}.',
  internal: 'Intern feil i maskinporten-sjekk ({name}). Meld fra med kommandoen du kjørte, uten hemmeligheter.',
};

type TextId = keyof typeof NB;

const EN: Record<TextId, string> = {
  verdictOk: 'OK: no errors{strictNote}.',
  verdictFail: 'FAILED: {errors}, {warnings}.',
  verdictWarnStrict: 'FAILED (--strict): {warnings}.',
  verdictWarn: 'OK with warnings: {warnings}.',
  strictNote: ' or warnings',
  counts: 'Findings: {errors}, {warnings}, {infos}.',
  where: 'Where',
  fix: 'How to fix it',
  readMore: 'Read more',
  file: 'File',
  refusedPrivate:
    '{source} looks like a private key and is refused. Its content was not read further and is not printed. Give only public keys and certificates.',
  unreadable: 'Cannot read {source}: {reason}.',
  tooLarge: '{source} is larger than {max} MB and was not read.',
  notFound: 'no such file',
  isDirectory: 'is a directory',
  noAccess: 'permission denied',
  badArgs: '{message} See "maskinporten-sjekk --help".',
  unknownCommand: 'Unknown command "{command}".',
  missingCommand: 'No command given.',
  missingInput: '"{command}" needs {what}.',
  badEnv: '--env must be test or prod, not "{value}".',
  badFormat: '--format must be text, json or github, not "{value}".',
  badLang: '--lang must be nb or en, not "{value}".',
  badDays: '{flag} must be a whole number of days (0–3650), not "{value}".',
  daysOrder: '--error-days ({error}) must be less than or equal to --warn-days ({warn}).',
  stdinTwice: 'Standard input ("-") can be read only once.',
  jwkTitle: 'JWK for the self-service portal (kid = RFC 7638 thumbprint)',
  x5cTitle: 'x5c for the grant header',
  x5tTitle: 'x5t#S256',
  noJwk: 'No JWK to register for {source}.',
  envAssumed: 'Environment: {environment} (from --env){note}',
  envFromInput: 'Environment: {environment} (not given with --env: read from the input)',
  tokenKind: 'Kind: {kind}. Signature: {signature}.',
  internal: 'Internal error in maskinporten-sjekk ({name}). Please report the command you ran, without secrets.',
};

export type {TextId};

/** The command's own text in a language, `{name}` filled in. */
export function say(lang: Language, id: TextId, values: Readonly<Record<string, string | number>> = {}): string {
  const template = lang === 'en' ? EN[id] : NB[id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The usage text (`--help`). */
export function usage(lang: Language): string {
  return lang === 'en' ? USAGE_EN : USAGE_NB;
}

const USAGE_NB = `maskinporten-sjekk: Maskinporten-reglene fra maskinporten-pensjon, uten nettleser og uten nettverk.

Bruk:
  maskinporten-sjekk token <fil eller -> --env test|prod [--key jwks.json|cert.pem] [--scope "…"]
  maskinporten-sjekk config <filer…> [--env test|prod]
  maskinporten-sjekk cert <filer…> [--env test|prod] [--warn-days 60] [--error-days 14] [--jwk]
  maskinporten-sjekk scope "<scopes>"
  maskinporten-sjekk explain "<feiltekst>" | <fil> | -
  maskinporten-sjekk serve --env test --port 8089 --client <id> --key <fil> --scope "<scopes>" [--org <orgnr>]

Valg for alle:
  --format text|json|github   tekst for folk (standard), ett JSON-objekt, eller GitHub Actions-merknader
  --lang nb|en                språk (standard: nb, eller en når LANG begynner med en)
  --strict                    advarsler gir også exit 1
  --help, --version

Exit: 0 ingen feil, 1 feil (eller advarsel med --strict), 2 kunne ikke kjøre.
Private nøkler (PEM, JWK med d, .p12/.pfx) avvises og skrives aldri ut.
`;

const USAGE_EN = `maskinporten-sjekk: the Maskinporten rules of maskinporten-pensjon, without a browser and without network.

Usage:
  maskinporten-sjekk token <file or -> --env test|prod [--key jwks.json|cert.pem] [--scope "…"]
  maskinporten-sjekk config <files…> [--env test|prod]
  maskinporten-sjekk cert <files…> [--env test|prod] [--warn-days 60] [--error-days 14] [--jwk]
  maskinporten-sjekk scope "<scopes>"
  maskinporten-sjekk explain "<error text>" | <file> | -
  maskinporten-sjekk serve --env test --port 8089 --client <id> --key <file> --scope "<scopes>" [--org <orgnr>]

Options for every command:
  --format text|json|github   text for people (default), one JSON object, or GitHub Actions annotations
  --lang nb|en                language (default: nb, or en when LANG starts with en)
  --strict                    warnings also exit 1
  --help, --version

Exit: 0 no errors, 1 errors (or warnings with --strict), 2 could not run.
Private keys (PEM, JWK with d, .p12/.pfx) are refused and never printed.
`;
