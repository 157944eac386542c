/**
 * Site chrome as Swedish municipal sites build it, each part in several variants (markup and wording
 * differ from site to site). Each part returns its HTML and the strings it shows that must never be
 * read (they become the fixture's mustNotContain).
 */
import { attr } from './html';

export interface Part {
  html: string;
  notRead: string[];
}

const part = (html: string, ...notRead: string[]): Part => ({ html, notRead });

export function skipLink(variant: number, target = 'content'): Part {
  switch (variant % 5) {
    case 0:
      return part(`<a class="skip-link" href="#${target}">Gå till innehåll</a>`, 'Gå till innehåll');
    case 1:
      return part(
        `<ul id="skip"><li><a href="#${target}">Hoppa till huvudinnehåll</a></li><li><a href="#navigation">Gå till huvudmeny</a></li></ul>`,
        'Hoppa till huvudinnehåll',
        'Gå till huvudmeny',
      );
    case 2:
      return part(
        `<div class="sv-skip-link"><a href="#${target}">Gå direkt till innehållet</a></div>`,
        'Gå direkt till innehållet',
      );
    case 3:
      return part(
        `<a href="#${target}" class="sr-only sr-only-focusable">Till sidans innehåll</a>`,
        'Till sidans innehåll',
      );
    default:
      return part(
        `<p class="visually-hidden"><a href="#${target}">Hoppa över navigeringen</a></p>`,
        'Hoppa över navigeringen',
      );
  }
}

export interface Crumb {
  href: string;
  text: string;
}

export function breadcrumbs(variant: number, crumbs: readonly Crumb[], current: string): Part {
  const links = (sep: string) => crumbs.map((c) => `<a href="${c.href}">${c.text}</a>`).join(sep);
  switch (variant % 6) {
    case 0:
      return part(
        `<nav aria-label="Brödsmulor" class="breadcrumbs"><span class="breadcrumb-label">Du är här:</span> ${links(' / ')} / <span aria-current="page">${current}</span></nav>`,
        'Du är här',
      );
    case 1:
      return part(
        `<nav aria-label="Du är här"><ol class="breadcrumb">${crumbs.map((c) => `<li class="breadcrumb-item"><a href="${c.href}">${c.text}</a></li>`).join('')}<li class="breadcrumb-item active" aria-current="page">${current}</li></ol></nav>`,
      );
    case 2:
      return part(
        `<div class="sv-html-portlet sv-portlet"><p class="sokvag">Du befinner dig här: ${links(' &gt; ')} &gt; ${current}</p></div>`,
        'Du befinner dig här',
      );
    case 3:
      return part(
        `<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="path">${crumbs
          .map(
            (c, i) =>
              `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="${c.href}"><span itemprop="name">${c.text}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
          )
          .join('')}<li>${current}</li></ol>`,
      );
    case 4:
      return part(
        `<div class="page-path"><span>Sökväg:</span> ${links(' › ')} › <strong>${current}</strong></div>`,
        'Sökväg:',
      );
    default:
      return part(
        `<div class="region region-breadcrumb"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Brödsmulor</h2><ol>${crumbs.map((c) => `<li><a href="${c.href}">${c.text}</a></li>`).join('')}</ol></nav></div>`,
        'Brödsmulor',
      );
  }
}

export function listenButton(
  variant: number,
  host: string,
  readid: string | null,
  readclass: string | null = null,
): Part {
  const target = readid ? `readid=${readid}` : readclass ? `readclass=${readclass}` : '';
  const rs = `https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=${1000 + host.length * 37}&amp;lang=sv_se&amp;${target}&amp;url=https%3A%2F%2F${host}%2F`;
  switch (variant % 5) {
    case 0:
      return part(
        `<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="Lyssna på sidans text med ReadSpeaker webReader" href="${rs}"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Lyssna</span></span></span><span class="rsbtn_right rsimg rsplay rspart"></span></a></div>`,
        'Lyssna på sidans text',
      );
    case 1:
      return part(
        `<div class="rs_skip listen-bar"><a class="rs-link" href="${rs}" onclick="readpage(this.href, 'xp1'); return false;"><svg aria-hidden="true" width="16" height="16"><path d="M0 0h16v16z"/></svg>Lyssna på sidan</a><div id="xp1" class="rs_addtools rs_splitbutton rs_preserve"></div></div>`,
        'Lyssna på sidan',
      );
    case 2:
      return part(
        `<div class="page-tools"><button type="button" class="listen-button" aria-pressed="false">Lyssna</button><button type="button" class="listen-button listen-button--stop" hidden>Sluta lyssna</button></div>`,
        'Sluta lyssna',
      );
    case 3:
      return part(
        `<p class="talande-webb"><a href="#" role="button" data-talande-webb="start">Lyssna på texten</a> | <a href="#" role="button" data-talande-webb="stop">Sluta lyssna</a></p>`,
        'Lyssna på texten',
        'Sluta lyssna',
      );
    default:
      return part(
        `<a class="btn btn-listen" href="${rs}"><i class="icon icon-volume" aria-hidden="true"></i> Läs upp</a>`,
        'Läs upp',
      );
  }
}

export function share(variant: number, url: string): Part {
  const u = encodeURIComponent(url);
  switch (variant % 6) {
    case 0:
      return part(
        `<ul class="sharebuttonlist"><li><a class="sharebutton sharebutton--facebook" href="https://www.facebook.com/sharer.php?u=${u}">Dela på Facebook</a></li><li><a class="sharebutton" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=${u}">Dela på LinkedIn</a></li><li><a class="sharebutton" href="mailto:?body=${u}">Dela via e-post</a></li></ul><p><a href="javascript:window.print()">Skriv ut</a></p>`,
        'Dela på Facebook',
        'Skriv ut',
      );
    case 1:
      return part(
        `<div class="article-tools"><span>Dela sidan:</span> <a href="https://twitter.com/intent/tweet?url=${u}" aria-label="Dela på X">X</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${u}" aria-label="Dela på Facebook">Facebook</a> <button type="button" onclick="window.print()">Skriv ut sidan</button></div>`,
        'Dela sidan',
      );
    case 2:
      return part(
        `<div class="sv-socialmedia-portlet"><h2 class="sv-socialmedia-title">Dela sidan på sociala medier</h2><a href="https://www.facebook.com/sharer.php?u=${u}">Facebook</a> <a href="https://www.linkedin.com/shareArticle?url=${u}">LinkedIn</a></div>`,
        'Dela sidan på sociala medier',
      );
    case 3:
      return part(
        `<div class="page-actions"><a class="page-actions__print" href="?print=1" rel="nofollow">Skriv ut den här sidan</a> <a class="page-actions__tip" href="mailto:?subject=Tips&amp;body=${u}">Tipsa en vän</a></div>`,
        'Skriv ut den här sidan',
        'Tipsa en vän',
      );
    case 4:
      return part(
        `<details class="dela"><summary>Dela</summary><ul><li><a href="https://www.facebook.com/sharer.php?u=${u}">Facebook</a></li><li><a href="https://twitter.com/share?url=${u}">Twitter</a></li><li><a href="mailto:?body=${u}">E-post</a></li></ul></details>`,
        'Facebook',
      );
    default:
      return part(
        `<div class="tools"><a href="#" onclick="window.print(); return false;" class="icon-link"><span class="icon-print" aria-hidden="true"></span>Skriv ut</a><a href="https://www.facebook.com/sharer.php?u=${u}" class="icon-link">Dela</a></div>`,
        'Skriv ut',
      );
  }
}

