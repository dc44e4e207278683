// The code samples, each the text of the tested file in examples/ (see test/samples). No copy lives here,
// so the page cannot drift from what the tests run.

import curlSample from '@site/examples/curl/token.sh?raw';
import nodeSample from '@site/examples/node/token.mjs?raw';
import javaSample from '@site/examples/java/MaskinportenToken.java?raw';
import pythonSample from '@site/examples/python/maskinporten_token.py?raw';

export type SampleId = 'curl' | 'node' | 'java' | 'python';

export interface CodeSample {
  id: SampleId;
  label: string;
  /** Path from the repository root, shown as the code block's title. */
  file: string;
  /** Prism language. */
  language: string;
  text: string;
  /** What to type, after the settings are in place. */
  command: string;
}

export const CODE_SAMPLES: readonly CodeSample[] = [
  {
    id: 'curl',
    label: 'curl',
    file: 'examples/curl/token.sh',
    language: 'bash',
    text: curlSample,
    command: 'GRANT=eyJhbGciOiJSUzI1NiIs... MASKINPORTEN_ENV=test ./token.sh',
  },
  {
    id: 'node',
    label: 'Node.js',
    file: 'examples/node/token.mjs',
    language: 'javascript',
    text: nodeSample,
    command: [
      'npm install jose',
      'openssl pkcs12 -in virksomhet.p12 -nocerts -nodes -out nokkel.pem',
      'openssl pkcs12 -in virksomhet.p12 -nokeys -out kjede.pem',
      'CLIENT_ID=<klient-id> PRIVATE_KEY_PATH=nokkel.pem CERT_CHAIN_PATH=kjede.pem node token.mjs',
    ].join('\n'),
  },
  {
    id: 'java',
    label: 'Java',
    file: 'examples/java/MaskinportenToken.java',
    language: 'java',
    text: javaSample,
    command:
      'CLIENT_ID=<klient-id> KEYSTORE_PATH=virksomhet.p12 KEYSTORE_PASSWORD=<passord> java MaskinportenToken.java',
  },
  {
    id: 'python',
    label: 'Python',
    file: 'examples/python/maskinporten_token.py',
    language: 'python',
    text: pythonSample,
    command: [
      'pip install pyjwt cryptography',
      'CLIENT_ID=<klient-id> KEYSTORE_PATH=virksomhet.p12 KEYSTORE_PASSWORD=<passord> python3 maskinporten_token.py',
    ].join('\n'),
  },
];
