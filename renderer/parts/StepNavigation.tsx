import type { ReactNode } from 'react';
import type { SessionError } from '../../engine/session/types';
import { assertNever } from '../../engine/util/assertNever';
import type { Translate } from '../i18n/useT';

export interface StepNavigationProps {
  /** goes back one step of the path; undefined on the first step */
  back: (() => void) | undefined;
  /** the primary button: NEXT on questions and the checklist, SUBMIT on the summary */
  primary: 'next' | 'submit';
  /** the session machine's state (`filling`, `submitting`, `identifying`, …) */
  state: string;
  error: SessionError | undefined;
  canConfirmIdentity: boolean;
  onConfirmIdentity: () => void;
  t: Translate;
}

/**
 * The step's buttons, real `<button>`s: the primary one submits the step's form, so Enter in a
 * field moves on; "Zurück" is a plain button. While the package is being made and sent the
 * submit button is disabled and a status line says so; a failed submission or identity check
 * is shown above the buttons.
 *
 * @example
 * <StepNavigation back={() => send({ type: 'BACK' })} primary="next" state="filling" error={undefined} … />
 */
export function StepNavigation(props: StepNavigationProps): ReactNode {
  const { back, primary, state, error, canConfirmIdentity, onConfirmIdentity, t } = props;
  const working = state === 'submitting' || state === 'identifying';
  return (
    <div className="ff-navigation">
      {error === undefined ? null : (
        <div className="kern-alert kern-alert--danger ff-session-error" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{errorText(error, t)}</p>
            {isIdentityError(error) && canConfirmIdentity ? (
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onConfirmIdentity}>
                <span className="kern-label">{t('ui.identity.confirm')}</span>
              </button>
            ) : null}
          </div>
        </div>
      )}
      <p className="kern-body ff-navigation__status" role="status">
        {state === 'submitting' ? t('ui.submitting') : state === 'identifying' ? t('ui.loading') : ''}
      </p>
      <div className="ff-actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={working}>
          <span className="kern-label">{t(primary === 'submit' ? 'ui.submit' : 'ui.next')}</span>
        </button>
        {back === undefined ? null : (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={back} disabled={working}>
            <span className="kern-label">{t('ui.back')}</span>
          </button>
        )}
      </div>
    </div>
  );
}

function isIdentityError(error: SessionError): boolean {
  return error.code === 'identity-required' || error.code === 'identity-insufficient' || error.code === 'identity-failed';
}

/** `ui.session.error.<code>`, identity levels named in words. */
function errorText(error: SessionError, t: Translate): string {
  switch (error.code) {
    case 'identity-required':
    case 'identity-insufficient':
      return t(`ui.session.error.${error.code}`, {
        required: t(`identity.level.${error.required}`),
        reached: t(`identity.level.${error.reached}`),
      });
    case 'identity-failed':
    case 'package-failed':
    case 'submit-failed':
      return t(`ui.session.error.${error.code}`);
    default:
      return assertNever(error);
  }
}
