/**
 * Building blocks for the municipal corpus. An article body is a list of fragments: HTML that is read
 * (its text is expected) or noise (on the page, inside the article, but not to be read: an image
 * credit, an in-text "Läs mer" link). The page gets every fragment's HTML; the expected text gets the
 * text of the read ones only, so the expected text comes from what we wrote, never from our extractor.
 */

export type Frag = string | { noise: string };

export const noise = (html: string): Frag => ({ noise: html });

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

export const renderFrags = (frags: readonly Frag[]) =>
  frags.map((f) => (typeof f === 'string' ? f : f.noise)).join('\n');
export const readFrags = (frags: readonly Frag[]) => frags.filter((f): f is string => typeof f === 'string').join('\n');

export const p = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${text}</p>`;
export const h2 = (text: string, cls = '') => `<h2${cls ? ` class="${cls}"` : ''}>${text}</h2>`;
export const h3 = (text: string, cls = '') => `<h3${cls ? ` class="${cls}"` : ''}>${text}</h3>`;
export const ul = (items: readonly string[], cls = '') =>
  `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (items: readonly string[]) => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
export const quote = (text: string, cite = '') =>
  `<blockquote><p>${text}</p>${cite ? `<footer>${cite}</footer>` : ''}</blockquote>`;

/** A data table: header row, then rows; `caption` is read. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, caption = '', cls = ''): string {
  return (
    `<table${cls ? ` class="${cls}"` : ''}>${caption ? `<caption>${caption}</caption>` : ''}` +
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`
  );
}

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export type DateFormat = 'long' | 'iso' | 'iso-time' | 'short' | 'dmy' | 'den';

/** An ISO date as a site prints it. */
export function formatDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  switch (format) {
    case 'long':
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 'den':
      return `den ${d} ${MONTHS[m - 1]} ${y}`;
    case 'iso':
      return iso;
    case 'iso-time':
      return `${iso} ${String(8 + (d % 9)).padStart(2, '0')}:${String((d * 7) % 60).padStart(2, '0')}`;
    case 'short':
      return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
    case 'dmy':
      return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  }
}

/** Figure with an image, a caption that is read and a credit that is not. */
export function figure(
  src: string,
  alt: string,
  caption: string,
  credit: string,
  style: 'span' | 'inline' | 'small' = 'span',
): Frag[] {
  const img = `<img src="${src}" alt="${attr(alt)}" width="800" height="450" loading="lazy">`;
  if (style === 'inline')
    return [
      noise(`<figure class="image">${img}<figcaption>`),
      `${caption}`,
      noise(` Foto: ${credit}</figcaption></figure>`),
    ];
  if (style === 'small')
    return [
      noise(`<figure>${img}<figcaption>`),
      caption,
      noise(`<small class="byline">Bild: ${credit}</small></figcaption></figure>`),
    ];
  return [
    noise(`<figure class="figure">${img}<figcaption class="figure__caption">`),
    `<span class="figure__text">${caption}</span>`,
    noise(`<span class="figure__credit">Foto: ${credit}</span></figcaption></figure>`),
  ];
}

let accordionId = 0;

/** FAQ-style expandable sections: the question and the answer are both article text. */
export function accordion(items: ReadonlyArray<readonly [string, string]>, style: 0 | 1 | 2): string {
  return items
    .map(([q, a]) => {
      const id = `acc-${++accordionId}`;
      if (style === 0)
        return `<div class="accordion"><h3 class="accordion__heading"><button type="button" class="accordion__button" aria-expanded="false" aria-controls="${id}">${q}</button></h3><div id="${id}" class="accordion__panel" hidden><p>${a}</p></div></div>`;
      if (style === 1) return `<details class="expandable"><summary>${q}</summary><div><p>${a}</p></div></details>`;
      return `<section class="accordion-section"><input type="radio" name="active-section" id="${id}"><label class="accordion-toggle" for="${id}"><h4>${q}</h4></label><div class="accordion-content"><p>${a}</p></div></section>`;
    })
    .join('\n');
}

/** A link styled as a button to an e-service: article text (it says what to do). */
export const eService = (href: string, text: string) =>
  `<p><a class="btn btn-primary e-service" href="${href}">${text}</a></p>`;

/** A lone "Läs mer" link after a paragraph: not worth reading. */
export const readMore = (href: string, text = 'Läs mer') =>
  noise(`<p class="read-more"><a href="${href}">${text}</a></p>`);
