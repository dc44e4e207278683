// One type guard for "a JSON object" (not null, not an array), as jose's is_object: every check of pasted JSON
// uses it instead of writing the test and the cast again.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
