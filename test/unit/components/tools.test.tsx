// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {SignJWT, exportJWK, generateKeyPair} from 'jose';
import ScopeValidator from '@site/src/components/ScopeValidator';
import ErrorExplainer from '@site/src/components/ErrorExplainer';
import EnvironmentChecker from '@site/src/components/EnvironmentChecker';
import GrantBuilder from '@site/src/components/GrantBuilder';
import TokenInspector from '@site/src/components/TokenInspector';
import ToolShell, {ToolNeedsJavaScript} from '@site/src/components/ToolShell';
import EnvironmentTable from '@site/src/components/EnvironmentTable';
import ScopeTable from '@site/src/components/ScopeTable';
import {FINDING_CODES} from '@site/src/lib/findings';

afterEach(cleanup);

function codes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-finding-code]')].map((e) => e.getAttribute('data-finding-code') ?? '');
}

async function findCode(container: HTMLElement, code: string): Promise<HTMLElement> {
  return waitFor(() => {
    const el = container.querySelector<HTMLElement>(`[data-finding-code="${code}"]`);
    if (!el) throw new Error(`no ${code}; have ${codes(container).join(', ')}`);
    return el;
  });
}

describe('ToolShell', () => {
  it('shows the title, the privacy note and the JavaScript note', () => {
    render(
      <ToolShell tool="token-inspector" title="Token-inspektør">
        <ToolNeedsJavaScript />
      </ToolShell>,
    );
    const region = screen.getByRole('region', {name: 'Token-inspektør'});
    expect(region).toHaveAttribute('data-tool', 'token-inspector');
    expect(region).toHaveTextContent('Ingenting dere limer inn her, forlater nettleseren.');
    expect(region).toHaveTextContent('trenger JavaScript');
  });
});

