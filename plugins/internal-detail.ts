// What a plugin here does when a Docusaurus detail it leans on (not public API) is no longer as it was: it stops the
// build with one line naming the plugin, what it expected and what it found, instead of quietly doing nothing.
import {readFileSync} from 'node:fs';

/** The error a plugin throws when an internal detail it relies on has changed. Its message is one line. */
export class InternalDetailChanged extends Error {
  constructor(plugin: string, expected: string, found: string) {
    super(`[${plugin}] expected ${expected}; found ${found}`.replace(/\s*\n\s*/g, ' '));
    this.name = 'InternalDetailChanged';
  }
}

/** A value as a short, one-line description for such a message. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (undefined)';
  if (typeof value === 'function') return 'a function';
  if (value instanceof RegExp) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** A file of an installed package the plugin reads to check such a detail, or undefined when it is not there. */
export function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
