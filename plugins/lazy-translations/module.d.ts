/** The current locale's texts of the tools' bodies, id -> message (plugins/lazy-translations). */
declare module '@lazy-translations' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

/** The current locale's finding texts, id -> message; empty where the catalogue's Norwegian is the text. */
declare module '@lazy-translations/findings' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

/** Every finding code with its severity, MP code and explanation in the current locale (plugins/lazy-translations). */
declare module '@finding-reference' {
  const entries: readonly import('./reference').FindingReferenceEntry[];
  export default entries;
}
