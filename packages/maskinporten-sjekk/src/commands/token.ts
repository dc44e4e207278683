// `token <file or -> --env test|prod [--key …] [--scope …]`: the token inspector's whole analysis (analyseToken),
// with the inputs the TokenInspector component gives it: the token, the environment, the expected scopes split on
// whitespace, and a public key's text.
import {analyseToken} from '../../../../src/lib/jwt/analyse';
import {environmentName, tokenKindLabel} from '../../../../src/lib/words';
import type {CommandContext} from '../context';
import {locate, PRIVATE_KEY_CODES} from '../context';
import {readInput, refusePrivate, Refusal} from '../input';
import type {CommandReport} from '../output/report';
import {say} from '../output/texts';

export async function runToken(ctx: CommandContext): Promise<CommandReport> {
  const lang = ctx.texts.language;
  const [source] = ctx.positionals;
  if (source === undefined || ctx.positionals.length !== 1)
    throw new Refusal(
      say(lang, 'badArgs', {
        message: say(lang, 'missingInput', {
          command: 'token',
          what: lang === 'en' ? 'one token file (or - for standard input)' : 'én tokenfil (eller - for standard inn)',
        }),
      }),
    );
  if (ctx.env === undefined)
    throw new Refusal(
      say(lang, 'badArgs', {message: say(lang, 'missingInput', {command: 'token', what: '--env test|prod'})}),
    );
  if (source === '-' && ctx.key === '-') throw new Refusal(say(lang, 'stdinTwice'));
  const token = await readInput(source, ctx.io, lang);
  const key = ctx.key !== undefined ? await readInput(ctx.key, ctx.io, lang) : undefined;
  const scopes = (ctx.scope ?? '').split(/\s+/).filter((s) => s !== '');
  const result = await analyseToken(token.text, {
    environment: ctx.env,
    now: ctx.now,
    keyText: key?.text ?? '',
    ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
  });
  const privateFinding = result.findings.find((f) => PRIVATE_KEY_CODES.has(f.code));
  if (privateFinding) throw refusePrivate(lang, privateFinding.code === 'sig.key-private' && key ? key.source : source);
  const signature = ctx.texts.text(
    {
      valid: 'tools.report.signature.valid',
      invalid: 'tools.report.signature.invalid',
      'not-checked': 'tools.report.signature.notChecked',
    }[result.signature],
    {valid: 'gyldig', invalid: 'ugyldig', 'not-checked': 'ikke kontrollert'}[result.signature],
  );
  return {
    command: 'token',
    findings: locate(result.findings, token.source),
    facts: [
      say(lang, 'envAssumed', {environment: environmentName(ctx.env, ctx.texts), note: ''}),
      say(lang, 'tokenKind', {kind: tokenKindLabel(result.kind, ctx.texts), signature}),
    ],
    json: {environment: ctx.env, kind: result.kind, signature: result.signature},
  };
}
