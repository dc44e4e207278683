// @vitest-environment node
// The local Maskinporten under load on loopback: 200 token requests at once and 1 000 malformed ones (bad forms,
// bad JSON, binary junk, truncated bodies, oversized headers and bodies). Every request is answered (or its
// connection closed, for the ones that break HTTP itself), the server keeps serving, and its heap comes back
// near where it started. Counts and outcomes only: no timing is asserted.

import {connect} from 'node:net';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {startLocalMaskinporten, type LocalMaskinporten} from '../../../packages/maskinporten-sjekk/src/serve/command';
import {CLIENT_ID, makeKey, ORG, postGrant, SCOPE, signGrant, type TestKey} from './helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let server: LocalMaskinporten;
let key: TestKey;

beforeAll(async () => {
  key = makeKey('last');
  server = await startLocalMaskinporten({
    environment: 'test',
    port: 0,
    clients: [{client_id: CLIENT_ID, org: ORG, scopes: [SCOPE], keys: [{jwk: key.publicJwk}]}],
  });
});

afterAll(async () => {
  await server?.close();
});

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Writes raw bytes on a new connection; resolves with what came back ('' when the server closed it). */
function raw(bytes: string | Buffer, endAfterWrite = true): Promise<string> {
  const {port} = new URL(server.tokenEndpoint);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(bytes, () => {
      if (endAfterWrite) socket.end();
    });
  });
}

function malformedRequest(i: number, junk: Uint8Array): Promise<string> | Promise<Response> {
  const url = server.tokenEndpoint;
  const body = Buffer.from(junk);
  switch (i % 8) {
    case 0: // a form with junk bytes
      return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body});
    case 1: // JSON, cut off
      return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{"assertion": "ey'});
    case 2: // a grant that is junk
      return fetch(url, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded'},
        body: `grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=${body.toString('base64url')}.e30.`,
      });
    case 3: // a body that stops before its Content-Length
      return raw(
        'POST /token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\ngrant_type=urn',
      );
    case 4: // headers over the limit
      return raw(`GET /jwk HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    case 5: // not HTTP at all
      return raw(Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), body, Buffer.from('\r\n\r\n')]));
    case 6: // a body over 64 KB
      return fetch(url, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded'},
        body: Buffer.alloc(65 * 1024, 0x61),
      });
    default: // wrong method and path
      return fetch(`${url}/../nope?${body.toString('hex')}`, {method: 'DELETE'});
  }
}

describe('the local Maskinporten under load', () => {
  it('answers 200 concurrent token requests, each with a token', async () => {
    const grants = await Promise.all(
      Array.from({length: 200}, () => signGrant(key.privateKey, {header: {kid: 'last'}})),
    );
    const answers = await Promise.all(grants.map((g) => postGrant(server.tokenEndpoint, g)));
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200));
    expect(new Set(answers.map((a) => a.body.access_token)).size).toBe(200);
  });

  it('survives 1 000 malformed requests and its heap comes back near where it started', async () => {
    // Warm up, so the first measurement holds what every later request also needs (compiled code, the key).
    await postGrant(server.tokenEndpoint, await signGrant(key.privateKey, {header: {kid: 'last'}}));
    const before = heapAfterGc();
    const junk = fc.sample(fc.uint8Array({minLength: 0, maxLength: 512}), {numRuns: 1000, seed: 42});
    let statuses: Array<number | 'closed' | 'raw'> = [];
    // In batches of 100, so the test itself never holds 1 000 sockets.
    for (let start = 0; start < junk.length; start += 100) {
      const batch = junk.slice(start, start + 100).map(async (bytes, j) => {
        const result = await malformedRequest(start + j, bytes);
        if (typeof result === 'string') return result === '' ? ('closed' as const) : ('raw' as const);
        await result.arrayBuffer();
        return result.status;
      });
      statuses = statuses.concat(await Promise.all(batch));
    }
    expect(statuses).toHaveLength(1000);
    // Every request got an answer (HTTP ones a 4xx, raw ones an HTTP error line or a closed socket); none a 5xx.
    expect(statuses.filter((s) => typeof s === 'number' && (s < 400 || s >= 500))).toEqual([]);
    expect(new Set(statuses.filter((s) => typeof s === 'number'))).toEqual(new Set([400, 404, 413]));
    // And it still serves.
    const after = await postGrant(server.tokenEndpoint, await signGrant(key.privateKey, {header: {kid: 'last'}}));
    expect(after.status).toBe(200);
    const grown = heapAfterGc() - before;
    // Within 16 MB of the start: no request's body, socket or grant is kept.
    expect(grown, `heap grew by ${(grown / 1e6).toFixed(1)} MB`).toBeLessThan(16 * 1024 * 1024);
  });
});
