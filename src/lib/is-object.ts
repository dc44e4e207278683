// One type guard for "a JSON object" (not null, not an array), as jose's is_object, and one own-property
// lookup: every check of pasted JSON uses these instead of writing the test and the cast again. Own properties
// only, so pasted JSON with keys like `toString` or `__proto__` cannot confuse a check.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The object's own property `key`, or undefined (never one inherited from Object.prototype). */
export function own<V>(obj: Readonly<Record<string, V>>, key: string): V | undefined {
  return hasOwn(obj, key) ? obj[key] : undefined;
}
