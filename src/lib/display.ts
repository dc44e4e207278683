// How a pasted value is shown: control and invisible characters named by code point, and depth and length
// caps so a claim nested 5 000 levels deep or 64 KB long stays a short, readable text. Pure, never throws.

/** `U+00A0` for a character (the first code point of `char`). */
export function codePointName(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters that change or hide what a reader sees: bidirectional controls (U+202A–U+202E, U+2066–U+2069,
 * U+200E/U+200F, U+061C), zero-width characters, soft hyphen, BOM, line/paragraph separators and C0/C1 controls
 * other than tab and line feed.
 */
// Naming control characters is the point of this pattern.
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** The text with every hidden or direction-changing character replaced by its name, e.g. `[U+202E]`. */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, (c) => `[${codePointName(c)}]`);
}

/** The code points of the hidden characters in the text, each once, in order (for a finding's params). */
export function hiddenCodePoints(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(HIDDEN)) seen.add(codePointName(m[0]));
  return [...seen];
}

export interface DisplayOptions {
  /** Levels of objects and arrays shown; deeper ones become `{…}` / `[…]`. */
  readonly maxDepth?: number;
  /** Characters of output; the rest is cut. */
  readonly maxLength?: number;
  /** Entries shown per object or array. */
  readonly maxEntries?: number;
}

export interface DisplayedValue {
  readonly text: string;
  /** True when depth, entries or length were cut: the view says "forkortet" / "shortened". */
  readonly shortened: boolean;
}

export const DISPLAY_DEFAULTS = {maxDepth: 6, maxLength: 2000, maxEntries: 50} as const;

/**
 * A claim value as indented JSON-like text (strings as they are at the top level), with the caps applied while
 * it is built, so a huge or deep value costs no more than what is shown. Hidden characters are named.
 */
export function displayValue(value: unknown, options: DisplayOptions = {}): DisplayedValue {
  const maxDepth = options.maxDepth ?? DISPLAY_DEFAULTS.maxDepth;
  const maxLength = options.maxLength ?? DISPLAY_DEFAULTS.maxLength;
  const maxEntries = options.maxEntries ?? DISPLAY_DEFAULTS.maxEntries;
  let out = '';
  let shortened = false;
  const full = (): boolean => out.length >= maxLength;
  const emit = (s: string): void => {
    if (full()) {
      shortened = true;
      return;
    }
    const room = maxLength - out.length;
    if (s.length > room) {
      out += s.slice(0, room);
      shortened = true;
    } else out += s;
  };
  const quote = (s: string): string => {
    // Cut long strings before JSON-quoting them: a 64 KB string costs only what is shown.
    const cut = s.length > maxLength ? s.slice(0, maxLength) : s;
    if (cut !== s) shortened = true;
    return visibleText(JSON.stringify(cut));
  };

  // Recursion is bounded by maxDepth, so a 5 000-deep value never reaches the engine's stack limit.
  const walk = (v: unknown, depth: number, indent: string): void => {
    if (full()) {
      shortened = true;
      return;
    }
    if (typeof v === 'string') return emit(quote(v));
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return emit(String(v));
    if (typeof v !== 'object') return emit(String(v));
    const isArray = Array.isArray(v);
    const entries: [string, unknown][] = isArray
      ? (v as unknown[]).slice(0, maxEntries + 1).map((x, i) => [String(i), x])
      : Object.entries(v as Record<string, unknown>).slice(0, maxEntries + 1);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return emit(`${open}${close}`);
    if (depth >= maxDepth) {
      shortened = true;
      return emit(`${open}…${close}`);
    }
    emit(`${open}\n`);
    const inner = `${indent} `;
    entries.slice(0, maxEntries).forEach(([k, x], i) => {
      if (full()) return;
      emit(inner);
      if (!isArray) emit(`${quote(k)}: `);
      walk(x, depth + 1, inner);
      emit(i < entries.length - 1 ? ',\n' : '\n');
    });
    if (entries.length > maxEntries) {
      shortened = true;
      emit(`${inner}…\n`);
    }
    emit(`${indent}${close}`);
  };

  if (typeof value === 'string') {
    const cut = value.length > maxLength ? value.slice(0, maxLength) : value;
    return {text: visibleText(cut), shortened: cut !== value};
  }
  walk(value, 0, '');
  if (shortened && !out.endsWith('…')) out += '…';
  return {text: out, shortened};
}

/**
 * A long identifier (an address, a scope, a host) cut where a reader expects a line to break: after a `/` (not
 * inside the `//` of a scheme), a `:` (not before `//`), a `.`, `?`, `&` or `=`. Joined, the parts are the value;
 * no part breaks a word, so a table can keep each part whole.
 */
export function wrapParts(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    const next = value[i + 1];
    const breaksAfter =
      (char === '/' && next !== '/') || (char === ':' && next !== '/') || (char !== undefined && '.?&='.includes(char));
    if (breaksAfter && i + 1 < value.length) {
      parts.push(value.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < value.length || parts.length === 0) parts.push(value.slice(start));
  return parts;
}
