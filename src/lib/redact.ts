// What a support report must not carry: personal data (a fødselsnummer or D-number, and the claims that name a
// person), private key material (a JWK's private members, a PEM or DER private key in a string) and whole tokens
// nested in a value (a signed grant is a credential for as long as it lives). Values are taken out where they
// are found in the decoded JSON, by member name and by shape, and every report's text is scrubbed again by shape
// and by the very values taken out, so a finding's param that echoes one does not carry it either. What was left
// out is noted by kind and place, for the report to say at its top.
import {hasOwn, isPlainObject} from './is-object';
import {isBase64PrivateKey, PRIVATE_JWK_MEMBERS} from './jwt/secrets';

export type RedactionKind = 'personal' | 'key' | 'token';

/** Claim names that hold a person's identity or contact data (OpenID Connect standard claims and `pid`). */
export const PERSONAL_MEMBERS: ReadonlySet<string> = new Set([
  'pid',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'email',
  'phone_number',
  'address',
  'birthdate',
  'fnr',
  'fodselsnummer',
  'fødselsnummer',
  'personidentifikator',
]);

const PRIVATE_MEMBERS: ReadonlySet<string> = new Set(PRIVATE_JWK_MEMBERS);

/** Eleven digits (a fødselsnummer or D-number), optionally split 6 + 5, not part of a longer number. */
const PERSON_NUMBER = /(?<!\d)\d{6}[ .-]?\d{5}(?!\d)/g;
/** A compact JWS (or the start of one) or a JWE: header and payload are JSON objects, base64url `eyJ`. */
const NESTED_TOKEN = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,3}/g;
const PEM_PRIVATE =
  /-----\s*BEGIN[A-Z0-9 ]*PRIVATE KEY\s*-----[\s\S]*?(?:-----\s*END[A-Z0-9 ]*PRIVATE KEY\s*-----|$)/gi;
/** A long run of base64: a DER private key (PKCS#8, PKCS#1, SEC1) if it opens like one (isBase64PrivateKey). */
const BASE64_RUN = /[A-Za-z0-9+/]{64,}={0,2}/g;

function holdsDerPrivateKey(text: string): boolean {
  return [...text.matchAll(BASE64_RUN)].some((m) => isBase64PrivateKey(m[0]));
}

export const REDACTED: Record<RedactionKind, string> = {
  personal: '[personopplysning utelatt / personal data left out]',
  key: '[nøkkelmateriale utelatt / key material left out]',
  token: '[token utelatt / token left out]',
};

export class RedactionNotes {
  readonly places = new Map<RedactionKind, Set<string>>();
  /** The strings taken out, to scrub from any text made from the same input. */
  readonly values = new Set<string>();

  note(kind: RedactionKind, place: string, value?: unknown): void {
    const places = this.places.get(kind) ?? new Set<string>();
    places.add(place);
    this.places.set(kind, places);
    this.remember(value);
  }

  private remember(value: unknown, depth = 0): void {
    if (depth > 8) return;
    if (typeof value === 'string' && value.length >= 4) this.values.add(value);
    else if (typeof value === 'number' && String(value).length >= 4) this.values.add(String(value));
    else if (Array.isArray(value)) for (const v of value.slice(0, 200)) this.remember(v, depth + 1);
    else if (isPlainObject(value)) for (const v of Object.values(value).slice(0, 200)) this.remember(v, depth + 1);
  }

  get empty(): boolean {
    return this.places.size === 0;
  }
}

/** The kind of thing a string holds that must not travel, if any. */
function sensitiveKind(text: string): RedactionKind | undefined {
  if (new RegExp(PEM_PRIVATE.source, 'i').test(text) || holdsDerPrivateKey(text)) return 'key';
  if (new RegExp(NESTED_TOKEN.source).test(text)) return 'token';
  if (new RegExp(PERSON_NUMBER.source).test(text)) return 'personal';
  return undefined;
}

/** A JWK member that carries key material: in an object with `kty` or public key members, or a long base64url value. */
function isKeyMember(jwk: Record<string, unknown>, member: unknown): boolean {
  if (member === undefined || member === null) return false;
  if (['kty', 'n', 'e', 'crv', 'x', 'y'].some((name) => hasOwn(jwk, name))) return true;
  return typeof member === 'string' && /^[A-Za-z0-9_-]{32,}={0,2}$/.test(member);
}

const MAX_DEPTH = 64;
const MAX_NODES = 20_000;

/**
 * The value with what must not travel replaced, noting what and where (`place` is the path, e.g. `claims.pid`).
 * Deeper or larger than the report ever shows, a value is left as `[…]`: nothing unread goes out.
 */
export function redactValue(value: unknown, place: string, notes: RedactionNotes): unknown {
  let nodes = 0;
  const walk = (v: unknown, at: string, depth: number): unknown => {
    nodes++;
    if (depth > MAX_DEPTH || nodes > MAX_NODES) return '[…]';
    if (typeof v === 'string') {
      const kind = sensitiveKind(v);
      if (kind === undefined) return v;
      notes.note(kind, at, v);
      return REDACTED[kind];
    }
    if (typeof v === 'number') {
      if (Number.isInteger(v) && /^\d{11}$/.test(String(v))) {
        notes.note('personal', at, v);
        return REDACTED.personal;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, `${at}[${i}]`, depth + 1));
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(v)) {
        const path = `${at}.${name}`;
        if (PERSONAL_MEMBERS.has(name.toLowerCase())) {
          notes.note('personal', path, member);
          out[name] = REDACTED.personal;
        } else if (PRIVATE_MEMBERS.has(name) && isKeyMember(v, member)) {
          notes.note('key', path, member);
          out[name] = REDACTED.key;
        } else out[name] = walk(member, path, depth + 1);
      }
      return out;
    }
    return v;
  };
  return walk(value, place, 0);
}

/**
 * The text with every value taken out so far and every sensitive shape replaced. `place` names where the text
 * is, for the note of a shape found only here.
 */
export function redactText(text: string, notes: RedactionNotes, place: string): string {
  let out = text;
  // Longest first, so a value that contains another is replaced whole.
  for (const value of [...notes.values].sort((a, b) => b.length - a.length)) out = out.split(value).join('[…]');
  const replace = (pattern: RegExp, kind: RedactionKind): void => {
    out = out.replace(pattern, () => {
      notes.note(kind, place);
      return REDACTED[kind];
    });
  };
  replace(PEM_PRIVATE, 'key');
  out = out.replace(BASE64_RUN, (run) => {
    if (!isBase64PrivateKey(run)) return run;
    notes.note('key', place);
    return REDACTED.key;
  });
  replace(NESTED_TOKEN, 'token');
  replace(PERSON_NUMBER, 'personal');
  return out;
}
