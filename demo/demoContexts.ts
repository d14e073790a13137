import type { SubmissionPackage } from '../engine/submission/types';

/**
 * What the demo portal, as a jobcenter's portal would, hands to forms as `context`:
 * - the message form gets the jobcenter's Postfach configuration — the one last sent with the
 *   configuration form in this browser, else a sample;
 * - Unterlagen nachreichen gets the citizen's earlier submission with the Nachweise still
 *   outstanding — the last one sent in this browser with Nachweise marked for later, else a sample;
 * - the Weiterbewilligungsantrag gets what the jobcenter knows — taken from the last Hauptantrag
 *   sent in this browser (approved for the 12 months from the month after), else a sample.
 * Kept in localStorage, like a portal's back end would keep them.
 */
const CONFIGURATION_KEY = 'formflow.demo.jobcenter';
const EARLIER_KEY = 'formflow.demo.vorgang';
const KNOWN_KEY = 'formflow.demo.bekannt';

const sampleJobcenter = {
  name: 'Jobcenter Musterstadt',
  anliegen: {
    zahlung: {
      angeboten: false,
      verweisText: 'Fragen zur Zahlung klärt das Service Center am schnellsten: 0800 4 5555 00 (kostenfrei), Montag bis Freitag 8 bis 18 Uhr.',
      kanal: 'service-center',
    },
    bescheid: { angeboten: true, infoText: 'Nennen Sie bitte das Datum des Bescheids und, wenn vorhanden, das Geschäftszeichen.', kanal: 'postfach' },
    krankmeldung: { angeboten: true, infoText: 'Schicken Sie bitte die Arbeitsunfähigkeitsbescheinigung als Anhang mit.', kanal: 'e-akte' },
  },
};

const sampleEarlier = {
  referenz: 'DEMO-2026-0042',
  formular: 'Antrag auf Bürgergeld',
  eingereichtAm: '2026-11-02',
  offeneNachweise: [
    { id: 'konto:kontoauszuege', document: 'kontoauszuege', person: 'Erika Mustermann' },
    { id: 'KDU:bg:vertrag:mietvertrag', document: 'mietvertrag' },
  ],
};

const sampleKnown = {
  antragsteller: { vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '1984-05-12', familienstand: 'ledig' },
  personen: [{ id: 'p1', vorname: 'Leon', nachname: 'Mustermann', geburtsdatum: '2015-09-01', beziehung: 'kind', familienstand: 'ledig' }],
  adresse: { strasse: 'Lindenstraße', hausnummer: '12a', plz: '10115', ort: 'Berlin' },
  konto: { iban: 'DE89370400440532013000', kontoinhaber: 'Erika Mustermann' },
  bewilligung: { von: '2026-01-01', bis: '2026-12-31', bgNummer: '96301BG0012345' },
};

/** The context the demo gives a form, or undefined for forms that read none. */
export function demoContext(formId: string): Record<string, unknown> | undefined {
  if (formId === 'nachricht') return { jobcenter: stored(CONFIGURATION_KEY) ?? sampleJobcenter };
  if (formId === 'nachreichen') return { vorgang: stored(EARLIER_KEY) ?? sampleEarlier };
  if (formId === 'wba') return { bekannt: stored(KNOWN_KEY) ?? sampleKnown };
  return undefined;
}

/**
 * Keeps what later forms read: a sent jobcenter configuration (its answers are the
 * configuration) and a submission with Nachweise marked for later (the earlier submission).
 */
export function rememberForContexts(pkg: SubmissionPackage): void {
  const { formId, submissionId, submittedAt } = pkg.metadata;
  if (formId === 'jobcenter-konfiguration') {
    const data = pkg.data as { jobcenter?: { name?: string }; anliegen?: Record<string, unknown> };
    store(CONFIGURATION_KEY, { name: data.jobcenter?.name ?? '', anliegen: data.anliegen ?? {} });
    return;
  }
  if (formId === 'hauptantrag') store(KNOWN_KEY, knownFrom(pkg.data as Record<string, Record<string, unknown> | undefined>, submittedAt));
  const outstanding = pkg.metadata.evidence.filter((nachweis) => nachweis.status === 'later');
  if (outstanding.length === 0) return;
  store(EARLIER_KEY, {
    referenz: submissionId.slice(0, 8).toUpperCase(),
    formular: pkg.metadata.routing.anliegensart,
    eingereichtAm: submittedAt.slice(0, 10),
    offeneNachweise: outstanding.map(({ id, document, person }) => ({ id, document, ...(person === undefined ? {} : { person }) })),
  });
}

/** What the jobcenter knows after a Hauptantrag: its persons, address and account, approved for 12 months. */
function knownFrom(data: Record<string, Record<string, unknown> | undefined>, submittedAt: string): Record<string, unknown> {
  const { person = {}, adresse = {}, konto = {}, haushalt = {} } = data;
  const start = new Date(`${submittedAt.slice(0, 7)}-01T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() + 1);
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  end.setUTCDate(0);
  return {
    antragsteller: { vorname: person['vorname'], nachname: person['nachname'], geburtsdatum: person['geburtsdatum'], familienstand: person['familienstand'] },
    personen: Array.isArray(haushalt['personen']) ? haushalt['personen'] : [],
    adresse: { strasse: adresse['strasse'], hausnummer: adresse['hausnummer'], plz: adresse['plz'], ort: adresse['ort'] },
    konto: { iban: konto['iban'], kontoinhaber: konto['kontoinhaber'] },
    bewilligung: { von: start.toISOString().slice(0, 10), bis: end.toISOString().slice(0, 10) },
  };
}

function stored(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function store(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private mode or a full storage: the demo falls back to its samples
  }
}
