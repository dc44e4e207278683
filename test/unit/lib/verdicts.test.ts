// Issue 11, "verdicts you can trust": each wrong verdict with a test that raises the right finding and a near
// miss that does not, and the properties the issue names. Runs per property come from FC_RUNS.
import {beforeAll, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {exportJWK, exportPKCS8, exportSPKI, generateKeyPair} from 'jose';
import {analyseToken, inspectToken} from '../../../src/lib/jwt/analyse';
import {orderFindings} from '../../../src/lib/finding-order';
import {looksLikePrivateKey, PRIVATE_JWK_MEMBERS} from '../../../src/lib/jwt/secrets';
import {checkScopes} from '../../../src/lib/scopes';
import {displayValue, visibleText} from '../../../src/lib/display';
import {ENVIRONMENTS} from '../../../src/lib/environments';
import {finding, type Finding} from '../../../src/lib/findings';
import {
  ACCESS_CLAIMS_OK,
  codes,
  GRANT_CLAIMS_OK,
  GRANT_HEADER,
  makeCertificate,
  NOW,
  rsaKeys,
  sign,
  tok,
  verifySignature,
} from './fixtures';

const RUNS = Number(process.env.FC_RUNS ?? 500);
/** Signing is slow: the key properties run a tenth of the runs, at least 20. */
const CRYPTO_RUNS = Math.max(20, Math.floor(RUNS / 10));

const grant = (claims: Record<string, unknown>, header: Record<string, unknown> = GRANT_HEADER): Finding[] =>
  inspectToken(tok(header, {...GRANT_CLAIMS_OK, ...claims}), {environment: 'prod', now: NOW}).findings;
const access = (claims: Record<string, unknown>): Finding[] =>
  inspectToken(tok({alg: 'RS256', kid: 'mp'}, {...ACCESS_CLAIMS_OK, ...claims}), {environment: 'prod', now: NOW})
    .findings;
const audCodes = (findings: readonly Finding[]): string[] => codes(findings).filter((c) => c.startsWith('grant.aud.'));

/** Claims with one claim nested `depth` levels deep, written out as text (JSON.stringify itself overflows). */
function deepClaims(depth: number, claims: Record<string, unknown> = GRANT_CLAIMS_OK): string {
  const json = JSON.stringify(claims).slice(0, -1) + `,"deep":${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}}`;
  return Buffer.from(json).toString('base64url');
}
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Signs with WebCrypto directly: jose refuses to sign a header with an unknown crit member. */
async function signRaw(header: unknown, claims: unknown, key: CryptoKey): Promise<string> {
  const input = `${b64(header)}.${b64(claims)}`;
  const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(input));
  return `${input}.${Buffer.from(sig).toString('base64url')}`;
}

