// Benchmark for src/lib. Run (Node 20 cannot strip types itself, so Vite's module runner loads the TS):
//   node --input-type=module -e "await (await import('vite')).runnerImport('./test/bench/lib-bench.ts')"
// Prints medians for a typical grant and access token, 1 MB and 5 MB of garbage, and fast-check cases/s.
import path from 'node:path';
import React from 'react';
import type {InlineConfig} from 'vite';
import {renderToString} from 'react-dom/server';
import fc from 'fast-check';
import {analyseToken, inspectToken} from '../../src/lib/jwt/analyse';
import {checkScopes} from '../../src/lib/scopes';
import {explainError} from '../../src/lib/errors';
import {checkConfig} from '../../src/lib/environment-check';
import {formatTokenReport} from '../../src/lib/report';
import {NORWEGIAN} from '../../src/lib/i18n';
import {GRANT_CLAIMS} from '../../src/lib/jwt/claims';

const NOW = 1764028800;
const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const tok = (h: unknown, c: unknown): string => `${b64url(h)}.${b64url(c)}.${'s'.repeat(342)}`;

// A grant with a realistic x5c chain size (two ~1.5 KB certificates).
const grant = tok(
  {alg: 'RS256', x5c: ['M'.repeat(2000), 'M'.repeat(2000)]},
  {
    aud: 'https://maskinporten.no/',
    iss: 'my_client_id',
    scope: 'skatteetaten:inntekt skatteetaten:inntektsmottakere',
    iat: NOW,
    exp: NOW + 120,
    jti: '415ec7ac-33eb-4ce3-bc86-6ad40e29768f',
    consumer_org: '910753614',
  },
);
const accessToken = tok(
  {alg: 'RS256', kid: 'mp-key'},
  {
    iss: 'https://maskinporten.no/',
    client_amr: 'virksomhetssertifikat',
    token_type: 'Bearer',
    client_id: 'my_client_id',
    aud: 'unspecified',
    scope: 'nav:aareg/v1/arbeidsforhold/otp',
    supplier: {authority: 'iso6523-actorid-upis', ID: '0192:991825827'},
    consumer: {authority: 'iso6523-actorid-upis', ID: '0192:910753614'},
    delegation_source: 'https://www.altinn.no',
    exp: NOW + 100,
    iat: NOW - 20,
    jti: 'x',
  },
);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const opts = {environment: 'prod' as const, now: NOW};
const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;
const rows: [string, string, string][] = [];

const g = time(() => inspectToken(grant, opts), 5000);
rows.push(['inspect typical grant (median)', fmt(g), g <= 1 ? 'ok (≤ 1 ms)' : 'OVER 1 ms']);
const a = time(() => inspectToken(accessToken, opts), 5000);
rows.push(['inspect typical access token (median)', fmt(a), a <= 1 ? 'ok (≤ 1 ms)' : 'OVER 1 ms']);
const s = time(
  () => checkScopes('"Skatteetaten:inntekt/skatteetaten:inntektsmottakere" og "Skatteetaten:tjenestepensjonsavtale"'),
  5000,
);
rows.push(['checkScopes seed line (median)', fmt(s), '']);

for (const [label, size] of [
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
] as const) {
  // Garbage without whitespace (worst case for the dot scan) and with line breaks.
  const noSpace = 'eyJhbGciOi.'.repeat(Math.ceil(size / 11)).slice(0, size);
  const withLines = 'eyJhbGciOi\n'.repeat(Math.ceil(size / 11)).slice(0, size);
  for (const [kind, junk] of [
    ['no whitespace', noSpace],
    ['line breaks', withLines],
  ] as const) {
    const ms = time(() => inspectToken(junk, opts), 21);
    const found = inspectToken(junk, opts)
      .findings.map((f) => f.code)
      .join(', ');
    const target = label === '5 MB' ? (ms <= 100 ? 'ok (≤ 100 ms)' : 'OVER 100 ms') : '';
    rows.push([`inspect ${label} garbage, ${kind} (median)`, fmt(ms), `${target} [${found}]`]);
  }
}

