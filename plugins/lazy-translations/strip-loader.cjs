// Loader for Docusaurus's generated codeTranslations.json: drops the ids that start with one of the `prefixes`
// option (they load with the code that uses them, through @lazy-translations; see index.ts).
module.exports = function stripLazyTranslations(source) {
  const {prefixes} = this.getOptions();
  const translations = JSON.parse(source);
  const kept = Object.fromEntries(
    Object.entries(translations).filter(([id]) => !prefixes.some((prefix) => id.startsWith(prefix))),
  );
  return JSON.stringify(kept);
};
