import {test, expect} from './fixtures';
import type {Locator, Page, Request} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import {calculateJwkThumbprint, exportJWK, importX509} from 'jose';
import {readFileSync} from 'node:fs';
import {collectErrors, setColorMode, toolReady} from './helpers';

// The certificate tool in a real browser, both locales: a .cer opened through the file input gives jose's JWK and a
// calendar file with the plan's dates; a .p12 is refused; nothing is sent or stored; axe finds nothing.

const LOCALES = [
  {prefix: '', name: 'nb', orderText: 'Bestill nytt virksomhetssertifikat'},
  {prefix: '/en', name: 'en', orderText: 'Order the new business certificate'},
] as const;

const RSA = {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1])} as const;
/** 2027-06-30 12:00 UTC: the plan is 2027-05-01, 2027-05-31, 2027-06-16 and 2027-07-01. */
const NOT_AFTER = new Date(Date.UTC(2027, 5, 30, 12));

interface Made {
  der: Buffer;
  pem: string;
}

const BUYPASS_TEST_CA = 'CN=Buypass Class 3 Test4 CA G2 ST Business, O=Buypass AS, 2.5.4.97=NTRNO-983163327, C=NO';

/**
 * A made-up CA and a business certificate under it, for the chain cases. Its name is not a real CA's: the site
 * carries no certificate for it, so the chain verifies link by link but the issuer stays unverified.
 */
async function makeChain(): Promise<{ca: Made; leaf: Made; leafKey: CryptoKey}> {
  const caKeys = (await crypto.subtle.generateKey({...RSA, modulusLength: 2048}, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const keys = (await crypto.subtle.generateKey({...RSA, modulusLength: 2048}, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const caName = 'CN=Eksempel Test-CA, O=Eksempel AS, C=NO';
  const ca = await x509.X509CertificateGenerator.create({
    serialNumber: '01',
    subject: caName,
    issuer: caName,
    notBefore: new Date(Date.UTC(2024, 0, 1)),
    notAfter: new Date(Date.UTC(2034, 0, 1)),
    publicKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: RSA,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
    issuer: caName,
    notBefore: new Date(Date.UTC(2024, 5, 30)),
    notAfter: NOT_AFTER,
    publicKey: keys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: RSA,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  });
  return {
    ca: {der: Buffer.from(ca.rawData), pem: ca.toString('pem')},
    leaf: {der: Buffer.from(leaf.rawData), pem: leaf.toString('pem')},
    leafKey: keys.publicKey,
  };
}

/** A business certificate that copies Buypass's test CA name as its issuer, signed by a throwaway key. */
async function makeCertificate(options: {bits?: number; keyUsage?: x509.KeyUsageFlags} = {}): Promise<Made> {
  const keys = (await crypto.subtle.generateKey({...RSA, modulusLength: options.bits ?? 2048}, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const ca = (await crypto.subtle.generateKey({...RSA, modulusLength: 2048}, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '5e',
    subject: '2.5.4.97=NTRNO-910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
    issuer: BUYPASS_TEST_CA,
    notBefore: new Date(Date.UTC(2024, 5, 30)),
    notAfter: NOT_AFTER,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    signingAlgorithm: RSA,
    extensions: [
      new x509.KeyUsagesExtension(
        options.keyUsage ?? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
        true,
      ),
    ],
  });
  return {der: Buffer.from(cert.rawData), pem: cert.toString('pem')};
}

/** Waits until the tool's code has loaded and replaced the server-rendered "needs JavaScript" note. */
async function ready(page: Page): Promise<Locator> {
  const root = page.locator('[data-tool="certificate"]').first();
  await toolReady(root);
  await expect(root.locator('[data-example]')).toBeVisible();
  return root;
}

/** Records every write to localStorage, sessionStorage, cookies and IndexedDB once `window.__recordWrites` is set. */
async function watchStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {__writes: string[]; __recordWrites: boolean};
    w.__writes = [];
    w.__recordWrites = false;
    const note = (what: string): void => {
      if (w.__recordWrites) w.__writes.push(what);
    };
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      note(`storage:${key}`);
      setItem.call(this, key, value);
    };
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      note(`indexedDB:${name}`);
      return open.call(this, name, version);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', {
      get: () => cookie?.get?.call(document) as string,
      set: (value: string) => {
        note(`cookie:${value.split('=')[0] ?? ''}`);
        cookie?.set?.call(document, value);
      },
    });
  });
}

