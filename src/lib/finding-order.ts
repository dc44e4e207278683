// The one order findings are shown and counted in: errors first, then warnings, then info; within a severity in
// the order the checks raised them. The same finding raised twice (same code, path and params) is kept once. A
// finding keeps the severity its check gave it (a check may raise a code above the catalogue's default, as
// cert.expires-soon does in the last two weeks).
import type {Finding, Severity} from './findings';

const RANK: Record<Severity, number> = {error: 0, warning: 1, info: 2};

/** The items in the one order: by severity, errors first, and in their given order within a severity. */
export function inOrder<T>(items: readonly T[], severityOf: (item: T) => Severity): T[] {
  return items
    .map((item, index) => ({item, index}))
    .sort((a, b) => RANK[severityOf(a.item)] - RANK[severityOf(b.item)] || a.index - b.index)
    .map(({item}) => item);
}

function identity(f: Finding): string {
  return `${f.code}\u0000${f.path ?? ''}\u0000${JSON.stringify(f.params)}`;
}

export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const unique: Finding[] = [];
  for (const f of findings) {
    const key = identity(f);
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, unique.length);
      unique.push(f);
    } else if (RANK[f.severity] < RANK[unique[at]?.severity ?? 'info']) {
      // Raised twice with different severities: the graver one stands.
      unique[at] = f;
    }
  }
  return inOrder(unique, (f) => f.severity);
}