describe('1. aud is compared exactly', () => {
  const variants: [string, string][] = [
    ['case', 'https://MASKINPORTEN.no/'],
    ['case', 'HTTPS://maskinporten.no/'],
    ['port', 'https://maskinporten.no:443/'],
    ['whitespace', ' https://maskinporten.no/'],
    ['whitespace', 'https://maskinporten.no/\n'],
    ['whitespace', 'https://maskin porten.no/'],
    ['whitespace', 'https://maskin\tporten.no/'],
    ['query', 'https://maskinporten.no/?x=1'],
    ['fragment', 'https://maskinporten.no/#top'],
    ['userinfo', 'https://client@maskinporten.no/'],
    ['dot-segments', 'https://maskinporten.no/a/../'],
    ['percent-encoding', 'https://maskinporte%6E.no/'],
  ];
  it.each(variants)('grant.aud.not-exact (%s): %j names the exact issuer', (reason, aud) => {
    const f = grant({aud}).find((x) => x.code === 'grant.aud.not-exact');
    expect(f, codes(grant({aud})).join(' ')).toBeDefined();
    expect(f?.params).toMatchObject({expected: 'https://maskinporten.no/', reason});
    expect(f?.severity).toBe('error');
  });

  it('near miss: the exact issuer gives no grant.aud finding', () => {
    expect(audCodes(grant({aud: 'https://maskinporten.no/'}))).toEqual([]);
  });

  it('the missing trailing slash stays grant.aud.trailing-slash (a warning, as the facts say), not not-exact', () => {
    const f = grant({aud: 'https://maskinporten.no'});
    expect(audCodes(f)).toEqual(['grant.aud.trailing-slash']);
    expect(f.find((x) => x.code === 'grant.aud.trailing-slash')?.severity).toBe('warning');
    expect(audCodes(grant({aud: 'https://Maskinporten.no'}))).toEqual([
      'grant.aud.trailing-slash',
      'grant.aud.not-exact',
    ]);
  });

  it('property: any string that is not byte-identical to the issuer gets a grant.aud finding', () => {
    const issuer = 'https://maskinporten.no/';
    const mutated = fc
      .tuple(fc.nat({max: issuer.length}), fc.nat({max: 3}), fc.string({maxLength: 3, unit: 'binary'}))
      .map(([at, drop, insert]) => issuer.slice(0, at) + insert + issuer.slice(at + drop));
    const cased = fc
      .array(fc.boolean(), {minLength: issuer.length, maxLength: issuer.length})
      .map((flags) => Array.from(issuer, (c, i) => (flags[i] ? c.toUpperCase() : c)).join(''));
    fc.assert(
      fc.property(fc.oneof(mutated, cased, fc.string(), fc.webUrl()), (aud) => {
        fc.pre(aud !== issuer);
        expect(audCodes(grant({aud})).length).toBeGreaterThan(0);
      }),
      {numRuns: RUNS},
    );
  });
});

describe('2. a JWKS with several candidate keys', () => {
  let signing: CryptoKeyPair;
  let others: CryptoKeyPair[];
  beforeAll(async () => {
    signing = await rsaKeys();
    others = await Promise.all([rsaKeys(), rsaKeys(), rsaKeys()]);
  });

  it('a repeated kid: the second key with that kid verifies, sig.valid with keysTried 2', async () => {
    const token = await sign({alg: 'RS256', kid: 'k'}, GRANT_CLAIMS_OK, signing.privateKey);
    const keys = [
      {...(await exportJWK(others[0]!.publicKey)), kid: 'k'},
      {...(await exportJWK(signing.publicKey)), kid: 'k'},
    ];
    const r = await verifySignature(token, JSON.stringify({keys}));
    expect(codes(r.findings)).toEqual(['sig.valid']);
    expect(r.findings[0]?.params.keysTried).toBe(2);
  });

  it('no kid in the token and several keys (rotation): sig.valid; near miss: without the key, sig.invalid', async () => {
    const token = await sign({alg: 'RS256'}, GRANT_CLAIMS_OK, signing.privateKey);
    const rest = await Promise.all(others.map(async (k, i) => ({...(await exportJWK(k.publicKey)), kid: `o${i}`})));
    const withKey = [...rest, {...(await exportJWK(signing.publicKey)), kid: 'new'}];
    expect(codes((await verifySignature(token, JSON.stringify({keys: withKey}))).findings)).toEqual(['sig.valid']);
    const without = await verifySignature(token, JSON.stringify({keys: rest}));
    expect(codes(without.findings)).toEqual(['sig.invalid']);
    expect(without.findings[0]?.params.keysTried).toBe(3);
  });

  it('property: the signing key anywhere in a random JWKS, with or without repeated kid, gives sig.valid', async () => {
    const token = await sign({alg: 'RS256', kid: 'k'}, GRANT_CLAIMS_OK, signing.privateKey);
    const tokenNoKid = await sign({alg: 'RS256'}, GRANT_CLAIMS_OK, signing.privateKey);
    const signJwk = await exportJWK(signing.publicKey);
    const otherJwks = await Promise.all(others.map((k) => exportJWK(k.publicKey)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({key: fc.nat({max: otherJwks.length - 1}), sameKid: fc.boolean()}), {maxLength: 5}),
        fc.nat(),
        fc.boolean(),
        async (decoys, position, withKid) => {
          const keys = decoys.map((d, i) => ({...otherJwks[d.key], kid: d.sameKid ? 'k' : `d${i}`}));
          keys.splice(position % (keys.length + 1), 0, {...signJwk, kid: 'k'});
          const r = await verifySignature(withKid ? token : tokenNoKid, JSON.stringify({keys}));
          expect(codes(r.findings)).toEqual(['sig.valid']);
        },
      ),
      {numRuns: CRYPTO_RUNS},
    );
  });
});

