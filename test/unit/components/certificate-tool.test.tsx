// @vitest-environment jsdom
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, fireEvent, render, waitFor} from '@testing-library/react';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import CertificateTool from '@site/src/components/CertificateTool';

afterEach(cleanup);

/**
 * A self-signed PEM certificate made with the openssl command line: @peculiar/x509 cannot sign inside jsdom
 * (its ArrayBuffers are not Node's). The private key is thrown away with the folder. `ca`: openssl's default for
 * `req -x509`, basicConstraints cA=true; otherwise an end-entity certificate, as a business certificate is.
 */
function pem(subject: string, ca = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-tool-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, 'k.pem'),
        '-out',
        path.join(dir, 'c.pem'),
        '-days',
        '400',
        '-subj',
        subject,
        ...(ca ? [] : ['-addext', 'basicConstraints=critical,CA:FALSE']),
      ],
      {stdio: 'ignore'},
    );
    return readFileSync(path.join(dir, 'c.pem'), 'utf8');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

const codes = (c: HTMLElement): string[] =>
  [...c.querySelectorAll('[data-finding-code]')].map((e) => e.getAttribute('data-finding-code') ?? '');

describe('CertificateTool', () => {
  it('shows nothing before input, then the certificate, findings, outputs and plan for a pasted PEM', async () => {
    const {container} = render(<CertificateTool />);
    expect(container.querySelector('[data-findings]')).toBeNull();
    fireEvent.change(container.querySelector('textarea') as HTMLTextAreaElement, {
      target: {value: `Bag Attributes\n${pem('/C=NO/organizationIdentifier=NTRNO-910753614/CN=EKSEMPEL AS')}`},
    });
    await waitFor(() => expect(container.querySelector('[data-output="jwk"]')).not.toBeNull(), {timeout: 15_000});
    await waitFor(() => expect(codes(container)).toEqual(expect.arrayContaining(['cert.orgnr', 'cert.self-signed'])));
    expect(container.querySelector('[data-cert-field="orgnr"]')).toHaveTextContent('910753614');
    // 400 days: the key registered today runs out before the switch, so the plan registers it again.
    expect([...container.querySelectorAll('[data-plan-step]')].map((e) => e.getAttribute('data-plan-step'))).toEqual([
      'order',
      'renew-key',
      'register-new',
      'switch',
      'remove-old',
    ]);
    // Self-signed: the issuer is not presented as anyone's.
    expect(container.querySelector('[data-issuer-status]')?.getAttribute('data-issuer-status')).toBe('self-signed');
    // A typed kid replaces the thumbprint in the JWK.
    const kidInput = container.querySelector('input[type="text"]') as HTMLInputElement;
    fireEvent.change(kidInput, {target: {value: 'min-nokkel'}});
    await waitFor(() =>
      expect(container.querySelector('[data-output="jwk"] pre')).toHaveTextContent('"kid": "min-nokkel"'),
    );
  });

  it('shows a subject holding HTML as text', async () => {
    const {container} = render(<CertificateTool />);
    fireEvent.change(container.querySelector('textarea') as HTMLTextAreaElement, {
      target: {value: pem('/C=NO/CN=<img src=x onerror=alert(1)>')},
    });
    await waitFor(() => expect(container.querySelector('[data-cert-field="holder"]')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.querySelector('[data-cert-field="holder"]')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('refuses a .p12 file from the file input', async () => {
    const {container} = render(<CertificateTool />);
    const input = container.querySelector('[data-certificate-file]') as HTMLInputElement;
    const file = new File([new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03])], 'virksomhet.p12');
    fireEvent.change(input, {target: {files: [file]}});
    await waitFor(() => expect(codes(container)).toEqual(['cert.private-material']), {timeout: 15_000});
    expect(container.querySelector('[data-output]')).toBeNull();
  });

  it('a certificate copying Buypass’s CA name is not shown as Buypass: the signature check names the forgery', async () => {
    const {container} = render(<CertificateTool />);
    fireEvent.change(container.querySelector('textarea') as HTMLTextAreaElement, {
      target: {
        value: forged(
          '/C=NO/organizationIdentifier=NTRNO-910753614/CN=EKSEMPEL AS',
          '/C=NO/organizationIdentifier=NTRNO-983163327/O=Buypass AS/CN=Buypass Class 3 Test4 CA G2 ST Business',
        ),
      },
    });
    await waitFor(() => expect(codes(container)).toContain('cert.issuer-signature-invalid'), {timeout: 15_000});
    const issuer = container.querySelector('[data-cert-field="issuer"]');
    expect(issuer?.querySelector('[data-issuer-status]')?.getAttribute('data-issuer-status')).toBe('signature-invalid');
    // The certificate's own issuer text is shown as its text; no note states Buypass, SEID or the environment.
    expect(issuer?.querySelector('[data-issuer-status]')?.textContent).not.toMatch(/Buypass|SEID/);
    expect(container.querySelector('[data-chain-link="1"]')?.getAttribute('data-valid')).toBe('false');
  });

  it('a CA certificate alone gets the CA finding and no JWK, x5c or plan', async () => {
    const {container} = render(<CertificateTool />);
    fireEvent.change(container.querySelector('textarea') as HTMLTextAreaElement, {
      target: {value: pem('/C=NO/CN=Eksempel CA', true)},
    });
    await waitFor(() => expect(codes(container)).toContain('cert.ca-certificate'), {timeout: 15_000});
    expect(container.querySelector('[data-output]')).toBeNull();
    expect(container.querySelector('[data-plan-step]')).toBeNull();
    expect(container.querySelector('[data-ca-certificate]')).not.toBeNull();
  });
});

/** A business certificate signed by a throwaway CA key under the issuer name given (a forgery of that name). */
function forged(subject: string, issuer: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-tool-'));
  const run = (args: string[]) => execFileSync('openssl', args, {cwd: dir, stdio: 'ignore'});
  try {
    run([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '400',
      '-subj',
      issuer,
    ]);
    run(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'r.csr', '-subj', subject]);
    run([
      'x509',
      '-req',
      '-in',
      'r.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      '7',
      '-days',
      '300',
      '-out',
      'c.pem',
    ]);
    return readFileSync(path.join(dir, 'c.pem'), 'utf8');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
