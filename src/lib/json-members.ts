// Duplicate member names in a JSON text. JSON.parse keeps the last of two members with the same name without a
// word, so `{"aud":"https://test.maskinporten.no/","aud":"https://maskinporten.no/"}` reads as one aud while
// another parser may read the other one. RFC 7519 §4 requires claim names to be unique; a grant with a
// duplicate is an error, whatever this page's parser would have kept.

export interface DuplicateMember {
  /** The name as JSON.parse reads it (escapes decoded). */
  readonly name: string;
  /** Where the object is: the member names leading to it, joined by dots ('' for the top level). */
  readonly within: string;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly names: Set<string>;
  /** In an object: the next string is a member name. */
  expectName: boolean;
  /** The name of the member whose value is being read (for the path of nested objects). */
  current?: string;
}

/**
 * Every member name that appears twice in one object, in order of the second appearance. `text` must be JSON
 * that JSON.parse accepts; linear in its length, without recursion (a 5 000-deep value costs nothing more).
 */
export function duplicateMembers(text: string, limit = 20): DuplicateMember[] {
  const found: DuplicateMember[] = [];
  const stack: Frame[] = [];
  const pathOf = (): string =>
    stack
      .slice(0, -1)
      .map((f) => f.current)
      .filter((name): name is string => name !== undefined)
      .join('.');
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push({kind: c === '{' ? 'object' : 'array', names: new Set(), expectName: c === '{'});
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectName = true;
    } else if (c === ':') {
      const top = stack[stack.length - 1];
      if (top) top.expectName = false;
    } else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectName) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.names.has(name)) found.push({name, within: pathOf()});
        top.names.add(name);
        top.current = name;
      }
      i = end;
    }
  }
  return found;
}