// Pathological claims (issue 11): a claim nested 5 000 levels deep (~12 KB of token) through analyseToken and
// through the inspector's own value renderer, each ≤ 50 ms median.
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
const DEPTH = 5000;
const deepJson = `{"aud":"https://maskinporten.no/","iss":"c","scope":"skatteetaten:inntekt","iat":${NOW},"exp":${NOW + 120},"deep":${'{"a":'.repeat(DEPTH)}"bottom"${'}'.repeat(DEPTH)}}`;
const deepToken = `${b64url({alg: 'RS256', kid: 'k'})}.${Buffer.from(deepJson).toString('base64url')}.${'s'.repeat(342)}`;
const deepAnalysis = await analyseToken(deepToken, opts);
const deepMs = await timeAsync(() => analyseToken(deepToken, opts), 51);
rows.push([
  `analyseToken ${DEPTH}-deep claim, ${(deepToken.length / 1024).toFixed(1)} KB (median)`,
  fmt(deepMs),
  deepMs <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms',
]);

// Issue 19, "no freeze": a 46 KB grant with 3 500 unknown claims, under the 64 KB cap. Its verdict (analysis,
// report and the claim rows drawn) within 200 ms.
const manyClaims: Record<string, unknown> = {
  aud: 'https://maskinporten.no/',
  iss: 'c',
  scope: 'skatteetaten:inntekt',
  iat: NOW,
  exp: NOW + 120,
  jti: 'j',
};
for (let i = 0; i < 3500; i++) manyClaims[`x${i}`] = 0;
const manyToken = `${b64url({alg: 'RS256', kid: 'k'})}.${b64url(manyClaims)}.${'s'.repeat(342)}`;
const manyAnalysis = await analyseToken(manyToken, opts);
const manyMs = await timeAsync(() => analyseToken(manyToken, opts), 51);
rows.push([
  `analyseToken 3 500 unknown claims, ${(manyToken.length / 1024).toFixed(1)} KB (median)`,
  fmt(manyMs),
  `${manyAnalysis.findings.length} findings`,
]);
const manyReportMs = time(() => formatTokenReport(manyAnalysis, NORWEGIAN), 51);
rows.push(['formatTokenReport, 3 500 claims (median)', fmt(manyReportMs), '']);

// The component modules under Vite's runner, with the Docusaurus test doubles and CSS modules stubbed.
const root = process.cwd();
const {runnerImport} = await import('vite');
const runnerOptions: InlineConfig = {
  configFile: false,
  logLevel: 'silent',
  oxc: {jsx: {runtime: 'automatic'}},
  plugins: [
    {
      name: 'css-modules-stub',
      enforce: 'pre',
      resolveId: (id: string) => (id.endsWith('.css') ? '\0css-stub' : undefined),
      load: (id: string) =>
        id === '\0css-stub' ? 'export default new Proxy({}, {get: (_t, k) => String(k)});' : undefined,
    },
  ],
  resolve: {
    alias: [
      {find: '@site', replacement: root},
      {find: /^@lazy-translations\/\w+$/, replacement: path.resolve(root, 'test/unit/mocks/lazy-translations.json')},
      {
        find: /^@docusaurus\/(Translate|Link|useDocusaurusContext|useBrokenLinks|BrowserOnly|useIsBrowser|ExecutionEnvironment|router)$/,
        replacement: path.resolve(root, 'test/unit/mocks/docusaurus-$1.tsx'),
      },
    ],
  },
};
const {module: inspector} = await runnerImport<{InputValue: React.FC<{value: unknown}>}>(
  path.resolve(root, 'src/components/CertificateRows/Row.tsx'),
  runnerOptions,
);
const {module: claimRows} = await runnerImport<{default: React.FC<Record<string, unknown>>}>(
  path.resolve(root, 'src/components/TokenInspector/ClaimRows.tsx'),
  runnerOptions,
);
const rowsProps = {
  values: manyAnalysis.claims ?? {},
  location: 'claims',
  table: GRANT_CLAIMS,
  locale: 'nb-NO',
  lang: 'nb',
  findings: manyAnalysis.findings,
  findingId: (i: number) => `f-${i}`,
};
const rowsMs = time(() => renderToString(React.createElement(claimRows.default, rowsProps)), 21);
rows.push([
  'render the claim rows of 3 500 claims (median)',
  fmt(rowsMs),
  `verdict in ${fmt(manyMs + manyReportMs + rowsMs)} ${manyMs + manyReportMs + rowsMs <= 200 ? 'ok (≤ 200 ms)' : 'OVER 200 ms'}`,
]);
const deepValue = deepAnalysis.claims?.['deep'];
const html = renderToString(React.createElement(inspector.InputValue, {value: deepValue}));
const renderMs = time(() => renderToString(React.createElement(inspector.InputValue, {value: deepValue})), 201);
rows.push([
  `render ${DEPTH}-deep claim value (median)`,
  fmt(renderMs),
  `${renderMs <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms'} [${html.length} chars of HTML, shortened: ${html.includes('forkortet')}]`,
]);

