// One order of steps, as the reader gets it: the built home page's step cards, the overview's numbered steps and
// each getting-started track follow src/lib/guide-path.ts. Reads the HTML Docusaurus wrote, so a page that lists
// its steps some other way is checked as well. Pure functions over HTML text; run.mjs --built reads the files.

// Docusaurus minifies its HTML: attribute values may be quoted or not.
const VALUE = `(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`;
const attribute = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}=${VALUE}`));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
/** The element whose opening tag has `name="value"`, as its inner HTML up to the closing tag of the same name. */
const element = (html, tag, name, value) => {
  const open = new RegExp(`<${tag}\\b[^>]*\\s${name}=(?:"${value}"|'${value}'|${value}(?=[\\s>]))[^>]*>`);
  const m = html.match(open);
  if (!m) return '';
  const from = m.index + m[0].length;
  const end = html.indexOf(`</${tag}>`, from);
  return html.slice(from, end < 0 ? undefined : end);
};

/** The guide page id a built href points to (`/docs/miljoer#x` or `/en/docs/miljoer` -> `miljoer`), or undefined. */
export function pageOf(href) {
  const m = href.match(/^(?:\/en)?\/docs\/([\w-]+)\/?(?:#.*)?$/);
  return m?.[1];
}

const links = (html) =>
  [...html.matchAll(/<a\b[^>]*>/g)].map((m) => attribute(m[0], 'href')).filter((href) => href !== undefined);

/** The page ids of the home page's step cards, in order. */
export function homeSteps(html) {
  return links(element(html, 'section', 'aria-labelledby', 'steps'))
    .map(pageOf)
    .filter(Boolean);
}

/** The targets of the home page's track entries: `{track, href}`. */
export function homeTrackEntries(html) {
  return [...html.matchAll(/<a\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'data-track-entry') !== undefined)
    .map((tag) => ({track: attribute(tag, 'data-track-entry'), href: attribute(tag, 'href') ?? ''}));
}

/** The page each numbered step of the overview's "Steg for steg" links to last, in order. */
export function overviewSteps(html) {
  const start = html.search(/\sid=(?:"steg-for-steg"|steg-for-steg[\s>])/);
  if (start < 0) return [];
  const rest = html.slice(start);
  const end = rest.indexOf('<h2', 1);
  const list = (end < 0 ? rest : rest.slice(0, end)).match(/<ol\b[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
  return [...list.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => links(m[1]).map(pageOf).filter(Boolean).at(-1));
}

/** Each getting-started track: `{track, steps: [{text, pages}]}`, `pages` being the guide pages the step links to. */
export function trackSteps(html) {
  return [...html.matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)]
    .map((m) => ({track: attribute(m[0].slice(0, m[0].indexOf('>') + 1), 'data-track'), body: m[1]}))
    .filter(({track}) => track !== undefined)
    .map(({track, body}) => ({
      track,
      steps: [...body.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([, li]) => ({
        text: li.replace(/<[^>]+>/g, ''),
        pages: links(li).map(pageOf).filter(Boolean),
      })),
    }));
}

/**
 * Problems with the order the reader meets: `pages` is {home, overview, gettingStarted} as `{file, html}`, `path`
 * the guide path, `who` the word a step starts its "who does it" with (`Hvem:` or `Who:`).
 */
export function checkGuideOrder(pages, path, who) {
  const problems = [];
  const fix = 'følg rekkefølgen i src/lib/guide-path.ts (GUIDE_PATH), eller endre den der, så alle listene følger';
  const home = homeSteps(pages.home.html);
  if (home.join() !== path.join())
    problems.push({
      file: pages.home.file,
      line: 1,
      message: `forsidens steg er ${home.join(', ') || 'ingen'}, ikke ${path.join(', ')}`,
      fix,
    });
  const entries = homeTrackEntries(pages.home.html);
  for (const track of trackSteps(pages.gettingStarted.html).map((t) => t.track)) {
    if (!entries.some((e) => pageOf(e.href) === 'kom-i-gang' && e.href.endsWith(`#spor-${track}`)))
      problems.push({
        file: pages.home.file,
        line: 1,
        message: `forsiden har ingen inngang til sporet «${track}» på Kom i gang`,
        fix: `lenk til /docs/kom-i-gang#spor-${track} fra forsiden (src/components/Tracks/TrackEntries.tsx)`,
      });
  }
  const overview = overviewSteps(pages.overview.html);
  if (overview.join() !== path.join())
    problems.push({
      file: pages.overview.file,
      line: 1,
      message: `oversiktens steg lenker til ${overview.join(', ') || 'ingenting'}, ikke ${path.join(', ')}`,
      fix,
    });
  const tracks = trackSteps(pages.gettingStarted.html);
  if (tracks.length < 2)
    problems.push({file: pages.gettingStarted.file, line: 1, message: 'Kom i gang har ikke to spor', fix});
  for (const {track, steps} of tracks) {
    let at = -1;
    steps.forEach(({text, pages: linked}, index) => {
      const step = `sporet «${track}», steg ${index + 1}`;
      if (!text.includes(who))
        problems.push({
          file: pages.gettingStarted.file,
          line: 1,
          message: `${step} sier ikke hvem som gjør det`,
          fix: `skriv «${who} …» i steget`,
        });
      if (linked.length === 0)
        problems.push({file: pages.gettingStarted.file, line: 1, message: `${step} lenker ikke videre`, fix});
      // A step's place is the page its first link goes to: where the reader does it. A step that starts on this
      // page or a page outside the path (the overview, the glossary) has no place in the order.
      const first = linked[0];
      if (first === undefined || !path.includes(first)) return;
      const index2 = path.indexOf(first);
      if (index2 < at)
        problems.push({
          file: pages.gettingStarted.file,
          line: 1,
          message: `${step} lenker til ${first}, som kommer før ${path[at]} i veiledningens rekkefølge`,
          fix,
        });
      at = Math.max(at, index2);
    });
  }
  return problems;
}
