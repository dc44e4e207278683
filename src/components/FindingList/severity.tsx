// A finding's severity as a word and a shape: apart from the list, so the troubleshooting page's reference
// can show them without loading the tools' code and texts.
import React from 'react';
import {translate} from '@docusaurus/Translate';
import type {Severity} from '@site/src/lib/finding-types';
import type {TextLookup} from '@site/src/lib/i18n';
import {severityLabel as severityWord} from '@site/src/lib/words';
import styles from './styles.module.css';

// Docusaurus's own texts, which every page has: the troubleshooting page's reference names severities too.
const PAGE_TEXTS: TextLookup = {text: (id, message, values) => translate({id, message}, values)};

export const severityLabel = (severity: Severity): string => severityWord(severity, PAGE_TEXTS);

/** Severity as a shape as well as a colour: a cross for errors, a triangle for warnings, an "i" for info. */
export function SeverityIcon({severity}: {readonly severity: Severity}): React.JSX.Element {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="var(--ifm-background-surface-color)" strokeWidth="1.8" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path d="M8 .8 15.5 15H.5Z" fill="currentColor" />
          <path d="M8 5.5v4.5M8 11.6v1.6" stroke="var(--ifm-background-surface-color)" strokeWidth="1.8" />
        </>
      ) : (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M8 7v5M8 3.8v1.6" stroke="var(--ifm-background-surface-color)" strokeWidth="1.8" />
        </>
      )}
    </svg>
  );
}
