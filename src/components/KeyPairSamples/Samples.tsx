import React from 'react';
import Tabs from '@theme/Tabs';
import {LANGUAGE_TAB_GROUP} from '../StaticHtml/tabChoice';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
// Its code blocks are drawn here, not in Markdown, so it imports itself what plugins/prism-languages adds to an
// MDX page with code blocks: the highlighter, and the languages that Prism does not have built in.
import '@site/src/theme/CodeBlock/Content/Highlighted';
import '@site/src/theme/prism-languages/bash';
import '@site/src/theme/prism-languages/java';
import keysOpenssl from '@site/examples/keys/make-keypair.sh?raw';
import keysNode from '@site/examples/keys/make-keypair.mjs?raw';
import keysJava from '@site/examples/keys/MakeKeyPair.java?raw';
import keysPython from '@site/examples/keys/make_keypair.py?raw';

/**
 * The four ways to make a key pair, one tab each, each the file in examples/keys/ as it is on disk (test/samples
 * runs them) and titled with its path. No text in it is in a language of its own, so both locales use it.
 * groupId={LANGUAGE_TAB_GROUP} keeps the reader's choice on every page with the same tabs.
 */
export default function KeyPairSamples(): React.JSX.Element {
  return (
    <Tabs groupId={LANGUAGE_TAB_GROUP} lazy>
      <TabItem value="openssl" label="openssl">
        <CodeBlock language="bash" title="examples/keys/make-keypair.sh">
          {keysOpenssl}
        </CodeBlock>
      </TabItem>
      <TabItem value="node" label="Node.js">
        <CodeBlock language="javascript" title="examples/keys/make-keypair.mjs">
          {keysNode}
        </CodeBlock>
      </TabItem>
      <TabItem value="java" label="Java">
        <CodeBlock language="java" title="examples/keys/MakeKeyPair.java">
          {keysJava}
        </CodeBlock>
      </TabItem>
      <TabItem value="python" label="Python">
        <CodeBlock language="python" title="examples/keys/make_keypair.py">
          {keysPython}
        </CodeBlock>
      </TabItem>
    </Tabs>
  );
}
