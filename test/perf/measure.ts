import type {Page} from '@playwright/test';
import {gzipSync} from 'node:zlib';

export interface AssetTotals {
  raw: number;
  gzip: number;
  files: string[];
}
export interface FirstVisit {
  js: AssetTotals;
  css: AssetTotals;
  /** Every request the page made (a tool's lazy chunk shows up here after hydration). */
  requests: string[];
  /** Which of the library markers were found in the downloaded scripts. */
  libraries: string[];
}

/**
 * Strings that survive minification and identify a library in a chunk: jose's error codes, and the
 * ASN.1 schema names that @peculiar/x509 registers.
 */
export const LIBRARY_MARKERS: Record<string, string> = {
  jose: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  x509: 'SubjectPublicKeyInfo',
  mermaid: 'sequenceDiagram',
};

/**
 * What a first visit downloads: every script and stylesheet the browser requested while loading the page
 * and until the network went quiet (so lazily loaded chunks count). Sizes are of the bodies as served;
 * gzip is computed at level 9, so the figure does not depend on the server's compression.
 */
export async function measureFirstVisit(page: Page, url: string): Promise<FirstVisit> {
  const js: AssetTotals = {raw: 0, gzip: 0, files: []};
  const css: AssetTotals = {raw: 0, gzip: 0, files: []};
  const requests: string[] = [];
  const libraries = new Set<string>();
  const pending: Promise<void>[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response.body().then(
        (body) => {
          const totals = type === 'script' ? js : css;
          totals.raw += body.length;
          totals.gzip += gzipSync(body, {level: 9}).length;
          totals.files.push(new URL(response.url()).pathname);
          if (type === 'script') {
            const text = body.toString('utf8');
            for (const [name, marker] of Object.entries(LIBRARY_MARKERS))
              if (text.includes(marker)) libraries.add(name);
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await Promise.all(pending);
  js.files.sort();
  css.files.sort();
  return {js, css, requests, libraries: [...libraries].sort()};
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
