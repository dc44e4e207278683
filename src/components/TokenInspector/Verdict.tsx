import React from 'react';
import Translate from '../lazyTranslate';
import type {AnalysisResult} from '@site/src/lib/jwt/analyse';
import {tokenKindLabel} from '@site/src/lib/words';
import {countText} from '../FindingList/counts';
import {environmentName} from '../fieldNames';
import {TOOL_TEXTS} from '../toolTexts';
import t from '../tools.module.css';
import styles from './styles.module.css';

/** What the signature step concluded, in words: checked or not, and when not, why. */
function SignatureLine({result}: {readonly result: AnalysisResult}): React.JSX.Element | null {
  if (result.signature === 'valid')
    return (
      <p className={styles.verdictLine}>
        {result.signatureKey === 'x5c' ? (
          <Translate id="tools.token.signature.validX5c">
            Signaturen er kontrollert med sertifikatet i x5c, slik Maskinporten gjør, og er gyldig.
          </Translate>
        ) : (
          <Translate id="tools.token.signature.valid">Signaturen er kontrollert og gyldig.</Translate>
        )}
      </p>
    );
  if (result.signature === 'invalid')
    return (
      <p className={styles.verdictLine}>
        <Translate id="tools.token.signature.invalid">
          Signaturen er kontrollert og er ugyldig. Funnene under sier hvorfor og hva dere kan prøve.
        </Translate>
      </p>
    );
  switch (result.notChecked) {
    case 'unsigned':
      return (
        <p className={styles.verdictLine} data-signature-not-checked="unsigned">
          <Translate id="tools.token.signature.unsigned">Tokenet er ikke signert (alg: none).</Translate>
        </p>
      );
    case 'malformed':
      return (
        <p className={styles.verdictLine} data-signature-not-checked="malformed">
          <Translate id="tools.token.signature.malformed">
            Signaturen er ikke kontrollert: tokenet kan ikke leses. Rett feilene under først.
          </Translate>
        </p>
      );
    case 'key-problem':
      return (
        <p className={styles.verdictLine} data-signature-not-checked="key-problem">
          <Translate id="tools.token.signature.keyProblem">
            Signaturen er ikke kontrollert: nøkkelen kunne ikke brukes. Funnene under sier hvorfor.
          </Translate>
        </p>
      );
    case 'no-key':
      return (
        <p className={styles.verdictLine} data-signature-not-checked="no-key">
          <Translate id="tools.token.signature.notChecked">
            Signaturen er ikke kontrollert. Lim inn den offentlige nøkkelen (JWK, JWKS, PEM eller sertifikatet) i feltet
            «Offentlig nøkkel» under, så kontrolleres den her i nettleseren.
          </Translate>
        </p>
      );
    default:
      return null;
  }
}

interface Props {
  readonly result: AnalysisResult;
  /** A newer input is being analysed: the result shown is the previous one. */
  readonly pending: boolean;
}

/** The answer first: kind, environment, counts, and what the signature check concluded. */
export default function Verdict({result, pending}: Props): React.JSX.Element {
  return (
    <div className={styles.verdict} data-verdict="" data-signature={result.signature}>
      <p className={styles.kind} data-token-kind={result.kind}>
        <Translate id="tools.token.kind" values={{kind: tokenKindLabel(result.kind, TOOL_TEXTS)}}>
          {'Type: {kind}'}
        </Translate>
      </p>
      <p className={styles.verdictLine} data-verdict-counts="">
        <Translate
          id="tools.token.verdict.counts"
          values={{
            environment: environmentName(result.environment),
            errors: countText('error', result.counts.error),
            warnings: countText('warning', result.counts.warning),
          }}>
          {'Miljø: {environment} · {errors}, {warnings}'}
        </Translate>
      </p>
      {pending ? (
        <p className={t.hint}>
          <Translate id="tools.token.signature.pending">Kontrollerer signaturen …</Translate>
        </p>
      ) : (
        <SignatureLine result={result} />
      )}
    </div>
  );
}
