// Content checks for the guide's MDX pages. Pure functions: each takes a file's text and returns problems
// `{file, line, message, fix}` (Norwegian), so the CLI can list every problem of a run, not just the first.
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import {parse as parseYaml} from 'yaml';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Folders that hold doc pages, in every version and locale. */
export const CONTENT_ROOTS = ['docs', 'versioned_docs', 'i18n/en/docusaurus-plugin-content-docs'];

export function listContentFiles(siteDir) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of entries.sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) files.push(path);
    }
  };
  for (const root of CONTENT_ROOTS) walk(join(siteDir, root));
  return files;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdx);

/** Parses a page; a page MDX cannot parse is itself a problem, reported with its line. */
export function parsePage(file, source) {
  try {
    return {tree: processor.parse(source), problems: []};
  } catch (error) {
    const line = error?.line ?? error?.place?.line ?? error?.place?.start?.line ?? 1;
    return {
      tree: undefined,
      problems: [
        {
          file,
          line,
          message: `MDX kan ikke leses (${error?.reason ?? error?.message ?? error})`,
          fix: 'rett syntaksen; `<`, `{` og `}` i vanlig tekst må stå i `kode` eller escapes med \\',
        },
      ],
    };
  }
}

const REQUIRED_FRONT_MATTER = [
  ['title', 'tittelen som vises øverst og i fanen'],
  ['description', 'én setning som søkemotorer og lenkeforhåndsvisninger viser'],
  ['slug', 'en stabil adresse, f.eks. `slug: /miljoer`, som ikke endres når filen flyttes'],
];

export function checkFrontMatter(file, tree) {
  const node = tree?.children?.find((n) => n.type === 'yaml');
  if (!node) {
    return [
      {
        file,
        line: 1,
        message: 'siden mangler front matter',
        fix: 'start filen med `---`, `title: …`, `description: …`, `slug: …`, `---`',
      },
    ];
  }
  let data;
  try {
    data = parseYaml(node.value) ?? {};
  } catch (error) {
    return [
      {
        file,
        line: node.position.start.line,
        message: `front matter er ikke gyldig YAML (${error.message.split('\n')[0]})`,
        fix: 'sett verdier med kolon i anførselstegn',
      },
    ];
  }
  const problems = [];
  for (const [key, why] of REQUIRED_FRONT_MATTER) {
    if (typeof data[key] !== 'string' || data[key].trim() === '') {
      problems.push({
        file,
        line: node.position.start.line,
        message: `front matter mangler \`${key}\``,
        fix: `legg til \`${key}:\` — ${why}`,
      });
    }
  }
  if (typeof data.slug === 'string' && !data.slug.startsWith('/')) {
    problems.push({
      file,
      line: node.position.start.line,
      message: `slug \`${data.slug}\` er relativ`,
      fix: 'skriv slug med innledende skråstrek, f.eks. `/miljoer`',
    });
  }
  return problems;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Problems with one external URL, or [] when it is well-formed. */
export function checkUrl(file, line, url) {
  const problems = [];
  const add = (message, fix) => problems.push({file, line, message, fix});
  if (/^https?:\/(?!\/)/i.test(url) || /^https?:\/{3,}/i.test(url)) {
    add(
      `lenken \`${url}\` har feil antall skråstreker etter \`${url.split(':')[0]}:\``,
      'skriv `https://` med to skråstreker',
    );
    return problems;
  }
  if (/\s/.test(url)) {
    add(`lenken \`${url}\` inneholder mellomrom`, 'fjern mellomrommet eller skriv det som %20');
    return problems;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    add(`lenken \`${url}\` er ikke en gyldig adresse`, 'kopier adressen på nytt fra nettleserens adressefelt');
    return problems;
  }
  if (!parsed.hostname.includes('.') && !LOCAL_HOSTS.has(parsed.hostname)) {
    add(
      `lenken \`${url}\` har vertsnavnet \`${parsed.hostname}\`, som mangler domene`,
      'skriv hele vertsnavnet, f.eks. `docs.digdir.no`',
    );
  }
  if (parsed.protocol === 'http:' && !LOCAL_HOSTS.has(parsed.hostname)) {
    add(`lenken \`${url}\` bruker http://`, 'bruk `https://`: alle nettstedene vi lenker til svarer på https');
  }
  return problems;
}

function visit(node, fn) {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

const URL_IN_TEXT = /\bhttps?:\/*[^\s)\]>`'"]*/gi;

/**
 * External URLs in links, definitions, JSX attributes and plain text (a URL the parser did not see as a link,
 * like the seed's `https:/jwt.io`, is still checked).
 */
export function checkExternalUrls(file, tree) {
  const problems = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && /^[a-z]+:/i.test(node.url)) {
      if (/^https?:/i.test(node.url)) problems.push(...checkUrl(file, line, node.url));
    } else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      if (node.type !== 'text') return; // code shows URLs as examples, e.g. a wrong aud; they are checked by the tools
      for (const match of node.value.matchAll(URL_IN_TEXT))
        problems.push(...checkUrl(file, line, match[0].replace(/[.,;:]$/, '')));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if (typeof attribute.value === 'string' && /^https?:/i.test(attribute.value))
          problems.push(...checkUrl(file, line, attribute.value));
      }
    }
  });
  return problems;
}

/** Published paths (one a line, `#` comments) that the build neither serves nor redirects. */
export function checkPublishedUrls(publishedText, builtPaths) {
  const built = new Set(builtPaths.map((p) => p.replace(/\/$/, '') || '/'));
  const problems = [];
  publishedText.split('\n').forEach((raw, index) => {
    const path = raw.replace(/#.*/, '').trim();
    if (!path) return;
    const normalised = path.replace(/\/$/, '') || '/';
    if (!built.has(normalised)) {
      problems.push({
        file: 'test/content/published-urls.txt',
        line: index + 1,
        message: `den publiserte adressen \`${path}\` finnes ikke lenger i bygget`,
        fix: 'en flyttet side trenger en omdirigering i redirects.ts; en slettet side må få en ny plass — andre nettsteder lenker hit',
      });
    }
  });
  return problems;
}

export function formatProblem({file, line, message, fix}) {
  const what = message.replace(/[.\s]+$/, '');
  return fix ? `${file}:${line}: ${what}: ${fix}` : `${file}:${line}: ${what}`;
}