describe('3. deep or huge claims', () => {
  it('a claim 5 000 levels deep (~12 KB): analyseToken and the display never throw, the value is shortened', async () => {
    const token = `${b64(GRANT_HEADER)}.${deepClaims(5000)}.c2ln`;
    expect(token.length).toBeGreaterThan(12_000);
    const r = await analyseToken(token, {environment: 'prod', now: NOW});
    expect(r.kind).toBe('grant');
    const shown = displayValue(r.claims?.deep);
    expect(shown.shortened).toBe(true);
    expect(shown.text.length).toBeLessThan(400);
  });

  it('a 48 KB claim is cut to the length cap; near miss: a short claim is not shortened', () => {
    expect(displayValue('x'.repeat(48_000))).toMatchObject({shortened: true});
    expect(displayValue('x'.repeat(48_000)).text.length).toBe(2000);
    expect(displayValue({a: [1, 2, 'x']})).toEqual({text: '{\n "a": [\n  1,\n  2,\n  "x"\n ]\n}', shortened: false});
  });

  it('property: analyseToken never throws for random JSON claims, deep nesting included', async () => {
    const claims = fc.oneof(
      fc.dictionary(fc.string(), fc.jsonValue()).map((c) => b64(c)),
      fc
        .tuple(fc.nat({max: 6000}), fc.dictionary(fc.string(), fc.jsonValue(), {maxKeys: 3}))
        .map(([d, c]) => deepClaims(d, {aud: 'https://maskinporten.no/', ...c})),
    );
    await fc.assert(
      fc.asyncProperty(claims, fc.dictionary(fc.string(), fc.jsonValue()), async (c, h) => {
        const r = await analyseToken(`${b64(h)}.${c}.c2ln`, {environment: 'test', now: NOW});
        expect(Array.isArray(r.findings)).toBe(true);
        for (const v of Object.values(r.claims ?? {})) expect(typeof displayValue(v).text).toBe('string');
      }),
      {numRuns: Math.max(50, Math.floor(RUNS / 5))},
    );
  });
});

describe('4. scope separators', () => {
  const separators: [string, string][] = [
    ['\t', 'U+0009'],
    ['\n', 'U+000A'],
    ['  ', 'U+0020 U+0020'],
    ['\u00A0', 'U+00A0'],
    ['\uFEFF', 'U+FEFF'],
    ['\u2009', 'U+2009'],
    ['\u3000', 'U+3000'],
    ['\u2028', 'U+2028'],
  ];
  it.each(separators)('scope.separator names %j as %s, in the validator and in a grant', (sep, codePoint) => {
    const text = `skatteetaten:inntekt${sep}nav:aareg/v1/arbeidsforhold/otp`;
    const r = checkScopes(text);
    const f = r.findings.find((x) => x.code === 'scope.separator');
    expect(f?.params.codePoint).toBe(codePoint);
    expect(r.suggestion).toBe('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp');
    expect(grant({scope: text}).find((x) => x.code === 'scope.separator')?.params.codePoint).toBe(codePoint);
  });

  it('near miss: one U+0020 between scopes is no finding', () => {
    expect(codes(checkScopes('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp').findings)).not.toContain(
      'scope.separator',
    );
  });
});

