import {test, expect} from './fixtures';
import type {Locator, Page} from '@playwright/test';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import {exportJWK} from 'jose';
import {toolReady} from './helpers';

// Issue 19 through the real token inspector on /verktoy, in both locales: what integrators paste is read as what
// it is, the key that signed must be the key in x5c, an issuer is not known from its name, and the copied report
// keeps personal data out.

const LOCALES = [
  {prefix: '', name: 'nb', personal: 'personopplysninger', unsigned: 'ikke signert'},
  {prefix: '/en', name: 'en', personal: 'personal data', unsigned: 'not signed'},
] as const;

const now = (): number => Math.floor(Date.now() / 1000);
const b64 = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const claims = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  aud: 'https://test.maskinporten.no/',
  iss: 'my_client_id',
  scope: 'skatteetaten:inntekt',
  iat: now(),
  exp: now() + 120,
  jti: crypto.randomUUID(),
  ...extra,
});
const fake = (header: unknown, body: unknown): string => `${b64(header)}.${b64(body)}.c2lnbmF0dXJl`;
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};

async function signRaw(header: unknown, body: unknown, key: CryptoKey): Promise<string> {
  const input = `${b64(header)}.${b64(body)}`;
  const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(input));
  return `${input}.${Buffer.from(sig).toString('base64url')}`;
}

/** A certificate for EKSEMPEL AS signed by a made-up CA that copies Buypass's test CA name. */
async function forgedCertificate(): Promise<{x5c: string; keys: CryptoKeyPair}> {
  const keys = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const ca = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '0102',
    subject: 'CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, 2.5.4.97=NTRNO-910753614, C=NO',
    issuer: 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO',
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 300 * 86_400_000),
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: RSA,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  return {x5c: Buffer.from(cert.rawData).toString('base64'), keys};
}

async function inspector(page: Page): Promise<{root: Locator; token: Locator; key: Locator}> {
  const root = page.locator('[data-tool="token-inspector"]');
  await toolReady(root);
  return {root, token: root.locator('textarea').first(), key: root.locator('textarea').nth(1)};
}

const code = (root: Locator, c: string): Locator => root.locator(`[data-finding-code="${c}"]`).first();

for (const {prefix, name, personal, unsigned} of LOCALES) {
  test.describe(`what integrators paste, on ${prefix}/verktoy (${name})`, () => {
    test.beforeEach(async ({page}) => {
      await page.goto(`${prefix}/verktoy`);
    });

    test('two grants, a curl line, a scope list, a duplicate aud, exp 1e20, a hidden character in iss', async ({
      page,
    }) => {
      const {root, token} = await inspector(page);
      const first = fake({alg: 'RS256', kid: 'k'}, claims());
      const cases: [string, string][] = [
        [`${first}\n${fake({alg: 'RS256', kid: 'k'}, claims())}`, 'jwt.several-tokens'],
        [
          `curl -X POST https://test.maskinporten.no/token -d 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${first}'`,
          'jwt.from-curl',
        ],
        [fake({alg: 'RS256', kid: 'k'}, claims({scope: ['skatteetaten:inntekt']})), 'grant.scope.not-string'],
        [
          `${b64({alg: 'RS256', kid: 'k'})}.${b64(JSON.stringify(claims()).slice(0, -1) + ',"aud":"https://maskinporten.no/"}')}.c2ln`,
          'jwt.duplicate-member',
        ],
        [fake({alg: 'RS256', kid: 'k'}, claims({exp: 1e20})), 'grant.time.out-of-range'],
        [fake({alg: 'RS256', kid: 'k'}, claims({iss: 'my_\u202eclient'})), 'jwt.hidden-characters'],
      ];
      for (const [text, expected] of cases) {
        await token.fill(text);
        await expect(code(root, expected)).toBeVisible();
        await expect(root.locator('[data-token-kind="grant"]')).toBeVisible();
      }
      await expect(code(root, 'jwt.hidden-characters')).toContainText('U+202E');
      await expect(root.locator('[data-finding-code="grant.time.microseconds"]')).toHaveCount(0);
    });

    test('alg none: said unsigned, no key asked for, nothing blamed on the key', async ({page}) => {
      const {root, token} = await inspector(page);
      await token.fill(fake({alg: 'none'}, claims()));
      await expect(root.locator('[data-signature-not-checked="unsigned"]')).toContainText(unsigned);
      await expect(code(root, 'jwt.alg-none')).toBeVisible();
      await expect(root.locator('[data-finding-code^="sig."]')).toHaveCount(0);
    });

    test('signed with key A, carrying a certificate whose issuer copies Buypass: MP-124 and a named, unverified issuer', async ({
      page,
    }) => {
      const {root, token, key} = await inspector(page);
      const forged = await forgedCertificate();
      const other = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
      await key.fill(JSON.stringify(await exportJWK(other.publicKey)));
      await token.fill(await signRaw({alg: 'RS256', x5c: [forged.x5c]}, claims(), other.privateKey));
      await expect(code(root, 'sig.key-not-x5c')).toBeVisible();
      await expect(root.locator('[data-verdict]')).toHaveAttribute('data-signature', 'invalid');
      const issuer = root.locator('[data-cert-field="issuer"] [data-issuer-status]');
      await expect(issuer).not.toHaveAttribute('data-issuer-status', 'verified');
      await expect(issuer).not.toContainText('Buypass');
      await expect(root.locator('[data-cert-field="environment"] [data-environment-from-name]')).toBeVisible();
    });

    test('the copied report leaves out a fødselsnummer and a name, and says so', async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const {root, token} = await inspector(page);
      await token.fill(fake({alg: 'RS256', kid: 'k'}, claims({pid: '01019912345', name: 'Kari Nordmann'})));
      await expect(code(root, 'grant.claim.unknown')).toBeVisible();
      await root.getByRole('button', {name: name === 'nb' ? 'Kopier rapport' : 'Copy report'}).click();
      await expect(root.getByRole('status').filter({hasText: name === 'nb' ? 'Kopiert' : 'Copied'})).toBeVisible();
      const report = await page.evaluate(() => navigator.clipboard.readText());
      expect(report).not.toContain('01019912345');
      expect(report).not.toContain('Kari Nordmann');
      expect(report.split('\n')[1]).toContain(personal);
    });
  });
}
