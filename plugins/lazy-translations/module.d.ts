/** One group of the current locale's texts, id -> message (plugins/lazy-translations, LAZY_GROUPS). */
declare module '@lazy-translations/*' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

/** Every finding code with its severity, MP code and explanation in the current locale (plugins/lazy-translations). */
declare module '@finding-reference' {
  const entries: readonly import('./reference').FindingReferenceEntry[];
  export default entries;
}
