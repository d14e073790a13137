import type { IdentityLevel } from '../engine/definition/types';

/** The texts of the dialog in one language. */
interface DialogTexts {
  title: string;
  badge: string;
  explanation: string;
  pin: string;
  requested: (level: string) => string;
  identity: string;
  confirm: string;
  cancel: string;
  levels: Record<IdentityLevel, string>;
}

const TEXTS: Record<'de' | 'en', DialogTexts> = {
  de: {
    title: 'Test-Identifizierung – kein echter Online-Ausweis',
    badge: 'Nur im Demo-Portal',
    explanation:
      'Hier würde ein echtes Portal jetzt die Identifizierung bei seinem eID-Dienst starten: Die AusweisApp öffnet sich, und Sie halten Ihren Ausweis an das Handy oder das Kartenlesegerät.',
    pin: 'Ihre PIN geben Sie dabei nur in der AusweisApp ein. Das Formular sieht Ihre PIN nie.',
    requested: (level) => `Verlangtes Vertrauensniveau: ${level}.`,
    identity: 'Dieser Test prüft nichts. Mit „Identität bestätigen (Test)“ meldet sich die Testidentität Erika Mustermann an.',
    confirm: 'Identität bestätigen (Test)',
    cancel: 'Abbrechen',
    levels: {
      keine: 'keine Anmeldung',
      basis: 'basis – Anmeldung mit Benutzername und Passwort',
      substanziell: 'substanziell – sichere Anmeldung, zum Beispiel mit ELSTER-Zertifikat',
      hoch: 'hoch – Anmeldung mit dem Online-Ausweis (eID)',
    },
  },
  en: {
    title: 'Test identification – not a real online ID',
    badge: 'Demo portal only',
    explanation:
      "A real portal would now start the identification with its eID service here: the AusweisApp opens, and you hold your ID card to your phone or card reader.",
    pin: 'You enter your PIN only in the AusweisApp. The form never sees your PIN.',
    requested: (level) => `Trust level requested: ${level}.`,
    identity: 'This test checks nothing. "Confirm identity (test)" logs in the test identity Erika Mustermann.',
    confirm: 'Confirm identity (test)',
    cancel: 'Cancel',
    levels: {
      keine: 'no login',
      basis: 'basic – login with user name and password',
      substanziell: 'substantial – secure login, for example with an ELSTER certificate',
      hoch: 'high – login with your online ID card (eID)',
    },
  },
};

/**
 * Asks the citizen, in a native modal `<dialog>`, to confirm the test identity: resolves true
 * for "Identität bestätigen (Test)", false for "Abbrechen" or Escape. The dialog is built with
 * DOM calls, not markup strings or inline styles, so it runs under `script-src 'self'`; it
 * speaks English when the page's `<html lang>` does. Focus moves to the dialog's heading, and
 * after closing back to the element that had it (once that is usable again), so a keyboard
 * user continues where the submit started.
 *
 * @example
 * if (await testIdentityDialog('hoch')) grant(); else refuse();
 */
export function testIdentityDialog(level: IdentityLevel): Promise<boolean> {
  const texts = document.documentElement.lang.startsWith('en') ? TEXTS.en : TEXTS.de;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const dialog = element('dialog', 'kern-dialog demo-identity');
  const headingId = 'demo-identity-title';
  const textId = 'demo-identity-text';
  dialog.setAttribute('aria-labelledby', headingId);
  dialog.setAttribute('aria-describedby', textId);

  const heading = element('h2', 'kern-title kern-title--large', texts.title);
  heading.id = headingId;
  // focus goes to the heading, so a screen reader starts at the top; Tab reaches the buttons
  heading.tabIndex = -1;
  const header = element('header', 'kern-dialog__header');
  header.append(heading);

  const body = element('div', 'kern-dialog__body');
  const text = element('div', 'demo-identity__text');
  text.id = textId;
  text.append(
    element('p', 'kern-body demo-identity__badge', texts.badge),
    element('p', 'kern-body', texts.explanation),
    element('p', 'kern-body', texts.pin),
    element('p', 'kern-body kern-body--bold', texts.requested(texts.levels[level])),
    element('p', 'kern-body', texts.identity),
  );
  body.append(text);

  const confirm = button('kern-btn kern-btn--primary', texts.confirm);
  const cancel = button('kern-btn kern-btn--secondary', texts.cancel);
  const footer = element('footer', 'kern-dialog__footer');
  footer.append(confirm, cancel);
  dialog.append(header, body, footer);

  return new Promise((resolve) => {
    confirm.addEventListener('click', () => dialog.close('confirm'));
    cancel.addEventListener('click', () => dialog.close('cancel'));
    // Escape fires `cancel` and closes the dialog with an empty returnValue: a refusal
    dialog.addEventListener('close', () => {
      const confirmed = dialog.returnValue === 'confirm';
      dialog.remove();
      resolve(confirmed);
      if (opener !== undefined) returnFocus(opener);
    });
    document.body.append(dialog);
    dialog.showModal();
    heading.focus();
  });
}

/**
 * Puts focus back on the element the dialog was opened from. The session disables the submit
 * button while it asks for the identity and enables it once the answer is in, a few renders
 * later; so this waits (up to about a second) until the element is usable. If the page has
 * moved focus itself meanwhile (the confirmation's heading) or the element is gone, it stays.
 */
function returnFocus(opener: HTMLElement, framesLeft = 60): void {
  const active = document.activeElement;
  const focusElsewhere = active !== null && active !== document.body && active !== opener;
  if (!opener.isConnected || focusElsewhere) return;
  if (!isDisabled(opener)) {
    opener.focus();
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => returnFocus(opener, framesLeft - 1));
}

function isDisabled(target: HTMLElement): boolean {
  return target instanceof HTMLButtonElement && target.disabled;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function button(className: string, label: string): HTMLButtonElement {
  const created = element('button', className);
  created.type = 'button';
  created.append(element('span', 'kern-label', label));
  return created;
}
