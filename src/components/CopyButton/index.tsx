import React, {useEffect, useState} from 'react';
import clsx from 'clsx';
import Translate from '../lazyTranslate';
import t from '../tools.module.css';

interface Props {
  readonly text: string;
  /** What is copied, for screen readers: "Kopier curl". */
  readonly label: string;
}

/** Copies to the clipboard (a local browser API, nothing is sent anywhere) and says so. */
export default function CopyButton({text, label}: Props): React.JSX.Element {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className={t.row}>
      <button
        type="button"
        className={clsx('button button--sm button--secondary', t.button)}
        onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={t.hint}>
        {state === 'copied' ? <Translate id="tools.copy.done">Kopiert</Translate> : null}
        {state === 'failed' ? (
          <Translate id="tools.copy.failed">Kunne ikke kopiere; merk teksten og kopier selv.</Translate>
        ) : null}
      </span>
    </span>
  );
}
