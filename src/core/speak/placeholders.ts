/**
 * Placeholders for finished speech. A step whose words must not be touched by later steps (a phone
 * number read in groups, an address) shelves them and leaves one private-use character in the text;
 * `restore` puts the words back at the end.
 */

/** Placeholders: 0xE000.. for finished words, 0xE800.. for dates and times, which ranges may join. */
export class Shelf {
  private items: string[] = [];

  put(spoken: string, rangeable = false): string {
    const base = rangeable ? 0xe800 : 0xe000;
    const ch = String.fromCharCode(base + this.items.length);
    this.items.push(spoken);
    // A text long enough to exhaust 2048 placeholders is left as words in place.
    return this.items.length > 0x7ff ? spoken : ch;
  }

  restore(text: string): string {
    for (let pass = 0; pass < 3 && /[\uE000-\uEFFF]/.test(text); pass++) {
      text = text.replace(/[\uE000-\uEFFF]/g, (ch) => {
        const code = ch.charCodeAt(0);
        return this.items[code >= 0xe800 ? code - 0xe800 : code - 0xe000] ?? '';
      });
    }
    return text;
  }
}
