/**
 * A synthetic, very long page built like a Swedish kommun's Sitevision page (header, search, main menu,
 * breadcrumb, left sub-menu, `div#Innehall` with the article, contact box, footer), so the benchmark can
 * say how the pipeline copes with "a 10 MB page". The text is invented and deterministic (seeded), and
 * deliberately full of what the speech rules handle: abbreviations, amounts, dates, times, phone numbers.
 */

const SUBJECTS = [
  'Byggnadsnämnden',
  'Kommunstyrelsen',
  'Miljö- och hälsoskyddsnämnden',
  'Socialnämnden',
  'Barn- och utbildningsnämnden',
  'Tekniska nämnden',
  'Kultur- och fritidsnämnden',
  'Överförmyndarnämnden',
];

const SENTENCES = [
  (s: string, n: number) => `${s} beslutade den ${1 + (n % 28)} mars 2024 att bevilja ansökan om bygglov.`,
  (s: string, n: number) => `Avgiften är ${1 + (n % 9)} ${100 + (n % 900)} kr enligt taxan, t.ex. för en tillbyggnad.`,
  (_s: string, n: number) => `Handläggningstiden är ca ${2 + (n % 10)} veckor från det att ansökan är komplett.`,
  (_s: string, n: number) => `Kontakta kundtjänst på 090-16 10 00 mellan kl. ${8 + (n % 3)}.00 och 16.30 på vardagar.`,
  (s: string) => `${s} ansvarar bl.a. för tillsyn, rådgivning och prövning enligt plan- och bygglagen.`,
  (_s: string, n: number) =>
    `Sammanträdet hålls i Stadshuset, Skolgatan ${10 + (n % 80)}, och är öppet för allmänheten.`,
  (_s: string, n: number) => `Enligt 9 kap. ${2 + (n % 40)} § PBL krävs bygglov för nybyggnad och tillbyggnad.`,
  () => 'Du kan lämna synpunkter via e-tjänsten eller skicka ett brev till kommunens registratur.',
  (_s: string, n: number) =>
    `Under ${2020 + (n % 5)} kom det in ${100 + ((n * 37) % 900)} ärenden, dvs. ${(n % 30) + 5} % fler än året innan.`,
  () => 'Beslutet kan överklagas till länsstyrelsen inom tre veckor från den dag du fick ta del av det.',
];

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

function chrome(title: string): { head: string; top: string; bottom: string } {
  const menu = Array.from(
    { length: 12 },
    (_, i) => `<li class="sv-menu-item"><a href="/meny-${i}">Huvudmeny ${i + 1}</a></li>`,
  ).join('');
  const sub = Array.from(
    { length: 60 },
    (_, i) => `<li><a href="/bygga-bo-och-miljo/sida-${i}">Undersida ${i + 1} om bygglov och anmälan</a></li>`,
  ).join('');
  const head = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${title} - Umeå kommun</title>
<meta name="description" content="Protokoll och beslut från kommunens nämnder.">
<meta property="og:site_name" content="Umeå kommun"></head>`;
  const top = `<body class="sv-layout">
<a class="sv-skip-link" href="#Innehall">Gå till innehåll</a>
<div class="sv-cookie-consent">Vi använder kakor för att webbplatsen ska fungera. <button>Jag förstår</button></div>
<header class="sv-layout sv-template-portlet" id="svid10_header"><a href="/"><svg role="img" aria-label="Umeå kommun"><title>Umeå kommun</title></svg></a>
<form role="search" action="/sok"><label for="q">Sök</label><input id="q" name="q"><button>Sök</button></form>
<nav aria-label="Huvudmeny"><ul class="sv-menu">${menu}</ul></nav></header>
<nav class="sv-breadcrumbs" aria-label="Du är här:"><a href="/">Start</a> / <a href="/kommun-och-politik">Kommun och politik</a> / ${title}</nav>
<div class="sv-layout" id="svid10_main"><aside class="sv-layout sv-vertical" id="svid12_left"><nav aria-label="Undermeny"><ul>${sub}</ul></nav></aside>
<div class="sv-layout" id="Innehall"><div class="sv-text-portlet sv-use-margins" id="svid12_content">
<div class="sv-text-portlet-content"><h1 class="heading">${title}</h1>
<p class="sv-font-ingress">Här publiceras protokoll, beslut och kungörelser från kommunens nämnder i sin helhet.</p>
<p class="sv-font-liten">Publicerad 4 mars 2024. Senast uppdaterad 12 april 2024.</p>`;
  const bottom = `</div></div>
<div class="sv-text-portlet sv-feedback"><h2>Hittade du det du sökte?</h2><button>Ja</button><button>Nej</button></div>
<div class="sv-text-portlet sv-contact"><h2>Kontakt</h2><p>Kundtjänst, 090-16 10 00, kundtjanst@umea.se</p></div>
</div></div>
<footer class="sv-layout" id="svid10_footer"><p>Umeå kommun, 901 84 Umeå. Organisationsnummer 212000-2742.</p>
<ul><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li></ul></footer>
</body></html>`;
  return { head, top, bottom };
}

/** A page of about `targetBytes` UTF-8 bytes; the article grows by sections until it is that large. */
export function municipalPage(
  targetBytes: number,
  seed = 2024,
): { html: string; sections: number; paragraphs: number } {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const title = 'Protokoll och beslut från nämnderna';
  const { head, top, bottom } = chrome(title);
  const parts = [head, top];
  let bytes = Buffer.byteLength(head + top + bottom);
  let sections = 0;
  let paragraphs = 0;
  while (bytes < targetBytes) {
    sections++;
    const subject = pick(SUBJECTS);
    const section: string[] = [`<h2>§ ${sections} ${subject}, ärende ${1000 + sections}</h2>`];
    const count = 2 + Math.floor(random() * 4);
    for (let p = 0; p < count; p++) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
        pick(SENTENCES)(subject, Math.floor(random() * 10_000)),
      );
      section.push(`<p>${sentences.join(' ')}</p>`);
      paragraphs++;
    }
    if (sections % 3 === 0) {
      const items = Array.from({ length: 3 + (sections % 4) }, () => `<li>${pick(SENTENCES)(subject, sections)}</li>`);
      section.push(`<h3>Beslutsunderlag</h3><ul>${items.join('')}</ul>`);
    }
    const html = `<div class="sv-text-portlet"><div class="sv-text-portlet-content">${section.join('\n')}</div></div>\n`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  parts.push(bottom);
  return { html: parts.join(''), sections, paragraphs };
}
