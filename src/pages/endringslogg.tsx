import React from 'react';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';

export default function ChangelogPage(): React.JSX.Element {
  return (
    <Layout title={translate({id: 'changelog.page.title', message: 'Endringslogg'})}>
      <main className="container margin-vert--lg">
        <h1>
          <Translate id="changelog.page.title">Endringslogg</Translate>
        </h1>
      </main>
    </Layout>
  );
}
