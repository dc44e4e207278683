import React, {useId, useMemo} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '../lazyTranslate';
import FindingList from '../Findings';
import {useRemembered} from '../toolMemory';
import {ExampleButtons} from '../ToolShell';
import {TextArea} from '../ToolFields';
import {useDebounced, useModule} from '../toolHooks';

const loadScopeRules = () => import('@site/src/lib/scopes');
import t from '../tools.module.css';
import styles from './styles.module.css';

/** The seed page's garbled scope and the seed's Skatteetaten line, as readers copy them. */
export const SCOPE_EXAMPLES: Record<string, string> = {
  garbled: 'NAV:aareg/v1/arbeidsforhold/otplan/v1/saldoopplysninger',
  skatteetaten: '"Skatteetaten:inntekt/skatteetaten:inntektsmottakere" og "Skatteetaten:tjenestepensjonsavtale"',
  valid: 'skatteetaten:inntektsmottakere nav:aareg/v1/arbeidsforhold/otp',
};

interface Props {
  readonly initialValue?: string;
}

/** Scope validator: grammar, known DSOP scopes, and a one-click fix for the usual copy-paste mistakes. */
export default function ScopeValidator({initialValue = ''}: Props): React.JSX.Element {
  const inputId = useId();
  const [text, setText] = useRemembered('scope-validator.text', initialValue);
  const settled = useDebounced(text);
  const rules = useModule(loadScopeRules, text.trim() !== '');
  const checkScopes = rules.module?.checkScopes;
  const result = useMemo(
    () => (settled.trim() === '' || !checkScopes ? undefined : checkScopes(settled)),
    [settled, checkScopes],
  );

  // The fix changes the text in the field: focus stays in the tool, on that field, not on <body> where the
  // fix button was before it went away with the finding.
  const applyFix = (suggestion: string): void => {
    setText(suggestion);
    document.getElementById(inputId)?.focus();
  };

  return (
    <div>
      <ExampleButtons
        examples={[
          {
            id: 'garbled',
            label: translate({id: 'tools.scope.example.garbled', message: 'Sammenflettet scope fra gammel side'}),
          },
          {
            id: 'skatteetaten',
            label: translate({id: 'tools.scope.example.skatteetaten', message: 'Skatteetaten-linjen'}),
          },
          {id: 'valid', label: translate({id: 'tools.scope.example.valid', message: 'Gyldige scopes'})},
        ]}
        onLoad={(id) => setText(SCOPE_EXAMPLES[id] ?? '')}
      />
      <TextArea
        id={inputId}
        label={<Translate id="tools.scope.input.label">Scopes</Translate>}
        hint={
          <Translate id="tools.scope.input.hint">
            Ett eller flere scopes, skilt med mellomrom, slik de står i grantet.
          </Translate>
        }
        className={styles.input}
        value={text}
        onChange={setText}
        rows={3}
      />

      {result?.suggestion ? (
        <div className={styles.suggestion} data-suggestion="">
          <p className={styles.suggestionText}>
            <Translate id="tools.scope.suggestion" values={{suggestion: <code>{result.suggestion}</code>}}>
              {'Forslag: {suggestion}'}
            </Translate>
          </p>
          <button
            type="button"
            className={clsx('button button--primary button--sm', t.button)}
            data-fix=""
            onClick={() => applyFix(result.suggestion ?? '')}>
            <Translate id="tools.scope.applySuggestion">Bruk forslaget</Translate>
          </button>
        </div>
      ) : null}

      {result && result.scopes.length > 0 ? (
        <>
          <p className={t.subheading}>
            <Translate id="tools.scope.table.heading">Scopes slik de blir tolket</Translate>
          </p>
          <div className={t.tableWrap}>
            <table className={t.table}>
              <thead>
                <tr>
                  <th scope="col">
                    <Translate id="tools.scope.table.scope">Scope</Translate>
                  </th>
                  <th scope="col" className={t.nowrap}>
                    <Translate id="tools.scope.table.owner">Eier</Translate>
                  </th>
                  <th scope="col">
                    <Translate id="tools.scope.table.api">API</Translate>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.scopes.map((s, i) => (
                  <tr key={`${s.scope}-${i}`} data-scope={s.scope}>
                    <td>
                      <code>{s.scope}</code>
                    </td>
                    <td className={t.nowrap}>{s.dsop?.owner ?? s.related?.owner ?? '–'}</td>
                    <td>
                      {s.dsop?.api ?? s.related?.api ?? (
                        <Translate id="tools.scope.table.unknown">Ikke et kjent DSOP-scope</Translate>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <FindingList
        pending={settled.trim() !== '' && !result}
        failed={rules.failed}
        findings={result?.findings ?? []}
        renderAction={(f) =>
          typeof f.params.suggestion === 'string' && f.params.suggestion !== '' ? (
            <button
              type="button"
              className={clsx('button button--outline button--secondary button--sm', t.button, styles.fixButton)}
              onClick={() => applyFix(String(f.params.suggestion))}>
              <Translate id="tools.scope.fixThis">Rett automatisk</Translate>
            </button>
          ) : null
        }
      />
    </div>
  );
}
