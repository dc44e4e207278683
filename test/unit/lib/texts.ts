// The texts the unit tests render with: Norwegian (the defaults in src/lib) and English (i18n/en/code.json, as
// the English site and the command line read it), plus a lookup that records every id it had no translation for.
import {readFileSync} from 'node:fs';
import {makeTexts, translationsFromCodeJson, type Texts} from '@site/src/lib/i18n';

export {NORWEGIAN} from '@site/src/lib/i18n';

export const ENGLISH_TRANSLATIONS = translationsFromCodeJson(JSON.parse(readFileSync('i18n/en/code.json', 'utf8')));

export const ENGLISH: Texts = makeTexts('en', ENGLISH_TRANSLATIONS);

/** English texts that note each id without an English text (so a test can require there are none). */
export function englishRecordingMisses(): {texts: Texts; missing: Set<string>} {
  const missing = new Set<string>();
  return {
    missing,
    texts: {
      language: 'en',
      text(id, norwegian, values) {
        if (!Object.prototype.hasOwnProperty.call(ENGLISH_TRANSLATIONS, id)) missing.add(id);
        return ENGLISH.text(id, norwegian, values);
      },
    },
  };
}