/** "Was this page helpful?" in the many ways sites ask it. */
export function feedback(variant: number): Part {
  switch (variant % 9) {
    case 0:
      return part(
        `<form class="box sol-feedback" method="post" action="#"><fieldset><legend>Hittade du det du sökte?</legend><button type="button" name="answer" value="ja">Ja</button><button type="button" name="answer" value="nej">Nej</button></fieldset><p class="sv-font-liten-text">Vi kan inte svara på frågor som du skriver här. Kontakta oss om du vill ha svar.</p></form>`,
        'Hittade du det du sökte?',
        'Vi kan inte svara på frågor',
      );
    case 1:
      return part(
        `<div class="customer-feedback" data-post-id="4711"><h4 class="customer-feedback-question">Fick du hjälp av informationen på sidan?</h4><div class="customer-feedback-answers"><button class="btn" data-action="customer-feedback-submit-yes">Ja</button> <button class="btn" data-action="customer-feedback-submit-no">Nej</button></div><div class="customer-feedback-thanks" style="display:none">Tack för ditt svar</div><div class="customer-feedback-comment" style="display:none"><label>Hur kan vi förbättra vår information?<textarea></textarea></label><button>Skicka</button></div></div>`,
        'Fick du hjälp av informationen',
        'Tack för ditt svar',
      );
    case 2:
      return part(
        `<section class="page-rating" aria-labelledby="rating-q"><h2 id="rating-q">Var informationen på sidan till hjälp?</h2><form><label><input type="radio" name="r" value="1"> Ja</label><label><input type="radio" name="r" value="0"> Nej</label><button type="submit">Skicka</button></form></section>`,
        'Var informationen på sidan till hjälp?',
      );
    case 3:
      return part(
        `<div class="survey"><p><strong>Hur nöjd är du med informationen på den här sidan?</strong></p><div role="radiogroup" aria-label="Betyg">${[1, 2, 3, 4, 5].map((n) => `<label><input type="radio" name="stars" value="${n}"><span class="visually-hidden">${n} av 5</span></label>`).join('')}</div><p class="survey__note">Dina svar är anonyma.</p></div>`,
        'Hur nöjd är du',
        'Dina svar är anonyma',
      );
    case 4:
      return part(
        `<div class="block block-helpful"><p>Är den här sidan användbar?</p><a href="#" class="vote" data-vote="up">Ja</a> <a href="#" class="vote" data-vote="down">Nej</a></div>`,
        'Är den här sidan användbar?',
      );
    case 5:
      return part(
        `<aside class="was-helpful"><h3>Gav sidan svar på din fråga?</h3><button type="button" aria-label="Ja, sidan gav svar">👍</button><button type="button" aria-label="Nej, sidan gav inte svar">👎</button><p hidden>Tack! Vad kan vi göra bättre?</p></aside>`,
        'Gav sidan svar på din fråga?',
      );
    case 6:
      return part(
        `<div class="sv-decoration-content opinion"><h2>Hjälpte informationen dig?</h2><p><a href="?svar=ja#opinion" rel="nofollow">Ja, den hjälpte</a> <a href="?svar=nej#opinion" rel="nofollow">Nej, den hjälpte inte</a></p></div>`,
        'Hjälpte informationen dig?',
      );
    case 7:
      return part(
        `<div class="c-feedback"><form><p class="c-feedback__q">Tycker du att sidan var bra?</p><input type="submit" value="Ja"> <input type="submit" value="Nej"> <input type="submit" value="Vet inte"></form><p class="c-feedback__info">Har du frågor? Kontakta kundtjänst.</p></div>`,
        'Tycker du att sidan var bra?',
      );
    default:
      return part(
        `<div class="pagefeedback"><h2 class="pagefeedback__title">Vad tycker du om sidan?</h2><p>Var innehållet lätt att förstå?</p><button class="pagefeedback__btn" type="button">Ja</button><button class="pagefeedback__btn" type="button">Delvis</button><button class="pagefeedback__btn" type="button">Nej</button></div>`,
        'Vad tycker du om sidan?',
        'Var innehållet lätt att förstå?',
      );
  }
}

