import React, {useEffect, useState} from 'react';
import clsx from 'clsx';
import Translate from '../lazyTranslate';
import {formatUnixTime} from '../toolHooks';
import styles from './styles.module.css';

interface Props {
  /** The token's exp, seconds since the epoch. */
  readonly exp: number;
  readonly locale: string;
}

/**
 * Time left until exp, ticking once a second in this small component only (so the claim rows are not drawn again
 * on every tick), and standing still once the token has expired.
 */
export default function Countdown({exp, locale}: Props): React.JSX.Element {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  const left = exp - now;
  const expired = left <= 0;
  useEffect(() => {
    if (expired) return undefined;
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(timer);
  }, [expired]);
  if (expired) {
    return (
      <p className={clsx(styles.countdown, styles.expired)} data-countdown="expired">
        <Translate id="tools.token.expiredAt" values={{time: formatUnixTime(exp, locale).local}}>
          {'Utløpt {time}'}
        </Translate>
      </p>
    );
  }
  return (
    <p className={styles.countdown} data-countdown={left}>
      <Translate id="tools.token.expiresIn" values={{minutes: Math.floor(left / 60), seconds: left % 60}}>
        {'Utløper om {minutes} min {seconds} s'}
      </Translate>
    </p>
  );
}
