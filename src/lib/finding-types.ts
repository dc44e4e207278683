// The shape of a finding catalogue row, apart from the rows themselves so that both the catalogue and the code
// that reads it can import it without a cycle.

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a param holds. `value` is anything printable (a claim's value, a host, a count); `count` is a number
 * the message counts with; `environment` is an environment id ('test' | 'prod' | 'unknown') that the message
 * shows as a word in the page's language; `field` is a form field id shown as the form labels it; `optional` is a value that only some cases carry (a suggested fix, for example);
 * `bilingual` is a text from a sourced table that has it in both languages: the finding carries `<name>Nb` and
 * `<name>En`, and the message shows the page's side as `{name}`; `aud-reason` is why a value is not the exact
 * issuer (`port`, `case`, …, or several separated by commas), shown as words; `scope-part` is which side of a
 * scope's colon is meant (`prefix` or `subscope`), shown as the word for it.
 */
export type ParamKind =
  'value' | 'count' | 'environment' | 'field' | 'optional' | 'bilingual' | 'aud-reason' | 'scope-part';

export interface FindingRow {
  readonly severity: Severity;
  /** Maskinporten's own error code that this finding predicts, when there is one. */
  readonly mpCode?: string;
  /** Every `{name}` in the message, and any param a tool reads (e.g. `suggestion` for a fix button). */
  readonly params: Readonly<Record<string, ParamKind>>;
  /**
   * Norwegian: the case at hand, with `{param}` placeholders. A message with a `count` param may have two
   * forms, `one|other` (as Docusaurus's plural messages), chosen by that count.
   */
  readonly message: string;
  /** Norwegian: what it means and how to fix it, without the values of one case. */
  readonly explanation: string;
}
