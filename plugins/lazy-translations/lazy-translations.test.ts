import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  CODE_TRANSLATIONS_FILE,
  LAZY_GROUP_NAMES,
  LAZY_PREFIXES,
  checkCodeTranslations,
  isLazyId,
  lazyTexts,
  translateClientSource,
} from './index';

const require = createRequire(import.meta.url);
const stripLoader = require('./strip-loader.cjs') as (this: {getOptions: () => unknown}, source: string) => string;

const english = JSON.parse(readFileSync('i18n/en/code.json', 'utf8')) as Record<string, {message: string}>;

describe('lazy translations', () => {
  it('take the finding and tool-body texts out of the code translations every page loads, and only those', () => {
    const findings = lazyTexts(english, 'findings');
    const tools = lazyTexts(english, 'tools');
    expect(findings['finding.grant.aud.not-exact.message']).toBe(
      english['finding.grant.aud.not-exact.message']!.message,
    );
    expect(tools['tools.token.cert.issuer']).toBe(english['tools.token.cert.issuer']!.message);
    expect(Object.keys(findings).every((id) => id.startsWith('finding.'))).toBe(true);
    expect(Object.keys(tools).every((id) => isLazyId(id) && !id.startsWith('finding.'))).toBe(true);
    expect(lazyTexts(english, 'home')['home.lead']).toBe(english['home.lead']!.message);
    const lazy = Object.assign({}, ...LAZY_GROUP_NAMES.map((group) => lazyTexts(english, group))) as Record<
      string,
      string
    >;

    const stripped = JSON.parse(
      stripLoader.call(
        {getOptions: () => ({prefixes: LAZY_PREFIXES})},
        JSON.stringify(Object.fromEntries(Object.entries(english).map(([id, e]) => [id, e.message]))),
      ),
    ) as Record<string, string>;
    expect(Object.keys(stripped).filter(isLazyId)).toEqual([]);
    // What every page needs stays: the theme's strings, the tools' frames and titles.
    for (const id of ['theme.common.skipToMainContent', 'tools.privacy', 'tools.loading', 'tools.severity.error'])
      expect(stripped[id], id).toBe(english[id]!.message);
    expect(Object.keys(stripped).length + Object.keys(lazy).length).toBe(Object.keys(english).length);
  });
});

describe('the finding reference data', () => {
  it('has every code once, with the catalogue severity and MP code and the explanation in the page language', async () => {
    const {FINDING_CATALOGUE} = await import('../../src/lib/finding-catalogue');
    const {findingReference} = await import('./index');
    const nb = findingReference(english, true);
    const en = findingReference(english, false);
    expect(nb.map((e) => e.code)).toEqual(Object.keys(FINDING_CATALOGUE));
    expect(en.map((e) => e.code)).toEqual(Object.keys(FINDING_CATALOGUE));
    const mp110 = en.find((e) => e.code === 'error.mp-110')!;
    expect(mp110.mpCode).toBe('MP-110');
    expect(mp110.explanation).toBe(english['finding.error.mp-110.explanation']!.message);
    expect(nb.find((e) => e.code === 'error.mp-110')!.explanation).toBe(FINDING_CATALOGUE['error.mp-110'].explanation);
    expect(en.find((e) => e.code === 'jwt.empty')!.mpCode).toBeUndefined();
  });
});

describe('what the plugin leans on in Docusaurus, checked when the site builds', () => {
  const flat = (codeJson: Record<string, {message: string}>): Record<string, string> =>
    Object.fromEntries(Object.entries(codeJson).map(([id, e]) => [id, e.message]));
  /** A generated-files folder holding `files`, and the check run on it as the bundler config would have it. */
  function check(
    files: Record<string, string>,
    opts: {alias?: (dir: string) => unknown; translateSource?: string} = {},
  ): () => void {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-translations-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return () =>
      checkCodeTranslations({
        generatedFilesDir: dir,
        alias: opts.alias ? opts.alias(dir) : {'@generated': dir},
        translateSource: opts.translateSource ?? translateClientSource(),
      });
  }
  const oneLine = (error: RegExp): RegExp =>
    new RegExp(String.raw`^\[lazy-translations\] expected [^\n]*${error.source}[^\n]*$`);
  const good = {[CODE_TRANSLATIONS_FILE]: JSON.stringify(flat(english))};

  it('passes with the installed Docusaurus and a flat code translations file', () => {
    expect(check(good)).not.toThrow();
  });

  it("stops the build with one line when the installed Docusaurus's Translate no longer reads @generated/codeTranslations", () => {
    const source = "import codeTranslations from '@generated/i18n/code';";
    expect(check(good, {translateSource: source})).toThrow(
      oneLine(/Translate to import '@generated\/codeTranslations'/),
    );
  });

  it('stops the build when the @generated alias points elsewhere', () => {
    expect(check(good, {alias: () => ({'@generated': '/elsewhere'})})).toThrow(
      oneLine(/alias '@generated'.*"\/elsewhere"/),
    );
    expect(check(good, {alias: () => undefined})).toThrow(oneLine(/alias '@generated'/));
  });

  it('stops the build when the generated file has another name', () => {
    expect(check({'codeTranslations.js': 'export default {}'})).toThrow(
      oneLine(/codeTranslations\.json.*only codeTranslations\.js/),
    );
    expect(check({})).toThrow(oneLine(/no such file/));
  });

  it('stops the build when the file is not flat (id -> message)', () => {
    const nested = {[CODE_TRANSLATIONS_FILE]: JSON.stringify(english)};
    expect(check(nested)).toThrow(oneLine(/flat \(id -> message string\).*"message"/));
    expect(check({[CODE_TRANSLATIONS_FILE]: '[]'})).toThrow(oneLine(/object of id -> message.*an array/));
    expect(check({[CODE_TRANSLATIONS_FILE]: 'not json'})).toThrow(oneLine(/to be JSON/));
  });

  it('stops the build when no id was stripped', () => {
    const themeOnly = Object.fromEntries(Object.entries(flat(english)).filter(([id]) => !isLazyId(id)));
    expect(check({[CODE_TRANSLATIONS_FILE]: JSON.stringify(themeOnly)})).toThrow(oneLine(/lazy prefixes.*none of its/));
  });

  it('the loader itself refuses a changed file in the same words', () => {
    const run = (source: string) => () => stripLoader.call({getOptions: () => ({prefixes: LAZY_PREFIXES})}, source);
    expect(run(JSON.stringify(english))).toThrow(oneLine(/flat/));
    expect(run(JSON.stringify({'theme.common.skipToMainContent': 'Skip'}))).toThrow(oneLine(/none of its 1 ids/));
  });
});
