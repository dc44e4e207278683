import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import toolsPageTexts from '@lazy-translations/toolsPage';
import {lazyTranslator} from '@site/src/components/lazyTranslator';
import {TOOL_COMPONENTS, toolTitle} from '@site/src/components/LazyTools';
import {toolGuideLabel, toolIntro} from '@site/src/components/LazyTools/toolPageTexts';
import {TOOLS} from '@site/src/lib/tools';

// This page's texts load with it, not with every page (plugins/lazy-translations).
const {Translate, translate} = lazyTranslator(toolsPageTexts);

export default function ToolsPage(): React.JSX.Element {
  return (
    <Layout
      title={translate({id: 'tools.page.title', message: 'Verktøy'})}
      description={translate({
        id: 'tools.page.description',
        message: 'Verktøy for Maskinporten som kjører i nettleseren.',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="tools.page.title">Verktøy</Translate>
        </Heading>
        <p>
          <Translate id="tools.page.intro" values={{count: TOOLS.length}}>
            {
              '{count} verktøy for å få Maskinporten-integrasjonen riktig: sjekk scopes og miljø, bygg et grant, undersøk et token, forstå feilsvaret fra Maskinporten og gjør virksomhetssertifikatet klart.'
            }
          </Translate>
        </p>
        <p>
          <strong>
            <Translate id="tools.page.privacy">
              Alt kjører i nettleseren. Det dere limer inn, sendes ikke noe sted og lagres ikke.
            </Translate>
          </strong>
        </p>
        <nav aria-label={translate({id: 'tools.page.toc', message: 'Verktøyene på siden'})}>
          <ul>
            {TOOLS.map(({id}) => (
              <li key={id}>
                <Link to={`#${id}`}>{toolTitle(id)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {TOOLS.map(({id, guide}) => {
          const Tool = TOOL_COMPONENTS[id];
          return (
            <section key={id} className="margin-top--xl">
              <Heading as="h2" id={id}>
                {toolTitle(id)}
              </Heading>
              <p>{toolIntro(id)}</p>
              <Tool hideTitle />
              <p>
                <Translate id="tools.page.guideLink" values={{link: <Link to={guide}>{toolGuideLabel(id)}</Link>}}>
                  {'Mer i veiledningen: {link}'}
                </Translate>
              </p>
            </section>
          );
        })}
      </main>
    </Layout>
  );
}