describe('ScopeValidator', () => {
  it('shows nothing for empty input', () => {
    const {container} = render(<ScopeValidator />);
    expect(codes(container)).toEqual([]);
  });

  it('finds the garbled seed scope, explains each finding, and fixes it in one click', async () => {
    const {container} = render(<ScopeValidator />);
    fireEvent.click(screen.getByRole('button', {name: 'Sammenflettet scope fra gammel side'}));
    const concatenated = await findCode(container, 'scope.concatenated');
    expect(concatenated).toHaveAttribute('data-severity', 'error');
    expect(concatenated).toHaveTextContent('Feil');
    expect(within(concatenated).getByRole('link')).toHaveAttribute('href', '/docs/feilsoking#scope.concatenated');
    expect(within(concatenated).getByRole('link')).toHaveTextContent('Les mer om scope.concatenated');
    expect(concatenated).toHaveTextContent('Gjelder: Scope nr. 1');
    expect(await findCode(container, 'scope.uppercase')).toHaveAttribute('data-severity', 'error');
    fireEvent.click(screen.getByRole('button', {name: 'Bruk forslaget'}));
    expect(screen.getByLabelText('Scopes')).toHaveValue('nav:aareg/v1/arbeidsforhold/otp');
    await waitFor(() => expect(codes(container)).toEqual(['scope.known']));
  });

  it('announces findings politely', () => {
    const {container} = render(<ScopeValidator />);
    expect(container.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
});

describe('ErrorExplainer', () => {
  it('explains MP-110 with cause, fix and a link to its section', async () => {
    const {container} = render(<ErrorExplainer />);
    fireEvent.click(screen.getByRole('button', {name: 'MP-110 (feil aud)'}));
    await findCode(container, 'error.mp-110');
    const card = container.querySelector('[data-error-code="error.mp-110"]') as HTMLElement;
    expect(card).toHaveTextContent('Feil miljø, eller skrivefeil i aud.');
    // the full section of MP-110 on the troubleshooting page, not the finding's short entry
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/docs/feilsoking#mp-110');
  });

  it('shows pasted HTML as text', async () => {
    const {container} = render(<ErrorExplainer />);
    fireEvent.change(screen.getByLabelText('Feilsvar fra token-endepunktet eller API-et'), {
      target: {value: '{"error":"<img src=x onerror=alert(1)>","error_description":"Invalid JWT claim aud"}'},
    });
    await findCode(container, 'error.mp-110');
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
});

describe('EnvironmentChecker', () => {
  it('lists every value that does not belong to test, and marks the fields', async () => {
    const {container} = render(<EnvironmentChecker />);
    fireEvent.click(screen.getByRole('button', {name: 'Blandet test og produksjon'}));
    await findCode(container, 'env.host.wrong-environment');
    for (const code of [
      'env.token-endpoint.path',
      'env.aud.trailing-slash',
      'env.cert.wrong-environment',
      'env.api.wrong-environment',
    ]) {
      await findCode(container, code);
    }
    expect(screen.getByLabelText('Audience (aud)')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(screen.getByLabelText('Audience (aud)'), {target: {value: 'https://test.maskinporten.no/'}});
    await waitFor(() => expect(codes(container)).not.toContain('env.host.wrong-environment'));
  });

  it('says all is well for a correct production set-up', async () => {
    const {container} = render(<EnvironmentChecker />);
    fireEvent.click(screen.getByRole('button', {name: 'Riktig produksjonsoppsett'}));
    await findCode(container, 'env.ok');
    expect(container.querySelectorAll('[data-severity="error"]')).toHaveLength(0);
  });
});

describe('GrantBuilder', () => {
  it('loads its rules only when the reader starts: a placeholder first, the grant once a field has focus', async () => {
    const {container} = render(<GrantBuilder />);
    expect(container.querySelector('[data-output]')).toBeNull();
    expect(container.querySelector('[data-grant-placeholder]')).not.toBeNull();
    fireEvent.focus(screen.getByLabelText('Klient-ID (iss)'));
    await waitFor(() => expect(container.querySelector('[data-output="claims"]')).not.toBeNull());
    expect(container.querySelector('[data-grant-placeholder]')).toBeNull();
  });

  it('builds a delegated test grant with the token request', async () => {
    const {container} = render(<GrantBuilder />);
    fireEvent.click(screen.getByRole('button', {name: 'Leverandør med delegering (test)'}));
    await waitFor(() =>
      expect(container.querySelector('[data-output="claims"]')).toHaveTextContent('"consumer_org": "910753614"'),
    );
    expect(container.querySelector('[data-output="claims"]')).toHaveTextContent(
      '"aud": "https://test.maskinporten.no/"',
    );
    expect(container.querySelector('[data-output="header"]')).toHaveTextContent('x5c');
    expect(container.querySelector('[data-output="curl"]')).toHaveTextContent('https://test.maskinporten.no/token');
    expect(container.querySelector('[data-output="code"]')).toHaveTextContent(
      'setAudience("https://test.maskinporten.no/")',
    );
  });

  it('asks for the kid when the key is registered on the client', async () => {
    const {container} = render(<GrantBuilder />);
    fireEvent.click(screen.getByRole('button', {name: 'Forhåndsregistrert nøkkel (produksjon)'}));
    await waitFor(() =>
      expect(container.querySelector('[data-output="header"]')).toHaveTextContent('"kid": "pensjon-2026-11"'),
    );
    fireEvent.change(screen.getByLabelText('kid'), {target: {value: ''}});
    await findCode(container, 'builder.kid.missing');
  });
});

describe('TokenInspector', () => {
  async function signedAccessToken(extra: Record<string, unknown> = {}): Promise<{token: string; jwks: string}> {
    const {privateKey, publicKey} = await generateKeyPair('RS256', {extractable: true});
    const jwk = {...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256'};
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      client_id: 'c',
      scope: 'skatteetaten:inntektsmottakere',
      consumer: {authority: 'iso6523-actorid-upis', ID: '0192:910753614'},
      token_type: 'Bearer',
      ...extra,
    })
      .setProtectedHeader({alg: 'RS256', kid: 'k1'})
      .setIssuer('https://test.maskinporten.no/')
      .setIssuedAt(now)
      .setExpirationTime(now + 120)
      .setJti('j')
      .sign(privateKey);
    return {token, jwks: JSON.stringify({keys: [jwk]})};
  }

  it('reads an access token, shows its claims, times and countdown, and verifies it against a JWKS', async () => {
    const {token, jwks} = await signedAccessToken();
    const {container} = render(<TokenInspector />);
    fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {target: {value: token}});
    await waitFor(() => expect(container.querySelector('[data-token-kind="access-token"]')).not.toBeNull());
    expect(container.querySelector('[data-claim="claims.exp"]')).toHaveTextContent('UTC');
    expect(container.querySelector('[data-countdown]')).toHaveTextContent(/Utløper om \d+ min \d+ s/);
    await findCode(container, 'token.consumer.orgnr');
    fireEvent.change(screen.getByLabelText(/Offentlig nøkkel/), {target: {value: jwks}});
    await findCode(container, 'sig.valid');
  });

  it('reports sig.invalid for a changed token', async () => {
    const {token, jwks} = await signedAccessToken();
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
    claims.scope = 'skatteetaten:inntekt';
    const tampered = [h, Buffer.from(JSON.stringify(claims)).toString('base64url'), s].join('.');
    const {container} = render(<TokenInspector />);
    fireEvent.change(screen.getByLabelText(/Offentlig nøkkel/), {target: {value: jwks}});
    fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {target: {value: tampered}});
    await findCode(container, 'sig.invalid');
  });

  it('shows a claim holding HTML literally', async () => {
    const {token} = await signedAccessToken({client_id: '<img src=x onerror=alert(1)>'});
    const {container} = render(<TokenInspector />);
    fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {target: {value: token}});
    await waitFor(() =>
      expect(container.querySelector('[data-claim="claims.client_id"]')).toHaveTextContent(
        '<img src=x onerror=alert(1)>',
      ),
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('reports a pasted text that is not a token', async () => {
    const {container} = render(<TokenInspector />);
    fireEvent.change(screen.getByLabelText('Token (grant eller access token)'), {target: {value: 'not a token'}});
    await findCode(container, 'jwt.whitespace');
    expect(container.querySelector('[data-token-kind="invalid"]')).not.toBeNull();
  });
});

describe('fact tables', () => {
  it('EnvironmentTable shows test and production with source and checked date', () => {
    const {container} = render(<EnvironmentTable />);
    // One column per environment after the row names: test and production when active only.
    expect(
      [...container.querySelectorAll('thead [data-environment]')].map((e) => e.getAttribute('data-environment')).sort(),
    ).toEqual(['prod', 'test']);
    const tokenRow = container.querySelector('tbody tr[data-address="tokenEndpoint"]');
    expect(tokenRow?.querySelectorAll('td')).toHaveLength(2);
    expect(tokenRow).toHaveTextContent('https://test.maskinporten.no/token');
    expect(container).toHaveTextContent('kontrollert 25.11.2026');
    const all = render(<EnvironmentTable show="all" />).container;
    expect(all.querySelectorAll('thead [data-environment]').length).toBeGreaterThan(2);
  });

  it('ScopeTable shows the four DSOP scopes', () => {
    const {container} = render(<ScopeTable />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(4);
    expect(container).toHaveTextContent('nav:aareg/v1/arbeidsforhold/otp');
  });

  it('FindingReference has one anchor per code and registers each with the broken-anchor checker', async () => {
    const path = '@site/src/components/FindingReference';
    const {default: FindingReference} = (await import(/* @vite-ignore */ path)) as {default: () => React.JSX.Element};
    const {collectedAnchors} = await import('../mocks/docusaurus-useBrokenLinks');
    const {container} = render(<FindingReference />);
    for (const code of FINDING_CODES) {
      expect(container.querySelector(`[id="${code}"]`), code).not.toBeNull();
      expect(collectedAnchors).toContain(code);
    }
    expect(container.querySelector('[id="error.mp-110"]')).toHaveTextContent('MP-110');
  });
});