export function cookie(variant: number, orgName: string): Part {
  switch (variant % 7) {
    case 0:
      return part(
        `<div id="svid12_cookie" class="sv-cookie-consent cookie-banner rs_skip" role="region" aria-label="Information om kakor"><p>${orgName} använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/kakor.html">Läs mer om kakor</a></p><button type="button">Godkänn alla kakor</button><button type="button">Endast nödvändiga kakor</button></div>`,
        'använder kakor (cookies)',
        'Godkänn alla kakor',
      );
    case 1:
      return part(
        `<div id="cookie-legal-notice" class="cookie-wrap"><div class="cookie-info container"><div class="cookie-text"><p>Vi använder kakor för att ge dig en bättre upplevelse på webbplatsen. Genom att fortsätta godkänner du att vi använder kakor.</p></div><a href="#" class="btn">Jag förstår</a></div></div>`,
        'Vi använder kakor för att ge dig en bättre upplevelse',
      );
    case 2:
      return part(
        `<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Samtycke till kakor"><h2>Den här webbplatsen använder kakor</h2><p>Vi använder nödvändiga kakor för att webbplatsen ska fungera och analytiska kakor för att förbättra den, om du godkänner det.</p><button>Tillåt alla</button><button>Neka</button><a href="/om-webbplatsen/kakor">Visa detaljer</a></div>`,
        'Den här webbplatsen använder kakor',
        'Tillåt alla',
      );
    case 3:
      return part(
        `<div class="notice-bar" data-notice="1"><p>Den här webbplatsen använder cookies. Läs om <a href="/cookies">hur vi använder cookies</a>.</p><button type="button" class="notice-bar__close">Okej</button></div>`,
        'Den här webbplatsen använder cookies',
      );
    case 4:
      return part(
        `<section class="consent" aria-label="Kakinställningar"><p>Får vi spara kakor i din webbläsare? Vi använder dem för statistik, så att vi kan förbättra webbplatsen.</p><button>Ja, det går bra</button> <button>Nej tack</button></section>`,
        'Får vi spara kakor',
      );
    case 5:
      return part(
        `<div id="gdpr-box" class="modal"><div class="modal__content"><h2>Om kakor på ${orgName.replace(/ kommun$/, '')}s webbplats</h2><p>Kakor är små textfiler som sparas i din dator. Vissa behövs för att webbplatsen ska fungera, andra hjälper oss att se hur den används.</p><button class="btn-accept">Acceptera</button><button class="btn-settings">Inställningar</button></div></div>`,
        'Kakor är små textfiler',
      );
    default:
      return part(
        `<div class="alert-bottom"><span>Vi använder webbkakor för att förbättra din upplevelse.</span> <a href="/kakor">Mer information</a> <button>Stäng</button></div>`,
        'Vi använder webbkakor',
      );
  }
}

