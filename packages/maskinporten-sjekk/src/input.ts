// Reading what the user gives a command: a file (as bytes, capped), standard input, or an argument. Anything that
// is a private key is refused here, before a rule sees it, and its content is never echoed: the refusal names
// only where it came from.
import {open, stat} from 'node:fs/promises';
import {resolve} from 'node:path';
import type {Language} from '../../../src/lib/i18n';
import {visibleText} from '../../../src/lib/display';
import {looksLikePrivateKey} from '../../../src/lib/jwt/secrets';
import {say} from './output/texts';

/** Larger inputs are refused: no Maskinporten file is near this, and the rules read far less of any input. */
export const MAX_INPUT_MB = 5;
const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

/** The command could not run: one line for stderr, exit status 2. */
export class Refusal extends Error {
  constructor(readonly line: string) {
    super(line);
    this.name = 'Refusal';
  }
}

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** The environment (for LANG); process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Standard input as bytes; process.stdin when absent. */
  readonly stdin?: () => Promise<Uint8Array>;
  /** Seconds since the epoch; the clock when absent (tests fix it). */
  readonly now?: () => number;
  readonly signal?: AbortSignal;
  /** The folder relative paths are read from; the process's when absent. */
  readonly cwd?: string;
}

export interface Input {
  /** As the user named it (`-` for standard input), for messages and annotations. */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** The bytes as UTF-8 text, invalid sequences replaced (binary junk reaches the rules as text, never a crash). */
  readonly text: string;
}

/** A source's name as it may be printed: control and direction characters named, and kept short. */
export function shownSource(source: string): string {
  const shown = visibleText(source);
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

async function readStdin(io: Io): Promise<Uint8Array> {
  if (io.stdin) return io.stdin();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    chunks.push(buffer);
    if (size > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

function errorCode(e: unknown): string | undefined {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function readFailure(lang: Language, source: string, e: unknown): Refusal {
  const code = errorCode(e);
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? say(lang, 'notFound')
      : code === 'EISDIR'
        ? say(lang, 'isDirectory')
        : code === 'EACCES' || code === 'EPERM'
          ? say(lang, 'noAccess')
          : (code ?? (e instanceof Error ? e.name : 'error'));
  return new Refusal(say(lang, 'unreadable', {source: shownSource(source), reason}));
}

/** A file's bytes, or a Refusal for a missing, unreadable, oversized file or a directory. */
async function readFileCapped(path: string, io: Io, lang: Language): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(resolve(io.cwd ?? process.cwd(), path), 'r');
  } catch (e) {
    throw readFailure(lang, path, e);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new Refusal(say(lang, 'unreadable', {source: shownSource(path), reason: say(lang, 'isDirectory')}));
    if (info.size > MAX_INPUT_BYTES)
      throw new Refusal(say(lang, 'tooLarge', {source: shownSource(path), max: MAX_INPUT_MB}));
    const buffer = Buffer.alloc(Math.min(info.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    // A file that grows while read (or a special file that reports size 0) is read up to the cap.
    for (;;) {
      if (length === buffer.length) break;
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_INPUT_BYTES || (length === buffer.length && info.size === 0 && length > 0))
      throw new Refusal(say(lang, 'tooLarge', {source: shownSource(path), max: MAX_INPUT_MB}));
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw readFailure(lang, path, e);
  } finally {
    await handle.close();
  }
}

/** Whether a path names an existing regular file (for `explain`, whose argument is a text or a file). */
export async function isFile(path: string, io: Io): Promise<boolean> {
  try {
    return (await stat(resolve(io.cwd ?? process.cwd(), path))).isFile();
  } catch {
    // Not a file we can see: the argument is a text.
    return false;
  }
}

/**
 * Private key material in bytes or text: a PEM private key anywhere, a JWK with a private member, bare base64
 * DER of a key, and (for binary input) DER of a PKCS#8/PKCS#1/SEC 1 key or a PKCS#12 (.p12/.pfx) file.
 */
export async function isPrivateKeyMaterial(bytes: Uint8Array, text: string): Promise<boolean> {
  if (looksLikePrivateKey(text)) return true;
  if (bytes[0] === 0x30) {
    // Only binary DER can be a PKCS#12 or a DER key: the certificate tool's reader says which (loaded only here).
    const {derKind} = await import('../../../src/lib/certificate-tool');
    const kind = derKind(bytes);
    return kind === 'pkcs12' || kind === 'private-key';
  }
  return false;
}

export function refusePrivate(lang: Language, source: string): Refusal {
  return new Refusal(say(lang, 'refusedPrivate', {source: shownSource(source)}));
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', {fatal: false}).decode(bytes);
}

/** Reads a file or standard input (`-`), refusing private keys and oversized or unreadable input. */
export async function readInput(source: string, io: Io, lang: Language): Promise<Input> {
  const bytes = source === '-' ? await readStdin(io) : await readFileCapped(source, io, lang);
  if (bytes.length > MAX_INPUT_BYTES)
    throw new Refusal(say(lang, 'tooLarge', {source: shownSource(source), max: MAX_INPUT_MB}));
  const text = decodeText(bytes);
  if (await isPrivateKeyMaterial(bytes, text)) throw refusePrivate(lang, source);
  return {source, bytes, text};
}
