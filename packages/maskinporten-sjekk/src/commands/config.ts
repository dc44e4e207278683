// `config <files…> [--env test|prod]`: the environment checker's configuration scan (checkConfig), one file at a
// time as the EnvironmentChecker component checks one pasted configuration. Without --env a file is judged for
// the environment its name says (application-prod.yml), else the one its own values belong to, else production:
// env.mixed is raised whatever the choice, and production is where a test value does harm.
import {basename} from 'node:path';
import {checkConfig} from '../../../../src/lib/environment-check';
import {environmentWord, scanConfig} from '../../../../src/lib/config-scan';
import type {ActiveEnvironmentId} from '../../../../src/lib/environments';
import {environmentName} from '../../../../src/lib/words';
import type {CommandContext} from '../context';
import {locate, PRIVATE_KEY_CODES} from '../context';
import {readInput, refusePrivate, Refusal} from '../input';
import type {CommandReport, Located} from '../output/report';
import {say} from '../output/texts';

function inferredEnvironment(source: string, text: string): ActiveEnvironmentId {
  const named = source === '-' ? undefined : environmentWord(basename(source));
  if (named) return named;
  const sides = new Set(
    scanConfig(text).values.flatMap((v) =>
      v.environment === undefined ? [] : [v.environment === 'prod' ? 'prod' : 'test'],
    ),
  );
  return sides.size === 1 && sides.has('test') ? 'test' : 'prod';
}

export async function runConfig(ctx: CommandContext): Promise<CommandReport> {
  const lang = ctx.texts.language;
  if (ctx.positionals.length === 0)
    throw new Refusal(
      say(lang, 'badArgs', {
        message: say(lang, 'missingInput', {
          command: 'config',
          what: lang === 'en' ? 'one or more files' : 'én eller flere filer',
        }),
      }),
    );
  if (ctx.positionals.filter((p) => p === '-').length > 1) throw new Refusal(say(lang, 'stdinTwice'));
  const findings: Located[] = [];
  const files: {file: string; environment: ActiveEnvironmentId}[] = [];
  for (const source of ctx.positionals) {
    const input = await readInput(source, ctx.io, lang);
    const environment = ctx.env ?? inferredEnvironment(source, input.text);
    const result = checkConfig(environment, input.text);
    if (result.findings.some((f) => PRIVATE_KEY_CODES.has(f.code))) throw refusePrivate(lang, source);
    findings.push(...locate(result.findings, source));
    files.push({file: source, environment});
  }
  return {
    command: 'config',
    findings,
    ...(ctx.env === undefined
      ? {
          facts:
            files.length === 1 && files[0]
              ? [say(lang, 'envFromInput', {environment: environmentName(files[0].environment, ctx.texts)})]
              : [],
        }
      : {facts: [say(lang, 'envAssumed', {environment: environmentName(ctx.env, ctx.texts), note: ''})]}),
    json: {files},
  };
}
