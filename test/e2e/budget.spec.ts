import {test, expect} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {kb, measureFirstVisit} from '../perf/measure';

interface BudgetPage {
  name: string;
  path: string;
  maxJsGzip: number;
  maxCssGzip: number;
  mustLoad?: string[];
  mustNotLoad?: string[];
}
const budget = JSON.parse(readFileSync('test/perf/budget.json', 'utf8')) as {pages: BudgetPage[]};

for (const entry of budget.pages) {
  test(`byte budget: ${entry.name} (${entry.path})`, async ({page}) => {
    const visit = await measureFirstVisit(page, entry.path);
    const report = `${entry.path}: JS ${kb(visit.js.gzip)} gzip (limit ${kb(entry.maxJsGzip)}), CSS ${kb(visit.css.gzip)} gzip (limit ${kb(entry.maxCssGzip)}), libraries [${visit.libraries.join(', ')}]\n  ${visit.js.files.join('\n  ')}`;
    console.log(report);
    expect(visit.js.gzip, report).toBeLessThanOrEqual(entry.maxJsGzip);
    expect(visit.css.gzip, report).toBeLessThanOrEqual(entry.maxCssGzip);
    for (const library of entry.mustLoad ?? []) expect(visit.libraries, report).toContain(library);
    for (const library of entry.mustNotLoad ?? []) expect(visit.libraries, report).not.toContain(library);
  });
}
