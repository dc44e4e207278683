// How a token's time claim (iat, exp, nbf) is read, once for the grant and the access token: whole seconds since
// 1970-01-01 UTC. A value in milliseconds or microseconds is named as such (with what it would be in seconds);
// a value that is no time in any of those units (negative, 1e20, not a number) is not "microseconds".

/** Seconds values above this are milliseconds: 1e11 s is the year 5138. */
export const MS_THRESHOLD = 1e11;
/** Above this a time is microseconds: 1e14 ms is the year 5138 too (now is ~1.8e12 ms, ~1.8e15 µs). */
export const US_THRESHOLD = 1e14;
/** Above this even microseconds are past the year 5138: no time at all. */
export const MAX_MICROSECONDS = 1e17;

export type TimeReading =
  | {readonly kind: 'seconds'; readonly seconds: number}
  | {readonly kind: 'milliseconds' | 'microseconds'; readonly seconds: number}
  | {readonly kind: 'not-number' | 'out-of-range'};

export function readTimeValue(value: unknown): TimeReading {
  if (typeof value !== 'number' || !Number.isFinite(value)) return {kind: 'not-number'};
  if (value < 0 || value > MAX_MICROSECONDS) return {kind: 'out-of-range'};
  if (value > US_THRESHOLD) return {kind: 'microseconds', seconds: Math.floor(value / 1e6)};
  if (value > MS_THRESHOLD) return {kind: 'milliseconds', seconds: Math.floor(value / 1000)};
  return {kind: 'seconds', seconds: value};
}
