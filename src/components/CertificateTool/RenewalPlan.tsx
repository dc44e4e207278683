import React, {useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '../lazyTranslate';
import {buildCalendar, type CalendarEvent} from '@site/src/lib/ics';
import {planRenewal, type RenewalPlan, type RenewalStep} from '@site/src/lib/renewal-plan';
import t from '../tools.module.css';
import styles from './styles.module.css';

/** The section on the client page that explains the plan; the plan and the calendar file link to it. */
export const RENEWAL_SECTION = 'docs/klient-og-integrasjon#fornye-sertifikat-uten-nedetid';

function stepText(step: RenewalStep, locale: string): string {
  switch (step.id) {
    case 'renew-key':
      return translate(
        {
          id: 'tools.cert.plan.renewKey',
          message:
            'Registrer nøkkelen på klienten på nytt: en registrert nøkkel lever høyst ett år, og denne går ut {keyExpires} (MP-121)',
        },
        {keyExpires: step.keyExpires !== undefined ? formatDate(step.keyExpires, locale) : ''},
      );
    case 'order':
      return translate({id: 'tools.cert.plan.order', message: 'Bestill nytt virksomhetssertifikat'});
    case 'register-new':
      return translate({
        id: 'tools.cert.plan.registerNew',
        message: 'Registrer nøkkelen fra det nye sertifikatet på klienten, ved siden av den gamle',
      });
    case 'switch':
      return translate({id: 'tools.cert.plan.switch', message: 'Bytt til å signere grantet med det nye sertifikatet'});
    default:
      return translate({
        id: 'tools.cert.plan.removeOld',
        message: 'Fjern den gamle nøkkelen fra klienten: det gamle sertifikatet er utløpt',
      });
  }
}

function formatDate(date: string, locale: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? date
    : new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(d);
}

/**
 * How long the file's Blob URL stays valid after the click. The browser reads the Blob after the click's task,
 * in its own time: revoked on the next task, a busy machine lost the download without a word.
 */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Hands the calendar text to the browser as a file: a Blob URL, no request leaves the page. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'text/calendar;charset=utf-8'}));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

interface Props {
  /** The plan with the key registered today. */
  readonly plan: RenewalPlan;
  /** The certificate's expiry, to plan again from another registration date. */
  readonly notAfterSeconds: number;
  /** When the certificate was read, seconds since the epoch: "today" for the plan. */
  readonly now: number;
  /** The certificate holder's name, for the calendar entries. */
  readonly holder: string;
  readonly locale: string;
  readonly siteUrl: string;
  readonly baseUrl: string;
}

/** The dated rotation steps and the .ics file with them. */
export default function RenewalPlanView({
  plan: planToday,
  notAfterSeconds,
  now,
  holder,
  locale,
  siteUrl,
  baseUrl,
}: Props): React.JSX.Element {
  const dateId = useId();
  const [registered, setRegistered] = useState('');
  const plan = useMemo((): RenewalPlan => {
    const seconds = Date.parse(`${registered}T00:00:00Z`) / 1000;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(registered) || !Number.isFinite(seconds)) return planToday;
    return planRenewal(notAfterSeconds, now, {keyRegistered: seconds}) ?? planToday;
  }, [registered, notAfterSeconds, now, planToday]);
  const sectionHref = `${baseUrl}${RENEWAL_SECTION}`;
  const calendar = (): string => {
    const description = translate(
      {
        id: 'tools.cert.plan.ics.description',
        message: 'Virksomhetssertifikatet utløper {expires}. Slik bytter dere uten nedetid: {url}',
      },
      {expires: plan.expires, url: `${siteUrl}${sectionHref}`},
    );
    const events: CalendarEvent[] = plan.steps.map((s) => ({
      uid: `${s.id}-${s.date}-${plan.expires}-${holder.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}@maskinporten-pensjon`,
      date: s.date,
      summary: holder ? `Maskinporten: ${stepText(s, locale)} (${holder})` : `Maskinporten: ${stepText(s, locale)}`,
      description,
    }));
    return buildCalendar(
      events,
      Math.floor(Date.now() / 1000),
      translate({id: 'tools.cert.plan.ics.name', message: 'Fornyelse av virksomhetssertifikat'}),
    );
  };
  return (
    <section className={styles.plan} aria-labelledby="cert-renewal-plan" data-renewal-plan={plan.expires}>
      <p className={t.subheading} id="cert-renewal-plan">
        <Translate id="tools.cert.plan.heading" values={{expires: formatDate(plan.expires, locale)}}>
          {'Fornyelsesplan (sertifikatet utløper {expires})'}
        </Translate>
      </p>
      <ol className={styles.steps}>
        {plan.steps.map((s) => (
          <li key={s.id} data-plan-step={s.id} data-date={s.date} className={clsx(s.overdue && styles.overdue)}>
            <strong>{formatDate(s.date, locale)}</strong>: {stepText(s, locale)}
            {s.overdue ? (
              <>
                {' '}
                <span className={styles.note}>
                  <Translate id="tools.cert.plan.overdue">(datoen er passert: gjør det nå)</Translate>
                </span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <div className={t.field}>
        <label htmlFor={dateId} className={t.label}>
          <Translate id="tools.cert.plan.registered.label">
            Nøkkelen ble lagt på klienten (valgfritt; ellers regnes det fra i dag)
          </Translate>
        </label>
        <input
          id={dateId}
          type="date"
          className={t.input}
          value={registered}
          data-key-registered=""
          onChange={(e) => setRegistered(e.target.value)}
        />
      </div>
      <p className={styles.note}>
        <Translate id="tools.cert.plan.suggestion">
          Datoene er et forslag (60, 30 og 14 dager før utløp), ikke et krav fra Digdir. En nøkkel som er registrert på
          klienten (kid), lever høyst ett år (MP-121); planen registrerer den på nytt 14 dager før den går ut.
        </Translate>{' '}
        <a href={sectionHref}>
          <Translate id="tools.cert.plan.section">Slik fornyer dere uten nedetid</Translate>
        </a>
      </p>
      <button
        type="button"
        className="button button--sm button--primary"
        data-download-ics=""
        onClick={() => download(calendar(), `virksomhetssertifikat-${plan.expires}.ics`)}>
        <Translate id="tools.cert.plan.download">Last ned kalenderfil (.ics)</Translate>
      </button>
    </section>
  );
}