const RUNS = Number(process.env.FC_RUNS ?? 10_000);
const arb = fc.oneof(
  fc.string(),
  fc.tuple(fc.jsonValue(), fc.jsonValue()).map(([h, c]) => `${b64url(h)}.${b64url(c)}.sig`),
);
const t0 = performance.now();
fc.assert(
  fc.property(arb, (t) => {
    const r = inspectToken(t, opts);
    return Array.isArray(r.findings) && r.findings.length > 0;
  }),
  {numRuns: RUNS},
);
const elapsed = (performance.now() - t0) / 1000;
rows.push([
  `fast-check inspectToken, ${RUNS} cases`,
  `${elapsed.toFixed(2)} s`,
  `${Math.round(RUNS / elapsed)} cases/s`,
]);

// --- Error explainer and environment checker on long pasted text (issue 11 item 16, issue 13) ---
// 64 KB of an MP-251 message with "consumer <orgnr>" repeated and no supplier: the pattern that pulls out the
// orgnrs must stay linear (one `consumer … .*? … supplier` regex was quadratic here).
{
  const mp251 =
    `Forbidden (MP-251): has not delegated access to the scope skatteetaten:inntekt ${'Consumer 910753614 '.repeat(4000)}`.slice(
      0,
      64 * 1024,
    );
  const ms = time(() => explainError(mp251), 20);
  rows.push(['explainError 64 KB MP-251 text (median)', fmt(ms), ms <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms']);
  const config =
    `${'MASKINPORTEN_AUDIENCE=https://maskinporten.no/\nNAV_URL=https://arbeidsforhold-gw.ekstern.dev.nav.no/x\n'.repeat(600)}`.slice(
      0,
      64 * 1024,
    );
  const cs = time(() => checkConfig('prod', config), 20);
  rows.push(['checkConfig 64 KB mixed .env (median)', fmt(cs), cs <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms']);
  // The whole 256 KB a paste is read to: a 100 000-character line, 50 000 `x=`, then 2 000 settings (issue 19).
  const long = `${'a'.repeat(100_000)}\n${'x='.repeat(50_000)}\n${'MASKINPORTEN_AUDIENCE=https://maskinporten.no/\n'.repeat(2000)}`;
  const ls = time(() => checkConfig('prod', long), 10);
  rows.push(['checkConfig 256 KB long lines (median)', fmt(ls), ls <= 500 ? 'ok (≤ 500 ms)' : 'OVER 500 ms']);
  // A log with several codes and ids (issue 19): MP and Skatteetaten codes, trace ids, a korrelasjonsid, 64 KB.
  const log =
    `${'ERROR [traceId=5e1f0c2a-OTP-123-b7] MP-110 Invalid JWT claim aud {"kode":"IM-005","korrelasjonsid":"9c3b1f2e-4d5a-4b6c-8e7f-0a1b2c3d4e5f"} scope Skatteetaten:inntekt\n'.repeat(500)}`.slice(
      0,
      64 * 1024,
    );
  const lg = time(() => explainError(log), 20);
  rows.push(['explainError 64 KB log, several codes (median)', fmt(lg), lg <= 50 ? 'ok (≤ 50 ms)' : 'OVER 50 ms']);
}

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`src/lib bench (node ${process.version})`);
for (const [name, value, note] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(12)}  ${note}`);