describe('5. why a key was refused', () => {
  it('sig.key-too-small: a 1024-bit RSA key, with its size; near miss: 2048 bits verifies', async () => {
    const small = (await crypto.subtle.generateKey(
      {name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256'},
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const h = Buffer.from(JSON.stringify({alg: 'RS256', kid: 'k'})).toString('base64url');
    const p = Buffer.from(JSON.stringify(GRANT_CLAIMS_OK)).toString('base64url');
    const s = Buffer.from(
      await crypto.subtle.sign('RSASSA-PKCS1-v1_5', small.privateKey, new TextEncoder().encode(`${h}.${p}`)),
    ).toString('base64url');
    const token = `${h}.${p}.${s}`;
    for (const key of [JSON.stringify(await exportJWK(small.publicKey)), await exportSPKI(small.publicKey)]) {
      const r = await verifySignature(token, key);
      expect(codes(r.findings)).toEqual(['sig.key-too-small']);
      expect(r.findings[0]?.params).toEqual({bits: 1024, min: 2048});
    }
    const ok = await rsaKeys();
    const good = await sign({alg: 'RS256'}, GRANT_CLAIMS_OK, ok.privateKey);
    expect(codes((await verifySignature(good, await exportSPKI(ok.publicKey))).findings)).toEqual(['sig.valid']);
  });

  it('jwt.crit-unsupported: an unknown crit header, in decoding and as the signature verdict; near miss: no crit', async () => {
    const keys = await rsaKeys();
    const token = await signRaw({alg: 'RS256', crit: ['exp-ext'], 'exp-ext': 1}, GRANT_CLAIMS_OK, keys.privateKey);
    expect(codes(inspectToken(token, {environment: 'prod', now: NOW}).findings)).toContain('jwt.crit-unsupported');
    const r = await analyseToken(token, {environment: 'prod', now: NOW, keyText: await exportSPKI(keys.publicKey)});
    expect(r.signature).toBe('not-checked');
    expect(r.notChecked).toBe('key-problem');
    expect(r.findings.filter((f) => f.code === 'jwt.crit-unsupported').map((f) => f.params.names)).toEqual(['exp-ext']);
    expect(codes(r.findings)).not.toContain('sig.valid');
    const plain = await sign({alg: 'RS256'}, GRANT_CLAIMS_OK, keys.privateKey);
    expect(codes(inspectToken(plain, {environment: 'prod', now: NOW}).findings)).not.toContain('jwt.crit-unsupported');
  });
});

describe('6. secrets pasted by mistake', () => {
  let keys: CryptoKeyPair;
  let privateJwk: Record<string, unknown>;
  let pkcs8: string;
  let token: string;
  beforeAll(async () => {
    keys = await generateKeyPair('RS256', {extractable: true});
    privateJwk = (await exportJWK(keys.privateKey)) as Record<string, unknown>;
    pkcs8 = await exportPKCS8(keys.privateKey);
    token = await sign({alg: 'RS256'}, GRANT_CLAIMS_OK, keys.privateKey);
  });

  it.each(PRIVATE_JWK_MEMBERS)('sig.key-private: a public JWK plus the private member %s', async (member) => {
    const jwk = {...(await exportJWK(keys.publicKey)), [member]: 'c2VjcmV0'};
    expect(codes((await verifySignature(token, JSON.stringify(jwk))).findings)).toEqual(['sig.key-private']);
  });

  it('sig.key-private: PEM in any casing, bare base64 PKCS#8, a JWK wrapped in JSON; never echoed', async () => {
    const body = pkcs8.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    const inputs = [
      pkcs8,
      pkcs8.toLowerCase().replace(/-----begin private key-----/, '-----begin private key-----'),
      pkcs8.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY'),
      `Here is my key:\n${pkcs8.replace(/PRIVATE KEY/g, 'Private Key')}`,
      body,
      JSON.stringify({key: privateJwk}),
      JSON.stringify({keys: [privateJwk]}),
      JSON.stringify([{jwk: privateJwk}]),
    ];
    for (const input of inputs) {
      const r = await verifySignature(token, input);
      expect(codes(r.findings), input.slice(0, 40)).toEqual(['sig.key-private']);
      expect(JSON.stringify(r.findings)).not.toContain(String(privateJwk.d).slice(0, 20));
    }
  });

  it('jwt.private-key: a private key in the token field, with nothing of it in the findings', () => {
    for (const input of [pkcs8, JSON.stringify(privateJwk), pkcs8.replace(/-----[^-]+-----/g, '')]) {
      const r = inspectToken(input, {environment: 'prod', now: NOW});
      expect(codes(r.findings)).toEqual(['jwt.private-key']);
      expect(r.findings[0]?.params).toEqual({});
    }
  });

  it('near miss: a public JWK, an SPKI key and a certificate are not private', async () => {
    const cert = await makeCertificate('CN=X', 'CN=Y', new Date(0), new Date(2e12));
    expect(looksLikePrivateKey(JSON.stringify(await exportJWK(keys.publicKey)))).toBe(false);
    expect(looksLikePrivateKey(await exportSPKI(keys.publicKey))).toBe(false);
    expect(looksLikePrivateKey((await exportSPKI(keys.publicKey)).replace(/-----[^-]+-----/g, ''))).toBe(false);
    expect(looksLikePrivateKey(cert.x5c)).toBe(false);
    expect(looksLikePrivateKey(token)).toBe(false);
  });

  it('property: no finding param carries a private key member, from either field', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...PRIVATE_JWK_MEMBERS], {minLength: 1}),
        fc.stringMatching(/^[A-Za-z0-9_-]{12,40}$/),
        fc.constantFrom('jwk', 'jwks', 'wrapped'),
        async (members, secret, form) => {
          const jwk: Record<string, unknown> = {kty: 'RSA', n: privateJwk.n, e: 'AQAB'};
          for (const m of members) jwk[m] = secret;
          const text = JSON.stringify(form === 'jwk' ? jwk : form === 'jwks' ? {keys: [jwk]} : {key: jwk});
          const fromKey = await analyseToken(token, {environment: 'prod', now: NOW, keyText: text});
          const fromToken = await analyseToken(text, {environment: 'prod', now: NOW});
          for (const f of [...fromKey.findings, ...fromToken.findings])
            for (const v of Object.values(f.params)) expect(String(v)).not.toContain(secret);
          expect(codes(fromKey.findings)).toContain('sig.key-private');
          expect(codes(fromToken.findings)).toEqual(['jwt.private-key']);
        },
      ),
      {numRuns: Math.max(20, Math.floor(RUNS / 5))},
    );
  });
});

