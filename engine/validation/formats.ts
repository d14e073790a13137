import { isDate } from './formats/isDate';
import { isDateFuture } from './formats/isDateFuture';
import { isDatePast } from './formats/isDatePast';
import { isEmail } from './formats/isEmail';
import { isIban } from './formats/isIban';
import { isPhone } from './formats/isPhone';
import { isPlz } from './formats/isPlz';
import { isRvnr } from './formats/isRvnr';
import { isSteuerId } from './formats/isSteuerId';

/** A format check: true when the string has the format. Formats apply to strings only. */
export type FormatCheck = (value: string) => boolean;

/**
 * Every `format` a form schema may use, by name. Both the run-time validators (ajv) and the
 * standalone validators the Vite plugin generates call these same functions.
 *
 * @example
 * formats.iban!('DE89370400440532013000'); // true
 * Object.keys(formats); // ['date', 'date-past', 'date-future', 'iban', 'plz', 'email', 'phone', 'steuer-id', 'rvnr']
 */
export const formats: Readonly<Record<string, FormatCheck>> = {
  date: isDate,
  'date-past': isDatePast,
  'date-future': isDateFuture,
  iban: isIban,
  plz: isPlz,
  email: isEmail,
  phone: isPhone,
  'steuer-id': isSteuerId,
  rvnr: isRvnr,
};
