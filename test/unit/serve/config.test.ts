// @vitest-environment node
// The serve config: checked against schema/serve-config.schema.json (by an interpreter of that very file), with
// problems that name their path; property tests drive the config check and the token request parser with
// arbitrary input.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {parse as parseYaml} from 'yaml';
import {
  describeProblem,
  resolveServeConfig,
  validateServeConfig,
  type ConfigProblem,
} from '../../../packages/maskinporten-sjekk/src/serve/config';
import {checkAgainstSchema, MAX_PROBLEMS} from '../../../packages/maskinporten-sjekk/src/serve/schema-check';
import {JWT_BEARER, parseTokenRequest} from '../../../packages/maskinporten-sjekk/src/serve/body';
import {LOCAL_ANSWERS} from '../../../packages/maskinporten-sjekk/src/serve/answers';
import {makeKey} from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA = JSON.parse(
  readFileSync(path.join(ROOT, 'packages/maskinporten-sjekk/schema/serve-config.schema.json'), 'utf8'),
) as Record<string, unknown>;

const VALID = {
  environment: 'test',
  port: 8089,
  clients: [
    {client_id: 'klient', org: '123456785', scopes: ['skatteetaten:inntekt'], keys: [{file: 'public.jwk.json'}]},
  ],
  delegations: [{consumer: '987654325', supplier: '123456785', scopes: ['skatteetaten:inntekt']}],
};

function problems(value: unknown): ConfigProblem[] {
  const result = validateServeConfig(value);
  return result.ok ? [] : result.problems;
}

describe('config check', () => {
  it('accepts the documented example (examples/serve/maskinporten-lokal.yml)', () => {
    const yaml = parseYaml(readFileSync(path.join(ROOT, 'examples/serve/maskinporten-lokal.yml'), 'utf8')) as unknown;
    expect(problems(yaml)).toEqual([]);
    expect(problems(VALID)).toEqual([]);
  });

  it.each([
    [{...VALID, environment: 'ver2'}, 'environment', 'enum', 'environment: må være en av test | prod'],
    [{...VALID, port: 70000}, 'port', 'maximum', 'port: kan være høyst 65535'],
    [{...VALID, clients: []}, 'clients', 'min-items', 'clients: må ha minst 1 element'],
    [{clients: [{...VALID.clients[0], org: '12345678'}]}, 'clients[0].org', 'pattern', undefined],
    [{clients: [{...VALID.clients[0], org: '123456784'}]}, 'clients[0].org', 'orgnr-checksum', undefined],
    [{clients: [{...VALID.clients[0], scope: 'x'}]}, 'clients[0].scope', 'unknown-property', undefined],
    [{clients: [{...VALID.clients[0], keys: [{file: 'a', pem: 'b'}]}]}, 'clients[0].keys[0]', 'one-of', undefined],
    [
      {clients: [{...VALID.clients[0], keys: [{file: 'a', expires: '2026-02-30'}]}]},
      'clients[0].keys[0].expires',
      'date',
      undefined,
    ],
    [{clients: [{...VALID.clients[0], scopes: ['a b']}]}, 'clients[0].scopes[0]', 'pattern', undefined],
    [{clients: [VALID.clients[0], VALID.clients[0]]}, 'clients[1].client_id', 'client-duplicate', undefined],
    [
      {...VALID, delegations: [{consumer: '123456785', supplier: '123456785', scopes: ['x:y']}]},
      'delegations[0]',
      'delegation-self',
      undefined,
    ],
    [[], '(rot)', 'type', '(rot): må være av typen object'],
  ])('names the path of each problem (%#)', (value, where, kind, line) => {
    const found = problems(value);
    expect(found.map((p) => [p.path, p.problem])).toContainEqual([where, kind]);
    const problem = found.find((p) => p.path === where) as ConfigProblem;
    if (line) expect(describeProblem(problem, 'nb')).toBe(line);
    expect(describeProblem(problem, 'en')).toMatch(new RegExp(`^${where.replace(/[[\]().]/g, '\\$&')}: `));
  });

  it('refuses a private key, without repeating it', async () => {
    const {privateKey} = makeKey('x');
    const pem = privateKey.export({format: 'pem', type: 'pkcs8'}).toString();
    const jwk = privateKey.export({format: 'jwk'}) as Record<string, unknown>;
    for (const entry of [{pem}, {jwk}]) {
      const config = {clients: [{client_id: 'k', org: '123456785', scopes: ['a:b'], keys: [entry]}]};
      const checked = validateServeConfig(config);
      expect(checked.ok).toBe(true);
      const resolved = await resolveServeConfig(config, {baseDir: ROOT});
      expect(resolved.ok).toBe(false);
      const found = resolved.ok ? [] : resolved.problems;
      expect(found).toEqual([{path: 'clients[0].keys[0]', problem: 'private-key'}]);
      expect(describeProblem(found[0] as ConfigProblem, 'nb')).not.toMatch(/MII|"d"/);
    }
  });

  it('needs org when no certificate gives it', async () => {
    const {publicJwk} = makeKey('x');
    const resolved = await resolveServeConfig(
      {clients: [{client_id: 'k', scopes: ['a:b'], keys: [{jwk: publicJwk}]}]},
      {baseDir: ROOT},
    );
    expect(resolved.ok ? [] : resolved.problems).toEqual([{path: 'clients[0]', problem: 'org-missing'}]);
  });

  it('the interpreter refuses a schema keyword it does not implement, rather than passing it', () => {
    expect(() => checkAgainstSchema({}, {type: 'object', patternProperties: {}})).toThrow(/patternProperties/);
  });

  it('property: arbitrary JSON never throws, and every problem has a path and a text in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({clients: fc.array(fc.jsonValue(), {maxLength: 3})}, {requiredKeys: []})),
        (value) => {
          const found = problems(value);
          expect(found.length).toBeLessThanOrEqual(MAX_PROBLEMS);
          for (const p of found) {
            expect(p.path.length).toBeGreaterThan(0);
            expect(describeProblem(p, 'nb')).not.toContain('{expected}');
            expect(describeProblem(p, 'en')).not.toContain('{expected}');
          }
        },
      ),
    );
  });

  it('property: configs built from the schema’s own rules pass', () => {
    const orgnr = fc.constantFrom('123456785', '987654325', '974760673');
    const scope = fc.stringMatching(/^[a-z]{1,10}:[a-z/]{1,20}$/);
    const client = fc.record({
      client_id: fc.string({minLength: 1, maxLength: 50}),
      org: orgnr,
      scopes: fc.array(scope, {maxLength: 4}),
      keys: fc.array(
        fc.oneof(fc.record({file: fc.string({minLength: 1})}), fc.record({pem: fc.string({minLength: 1})})),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(client, {minLength: 1, maxLength: 4, selector: (c) => c.client_id}),
        fc.constantFrom('test', 'prod'),
        fc.integer({min: 0, max: 65535}),
        (clients, environment, port) => {
          expect(problems({environment, port, clients})).toEqual([]);
          // The published schema says the same about the same value.
          expect(checkAgainstSchema({environment, port, clients}, SCHEMA)).toEqual([]);
        },
      ),
    );
  });
});

