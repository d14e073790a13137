import { wholeYearsBetween } from '../util/dates';

export type Rolle = 'antragsteller' | 'partner' | 'kind' | 'elternteil' | 'verwandt' | 'sonstige';
export type Partnerschaft = 'ehe' | 'lebenspartnerschaft' | 'nichtehelich';

/** One person of the flat with what the law makes of them (see householdPersonSchema). */
export interface HouseholdPerson {
  id: string;
  vorname?: string;
  nachname?: string;
  geburtsdatum?: string;
  /** whole years at the application date; absent while the date of birth is missing or invalid */
  alter?: number;
  rolle: Rolle;
  partnerschaft?: Partnerschaft;
  /** member of the Bedarfsgemeinschaft */
  bg: boolean;
  /** relative in the flat outside the BG (Haushaltsgemeinschaft) */
  hg: boolean;
}

export interface Household {
  personen: HouseholdPerson[];
  bgAnzahl: number;
  hgAnzahl: number;
  /** euros of assets that do not count in the Karenzzeit: first BG person + each further one */
  vermoegensgrenze: number;
}

export interface HouseholdRules {
  /** a child belongs to the BG while younger than this (unmarried) */
  kindBgBisAlter: number;
  vermoegenErstePerson: number;
  vermoegenJedeWeitere: number;
}

/** The applicant's id: always the first person of the household. */
export const APPLICANT_ID = 'p0';

const partnerships: Record<string, Partnerschaft> = {
  'partner-ehe': 'ehe',
  'partner-lebenspartnerschaft': 'lebenspartnerschaft',
  'partner-nichtehelich': 'nichtehelich',
};
const married = new Set(['verheiratet', 'lebenspartnerschaft']);

/**
 * Who in the flat belongs to the Bedarfsgemeinschaft (§ 7 Abs. 3 SGB II: the applicant, a
 * partner, unmarried children under 25) and who to the Haushaltsgemeinschaft (other relatives),
 * with each person's age at the application date. Total: missing answers give a person without
 * age (a child of unknown age counts as in the BG until the date is known), never an exception.
 *
 * @example
 * deriveHousehold({ vorname: 'Anna', geburtsdatum: '1990-01-01' },
 *   [{ id: 'p1', vorname: 'Ben', geburtsdatum: '2017-05-01', beziehung: 'kind' }], '2026-03-10', rules);
 * // { personen: [{ id: 'p0', rolle: 'antragsteller', alter: 36, bg: true, … }, { id: 'p1', rolle: 'kind', alter: 8, bg: true, … }],
 * //   bgAnzahl: 2, hgAnzahl: 0, vermoegensgrenze: 55000 }
 */
export function deriveHousehold(applicant: unknown, others: unknown, today: string, rules: HouseholdRules): Household {
  const personen: HouseholdPerson[] = [person(record(applicant), APPLICANT_ID, 'antragsteller', today, rules)];
  (Array.isArray(others) ? others : []).forEach((entry, index) => {
    const answers = record(entry);
    const id = typeof answers['id'] === 'string' && answers['id'] !== '' ? answers['id'] : `p${index + 1}`;
    personen.push(person(answers, id, rolleOf(answers['beziehung']), today, rules));
  });
  const bgAnzahl = personen.filter((p) => p.bg).length;
  return {
    personen,
    bgAnzahl,
    hgAnzahl: personen.filter((p) => p.hg).length,
    vermoegensgrenze: rules.vermoegenErstePerson + rules.vermoegenJedeWeitere * Math.max(0, bgAnzahl - 1),
  };
}

function person(answers: Record<string, unknown>, id: string, rolle: Rolle, today: string, rules: HouseholdRules): HouseholdPerson {
  const alter = wholeYearsBetween(answers['geburtsdatum'], today);
  const partnerschaft = partnerships[String(answers['beziehung'])];
  const bg = memberOfBg(rolle, alter, answers['familienstand'], rules);
  return {
    id,
    ...text(answers, 'vorname'),
    ...text(answers, 'nachname'),
    ...text(answers, 'geburtsdatum'),
    ...(alter === undefined || alter < 0 ? {} : { alter }),
    rolle,
    ...(partnerschaft === undefined ? {} : { partnerschaft }),
    bg,
    hg: !bg && (rolle === 'kind' || rolle === 'elternteil' || rolle === 'verwandt'),
  };
}

function memberOfBg(rolle: Rolle, alter: number | undefined, familienstand: unknown, rules: HouseholdRules): boolean {
  switch (rolle) {
    case 'antragsteller':
    case 'partner':
      return true;
    case 'kind':
      return (alter === undefined || alter < rules.kindBgBisAlter) && !married.has(String(familienstand));
    default:
      return false;
  }
}

function rolleOf(beziehung: unknown): Rolle {
  if (typeof beziehung !== 'string') return 'sonstige';
  if (beziehung in partnerships) return 'partner';
  if (beziehung === 'kind' || beziehung === 'elternteil' || beziehung === 'verwandt') return beziehung;
  return 'sonstige';
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(answers: Record<string, unknown>, key: string): Record<string, string> {
  const value = answers[key];
  return typeof value === 'string' && value !== '' ? { [key]: value } : {};
}
