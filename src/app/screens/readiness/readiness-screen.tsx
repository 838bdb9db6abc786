import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../hooks';
import { Link } from '../../router';
import { Page } from '../../components/page';
import { Callout } from '../../components/callout';
import { ButtonLink } from '../../components/button-link';
import { SourceNote } from '../../components/source-note';
import { hrefFor } from '../../../core/routes';
import type { DeviceSignals } from '../../../core/readiness/device';
import { assess, type Asked, type Finding } from '../../../core/readiness/verdict';
import { knownAnswersParam } from '../../../core/readiness/checker-link';
import { READINESS_LAST_CHECKED } from '../../../core/readiness/sources';
import { readDeviceSignals } from '../../../platform/device-signals';
import '../../styles/answers.css';
import './readiness.css';

// Literal ids (as const), so the texts `readiness.a.<answer>` are type-checked keys.
const ANSWERS = {
  contactless: ['yes', 'no', 'unsure'],
  simOwn: ['yes', 'no', 'unsure'],
  iphone: ['iphone7plus', 'older', 'unsure'],
} as const satisfies Record<keyof Asked, readonly string[]>;

/**
 * "Is this phone ready?": reads what the browser can tell, asks only the rest (one question per
 * screen, big buttons), then says plainly ready / what to fix and where / continue on your phone.
 * The answers live in this screen's state only and go to the checker as its phone and SIM answers.
 */
export function ReadinessScreen() {
  const t = useT();
  const [device, setDevice] = useState<DeviceSignals | undefined>(undefined);
  const [asked, setAsked] = useState<Asked>({});
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void readDeviceSignals().then((d) => live && setDevice(d));
    return () => {
      live = false;
    };
  }, []);

  const readiness = device && assess(device, asked);
  const nextQuestion = readiness?.toAsk[0];
  const verdictShown = readiness !== undefined && readiness.verdict !== 'questions';

  // After the last answer the verdict replaces the question: take the reader to it.
  useEffect(() => {
    if (verdictShown && Object.keys(asked).length > 0) heading.current?.focus();
  }, [verdictShown, asked]);

  return (
    <Page title={t('readiness.title')} lead={t('readiness.lead')}>
      {!device && (
        <p role="status" data-readiness="reading">
          {t('readiness.reading')}
        </p>
      )}
      {device && <DeviceSummary device={device} />}
      {nextQuestion && (
        <fieldset class="field" data-question={nextQuestion}>
          <legend>
            <h2>{t(`readiness.q.${nextQuestion}`)}</h2>
          </legend>
          <p class="hint">{t(`readiness.q.${nextQuestion}.hint`)}</p>
          <ul class="answer-list">
            {ANSWERS[nextQuestion].map((answer) => (
              <li key={answer}>
                <button type="button" class="answer" data-answer={answer} onClick={() => setAsked({ ...asked, [nextQuestion]: answer })}>
                  {t(`readiness.a.${answer}`)}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {readiness && readiness.verdict !== 'questions' && (
        <section data-verdict={readiness.verdict} aria-labelledby="readiness-verdict">
          <h2 id="readiness-verdict" tabIndex={-1} ref={heading}>
            {t(`readiness.verdict.${readiness.verdict}`)}
          </h2>
          <p>{t(`readiness.verdict.${readiness.verdict}.text`)}</p>
          <ul class="readiness-findings">
            {readiness.findings.map((f) => (
              <FindingItem key={f.id} finding={f} />
            ))}
          </ul>
          <div class="readiness-actions">
            {readiness.verdict === 'other-device' ? (
              <>
                <button
                  type="button"
                  class="button"
                  data-action="handoff"
                  onClick={() => void import('../../share').then((m) => m.openShareDialog(location.href, { handoff: true }))}
                >
                  {t('readiness.next.handoff')}
                </button>
                <ButtonLink secondary href={hrefFor('checker', {}, { a: 'px' })}>
                  {t('readiness.next.noSmartphone')}
                </ButtonLink>
              </>
            ) : (
              <>
                <Link class="button" data-action="to-checker" href={hrefFor('checker', {}, { a: knownAnswersParam(readiness.known) })}>
                  {t('readiness.next.checker')}
                </Link>
                <ButtonLink secondary href={hrefFor('guide', { tutorial: 'install' })}>
                  {t('readiness.next.install')}
                </ButtonLink>
              </>
            )}
            {Object.keys(asked).length > 0 && (
              <button type="button" class="link-button" data-action="restart" onClick={() => setAsked({})}>
                {t('readiness.restart')}
              </button>
            )}
          </div>
          {readiness.findings.some((f) => f.unconfirmed) && (
            <Callout>
              <p data-unconfirmed>{t('readiness.unconfirmed')}</p>
            </Callout>
          )}
          <SourceNote source={t('readiness.source')} lastChecked={READINESS_LAST_CHECKED} />
        </section>
      )}
    </Page>
  );
}

function DeviceSummary({ device }: { device: DeviceSignals }) {
  const t = useT();
  const version = device.osMajor === undefined ? t('readiness.read.unknownVersion') : String(device.osMajor);
  const kind =
    device.platform === 'android'
      ? t('readiness.read.android', { version })
      : device.platform === 'ios'
        ? t('readiness.read.ios', { version })
        : device.platform === 'desktop'
          ? t('readiness.read.desktop')
          : t('readiness.read.unknown');
  return (
    <section aria-labelledby="readiness-read" data-platform={device.platform}>
      <h2 id="readiness-read">{t('readiness.read.title')}</h2>
      <ul class="plain-list">
        <li>{kind}</li>
        {device.webNfc && <li data-nfc>{t('readiness.read.nfc')}</li>}
      </ul>
    </section>
  );
}

/** One finding, with the way round it where there is one. */
function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  const detour =
    finding.id === 'nfc-no' || finding.id === 'nfc-unknown' || finding.id === 'iphone-old'
      ? { href: hrefFor('guideStep', { tutorial: 'register-level1', step: 'qr-scan' }), text: t('readiness.fix.qrScan') }
      : finding.id === 'os-old'
        ? { href: hrefFor('places', {}, { dv: 'level2' }), text: t('readiness.fix.police') }
        : undefined;
  return (
    <li data-finding={finding.id} data-severity={finding.severity}>
      {t(`readiness.finding.${finding.id}`)}
      {detour && (
        <>
          {' '}
          <Link href={detour.href}>{detour.text}</Link>
        </>
      )}
    </li>
  );
}