describe('7. headers that point elsewhere', () => {
  it.each(['jku', 'x5u', 'jwk'])('grant.header.remote-key: %s', (name) => {
    const f = grant({}, {...GRANT_HEADER, [name]: name === 'jwk' ? {kty: 'RSA'} : 'https://evil.example/k'});
    expect(f.find((x) => x.code === 'grant.header.remote-key')).toMatchObject({
      severity: 'warning',
      params: {header: name},
      path: `header.${name}`,
    });
  });
  it('near miss: x5c and kid only', () => {
    expect(codes(grant({}, {alg: 'RS256', kid: 'k', x5c: ['MIIB']}))).not.toContain('grant.header.remote-key');
  });
});

describe('8. one-click scope fixes suggest real scopes', () => {
  it.each([
    ['["skatteetaten:inntekt","nav:aareg/v1/arbeidsforhold/otp"]', 'scope.json-array'],
    ['skatteetaten%3Ainntekt+nav%3Aaareg%2Fv1%2Farbeidsforhold%2Fotp', 'scope.url-encoded'],
    ['skatteetaten：inntekt　ｎａｖ:aareg/v1/arbeidsforhold/otp', 'scope.compatibility-char'],
  ])('%s gives %s and the suggestion of the two real scopes', (text, code) => {
    const r = checkScopes(text);
    expect(codes(r.findings)).toContain(code);
    expect(r.suggestion).toBe('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp');
    expect(r.findings.find((f) => f.code === code)?.params.suggestion).toBe(r.suggestion);
  });
  it('the fullwidth character is named; near miss: plain scopes give none of these', () => {
    expect(
      checkScopes('skatteetaten：inntekt').findings.find((f) => f.code === 'scope.compatibility-char')?.params,
    ).toMatchObject({codePoint: 'U+FF1A', replacement: ':'});
    const plain = codes(checkScopes('skatteetaten:inntekt nav:aareg/v1/arbeidsforhold/otp').findings);
    for (const c of ['scope.json-array', 'scope.url-encoded', 'scope.compatibility-char'])
      expect(plain).not.toContain(c);
  });
});

