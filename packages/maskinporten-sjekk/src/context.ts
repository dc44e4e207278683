// What every command gets: its arguments, the language and texts, the clock and the way to read input.
import type {ActiveEnvironmentId} from '../../../src/lib/environments';
import type {Finding} from '../../../src/lib/findings';
import type {Texts} from '../../../src/lib/i18n';
import type {Io} from './input';
import {lineOfPath, type Located} from './output/report';

export interface CommandContext {
  readonly io: Io;
  readonly texts: Texts;
  readonly positionals: readonly string[];
  readonly env?: ActiveEnvironmentId;
  readonly key?: string;
  readonly scope?: string;
  readonly warnDays?: number;
  readonly errorDays?: number;
  readonly jwk: boolean;
  /** Seconds since the epoch. */
  readonly now: number;
}

/** Findings about one input, each with its file and, for a `L<n>` path, its line. */
export function locate(findings: readonly Finding[], file: string | undefined): Located[] {
  return findings.map((f) => {
    const line = lineOfPath(f.path);
    return {...f, ...(file !== undefined ? {file} : {}), ...(line !== undefined ? {line} : {})};
  });
}

/** Finding codes that mean the input was a private key: the command refuses instead of reporting. */
export const PRIVATE_KEY_CODES: ReadonlySet<string> = new Set([
  'jwt.private-key',
  'sig.key-private',
  'env.config.private-key',
  'cert.private-material',
]);