/** Docusaurus prefetches a page's code when a link to it scrolls into view: let that happen before recording. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
}

for (const {prefix, name, orderText} of LOCALES) {
  test.describe(`certificate tool (${name})`, () => {
    test('a .cer through the file input: jose’s JWK, the x5c, an .ics with the plan’s dates; nothing sent or stored', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      const cert = await makeCertificate();
      await watchStorage(page);
      await page.goto(`${prefix}/verktoy`, {waitUntil: 'networkidle'});
      const root = await ready(page);
      // The example loads the tool's analysis code; after it, working on a certificate needs nothing more.
      await root.locator('[data-example="expiring"]').click();
      await expect(root.locator('[data-finding-code="cert.expires-soon"]')).toBeVisible();
      await expect(root.locator('[data-output="jwk"]')).toBeVisible();
      await scrollThrough(page);

      const requests: string[] = [];
      const record = (r: Request): void => {
        requests.push(r.url());
      };
      page.on('request', record);
      // The spies are in place (a write now would be seen), then recording starts.
      expect(await page.evaluate(() => Storage.prototype.setItem.toString().includes('[native code]'))).toBe(false);
      await page.evaluate(() => {
        (window as unknown as {__recordWrites: boolean}).__recordWrites = true;
      });

      await root
        .locator('[data-certificate-file]')
        .setInputFiles({name: 'virksomhet.cer', mimeType: 'application/pkix-cert', buffer: cert.der});
      await expect(root.locator('[data-loaded-file="virksomhet.cer"]')).toBeVisible();
      await expect(root.locator('[data-cert-field="orgnr"]')).toContainText('910753614');
      await expect(root.locator('[data-finding-code="cert.orgnr"]')).toBeVisible();
      await expect(root.locator('[data-finding-code="cert.expires-soon"]')).toHaveCount(0);

      // The JWK equals what jose makes from the same certificate, kid = the RFC 7638 thumbprint.
      const joseJwk = await exportJWK(await importX509(cert.pem, 'RS256', {extractable: true}));
      const thumbprint = await calculateJwkThumbprint(joseJwk, 'sha256');
      const shown = JSON.parse((await root.locator('[data-output="jwk"] pre').textContent()) ?? '') as unknown;
      expect(shown).toEqual({kty: 'RSA', n: joseJwk.n, e: joseJwk.e, alg: 'RS256', use: 'sig', kid: thumbprint});
      const x5c = JSON.parse((await root.locator('[data-output="x5c"] pre').textContent()) ?? '') as unknown;
      expect(x5c).toEqual([cert.der.toString('base64')]);

      // The plan and its calendar file.
      await expect(root.locator('[data-plan-step="order"]')).toHaveAttribute('data-date', '2027-05-01');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        root.locator('[data-download-ics]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('virksomhetssertifikat-2027-06-30.ics');
      const ics = readFileSync(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
      expect(starts).toEqual(['20270501', '20270531', '20270616', '20270701']);
      expect(ics).toContain(`SUMMARY:Maskinporten: ${orderText} (EKSEMPEL AS TEST)`);

      // Positive signal before judging what did not happen: the page's main thread has run every task the last
      // click queued (requestIdleCallback fires only when none is left), so any request it would make is seen.
      await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
      page.off('request', record);
      // A Blob download stays in the browser; anything with a network scheme would be a leak. The site's own code
      // chunks (a guide link prefetching its page as it scrolls into view) carry nothing of the input.
      const ownChunk = new RegExp(`^${new URL(page.url()).origin}${prefix}/assets/js/[\\w~.-]+\\.js$`);
      expect(requests.filter((url) => !url.startsWith('blob:') && !ownChunk.test(url))).toEqual([]);
      const writes = await page.evaluate(() => (window as unknown as {__writes: string[]}).__writes);
      expect(writes).toEqual([]);
      expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
      expect(errors).toEqual([]);
    });

    test('issue 19: a copied CA name is not Buypass; a chain in the wrong order; a CA alone; an image file', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await page.goto(`${prefix}/verktoy`);
      const root = await ready(page);
      const text = root.locator('textarea');

      // A certificate that only copies Buypass's CA name: the signature is checked with the CA certificate the
      // site carries, and the issuer is said not to be Buypass's, never shown as "Buypass, SEID 2, test".
      await text.fill((await makeCertificate()).pem);
      const forged = root.locator('[data-finding-code="cert.issuer-signature-invalid"]');
      await expect(forged).toBeVisible();
      await expect(forged).toHaveAttribute('data-severity', 'error');
      const note = root.locator('[data-cert-field="issuer"] [data-issuer-status]');
      await expect(note).toHaveAttribute('data-issuer-status', 'signature-invalid');
      await expect(note).not.toContainText('Buypass');
      await expect(note).not.toContainText('SEID');
      await expect(root.locator('[data-chain-link="1"]')).toHaveAttribute('data-valid', 'false');

      // The chain pasted CA first: the business certificate is found, the order named, x5c and JWK are its own.
      const {ca, leaf, leafKey} = await makeChain();
      await text.fill(`${ca.pem}\n${leaf.pem}`);
      await expect(root.locator('[data-finding-code="cert.chain.order"]')).toBeVisible();
      await expect(root.locator('[data-cert-field="holder"]')).toContainText('EKSEMPEL AS TEST');
      const x5c = JSON.parse((await root.locator('[data-output="x5c"] pre').textContent()) ?? '') as unknown;
      expect(x5c).toEqual([leaf.der.toString('base64'), ca.der.toString('base64')]);
      const jwk = JSON.parse((await root.locator('[data-output="jwk"] pre').textContent()) ?? '') as {n?: string};
      expect(jwk.n).toBe((await exportJWK(leafKey)).n);
      await expect(root.locator('[data-cert-field="issuer"] [data-issuer-status]')).toHaveAttribute(
        'data-issuer-status',
        'unknown',
      );

      // The CA certificate alone is not a business certificate: nothing to copy.
      await text.fill(ca.pem);
      await expect(root.locator('[data-finding-code="cert.ca-certificate"]')).toBeVisible();
      await expect(root.locator('[data-output]')).toHaveCount(0);
      await expect(root.locator('[data-renewal-plan]')).toHaveCount(0);

      // A screenshot dropped by mistake is named as an image.
      await root.locator('[data-certificate-file]').setInputFiles({
        name: 'sertifikat.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
      });
      await expect(root.locator('[data-finding-code="cert.input.image"]')).toBeVisible();
      await expect(root.locator('[data-output]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('a .p12 file is refused with the commands that take out only the certificate', async ({page}) => {
      await page.goto(`${prefix}/verktoy`);
      const root = await ready(page);
      const p12 = Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0xc6, 0x06, 0x09]);
      await root
        .locator('[data-certificate-file]')
        .setInputFiles({name: 'virksomhet.p12', mimeType: 'application/x-pkcs12', buffer: p12});
      const item = root.locator('[data-finding-code="cert.private-material"]');
      await expect(item).toBeVisible();
      await expect(item).toHaveAttribute('data-severity', 'error');
      await expect(root.locator('[data-output]')).toHaveCount(0);
      // The same bytes under a certificate's file name are refused too: the content decides, not only the name.
      await root
        .locator('[data-certificate-file]')
        .setInputFiles({name: 'virksomhet.cer', mimeType: 'application/pkix-cert', buffer: p12});
      await expect(root.locator('[data-loaded-file="virksomhet.cer"]')).toBeVisible();
      await expect(item).toBeVisible();
      // The troubleshooting entry it links to names the openssl command.
      await page.goto(`${prefix}/docs/feilsoking#cert.private-material`);
      await expect(page.locator('[id="cert.private-material"]')).toContainText(
        'openssl pkcs12 -in virksomhet.p12 -clcerts -nokeys -out virksomhet.pem',
      );
    });

    test('weight: the tool loads x509 (reflect-metadata) only once a certificate is given, and never jose', async ({
      page,
    }) => {
      const scripts: {url: string; text: Promise<string>}[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) scripts.push({url: r.url(), text: r.text().catch(() => '')});
      });
      const loaded = async (marker: string): Promise<string[]> => {
        const found: string[] = [];
        for (const s of scripts) if ((await s.text).includes(marker)) found.push(s.url);
        return found;
      };
      await page.goto(`${prefix}/docs/klient-og-integrasjon`, {waitUntil: 'networkidle'});
      const root = await ready(page);
      expect(await loaded('Reflect.getMetadata')).toEqual([]);
      expect(await loaded('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')).toEqual([]);
      await root.locator('textarea').fill((await makeCertificate()).pem);
      await expect(root.locator('[data-output="jwk"]')).toBeVisible();
      expect((await loaded('Reflect.getMetadata')).length).toBeGreaterThan(0);
      expect(await loaded('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')).toEqual([]);
    });

    for (const mode of ['light', 'dark'] as const) {
      test(`axe finds no violations in the tool with findings shown on the certificate page, ${mode} mode`, async ({
        page,
      }) => {
        const weak = await makeCertificate({bits: 1024, keyUsage: x509.KeyUsageFlags.keyEncipherment});
        await setColorMode(page, mode);
        await page.goto(`${prefix}/docs/virksomhetssertifikat`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        const root = await ready(page);
        await root.locator('textarea').fill(weak.pem);
        await expect(root.locator('[data-finding-code="cert.key-too-small"]')).toBeVisible();
        await expect(root.locator('[data-finding-code="cert.key-usage"]')).toBeVisible();
        await expect(root.locator('[data-renewal-plan]')).toBeVisible();
        const results = await new AxeBuilder({page})
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .include('[data-tool="certificate"]')
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }
  });
}
