// One way to translate what src/lib renders (finding texts, names of fields and environments, report labels):
// each text has an id and its Norwegian default where the code names it, and a language's translations are a
// table of id -> message, the messages of i18n/<locale>/code.json. The site passes the table its lazily loaded
// text groups hold (plugins/lazy-translations), the command line the one it was packed with, the unit tests
// code.json itself. Norwegian needs no table: the defaults are Norwegian.
import {own} from './is-object';

export type Language = 'nb' | 'en';

/** One language's translations: id -> message. */
export type Translations = Readonly<Record<string, string>>;

export type TextValues = Readonly<Record<string, string | number>>;

/** Looks up texts by id in one language. */
export interface TextLookup {
  /** The text of `id` in this language (its translation, else the Norwegian default), `{name}` filled in. */
  text(id: string, norwegian: string, values?: TextValues): string;
}

/** A text lookup that also says its language (for values a table holds in both, such as `{nb, en}` pairs). */
export interface Texts extends TextLookup {
  readonly language: Language;
}

/**
 * `{name}` replaced by its value in one pass: a value that itself holds `{word}` is shown as it is, and a
 * placeholder without a value stays as written.
 */
export function fillTemplate(template: string, values: TextValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = own(values, name);
    return value === undefined ? whole : String(value);
  });
}

/** The texts of a language from its translation tables (searched in order). */
export function makeTexts(language: Language, ...tables: readonly Translations[]): Texts {
  return {
    language,
    text(id, norwegian, values) {
      let found: string | undefined;
      for (const table of tables) {
        found = own(table, id);
        if (found !== undefined) break;
      }
      return fillTemplate(found ?? norwegian, values);
    },
  };
}

/** The Norwegian texts: every default as written. */
export const NORWEGIAN: Texts = makeTexts('nb');

/** A code.json (`{id: {message, description?}}`) as a translation table. */
export function translationsFromCodeJson(codeJson: unknown): Translations {
  if (typeof codeJson !== 'object' || codeJson === null) return {};
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(codeJson as Record<string, unknown>)) {
    const message = typeof entry === 'object' && entry !== null ? (entry as {message?: unknown}).message : undefined;
    if (typeof message === 'string') out[id] = message;
  }
  return out;
}
