// The token inspector's state: the settled input (after typing stops), the analysis and its report, made once per
// input with analyseToken (loaded on first use, with jose and x509 only when the token needs them), and a new
// check at the moment the token expires, so "expired" appears without the reader touching anything.
import {useEffect, useState} from 'react';
import type {ActiveEnvironmentId} from '@site/src/lib/environments';
import type {AnalysisResult} from '@site/src/lib/jwt/analyse';
import {useDebounced} from '../toolHooks';

export interface TokenInputs {
  readonly token: string;
  readonly environment: ActiveEnvironmentId;
  readonly expectedScopes: string;
  readonly keyText: string;
}

export interface TokenAnalysis {
  readonly result?: AnalysisResult;
  /** The plain-text report for a support ticket, made with the result. */
  readonly report?: string;
  /** A newer input is being analysed. */
  readonly pending: boolean;
  /** The rules could not be loaded (offline before the tool was first used). */
  readonly failed: boolean;
}

const loadAnalysis = () =>
  Promise.all([import('@site/src/lib/jwt/analyse'), import('@site/src/lib/report'), import('../findingTexts')]);

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function useTokenAnalysis({token, environment, expectedScopes, keyText}: TokenInputs): TokenAnalysis {
  const settledToken = useDebounced(token);
  const settledScopes = useDebounced(expectedScopes);
  const settledKey = useDebounced(keyText);
  // Bumped when the token passes its exp, so the findings are computed at that moment again.
  const [recheck, setRecheck] = useState(0);
  const empty = settledToken.trim() === '';
  const inputKey = JSON.stringify([settledToken, environment, settledScopes, settledKey, recheck]);
  const [done, setDone] = useState<{key: string; result?: AnalysisResult; report?: string; failed: boolean}>();

  useEffect(() => {
    if (empty) return undefined;
    let current = true;
    const scopes = settledScopes.split(/\s+/).filter((s) => s !== '');
    loadAnalysis()
      .then(async ([{analyseToken}, {formatTokenReport}, {FINDING_TEXTS}]) => {
        const result = await analyseToken(settledToken, {
          environment,
          now: nowSeconds(),
          keyText: settledKey,
          ...(scopes.length > 0 ? {expectedScopes: scopes} : {}),
        });
        return {result, report: formatTokenReport(result, FINDING_TEXTS)};
      })
      .then(
        ({result, report}) => {
          if (current) setDone({key: inputKey, result, report, failed: false});
        },
        () => {
          // Only loading can fail here (analyseToken never throws on input): the rules could not be fetched.
          if (current) setDone({key: inputKey, failed: true});
        },
      );
    return () => {
      current = false;
    };
  }, [empty, inputKey, settledToken, environment, settledScopes, settledKey]);

  // One timer to the token's exp, not a tick every second: the analysis runs again once, when it expires.
  const result = empty ? undefined : done?.result;
  const exp = result?.times?.exp;
  useEffect(() => {
    if (exp === undefined) return undefined;
    const left = exp - nowSeconds();
    if (left < 0) return undefined;
    const timer = setTimeout(() => setRecheck((n) => n + 1), (left + 1) * 1000);
    return () => clearTimeout(timer);
  }, [exp]);

  if (empty) return {pending: false, failed: false};
  const current = done?.key === inputKey;
  return {
    ...(result ? {result} : {}),
    ...(done?.report !== undefined ? {report: done.report} : {}),
    pending: !current,
    failed: current && done.failed,
  };
}
