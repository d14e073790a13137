/**
 * The answer path of a JSON Forms control scope, as pointer tokens: `#/properties/umzug/properties/plz`
 * gives `['umzug', 'plz']`. Only chains of `properties` are meaningful for answers; anything else is
 * a form author's mistake and throws with `where` (file and JSON pointer) in the message.
 *
 * @example
 * scopeTokens('#/properties/name', 'forms/vaem/ui/person.json#/elements/0'); // ['name']
 */
export function scopeTokens(scope: unknown, where: string): string[] {
  const parts = typeof scope === 'string' && scope.startsWith('#/') ? scope.slice(2).split('/') : [];
  const valid = parts.length >= 2 && parts.length % 2 === 0 && parts.every((part, i) => i % 2 === 1 || part === 'properties');
  if (!valid) {
    throw new Error(
      `${where}/scope: ${JSON.stringify(scope)} is no control scope; write "#/properties/<step>/properties/<field>"`,
    );
  }
  // JSON Forms scopes are URI fragments: tokens may be percent-encoded and pointer-escaped
  return parts
    .filter((_, i) => i % 2 === 1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'));
}
