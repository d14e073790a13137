import type { IdentityLevel } from '../engine/definition/types';

/**
 * The fixed German texts of the E-Akte copy. The copy is always German (the jobcenter's file
 * language), so these are not looked up in the form's i18n files.
 */
export const labels = {
  documentKind: 'E-Akte-Kopie einer Online-Übermittlung',
  form: 'Formular',
  formVersion: (id: string, version: string) => `${id}, Version ${version}`,
  edition: 'Ausgabe',
  submissionId: 'Vorgangsnummer',
  submittedAt: 'Eingegangen am',
  identity: 'Identifizierung',
  identityLevels: {
    keine: 'ohne Identifizierung',
    basis: 'Basis (Benutzername und Passwort)',
    substanziell: 'Substanziell (z. B. ELSTER-Zertifikat)',
    hoch: 'Hoch (Online-Ausweis)',
  } satisfies Record<IdentityLevel, string>,
  identityText: (reached: string, required: string) => `erreicht: ${reached}; erforderlich: ${required}`,
  channelOnline: 'Online',
  anlageName: (code: string, name: string | undefined) =>
    name === undefined ? `Anlage ${code}` : name.startsWith('Anlage') ? name : `Anlage ${code} – ${name}`,
  forItem: (name: string, person: string | undefined) => (person === undefined ? name : `${name} (${person})`),
  applicant: 'Antragsteller/in',
  contentHash: 'Prüfsumme (Inhalt)',
  routingTitle: 'Weiterleitung',
  anliegensart: 'Anliegensart',
  jobcenter: 'Jobcenter',
  channel: 'Eingangskanal',
  kanal: 'Bearbeitung über',
  kanalNames: { 'e-akte': 'E-Akte', postfach: 'Postfach', 'service-center': 'Service Center' } as Record<string, string>,
  anlagenTitle: 'Anlagen',
  noAnlagen: 'Keine Anlagen erforderlich.',
  evidenceTitle: 'Nachweise',
  noEvidence: 'Keine Nachweise erforderlich.',
  reason: 'Grund',
  status: 'Status',
  uploaded: (filenames: string[]) =>
    filenames.length === 0 ? 'hochgeladen' : `hochgeladen: ${filenames.join(', ')}`,
  later: 'wird nachgereicht',
  missing: 'fehlt',
  continued: '(Fortsetzung)',
  substituted: (count: number) =>
    (count === 1
      ? 'Hinweis: 1 Zeichen konnte in dieser Schrift nicht dargestellt werden und wurde'
      : `Hinweis: ${count} Zeichen konnten in dieser Schrift nicht dargestellt werden und wurden`) +
    ' durch „�“ ersetzt. Die Angaben sind unverändert in der eingebetteten Datei ' +
    'antrag-daten.json enthalten.',
  dataAttached:
    'Die Angaben liegen maschinenlesbar als eingebettete Datei antrag-daten.json bei.',
  evidencePrefix: 'Nachweis',
  uploadStamp: (evidence: string, filename: string, page: number, pages: number) =>
    `${evidence} – ${filename}, Seite ${page} von ${pages} der Datei`,
  uploadHeading: (evidence: string, filename: string) => `Nachweis: ${evidence} – ${filename}`,
  uploadFailedTitle: (filename: string) => `Die Datei „${filename}“ konnte nicht eingefügt werden.`,
  uploadFailedEncrypted: 'Die PDF-Datei ist verschlüsselt.',
  uploadFailedUnreadable: 'Die Datei ist beschädigt oder hat ein nicht unterstütztes Format.',
  uploadFailedEmpty: 'Die PDF-Datei enthält keine Seiten.',
  uploadFailedNote: 'Die Originaldatei ist Teil der Übermittlung und kann dort geprüft werden.',
  footerForm: (id: string, version: string) => `${id} ${version}`,
  footerPage: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  dataFileName: 'antrag-daten.json',
  dataFileDescription: 'Angaben der Übermittlung (JSON)',
  producer: 'formflow',
} as const;
