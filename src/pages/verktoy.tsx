import React from 'react';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';

export default function ToolsPage(): React.JSX.Element {
  return (
    <Layout
      title={translate({id: 'tools.page.title', message: 'Verktøy'})}
      description={translate({id: 'tools.page.description', message: 'Verktøy for Maskinporten som kjører i nettleseren.'})}>
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="tools.page.title">Verktøy</Translate>
        </h1>
      </main>
    </Layout>
  );
}