describe('9–11. pasted text', () => {
  const token = tok(GRANT_HEADER, GRANT_CLAIMS_OK);
  it('9. "Authorization: Bearer …" is stripped like "Bearer …"', () => {
    for (const text of [`Authorization: Bearer ${token}`, `authorization:bearer ${token}`]) {
      const r = inspectToken(text, {environment: 'prod', now: NOW});
      expect(r.kind).toBe('grant');
      expect(codes(r.findings)).toContain('jwt.bearer-prefix');
    }
    expect(codes(inspectToken(token, {environment: 'prod', now: NOW}).findings)).not.toContain('jwt.bearer-prefix');
  });

  it.each([
    ['\u200B', 'U+200B'],
    ['\u00AD', 'U+00AD'],
    ['\uFEFF', 'U+FEFF'],
  ])('10. an invisible %j inside the token is named %s in jwt.base64', (ch, codePoint) => {
    const [h, p, s] = token.split('.');
    const r = inspectToken(`${h}.${p?.slice(0, 5)}${ch}${p?.slice(5)}.${s}`, {environment: 'prod', now: NOW});
    expect(r.findings.find((f) => f.code === 'jwt.base64')?.params).toMatchObject({part: 'claims', codePoint});
  });

  it('11. grant.consumer-org.not-string: consumer_org as a number; near miss: as a string', () => {
    const f = grant({consumer_org: 910753614}).find((x) => x.code === 'grant.consumer-org.not-string');
    expect(f?.params).toEqual({actual: '910753614', suggestion: '"910753614"'});
    expect(codes(grant({consumer_org: 910753614}))).not.toContain('grant.consumer-org.invalid');
    expect(codes(grant({consumer_org: '910753614'}))).not.toContain('grant.consumer-org.not-string');
  });
});

describe('14. times', () => {
  it('grant: microseconds are named as such; milliseconds stay milliseconds', () => {
    expect(codes(grant({iat: NOW * 1e6, exp: (NOW + 60) * 1e6}))).toEqual(
      expect.arrayContaining(['grant.time.microseconds']),
    );
    expect(grant({exp: (NOW + 60) * 1e6}).find((f) => f.code === 'grant.time.microseconds')?.params.seconds).toBe(
      NOW + 60,
    );
    expect(codes(grant({exp: (NOW + 60) * 1000}))).toContain('grant.time.milliseconds');
    expect(codes(grant({exp: (NOW + 60) * 1000}))).not.toContain('grant.time.microseconds');
  });

  it('access token: exp missing, a string, in ms or µs each gets a finding; near miss: seconds', () => {
    const {exp: _omit, ...noExp} = ACCESS_CLAIMS_OK;
    void _omit;
    expect(codes(inspectToken(tok({alg: 'RS256'}, noExp), {environment: 'prod', now: NOW}).findings)).toContain(
      'token.exp.missing',
    );
    expect(codes(access({exp: String(NOW + 100)}))).toContain('token.time.not-number');
    expect(codes(access({exp: (NOW + 100) * 1000}))).toContain('token.time.milliseconds');
    expect(codes(access({exp: (NOW + 100) * 1e6, iat: (NOW - 20) * 1e6}))).toContain('token.time.microseconds');
    const ok = codes(access({}));
    for (const c of [
      'token.exp.missing',
      'token.time.not-number',
      'token.time.milliseconds',
      'token.time.microseconds',
    ])
      expect(ok).not.toContain(c);
  });
});

