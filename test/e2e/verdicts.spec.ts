import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';
import {exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type CryptoKey as JoseKey} from 'jose';
import {collectErrors, toolReady} from './helpers';

// Issue 11, "verdicts you can trust": each numbered case this branch owns, through the real tools on /verktoy,
// in both locales. Tokens and keys are made here, in Node; the page gets them pasted like a reader would.

const LOCALES = [
  {prefix: '', name: 'nb', shortened: '(forkortet)', notChecked: 'Signaturen er ikke kontrollert'},
  {prefix: '/en', name: 'en', shortened: '(shortened)', notChecked: 'The signature was not checked'},
] as const;

const now = (): number => Math.floor(Date.now() / 1000);
const b64 = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const grantClaims = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  aud: 'https://test.maskinporten.no/',
  iss: 'my_client_id',
  scope: 'skatteetaten:inntekt',
  iat: now(),
  exp: now() + 120,
  jti: 'e2e',
  ...extra,
});
const unsigned = (header: unknown, claims: unknown): string => `${b64(header)}.${b64(claims)}.c2lnbmF0dXJl`;

async function signRaw(header: unknown, claims: unknown, key: CryptoKey | JoseKey): Promise<string> {
  const input = `${b64(header)}.${b64(claims)}`;
  const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key as CryptoKey, new TextEncoder().encode(input));
  return `${input}.${Buffer.from(sig).toString('base64url')}`;
}

async function ready(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`[data-tool="${id}"]`);
  await toolReady(root);
  await expect(root.locator('[data-example]').first()).toBeVisible();
  return root;
}

const code = (root: Locator, c: string): Locator => root.locator(`[data-finding-code="${c}"]`).first();

