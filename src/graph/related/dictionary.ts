/**
 * Interns strings (entity ids, words) as dense numbers, so per-article vectors and postings are
 * typed arrays indexed by them instead of string-keyed maps: a 100k-article model stays a few
 * hundred megabytes and its inner loops read arrays.
 */
export class Dictionary {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];

  get size(): number {
    return this.names.length;
  }

  intern(name: string): number {
    let value = this.numbers.get(name);
    if (value === undefined) {
      value = this.names.length;
      this.numbers.set(name, value);
      this.names.push(name);
    }
    return value;
  }

  find(name: string): number | undefined {
    return this.numbers.get(name);
  }

  name(value: number): string {
    const name = this.names[value];
    if (name === undefined) throw new RangeError(`no dictionary entry ${value}`);
    return name;
  }
}
