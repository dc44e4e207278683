import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';

export default function Home(): React.JSX.Element {
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Maskinporten for pensjonsinnretninger'})}
      description={translate({id: 'home.description', message: 'Veiledning og verktøy for integrasjon mot Maskinporten.'})}>
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="home.title">Maskinporten for pensjonsinnretninger</Translate>
        </h1>
        <Link to="/docs/oversikt">
          <Translate id="home.start">Les veiledningen</Translate>
        </Link>
      </main>
    </Layout>
  );
}
