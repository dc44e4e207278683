// Loader for Docusaurus's generated codeTranslations.json: drops the ids that start with one of the `prefixes`
// option (they load with the code that uses them, through @lazy-translations; see index.ts).
//
// The file's flat shape (id -> message) is Docusaurus's, not public API: anything else, or a file from which no id
// was dropped, stops the build with one line (the texts would otherwise stay in every page's bundle unnoticed).

/** One line naming this plugin, what it expected and what it found. */
function changed(expected, found) {
  return new Error(`[lazy-translations] expected ${expected}; found ${found}`);
}

/** The translations without the lazily loaded ids; throws when the shape is not id -> message or none was dropped. */
function stripLazyIds(translations, prefixes) {
  if (typeof translations !== 'object' || translations === null || Array.isArray(translations))
    throw changed(
      'codeTranslations.json to be an object of id -> message',
      Array.isArray(translations) ? 'an array' : String(translations),
    );
  const notText = Object.entries(translations).find(([, message]) => typeof message !== 'string');
  if (notText)
    throw changed(
      'codeTranslations.json to be flat (id -> message string)',
      `${JSON.stringify(notText[0])} -> ${typeof notText[1] === 'object' ? JSON.stringify(notText[1]).slice(0, 80) : typeof notText[1]}`,
    );
  const kept = Object.fromEntries(
    Object.entries(translations).filter(([id]) => !prefixes.some((prefix) => id.startsWith(prefix))),
  );
  const dropped = Object.keys(translations).length - Object.keys(kept).length;
  if (dropped === 0)
    throw changed(
      `codeTranslations.json to hold ids starting with one of ${prefixes.length} lazy prefixes (${prefixes.slice(0, 3).join(', ')}, ...)`,
      `none of its ${Object.keys(translations).length} ids`,
    );
  return kept;
}

module.exports = function stripLazyTranslations(source) {
  const {prefixes} = this.getOptions();
  let translations;
  try {
    translations = JSON.parse(source);
  } catch (error) {
    throw changed('codeTranslations.json to be JSON', `${error.message}`);
  }
  return JSON.stringify(stripLazyIds(translations, prefixes));
};
module.exports.stripLazyIds = stripLazyIds;