describe('token request body', () => {
  const answers = new Set(Object.keys(LOCAL_ANSWERS));

  it('property: arbitrary bytes and content types never throw, and give an assertion or a named answer', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('application/x-www-form-urlencoded'), fc.string({maxLength: 60}), fc.constant(undefined)),
        fc.oneof(
          fc.uint8Array({maxLength: 2048}),
          fc.string({maxLength: 500}).map((s) => new TextEncoder().encode(s)),
          fc
            .tuple(fc.string({maxLength: 40}), fc.string({maxLength: 200}))
            .map(([g, a]) => new TextEncoder().encode(`grant_type=${encodeURIComponent(g)}&assertion=${a}`)),
        ),
        (type, body) => {
          const result = parseTokenRequest(type, body);
          if (result.ok) expect(result.assertion.length).toBeGreaterThan(0);
          else expect(answers.has(result.answer)).toBe(true);
        },
      ),
    );
  });

  it('reads a form with the grant, and refuses a repeated parameter', () => {
    const form = (text: string): Uint8Array => new TextEncoder().encode(text);
    const grantType = `grant_type=${encodeURIComponent(JWT_BEARER)}`;
    expect(
      parseTokenRequest('application/x-www-form-urlencoded; charset=UTF-8', form(`${grantType}&assertion=a.b.c`)),
    ).toEqual({
      ok: true,
      assertion: 'a.b.c',
    });
    expect(
      parseTokenRequest('application/x-www-form-urlencoded', form(`${grantType}&assertion=a&assertion=b`)),
    ).toEqual({
      ok: false,
      answer: 'form-malformed',
    });
    expect(parseTokenRequest('application/x-www-form-urlencoded', Uint8Array.from([0xff, 0xfe]))).toEqual({
      ok: false,
      answer: 'form-malformed',
    });
    expect(parseTokenRequest('text/plain', form(grantType))).toEqual({ok: false, answer: 'content-type'});
  });
});
