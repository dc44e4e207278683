// The command's entry: arguments (node:util parseArgs), language, dispatch to a command, output in the asked
// format, exit status. `main` never throws and never prints a stack trace: bad arguments, unreadable input and
// private keys are one line on stderr and exit 2; a bug is one line naming the error's kind, also exit 2.
// Commands are loaded when used, so `scope` does not load the certificate reader.
import {parseArgs} from 'node:util';
import type {ActiveEnvironmentId} from '../../../src/lib/environments';
import {makeTexts, NORWEGIAN, translationsFromCodeJson, type Language, type Texts} from '../../../src/lib/i18n';
import {visibleText} from '../../../src/lib/display';
import {looksLikePrivateKey} from '../../../src/lib/jwt/secrets';
import type {CommandContext} from './context';
import {Refusal, refusePrivate, type Io} from './input';
import {exitCode, formatReport, type CommandReport, type Format} from './output/report';
import {say, usage} from './output/texts';
import packageJson from '../package.json';

export type {Io};

const COMMANDS = ['token', 'config', 'cert', 'scope', 'explain', 'serve'] as const;
type Command = (typeof COMMANDS)[number];

const OPTIONS = {
  format: {type: 'string'},
  lang: {type: 'string'},
  strict: {type: 'boolean', default: false},
  env: {type: 'string'},
  key: {type: 'string'},
  scope: {type: 'string'},
  'warn-days': {type: 'string'},
  'error-days': {type: 'string'},
  jwk: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false},
} as const;

/** The language: --lang, else the locale the environment names (LC_ALL, LC_MESSAGES, LANG), else Norwegian. */
function languageOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language | string {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at >= 0) {
    const arg = argv[at] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[at + 1] ?? '');
    return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nb';
}

async function textsFor(lang: Language): Promise<Texts> {
  if (lang === 'nb') return NORWEGIAN;
  // The English site's texts (finding messages, names of places and fields), packed into the command.
  const codeJson = (await import('../../../i18n/en/code.json')).default;
  return makeTexts('en', translationsFromCodeJson(codeJson));
}

function badArgs(lang: Language, message: string): Refusal {
  return new Refusal(say(lang, 'badArgs', {message}));
}

function days(lang: Language, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) > 3650)
    throw badArgs(lang, say(lang, 'badDays', {flag, value: visibleText(value.slice(0, 40))}));
  return Number(value);
}

async function run(command: Command, ctx: CommandContext): Promise<CommandReport> {
  switch (command) {
    case 'token':
      return (await import('./commands/token')).runToken(ctx);
    case 'config':
      return (await import('./commands/config')).runConfig(ctx);
    case 'cert':
      return (await import('./commands/cert')).runCert(ctx);
    case 'explain':
      return (await import('./commands/explain')).runExplain(ctx);
    default:
      return (await import('./commands/scope')).runScope(ctx);
  }
}

function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

/** Runs the command line `argv` (without node and the script); resolves with the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const env = io.env ?? process.env;
  const asked = languageOf(argv, env);
  const lang: Language = asked === 'en' ? 'en' : 'nb';
  const write = (s: string): void => io.stdout(s);
  try {
    // A private key pasted as an argument is refused before any argument is echoed in a message.
    if (argv.some((a) => typeof a !== 'string' || looksLikePrivateKey(a)))
      throw refusePrivate(lang, lang === 'en' ? 'An argument' : 'Et argument');
    if (asked !== 'en' && asked !== 'nb')
      throw badArgs(lang, say(lang, 'badLang', {value: visibleText(asked.slice(0, 40))}));
    const [first, ...rest] = argv;
    if (first === 'serve') {
      const {runServe} = await import('./serve/command');
      return await runServe([...rest], {
        stdout: io.stdout,
        stderr: io.stderr,
        lang,
        ...(io.signal ? {signal: io.signal} : {}),
      });
    }
    let parsed;
    try {
      parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});
    } catch (e) {
      // parseArgs's own messages name the option; cut and made visible, as they echo what was typed.
      if (e instanceof TypeError) throw badArgs(lang, visibleText(e.message.slice(0, 200)));
      throw e;
    }
    const {values, positionals} = parsed;
    if (values.version) {
      write(`${packageJson.version}\n`);
      return 0;
    }
    const [name, ...inputs] = positionals;
    if (values.help || name === 'help') {
      write(usage(lang));
      return 0;
    }
    if (name === undefined) throw badArgs(lang, say(lang, 'missingCommand'));
    if (!isCommand(name)) throw badArgs(lang, say(lang, 'unknownCommand', {command: visibleText(name.slice(0, 40))}));
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'github')
      throw badArgs(lang, say(lang, 'badFormat', {value: visibleText(format.slice(0, 40))}));
    let environment: ActiveEnvironmentId | undefined;
    if (values.env !== undefined) {
      if (values.env !== 'test' && values.env !== 'prod')
        throw badArgs(lang, say(lang, 'badEnv', {value: visibleText(values.env.slice(0, 40))}));
      environment = values.env;
    }
    const warnDays = days(lang, '--warn-days', values['warn-days']);
    const errorDays = days(lang, '--error-days', values['error-days']);
    if ((errorDays ?? 14) > (warnDays ?? 60))
      throw badArgs(lang, say(lang, 'daysOrder', {error: errorDays ?? 14, warn: warnDays ?? 60}));
    if (name === 'scope' && inputs.join('').trim() === '')
      throw badArgs(
        lang,
        say(lang, 'missingInput', {
          command: 'scope',
          what: lang === 'en' ? 'the scopes to check' : 'scopene som skal sjekkes',
        }),
      );
    if (name === 'explain' && inputs.join('').trim() === '')
      throw badArgs(
        lang,
        say(lang, 'missingInput', {
          command: 'explain',
          what: lang === 'en' ? 'an error text, a file or -' : 'en feiltekst, en fil eller -',
        }),
      );
    const texts = await textsFor(lang);
    const ctx: CommandContext = {
      io,
      texts,
      positionals: inputs,
      ...(environment ? {env: environment} : {}),
      ...(values.key !== undefined ? {key: values.key} : {}),
      ...(values.scope !== undefined ? {scope: values.scope} : {}),
      ...(warnDays !== undefined ? {warnDays} : {}),
      ...(errorDays !== undefined ? {errorDays} : {}),
      jwk: values.jwk,
      now: io.now ? io.now() : Math.floor(Date.now() / 1000),
    };
    const report = await run(name, ctx);
    write(formatReport(report, {format: format as Format, texts, strict: values.strict}));
    return exitCode(report.findings, values.strict);
  } catch (e) {
    if (e instanceof Refusal) {
      io.stderr(`maskinporten-sjekk: ${e.line}\n`);
      return 2;
    }
    // A bug, not bad input: its kind only (a message could hold input), never the stack.
    io.stderr(`maskinporten-sjekk: ${say(lang, 'internal', {name: e instanceof Error ? e.name : typeof e})}\n`);
    return 2;
  }
}
