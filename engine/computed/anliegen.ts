import type { Computation } from './computations';

const KANAELE = ['e-akte', 'postfach', 'service-center'] as const;
type Kanal = (typeof KANAELE)[number];

/** The Anliegen every jobcenter must offer: a message about anything else. */
const IMMER_ANGEBOTEN = 'sonstiges';

/**
 * A message's Anliegen as the jobcenter configures it (its configuration is a form of its own,
 * handed to the message form by the host as `/$context/jobcenter/anliegen`): whether it is
 * offered, the info text to show, the referral text (only when it is not offered), and the
 * routing channel.
 * Without a configuration (or an entry for the Anliegen) it is offered and goes to the E-Akte;
 * "sonstiges" is always offered.
 *
 * @example
 * anliegen.run({ anliegen: 'zahlung', konfiguration: { zahlung: { angeboten: false, verweisText: 'Bitte rufen Sie an.', kanal: 'service-center' } } }, '2026-03-10', {});
 * // { angeboten: false, verweisText: 'Bitte rufen Sie an.', kanal: 'service-center' }
 */
export const anliegen: Computation = {
  inputs: [
    { name: 'anliegen', required: true },
    { name: 'konfiguration', required: false },
  ],
  output: {
    type: 'object',
    properties: {
      angeboten: { type: 'boolean' },
      infoText: { type: 'string' },
      verweisText: { type: 'string' },
      kanal: { enum: [...KANAELE] },
    },
  },
  run(inputs) {
    const chosen = inputs['anliegen'];
    if (typeof chosen !== 'string' || chosen === '') return undefined;
    const all = inputs['konfiguration'];
    const entry = typeof all === 'object' && all !== null ? (all as Record<string, unknown>)[chosen] : undefined;
    const config = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const kanal = (KANAELE as readonly unknown[]).includes(config['kanal']) ? (config['kanal'] as Kanal) : 'e-akte';
    const angeboten = chosen === IMMER_ANGEBOTEN || config['angeboten'] !== false;
    // a referral text kept from before the Anliegen was switched on again says nothing any more
    return { angeboten, ...text(config, 'infoText'), ...(angeboten ? {} : text(config, 'verweisText')), kanal };
  },
};

function text(config: Record<string, unknown>, key: string): Record<string, string> {
  const value = config[key];
  return typeof value === 'string' && value.trim() !== '' ? { [key]: value } : {};
}
