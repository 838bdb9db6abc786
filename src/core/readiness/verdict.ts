import type { DeviceSignals } from './device';

/**
 * "Is this phone ready for VNeID?" — about 30 seconds before any tutorial or trip to the police.
 * What the browser can read is read (src/platform/device-signals.ts); only what it cannot is asked.
 * The verdict says plainly: ready, or what to fix and where, or "continue on your phone".
 */
export type Answer = 'yes' | 'no' | 'unsure';

/** What the person is asked, only where the browser cannot tell. */
export interface Asked {
  /** "Do you pay contactless (tap to pay) with this phone?" — then it has NFC. Android only. */
  contactless?: Answer;
  /** "Is the SIM in this phone registered in your own name?" */
  simOwn?: Answer;
  /** "Which iPhone?" — chip reading needs an iPhone 7 or later. */
  iphone?: 'iphone7plus' | 'older' | 'unsure';
}

export type FindingId =
  | 'os-ok'
  | 'os-old'
  | 'os-unknown'
  | 'nfc-yes'
  | 'nfc-no'
  | 'nfc-unknown'
  | 'iphone-old'
  | 'storage-low'
  | 'sim-own'
  | 'sim-other'
  | 'sim-unknown'
  | 'not-a-phone';

/** block: must be fixed before VNeID can work on this phone; fix: a detour exists; ok: fine. */
export type Severity = 'ok' | 'fix' | 'block';

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** The threshold or fact behind it is not officially confirmed (shown once, compactly). */
  unconfirmed: boolean;
}

/** Answers the checker would otherwise ask (its `phone` and `sim` questions), by option id. */
export interface KnownAnswers {
  phone?: 'nfc' | 'android' | 'iphone';
  sim?: 'own' | 'other' | 'unknown';
}

export type VerdictKind = 'ready' | 'fix' | 'blocked' | 'other-device' | 'questions';

export interface Readiness {
  verdict: VerdictKind;
  findings: Finding[];
  known: KnownAnswers;
  /** The questions still to ask, in order. */
  toAsk: (keyof Asked)[];
}

/**
 * Lowest OS versions reported for the VNeID app. No official figure was found: secondary reports say
 * Android 5 and iOS 13 (domain/vneid-facts.md §2, [S]); the screen marks them unconfirmed.
 */
export const MIN_OS = { android: 5, ios: 13 } as const;

/** Below this browser quota the phone is probably nearly full (the app itself needs room to install). */
export const LOW_STORAGE_QUOTA = 1024 ** 3;

export function assess(device: DeviceSignals, asked: Asked): Readiness {
  if (device.platform === 'desktop') {
    return { verdict: 'other-device', findings: [{ id: 'not-a-phone', severity: 'fix', unconfirmed: false }], known: {}, toAsk: [] };
  }
  const findings: Finding[] = [];
  const known: KnownAnswers = {};
  const toAsk: (keyof Asked)[] = [];

  findings.push(osFinding(device));

  if (device.platform === 'android' || device.platform === 'unknown') {
    const hasNfc = device.webNfc || asked.contactless === 'yes';
    if (hasNfc) {
      findings.push({ id: 'nfc-yes', severity: 'ok', unconfirmed: false });
      known.phone = 'nfc';
    } else if (asked.contactless === undefined) {
      toAsk.push('contactless');
    } else {
      // Not paying by tap does not prove there is no NFC: say so, and give the card-QR path.
      findings.push({ id: asked.contactless === 'no' ? 'nfc-no' : 'nfc-unknown', severity: 'fix', unconfirmed: false });
      if (device.platform === 'android') known.phone = 'android';
    }
  } else {
    known.phone = 'iphone';
    if (asked.iphone === undefined) toAsk.push('iphone');
    else if (asked.iphone === 'iphone7plus') findings.push({ id: 'nfc-yes', severity: 'ok', unconfirmed: true });
    else findings.push({ id: asked.iphone === 'older' ? 'iphone-old' : 'nfc-unknown', severity: 'fix', unconfirmed: true });
  }

  if (device.storageQuota !== undefined && device.storageQuota < LOW_STORAGE_QUOTA) {
    findings.push({ id: 'storage-low', severity: 'fix', unconfirmed: true });
  }

  if (asked.simOwn === undefined) toAsk.push('simOwn');
  else {
    const sim = asked.simOwn === 'yes' ? 'own' : asked.simOwn === 'no' ? 'other' : 'unknown';
    known.sim = sim;
    findings.push({ id: `sim-${sim}`, severity: sim === 'own' ? 'ok' : 'fix', unconfirmed: false });
  }

  const verdict: VerdictKind =
    toAsk.length > 0
      ? 'questions'
      : findings.some((f) => f.severity === 'block')
        ? 'blocked'
        : findings.some((f) => f.severity === 'fix')
          ? 'fix'
          : 'ready';
  return { verdict, findings, known, toAsk };
}

function osFinding(device: DeviceSignals): Finding {
  const min = device.platform === 'ios' ? MIN_OS.ios : device.platform === 'android' ? MIN_OS.android : undefined;
  if (min === undefined || device.osMajor === undefined) return { id: 'os-unknown', severity: 'ok', unconfirmed: true };
  if (device.osMajor < min) return { id: 'os-old', severity: 'block', unconfirmed: true };
  return { id: 'os-ok', severity: 'ok', unconfirmed: true };
}
