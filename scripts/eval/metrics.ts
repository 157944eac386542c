/**
 * Token precision, recall and F1 of an extracted text against the expected text. Tokens are runs of
 * letters and digits, lower-cased; both texts are bags of tokens (a word said twice counts twice), so
 * order, punctuation and white space do not matter, and every missing or extra word does.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function tokens(text: string): string[] {
  return text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function score(got: string, expected: string): Scores {
  const want = new Map<string, number>();
  const exp = tokens(expected);
  for (const t of exp) want.set(t, (want.get(t) ?? 0) + 1);
  const have = tokens(got);
  let overlap = 0;
  for (const t of have) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      want.set(t, n - 1);
    }
  }
  // Nothing expected and nothing found is a perfect answer; either one alone is a miss.
  if (exp.length === 0 && have.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = have.length ? overlap / have.length : 0;
  const recall = exp.length ? overlap / exp.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function mean(values: readonly Scores[]): Scores {
  const n = values.length || 1;
  const sum = (k: keyof Scores) => values.reduce((s, v) => s + v[k], 0) / n;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}

/** The text a reader would see in an element: no scripts, styles or templates, white space collapsed. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      const tag = (node as Element).tagName?.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
      const block =
        tag && /^(P|DIV|LI|H\d|TR|TD|TH|BR|SECTION|ARTICLE|BLOCKQUOTE|FIGCAPTION|DT|DD|UL|OL|TABLE|PRE)$/.test(tag);
      if (block) parts.push('\n');
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