describe('15. shown values', () => {
  it('bidirectional controls and invisible characters are named by code point', () => {
    expect(visibleText('abc\u202Edef\u2066x\u200By')).toBe('abc[U+202E]def[U+2066]x[U+200B]y');
    expect(visibleText('plain {word} text')).toBe('plain {word} text');
    expect(displayValue({a: 'x\u202Ey'}).text).toContain('[U+202E]');
  });
});

describe('the pipeline', () => {
  it('cert.consumer-org-same is raised once, by the grant check, when consumer_org is the certificate orgnr', async () => {
    const cert = await makeCertificate(
      '2.5.4.5=910753614, CN=EKSEMPEL AS TEST, O=EKSEMPEL AS, C=NO',
      'CN=Buypass Class 3 Test4 CA 3, O=Buypass AS-983163327, C=NO',
      new Date(Date.UTC(2025, 0, 1)),
      new Date(Date.UTC(2027, 0, 1)),
    );
    const token = await sign(
      {alg: 'RS256', x5c: [cert.x5c]},
      {...GRANT_CLAIMS_OK, aud: 'https://test.maskinporten.no/', consumer_org: '910753614'},
      cert.keys.privateKey,
    );
    const r = await analyseToken(token, {environment: 'test', now: NOW});
    expect(codes(r.findings).filter((c) => c === 'cert.consumer-org-same')).toHaveLength(1);
    expect(r.certificate?.orgnr).toBe('910753614');
    expect(r.signature).toBe('valid');
    expect(codes(r.findings)).toContain('sig.valid');
  });

  it('no key and no x5c: sig.no-key and "not checked"; findings come errors first, each once', async () => {
    const r = await analyseToken(tok({alg: 'RS256', kid: 'k'}, {...GRANT_CLAIMS_OK, aud: 'https://maskinporten.no'}), {
      environment: 'prod',
      now: NOW,
    });
    expect(r.signature).toBe('not-checked');
    expect(codes(r.findings)).toContain('sig.no-key');
    const order = {error: 0, warning: 1, info: 2};
    const ranks = r.findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.counts).toEqual({
      error: r.findings.filter((f) => f.severity === 'error').length,
      warning: r.findings.filter((f) => f.severity === 'warning').length,
      info: r.findings.filter((f) => f.severity === 'info').length,
    });
    const twice = orderFindings([finding('sig.no-key'), finding('sig.no-key'), finding('jwt.quotes')]);
    expect(codes(twice)).toEqual(['sig.no-key', 'jwt.quotes']);
  });

  it('a key that cannot be used: the signature is "not checked" with the key named as its source', async () => {
    const token = tok({alg: 'RS256', kid: 'k'}, GRANT_CLAIMS_OK);
    const r = await analyseToken(token, {environment: 'prod', now: NOW, keyText: 'not a key'});
    expect(r).toMatchObject({signature: 'not-checked', signatureKey: 'key'});
    expect(codes(r.findings)).toContain('sig.key-invalid');
    const none = await analyseToken(token, {environment: 'prod', now: NOW});
    expect(none).toMatchObject({signature: 'not-checked', signatureKey: 'none'});
  });

  it('environments: every active issuer passes its own grant aud check exactly', () => {
    for (const e of ENVIRONMENTS.filter((x) => x.status !== 'retired')) {
      const f = inspectToken(tok(GRANT_HEADER, {...GRANT_CLAIMS_OK, aud: e.issuer}), {
        environment: e.id as 'prod' | 'test',
        now: NOW,
      }).findings;
      expect(audCodes(f)).toEqual([]);
    }
  });
});
