// `cert <files…> [--env test|prod] [--warn-days 60] [--error-days 14] [--jwk]`: the certificate tool's reading
// (analyseCertificateInput), one file at a time with its bytes and name as the CertificateTool component gives a
// dropped file. Without --env a certificate is judged for the environment its issuer belongs to, so a scheduled
// expiry job over test and production certificates does not fail on the environment. --jwk adds what to copy:
// the JWK to register (kid = RFC 7638 thumbprint), x5c and x5t#S256, as the tool's outputs show them.
import {basename} from 'node:path';
import {analyseCertificateInput, type CertificateToolResult} from '../../../../src/lib/certificate-tool';
import {environmentName} from '../../../../src/lib/words';
import type {CommandContext} from '../context';
import {locate, PRIVATE_KEY_CODES} from '../context';
import {readInput, refusePrivate, Refusal, shownSource} from '../input';
import type {CommandReport, Located} from '../output/report';
import {say} from '../output/texts';

interface Copyable {
  readonly file: string;
  readonly jwk?: unknown;
  readonly x5c?: readonly string[];
  readonly x5tS256?: string;
}

function copyable(file: string, result: CertificateToolResult): Copyable {
  if (result.outputs) {
    const {jwk, x5c, x5tS256} = result.outputs;
    return {file, ...(jwk ? {jwk} : {}), x5c, x5tS256};
  }
  const [first] = result.keys ?? [];
  return {file, ...(first ? {jwk: first.jwk} : {})};
}

function copyBlock(c: Copyable, ctx: CommandContext): string {
  const lang = ctx.texts.language;
  const lines = [`${say(lang, 'file')}: ${shownSource(c.file)}`];
  if (c.jwk === undefined && c.x5c === undefined)
    return [...lines, say(lang, 'noJwk', {source: shownSource(c.file)})].join('\n');
  if (c.jwk !== undefined) lines.push(`${say(lang, 'jwkTitle')}:`, JSON.stringify(c.jwk, null, 2));
  if (c.x5c !== undefined) lines.push(`${say(lang, 'x5cTitle')}:`, JSON.stringify(c.x5c));
  if (c.x5tS256 !== undefined) lines.push(`${say(lang, 'x5tTitle')}: ${c.x5tS256}`);
  return lines.join('\n');
}

export async function runCert(ctx: CommandContext): Promise<CommandReport> {
  const lang = ctx.texts.language;
  if (ctx.positionals.length === 0)
    throw new Refusal(
      say(lang, 'badArgs', {
        message: say(lang, 'missingInput', {
          command: 'cert',
          what: lang === 'en' ? 'one or more certificate files' : 'én eller flere sertifikatfiler',
        }),
      }),
    );
  if (ctx.positionals.filter((p) => p === '-').length > 1) throw new Refusal(say(lang, 'stdinTwice'));
  const expiryDays =
    ctx.warnDays !== undefined || ctx.errorDays !== undefined
      ? {warning: ctx.warnDays ?? 60, error: ctx.errorDays ?? 14}
      : undefined;
  const findings: Located[] = [];
  const outputs: Copyable[] = [];
  const facts: string[] = [];
  for (const source of ctx.positionals) {
    const input = await readInput(source, ctx.io, lang);
    const fileName = source === '-' ? undefined : basename(source);
    const analyse = (environment: 'test' | 'prod'): Promise<CertificateToolResult> =>
      analyseCertificateInput(
        {bytes: input.bytes, ...(fileName !== undefined ? {fileName} : {})},
        {environment, now: ctx.now, ...(expiryDays ? {expiryDays} : {})},
      );
    let result = await analyse(ctx.env ?? 'prod');
    if (ctx.env === undefined && result.certificate?.environment === 'test') result = await analyse('test');
    if (result.findings.some((f) => PRIVATE_KEY_CODES.has(f.code))) throw refusePrivate(lang, source);
    findings.push(...locate(result.findings, source));
    if (ctx.env === undefined && result.certificate)
      facts.push(
        `${shownSource(source)}: ${say(lang, 'envFromInput', {environment: environmentName(result.certificate.environment, ctx.texts)})}`,
      );
    if (ctx.jwk) outputs.push(copyable(source, result));
  }
  return {
    command: 'cert',
    findings,
    facts:
      ctx.env !== undefined
        ? [say(lang, 'envAssumed', {environment: environmentName(ctx.env, ctx.texts), note: ''})]
        : facts,
    ...(ctx.jwk ? {blocks: outputs.map((c) => copyBlock(c, ctx)), json: {outputs}} : {}),
  };
}
