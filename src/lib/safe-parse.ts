// The built-in parsers, for pasted text: each says "this is not JSON / a URL / percent-encoding" by returning
// undefined, and catches only the error its built-in throws for bad input (SyntaxError, TypeError, URIError).
// Anything else (a programming error) is not turned into "not checked": it reaches the caller and the tests.

/** JSON.parse, or `{ok: false}` when the text is not JSON. */
export function parseJson(text: string): {readonly ok: true; readonly value: unknown} | {readonly ok: false} {
  try {
    return {ok: true, value: JSON.parse(text) as unknown};
  } catch (error) {
    if (error instanceof SyntaxError) return {ok: false};
    throw error;
  }
}

/** `new URL(text, base)`, or undefined when the text is not a URL. */
export function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/** decodeURIComponent, or undefined when the text holds a `%` that is no escape. */
export function decodeUriComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}
