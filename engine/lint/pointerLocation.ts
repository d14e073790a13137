/** A place in a text file, both 1-based (columns count UTF-16 code units, as editors and SARIF do). */
export interface TextLocation {
  line: number;
  column: number;
}

/**
 * Where the JSON pointer points in the text of a JSON file: the key of an object member, the
 * start of an array item, the first value for `''`. A pointer to something the file lacks (a
 * missing text key) gives the place of its nearest existing parent; text that is no JSON gives
 * undefined.
 *
 * @example
 * pointerLocation('{\n  "a": { "b": 1 }\n}', '/a/b'); // { line: 2, column: 10 }
 * pointerLocation('{\n  "a": {}\n}', '/a/missing');   // { line: 2, column: 3 }
 */
export function pointerLocation(text: string, pointer: string): TextLocation | undefined {
  const offsets = new Map<string, number>();
  try {
    new Scanner(text, offsets).document();
  } catch {
    // a syntax error: keep what was found before it
  }
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const offset = offsets.get(current);
    if (offset !== undefined) return locationOf(text, offset);
    if (current === '') return undefined;
  }
}

function locationOf(text: string, offset: number): TextLocation {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** A small JSON scanner that records the offset of every member key and array item by pointer. */
class Scanner {
  private at = 0;

  constructor(private readonly text: string, private readonly offsets: Map<string, number>) {}

  document(): void {
    if (this.text.startsWith('\uFEFF')) this.at = 1;
    this.space();
    if (this.at >= this.text.length) return;
    this.offsets.set('', this.at);
    this.value('');
  }

  private value(pointer: string): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{') return this.object(pointer);
    if (char === '[') return this.array(pointer);
    if (char === '"') {
      this.string();
      return;
    }
    const literal = /^[^\s,\]}]+/.exec(this.text.slice(this.at));
    if (!literal) throw new Error(`no value at ${this.at}`);
    this.at += literal[0].length;
  }

  private object(pointer: string): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.space();
      const keyStart = this.at;
      const key = this.string();
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      this.offsets.set(child, keyStart);
      this.expect(':');
      this.value(child);
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      this.expect('}');
      return;
    }
  }

  private array(pointer: string): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      this.space();
      this.offsets.set(`${pointer}/${index}`, this.at);
      this.value(`${pointer}/${index}`);
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      this.expect(']');
      return;
    }
  }

  private string(): string {
    const start = this.at;
    if (this.text[this.at] !== '"') throw new Error(`no string at ${this.at}`);
    this.at += 1;
    while (this.at < this.text.length && this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
    this.at += 1;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char) throw new Error(`expected ${char} at ${this.at}`);
    this.at += 1;
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) this.at += 1;
  }
}
