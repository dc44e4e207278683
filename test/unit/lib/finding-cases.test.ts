// What the reader gets: for every finding code, one real input (test/cases/finding-cases.ts), run through the lib
// as the tool's component runs it (test/cases/run-lib.ts), gives that code. A code no case gives is a code no
// reader can be shown; a case that no longer gives its code is a tool that stopped saying it.
import {describe, expect, it} from 'vitest';
import {FINDING_CATALOGUE, FINDING_CODES} from '../../../src/lib/findings';
import {FINDING_CASES, UNREACHABLE_CODES} from '../../cases/finding-cases';
import {runCase} from '../../cases/run-lib';

describe('finding cases: one real input per finding code', () => {
  it('every code has a case, or is listed as unreachable with a reason', () => {
    const covered = new Set(FINDING_CASES.map((c) => c.code));
    const missing = FINDING_CODES.filter((code) => !covered.has(code) && UNREACHABLE_CODES[code] === undefined);
    expect(missing).toEqual([]);
    for (const [code, reason] of Object.entries(UNREACHABLE_CODES)) {
      expect(FINDING_CODES).toContain(code);
      expect(covered.has(code as (typeof FINDING_CODES)[number]), `${code} has a case and is listed unreachable`).toBe(
        false,
      );
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('each code has exactly one case', () => {
    const seen = new Map<string, number>();
    for (const c of FINDING_CASES) seen.set(c.code, (seen.get(c.code) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it.each(FINDING_CASES.map((c) => [c.code, c.tool, c] as const))('%s (%s)', async (code, _tool, c) => {
    const findings = await runCase(c);
    const codes = findings.map((f) => f.code);
    expect(codes, `the ${c.tool} tool's findings`).toContain(code);
    // With the catalogue's severity (a check may raise a code above it, as cert.expires-soon does near the end).
    const severities = new Set(findings.filter((f) => f.code === code).map((f) => f.severity));
    expect([...severities]).toContain(FINDING_CATALOGUE[code].severity);
  });
});
