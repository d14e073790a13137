/** A blank copy of an Anlage's questions to print and hand over (the employer's Einkommensbescheinigung). */
export interface VordruckModel {
  /** the Anlage's title, e.g. "Anlage EB: Einkommensbescheinigung vom Arbeitgeber" */
  title: string;
  /** what the person filling it in needs to know, in paragraphs */
  intro: string[];
  /** whom it is about ("Beschäftigte Person: Julia Fischer, geboren am 03.04.1991"), when known */
  person?: string;
  sections: VordruckSection[];
  /** below the last question: where to sign ("Datum, Stempel und Unterschrift des Arbeitgebers") */
  signature: string;
  /** printed at the foot of every page */
  footer: string;
}

export interface VordruckSection {
  title: string;
  blocks: VordruckBlock[];
}

/** Questions to answer once, or (a list's item) several times with a numbered heading. */
export interface VordruckBlock {
  /** for a list's items: the heading of each copy ("Monat"), numbered 1…repeat */
  heading?: string;
  repeat: number;
  fields: VordruckField[];
}

export interface VordruckField {
  label: string;
  /** the choices to tick; empty for a free answer written on a line */
  options: string[];
}
