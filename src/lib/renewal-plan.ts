// The renewal plan for a business certificate: from its expiry, the dates to order the new one, put its key on
// the client next to the old, switch signing to it and take the old key away; and, because a key registered on
// a client lives at most one year (MP-121) while the certificate lives three, the dates to register the key
// again before each year is out. Pure: no x509, no DOM.

export type RenewalStepId = 'order' | 'register-new' | 'switch' | 'remove-old' | 'renew-key';

export interface RenewalStep {
  readonly id: RenewalStepId;
  /** Calendar date, `YYYY-MM-DD` (UTC). */
  readonly date: string;
  /** The date is before today: do it now. */
  readonly overdue: boolean;
  /** `renew-key` only: the day the key registered on the client runs out (MP-121 from then). */
  readonly keyExpires?: string;
}

export interface RenewalPlan {
  /** The certificate's expiry as a calendar date (UTC). */
  readonly expires: string;
  readonly steps: readonly RenewalStep[];
}

export interface RenewalOptions {
  /** Days before expiry to order the new certificate. */
  readonly orderDaysBefore?: number;
  /** When the key was (or will be) registered on the client, seconds since the epoch; `now` when absent. */
  readonly keyRegistered?: number;
}

/**
 * A key registered on a client lives at most one year (Digdir: "høyst 1 år", MP-121; certificate-facts.ts
 * `key-lifetime`). Counted as 365 days, which is never longer than a calendar year.
 */
export const KEY_LIFETIME_DAYS = 365;
/** Days before the registered key runs out to register it again: the site's suggestion, not a rule. */
export const KEY_RENEWAL_LEAD_DAYS = 14;
/** At most this many re-registrations in one plan (a certificate lives three years). */
const MAX_KEY_RENEWALS = 10;

/**
 * Days before (negative: after) expiry for each step. These lead times are the site's suggestion, not a rule
 * from Digdir or the CAs: ordering a certificate takes days to weeks, and the switch needs a quiet window.
 */
export const RENEWAL_OFFSETS: Readonly<Record<Exclude<RenewalStepId, 'renew-key'>, number>> = {
  order: 60,
  'register-new': 30,
  switch: 14,
  'remove-old': -1,
};

const DAY = 24 * 3600;

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The plan, or undefined for a time that is not a finite date. */
export function planRenewal(
  notAfterSeconds: number,
  nowSeconds: number,
  options: RenewalOptions = {},
): RenewalPlan | undefined {
  if (!Number.isFinite(notAfterSeconds) || !Number.isFinite(nowSeconds)) return undefined;
  if (Math.abs(notAfterSeconds) > 8.64e12 || Math.abs(nowSeconds) > 8.64e12) return undefined;
  const order = options.orderDaysBefore;
  const offsets = {
    ...RENEWAL_OFFSETS,
    ...(order !== undefined && Number.isInteger(order) && order > RENEWAL_OFFSETS['register-new'] && order <= 365
      ? {order}
      : {}),
  };
  const today = isoDate(nowSeconds);
  const ids: readonly Exclude<RenewalStepId, 'renew-key'>[] = ['order', 'register-new', 'switch', 'remove-old'];
  const steps: RenewalStep[] = ids.map((id) => {
    const date = isoDate(notAfterSeconds - offsets[id] * DAY);
    return {id, date, overdue: date < today};
  });
  // The key signs until the switch to the new certificate: register it again before each year runs out.
  const switchAt = notAfterSeconds - offsets.switch * DAY;
  const registered = options.keyRegistered;
  let from =
    typeof registered === 'number' && Number.isFinite(registered) && Math.abs(registered) < 8.64e12
      ? registered
      : nowSeconds;
  for (let i = 0; i < MAX_KEY_RENEWALS; i++) {
    const expiresAt = from + KEY_LIFETIME_DAYS * DAY;
    if (expiresAt >= switchAt) break;
    const renewAt = expiresAt - KEY_RENEWAL_LEAD_DAYS * DAY;
    const date = isoDate(renewAt);
    steps.push({id: 'renew-key', date, overdue: date < today, keyExpires: isoDate(expiresAt)});
    from = Math.max(renewAt, nowSeconds);
  }
  return {
    expires: isoDate(notAfterSeconds),
    steps: steps
      .map((s, i) => ({s, i}))
      .sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i))
      .map(({s}) => s),
  };
}
