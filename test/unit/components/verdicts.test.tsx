// @vitest-environment jsdom
// The token inspector renders what analyseToken says, answer first; hostile values are shown safely.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/react';
import fc from 'fast-check';
import TokenInspector from '@site/src/components/TokenInspector';
import {InputValue as ClaimValue} from '@site/src/components/CertificateRows/Row';
import ScopeValidator from '@site/src/components/ScopeValidator';
import FindingList from '@site/src/components/FindingList';
import {findingMessage as message} from '@site/src/lib/finding-text';
import {NORWEGIAN} from '../lib/texts';

const findingMessage = (f: Parameters<typeof message>[0]): string => message(f, NORWEGIAN);
import {finding} from '@site/src/lib/findings';

afterEach(cleanup);

const RUNS = Number(process.env.FC_RUNS ?? 500);
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const GRANT = {
  aud: 'https://test.maskinporten.no/',
  iss: 'my_client_id',
  scope: 'skatteetaten:inntekt',
  iat: now,
  exp: now + 120,
  jti: 'j',
};

function deepClaims(depth: number): string {
  const json = JSON.stringify(GRANT).slice(0, -1) + `,"deep":${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}}`;
  return Buffer.from(json).toString('base64url');
}

function paste(text: string): void {
  fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {target: {value: text}});
}

async function verdict(container: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const el = container.querySelector<HTMLElement>('[data-verdict]');
    if (!el) throw new Error('no verdict yet');
    return el;
  });
}

describe('TokenInspector renders the analysis, answer first', () => {
  it('a claim 5 000 levels deep renders a shortened value marked "(forkortet)"', async () => {
    const {container} = render(<TokenInspector />);
    paste(`${b64({alg: 'RS256', kid: 'k'})}.${deepClaims(5000)}.c2ln`);
    await verdict(container);
    const row = await waitFor(() => {
      const el = container.querySelector('[data-claim="claims.deep"]');
      if (!el) throw new Error('no deep row');
      return el;
    });
    expect(row.querySelector('[data-shortened]')).toHaveTextContent('(forkortet)');
    expect(row.textContent?.length ?? 0).toBeLessThan(1000);
  });

  it('verdict (kind, environment, counts), then findings, then claims; the aud row links to its finding', async () => {
    const {container} = render(<TokenInspector />);
    paste(`${b64({alg: 'RS256', kid: 'k'})}.${b64({...GRANT, aud: 'https://TEST.maskinporten.no/'})}.c2ln`);
    const v = await verdict(container);
    expect(v).toHaveTextContent('Grant (client assertion)');
    expect(container.querySelector('[data-verdict-counts]')).toHaveTextContent('Miljø: test · 1 feil, 0 advarsler');
    const list = container.querySelector('[data-findings]') as HTMLElement;
    const claims = container.querySelector('[data-claim="claims.aud"]') as HTMLElement;
    expect(v.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(list.compareDocumentPosition(claims) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const mark = claims.querySelector('[data-mark="grant.aud.not-exact"]') as HTMLAnchorElement;
    expect(mark).not.toBeNull();
    const target = container.querySelector(mark.getAttribute('href') ?? '#none');
    expect(target?.getAttribute('data-finding-code')).toBe('grant.aud.not-exact');
    // A row no finding is about has no mark.
    expect(container.querySelector('[data-claim="claims.iss"] [data-mark]')).toBeNull();
  });

  it('no key: says that the signature was not checked and how to check it; a copy-report button', async () => {
    const {container} = render(<TokenInspector />);
    paste(`${b64({alg: 'RS256', kid: 'k'})}.${b64(GRANT)}.c2ln`);
    const v = await verdict(container);
    expect(v.getAttribute('data-signature')).toBe('not-checked');
    expect(v.querySelector('[data-signature-not-checked]')).toHaveTextContent('Lim inn den offentlige nøkkelen');
    expect(screen.getByRole('button', {name: 'Kopier rapport'})).toBeInTheDocument();
  });

  it('a private key in the token field gives jwt.private-key and shows nothing of it', async () => {
    const secret = 'c2VjcmV0LXByaXZhdGUtZXhwb25lbnQ';
    const {container} = render(<TokenInspector />);
    paste(JSON.stringify({kty: 'RSA', n: 'abc', e: 'AQAB', d: secret}));
    await waitFor(() => expect(container.querySelector('[data-finding-code="jwt.private-key"]')).not.toBeNull());
    // Only the reader's own text field holds it: no finding, verdict or decoded row repeats it.
    const shown = [...container.querySelectorAll('[data-findings], [data-verdict], [data-claim]')];
    expect(shown.length).toBeGreaterThan(0);
    for (const el of shown) expect(el.textContent).not.toContain(secret);
  });

  it('property: the rendered inspector never throws for random JSON claims, deep nesting included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.dictionary(fc.string(), fc.jsonValue(), {maxKeys: 6}).map((c) => b64(c)),
          fc.nat({max: 6000}).map((d) => deepClaims(d)),
        ),
        async (claims) => {
          const {container, unmount} = render(<TokenInspector />);
          paste(`${b64({alg: 'RS256'})}.${claims}.c2ln`);
          await verdict(container);
          unmount();
        },
      ),
      {numRuns: Math.max(10, Math.floor(RUNS / 25))},
    );
  });
});

describe('values in findings and claims', () => {
  it('a value holding {word} is shown as it is; an optional param a case lacks becomes "–"', () => {
    expect(findingMessage(finding('grant.iss.missing', {}))).not.toContain('{');
    expect(findingMessage(finding('scope.unknown', {scope: 'a:{scope}'}))).toContain('a:{scope}');
    // A required param cannot be left out: finding('grant.aud.array', {}) does not type-check.
    expect(findingMessage(finding('sig.no-matching-key', {alg: 'RS256'}))).toContain('–');
  });

  it('bidi controls in a shown value are named by code point and the value sits in <bdi>', () => {
    const {container} = render(<FindingList findings={[finding('scope.unknown', {scope: 'abc\u202Edef'})]} />);
    const bdi = container.querySelector('[data-finding-code] bdi');
    expect(bdi).toHaveTextContent('abc[U+202E]def');
    expect(container.textContent).not.toContain('\u202E');
    const claim = render(<ClaimValue value={'x\u2066y'} />).container;
    expect(claim.querySelector('bdi')).toHaveTextContent('x[U+2066]y');
  });
});

describe('ScopeValidator: one-click fixes suggest real scopes', () => {
  it.each([
    ['["skatteetaten:inntekt","nav:aareg/v1/arbeidsforhold/otp"]'],
    ['skatteetaten%3Ainntekt+nav%3Aaareg%2Fv1%2Farbeidsforhold%2Fotp'],
    ['skatteetaten\u00A0nav:aareg/v1/arbeidsforhold/otp'.replace('skatteetaten', 'skatteetaten:inntekt')],
  ])('%s → "skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp"', async (text) => {
    const {container} = render(<ScopeValidator />);
    fireEvent.change(screen.getByLabelText('Scopes'), {target: {value: text}});
    const button = await waitFor(() => {
      const el = container.querySelector<HTMLButtonElement>('[data-fix]');
      if (!el) throw new Error('no fix');
      return el;
    });
    fireEvent.click(button);
    expect(screen.getByLabelText('Scopes')).toHaveValue('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp');
  });
});
