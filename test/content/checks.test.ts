import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import * as checks from './checks.mjs';

interface Problem {
  file: string;
  line: number;
  message: string;
  fix: string;
}
interface Checks {
  parsePage(file: string, source: string): {tree: unknown; problems: Problem[]};
  checkFrontMatter(file: string, tree: unknown): Problem[];
  checkExternalUrls(file: string, tree: unknown): Problem[];
  checkUrl(file: string, line: number, url: string): Problem[];
  checkPublishedUrls(published: string, built: string[]): Problem[];
  formatProblem(p: Problem): string;
}
const c = checks as Checks;
const RUNS = Number(process.env.FC_RUNS ?? 500);

function problemsOf(source: string): Problem[] {
  const {tree, problems} = c.parsePage('docs/x.mdx', source);
  return tree
    ? [...problems, ...c.checkFrontMatter('docs/x.mdx', tree), ...c.checkExternalUrls('docs/x.mdx', tree)]
    : problems;
}

const GOOD_FRONT_MATTER = '---\ntitle: Miljøer\ndescription: Test og produksjon.\nslug: /miljoer\n---\n\n';

describe('front matter', () => {
  it('accepts a page with title, description and slug', () => {
    expect(problemsOf(GOOD_FRONT_MATTER + '# Miljøer\n')).toEqual([]);
  });
  it('names each missing key with how to add it', () => {
    const problems = problemsOf('---\ntitle: Miljøer\n---\n\nTekst\n');
    expect(problems.map((p) => p.message)).toEqual([
      'front matter mangler `description`',
      'front matter mangler `slug`',
    ]);
    expect(problems[0]!.line).toBe(1);
  });
  it('reports a page with no front matter at all', () => {
    expect(problemsOf('# Tittel\n')[0]!.message).toBe('siden mangler front matter');
  });
  it('rejects a relative slug', () => {
    expect(problemsOf('---\ntitle: a\ndescription: b\nslug: miljoer\n---\n').map((p) => p.message)).toEqual([
      'slug `miljoer` er relativ',
    ]);
  });
});

describe('external URLs', () => {
  it('finds the seed error: https:/ with one slash, in a link and in plain text, on the right line', () => {
    const problems = problemsOf(
      GOOD_FRONT_MATTER + 'Se [Digdir](https:/docs.digdir.no/docs).\n\nSjekk med https:/jwt.io her.\n',
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]!.line).toBe(7);
    expect(problems[1]!.line).toBe(9);
    expect(problems[0]!.fix).toContain('https://');
  });
  it('accepts a well-formed https link, and a URL shown as code', () => {
    expect(
      problemsOf(GOOD_FRONT_MATTER + '[Digdir](https://docs.digdir.no/docs) og `https:/feil.no` som eksempel.\n'),
    ).toEqual([]);
  });
  it('flags http:// to a public host but not to localhost', () => {
    expect(c.checkUrl('f', 1, 'http://docs.digdir.no/x')[0]!.message).toContain('http://');
    expect(c.checkUrl('f', 1, 'http://localhost:3000/x')).toEqual([]);
  });
  it('flags spaces, triple slashes and hosts without a domain', () => {
    expect(c.checkUrl('f', 1, 'https://docs.digdir.no/a b')).toHaveLength(1);
    expect(c.checkUrl('f', 1, 'https:///docs.digdir.no')).toHaveLength(1);
    expect(c.checkUrl('f', 1, 'https://digdir/x')).toHaveLength(1);
  });
  it('checks href attributes of JSX elements', () => {
    expect(problemsOf(GOOD_FRONT_MATTER + '<a href="https:/x.no">x</a>\n')).toHaveLength(1);
  });
  it('lists every problem of a page, not only the first', () => {
    const source = GOOD_FRONT_MATTER + '[a](https:/a.no) [b](https:/b.no) [c](http://c.no)\n';
    expect(problemsOf(source)).toHaveLength(3);
  });
});

describe('MDX that cannot parse', () => {
  it('is reported with its line and a fix instead of crashing the check', () => {
    const problems = problemsOf(GOOD_FRONT_MATTER + 'Linje\n\nEn verdi {x ikke lukket\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^MDX kan ikke leses/);
    expect(problems[0]!.line).toBe(9);
  });
  it('never throws on arbitrary text, and always returns a list', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), (body) => {
        const problems = problemsOf(GOOD_FRONT_MATTER + body);
        return Array.isArray(problems) && problems.every((p) => p.line >= 1 && p.message.length > 0);
      }),
      {numRuns: RUNS},
    );
  });
});

describe('published URLs', () => {
  it('passes when each published path is served (with or without a trailing slash)', () => {
    expect(c.checkPublishedUrls('# kommentar\n/docs/miljoer\n/en/\n', ['/docs/miljoer/', '/en/'])).toEqual([]);
  });
  it('names the line of a published path the build no longer serves', () => {
    const problems = c.checkPublishedUrls('/docs/miljoer\n/docs/borte\n', ['/docs/miljoer']);
    expect(problems).toHaveLength(1);
    expect(c.formatProblem(problems[0]!)).toMatch(
      /^test\/content\/published-urls\.txt:2: den publiserte adressen `\/docs\/borte`/,
    );
  });
});