export interface ContactInfo {
  unit: string;
  phone: string;
  email: string;
  hours?: string;
}

/** A "Kontakt" box: kept apart as contact information, never read as article text. */
export function contactBox(variant: number, c: ContactInfo): Part & { contact: string[] } {
  const tel = c.phone.replace(/[\s-]/g, '');
  const lines = [c.unit, c.phone, c.email];
  const hours = c.hours ? `<p>${c.hours}</p>` : '';
  let html: string;
  switch (variant % 5) {
    case 0:
      html = `<div class="sv-text-portlet sv-use-margins box contact"><div class="sv-text-portlet-content"><h2 class="subheading">Kontakt</h2><p class="normal"><strong>${c.unit}</strong><br>Telefon: <a href="tel:${tel}">${c.phone}</a><br>E-post: <a href="mailto:${c.email}">${c.email}</a></p>${hours}</div></div>`;
      break;
    case 1:
      html = `<aside class="contact-card" aria-label="Kontaktinformation"><h3>Kontaktinformation</h3><p>${c.unit}</p><p><a href="tel:${tel}">${c.phone}</a></p><p><a href="mailto:${c.email}">${c.email}</a></p>${hours}</aside>`;
      break;
    case 2:
      html = `<div class="box box-panel box-contact"><h4 class="box-title">Kontaktperson</h4><div class="box-content"><ul class="contact-list"><li><span class="contact-name">${c.unit}</span></li><li>Telefon: ${c.phone}</li><li>E-post: <a href="mailto:${c.email}">${c.email}</a></li></ul>${hours}</div></div>`;
      break;
    case 3:
      html = `<section class="block block-contact"><h2 class="block__title">Kontakta oss</h2><div class="field field--name-field-contact"><p>${c.unit}<br>${c.phone}<br><a href="mailto:${c.email}">${c.email}</a></p>${hours}</div></section>`;
      break;
    default:
      html = `<div class="kontakt-ruta"><h3>Frågor? Kontakta oss</h3><dl><dt>Enhet</dt><dd>${c.unit}</dd><dt>Telefon</dt><dd>${c.phone}</dd><dt>E-post</dt><dd>${c.email}</dd></dl>${hours}</div>`;
  }
  return { html, notRead: [c.email], contact: lines };
}

export function relatedLinks(variant: number, links: ReadonlyArray<{ href: string; text: string }>): Part {
  const items = links.map((l) => `<li><a href="${l.href}">${l.text}</a></li>`).join('');
  switch (variant % 3) {
    case 0:
      return part(
        `<div class="box related"><h2 class="subheading">Relaterade sidor</h2><ul class="sv-defaultlist">${items}</ul></div>`,
        'Relaterade sidor',
      );
    case 1:
      return part(`<nav class="related-links" aria-label="Se även"><h2>Se även</h2><ul>${items}</ul></nav>`, 'Se även');
    default:
      return part(`<div class="links-box"><h3>Mer om ämnet</h3><ul>${items}</ul></div>`, 'Mer om ämnet');
  }
}

export function searchForm(action: string, name = 'q'): string {
  return `<form role="search" action="${action}" method="get"><label for="s-${name}" class="visually-hidden">Sök på webbplatsen</label><input id="s-${name}" type="search" name="${name}" placeholder="Vad letar du efter?"><button type="submit">Sök</button></form>`;
}

export function menu(items: readonly string[], label = 'Huvudmeny', cls = 'main-menu'): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `<nav aria-label="${attr(label)}" class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i)}">${i}</a></li>`).join('')}</ul></nav>`;
}

export function tocBox(variant: number, headings: readonly string[]): Part {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-');
  const items = headings.map((h) => `<li><a href="#${slug(h)}">${h}</a></li>`).join('');
  return variant % 2
    ? part(
        `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">Innehåll på sidan</h2><ol>${items}</ol></nav>`,
        'Innehåll på sidan',
      )
    : part(
        `<div class="table-of-contents"><p class="toc-title">Innehållsförteckning</p><ul>${items}</ul></div>`,
        'Innehållsförteckning',
      );
}