for (const {prefix, name, shortened, notChecked} of LOCALES) {
  test.describe(`verdicts on ${prefix}/verktoy (${name})`, () => {
    let errors: string[];
    test.beforeEach(async ({page}) => {
      errors = collectErrors(page);
      await page.goto(`${prefix}/verktoy`);
    });
    test.afterEach(() => {
      expect(errors).toEqual([]);
    });

    const inspector = async (page: Page): Promise<{root: Locator; token: Locator; key: Locator}> => {
      const root = await ready(page, 'token-inspector');
      return {root, token: root.locator('textarea').first(), key: root.locator('textarea').nth(1)};
    };

    test('answer first: verdict, then findings, then claims; a marked claim links to its finding; no key is said', async ({
      page,
    }) => {
      const {root, token} = await inspector(page);
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({aud: 'https://TEST.maskinporten.no/'})));
      const verdict = root.locator('[data-verdict]');
      await expect(verdict).toContainText(notChecked);
      await expect(verdict.locator('[data-verdict-counts]')).toContainText(name === 'nb' ? '1 feil' : '1 error');
      const order = await root.evaluate((el) => {
        const pos = (s: string): number => [...el.querySelectorAll('*')].indexOf(el.querySelector(s) as Element);
        return [pos('[data-verdict]'), pos('[data-findings]'), pos('[data-claim="claims.aud"]')];
      });
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const mark = root.locator('[data-claim="claims.aud"] [data-mark="grant.aud.not-exact"]');
      await mark.click();
      const id = ((await mark.getAttribute('href')) ?? '').slice(1);
      await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-finding-code', 'grant.aud.not-exact');
      await expect(root.getByRole('button', {name: name === 'nb' ? 'Kopier rapport' : 'Copy report'})).toBeVisible();
    });

    test('1. aud only normalising to the issuer gives grant.aud.not-exact; no slash stays a warning', async ({
      page,
    }) => {
      const {root, token} = await inspector(page);
      for (const aud of [
        'https://test.maskinporten.no:443/',
        ' https://test.maskinporten.no/',
        'https://test.maskinporten.no/?a',
      ]) {
        await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({aud})));
        await expect(code(root, 'grant.aud.not-exact')).toContainText('https://test.maskinporten.no/');
      }
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({aud: 'https://test.maskinporten.no'})));
      await expect(code(root, 'grant.aud.trailing-slash')).toHaveAttribute('data-severity', 'warning');
      await expect(root.locator('[data-finding-code="grant.aud.not-exact"]')).toHaveCount(0);
    });

    test('2. a JWKS with a repeated kid: the key that verifies gives sig.valid', async ({page}) => {
      const signing = await generateKeyPair('RS256', {extractable: true});
      const other = await generateKeyPair('RS256', {extractable: true});
      const jwks = {
        keys: [
          {...(await exportJWK(other.publicKey)), kid: 'k'},
          {...(await exportJWK(signing.publicKey)), kid: 'k'},
        ],
      };
      const {root, token, key} = await inspector(page);
      await key.fill(JSON.stringify(jwks));
      await token.fill(await signRaw({alg: 'RS256', kid: 'k'}, grantClaims(), signing.privateKey));
      await expect(code(root, 'sig.valid')).toBeVisible();
      await expect(root.locator('[data-verdict]')).toHaveAttribute('data-signature', 'valid');
      await expect(root.locator('[data-finding-code="sig.invalid"]')).toHaveCount(0);
    });

    test('3. a claim 5 000 levels deep renders shortened, and the page does not crash', async ({page}) => {
      const json = JSON.stringify(grantClaims()).slice(0, -1) + `,"deep":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
      const {root, token} = await inspector(page);
      await token.fill(`${b64({alg: 'RS256', kid: 'k'})}.${b64(json)}.c2ln`);
      await expect(root.locator('[data-claim="claims.deep"] [data-shortened]')).toHaveText(shortened);
    });

    test('4. a no-break space between scopes gives scope.separator naming U+00A0, and the fix is one space', async ({
      page,
    }) => {
      const root = await ready(page, 'scope-validator');
      await root.getByRole('textbox').fill('skatteetaten:inntekt\u00A0nav:aareg/v1/arbeidsforhold/otp');
      await expect(code(root, 'scope.separator')).toContainText('U+00A0');
      await root.locator('[data-fix]').click();
      await expect(root.getByRole('textbox')).toHaveValue('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp');
      await expect(root.locator('[data-finding-code="scope.separator"]')).toHaveCount(0);
    });

    test('5. a 1024-bit RSA key gives sig.key-too-small; an unknown crit gives jwt.crit-unsupported', async ({
      page,
    }) => {
      const small = (await crypto.subtle.generateKey(
        {name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256'},
        true,
        ['sign', 'verify'],
      )) as CryptoKeyPair;
      const {root, token, key} = await inspector(page);
      await key.fill(JSON.stringify(await exportJWK(small.publicKey)));
      await token.fill(await signRaw({alg: 'RS256', kid: 'k'}, grantClaims(), small.privateKey));
      await expect(code(root, 'sig.key-too-small')).toContainText('1024');
      const keys = await generateKeyPair('RS256', {extractable: true});
      await key.fill(await exportSPKI(keys.publicKey));
      await token.fill(
        await signRaw({alg: 'RS256', kid: 'k', crit: ['x-ext'], 'x-ext': 1}, grantClaims(), keys.privateKey),
      );
      await expect(code(root, 'jwt.crit-unsupported')).toContainText('x-ext');
      await expect(root.locator('[data-finding-code="sig.key-invalid"]')).toHaveCount(0);
    });

    test('6. private keys: sig.key-private in the key field, jwt.private-key in the token field, never echoed', async ({
      page,
    }) => {
      const keys = await generateKeyPair('RS256', {extractable: true});
      const jwk = await exportJWK(keys.privateKey);
      const {root, token, key} = await inspector(page);
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims()));
      await key.fill(JSON.stringify({key: jwk}));
      await expect(code(root, 'sig.key-private')).toBeVisible();
      await key.fill('');
      await token.fill((await exportPKCS8(keys.privateKey)).toLowerCase());
      await expect(code(root, 'jwt.private-key')).toBeVisible();
      await expect(root.locator('[data-findings]')).not.toContainText(String(jwk.d).slice(0, 16));
    });

    test('7. jku in a grant header gives grant.header.remote-key, and nothing is fetched', async ({page}) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const {root, token} = await inspector(page);
      requests.length = 0;
      await token.fill(unsigned({alg: 'RS256', kid: 'k', jku: 'https://keys.example/jwks'}, grantClaims()));
      await expect(code(root, 'grant.header.remote-key')).toHaveAttribute('data-severity', 'warning');
      expect(requests.filter((u) => u.includes('keys.example'))).toEqual([]);
    });

    test('8. a JSON array of scopes: the one-click fix gives the real space-separated scopes', async ({page}) => {
      const root = await ready(page, 'scope-validator');
      await root.getByRole('textbox').fill('["skatteetaten:inntekt","nav:aareg/v1/arbeidsforhold/otp"]');
      await expect(code(root, 'scope.json-array')).toBeVisible();
      await root.locator('[data-fix]').click();
      await expect(root.getByRole('textbox')).toHaveValue('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp');
    });

    test('9–11. Authorization header, an invisible character, consumer_org as a number', async ({page}) => {
      const {root, token} = await inspector(page);
      const plain = unsigned({alg: 'RS256', kid: 'k'}, grantClaims());
      await token.fill(`Authorization: Bearer ${plain}`);
      await expect(code(root, 'jwt.bearer-prefix')).toBeVisible();
      await expect(root.locator('[data-token-kind="grant"]')).toBeVisible();
      await token.fill(`${plain.slice(0, 30)}\u200B${plain.slice(30)}`);
      await expect(code(root, 'jwt.base64')).toContainText('U+200B');
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({consumer_org: 910753614})));
      await expect(code(root, 'grant.consumer-org.not-string')).toContainText('"910753614"');
    });

    test('14. times: microseconds in a grant, a missing exp in an access token', async ({page}) => {
      const {root, token} = await inspector(page);
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({exp: (now() + 60) * 1e6})));
      await expect(code(root, 'grant.time.microseconds')).toBeVisible();
      await token.fill(
        unsigned(
          {alg: 'RS256', kid: 'mp'},
          {
            iss: 'https://test.maskinporten.no/',
            client_id: 'c',
            scope: 'skatteetaten:inntekt',
            consumer: {authority: 'iso6523-actorid-upis', ID: '0192:910753614'},
            iat: now(),
          },
        ),
      );
      await expect(code(root, 'token.exp.missing')).toBeVisible();
    });

    test('15. {word} in a value is shown as it is; a bidi control is named and the value sits in <bdi>', async ({
      page,
    }) => {
      const scopes = await ready(page, 'scope-validator');
      await scopes.getByRole('textbox').fill('nav:{scope}');
      await expect(code(scopes, 'scope.unknown')).toContainText('nav:{scope}');
      const {root, token} = await inspector(page);
      await token.fill(unsigned({alg: 'RS256', kid: 'k'}, grantClaims({iss: 'abc\u202Edef'})));
      await expect(root.locator('[data-claim="claims.iss"] bdi')).toHaveText('abc[U+202E]def');
    });
  });
}
