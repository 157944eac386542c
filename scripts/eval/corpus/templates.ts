/**
 * Page templates after the structure of real Swedish public-sector sites (see
 * tests/fixtures/municipal-real/ and samples/): Sitevision (sv-layout grid, portlets, svid ids,
 * optional ReadSpeaker readid), EPiServer/Optimizely (ASP.NET form, #content/#primary/#secondary, or a
 * newer <main>), Municipio (WordPress theme: #main-content, article#article, sidebars) and Drupal
 * (regions, blocks, node--type-*). Each returns the page HTML and the strings that must not be read.
 */
import { attr, formatDate, renderFrags, type Frag } from './html';
import {
  breadcrumbs,
  contactBox,
  cookie,
  feedback,
  listenButton,
  menu,
  relatedLinks,
  searchForm,
  share,
  skipLink,
  tocBox,
  type Part,
} from './parts';
import type { PageInput, Site } from './site';

export interface Rendered {
  html: string;
  notRead: string[];
  contact: string[];
}

const svid = (n: number) => `svid12_${(0x3a3201cf + n).toString(16)}12cdb0a7f16800${String(1200 + n)}`;

function head(input: PageInput, extra = ''): string {
  const { site } = input;
  const meta: string[] = [];
  if (input.datesInMetaOnly || site.dateStyle === 2) {
    if (input.published)
      meta.push(`<meta property="article:published_time" content="${input.published}T09:00:00+01:00">`);
  }
  if (input.datesInMetaOnly && input.updated)
    meta.push(`<meta property="article:modified_time" content="${input.updated}T15:30:00+01:00">`);
  const sep = site.cms === 'episerver' ? ' | ' : ' - ';
  return `<!DOCTYPE html>
<html lang="${site.lang ?? 'sv'}"><head><meta charset="utf-8">
<title>${input.title}${sep}${site.siteName ?? site.orgName}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${attr(input.title)}">
<meta property="og:site_name" content="${attr(site.siteName ?? site.orgName)}">
${input.lead ? `<meta name="description" content="${attr(input.lead.replace(/<[^>]+>/g, '').slice(0, 150))}">` : ''}
${meta.join('\n')}
${extra}
</head>`;
}

function topLinks(site: Site): string {
  const links: string[] = [];
  if (site.easyToRead) links.push(`<a href="${site.easyToRead}">Lättläst</a>`);
  for (const l of site.languages ?? [])
    links.push(`<a href="${l.href}" lang="${l.lang}" hreflang="${l.lang}">${l.label}</a>`);
  links.push('<a href="/kontakt">Kontakt</a>');
  return `<div class="top-links">${links.join(' | ')}</div>`;
}

/** Visible date lines, in the site's style. */
function dates(input: PageInput): string {
  const { site } = input;
  if (input.noDates || input.datesInMetaOnly) return '';
  const f = (iso: string) => formatDate(iso, site.dateFormat);
  const pub = input.published;
  const upd = input.updated;
  switch (site.dateStyle) {
    case 0:
      return `<div class="sv-text-portlet sidinfo"><div class="sv-text-portlet-content">${pub ? `<p class="sv-font-liten-text">Publicerad ${f(pub)}</p>` : ''}${upd ? `<p class="sv-font-liten-text">Senast uppdaterad ${f(upd)}</p>` : ''}</div></div>`;
    case 1:
      return `<div class="article-timestamps">${pub ? `<span class="article-timestamp">Publicerad: <time datetime="${pub}">${f(pub)}</time></span> ` : ''}${upd ? `<span class="article-timestamp">Senast uppdaterad: <time datetime="${upd}">${f(upd)}</time></span>` : ''}</div>`;
    case 2:
      return upd ? `<p class="page-meta">Sidan senast ändrad: ${f(upd)}</p>` : '';
    case 3:
      return `<footer class="node__meta"><span>${pub ? `Publicerad ${f(pub)}` : ''}${pub && upd ? ' | ' : ''}${upd ? `Uppdaterad ${f(upd)}` : ''}</span></footer>`;
    case 4:
      return `<dl class="dates">${pub ? `<dt>Publicerad</dt><dd>${f(pub)}</dd>` : ''}${upd ? `<dt>Senast granskad</dt><dd>${f(upd)}</dd>` : ''}</dl>`;
    default:
      return pub ? `<p class="news-date"><time datetime="${pub}T08:00:00+01:00">${f(pub)}</time></p>` : '';
  }
}

interface Pieces {
  skip: Part;
  crumbs: Part;
  listen: Part | null;
  share: Part | null;
  feedback: Part | null;
  cookie: Part;
  contact: (Part & { contact: string[] }) | null;
  related: Part | null;
  toc: Part | null;
  dates: string;
  /** Dates at the top (news style 5) or at the bottom. */
  datesTop: boolean;
  article: string;
}

function pieces(input: PageInput, readid: string | null): Pieces {
  const { site } = input;
  const crumbs = input.crumbs ?? [{ href: '/', text: 'Startsida' }];
  const headings = input.body
    .filter((f): f is string => typeof f === 'string')
    .flatMap((f) => Array.from(f.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g), (m) => m[1]!));
  const lead = input.lead ? `<p class="ingress lead preamble">${input.lead}</p>` : '';
  return {
    skip: skipLink(site.skip),
    crumbs: breadcrumbs(site.crumbs, crumbs, input.title),
    listen: site.listen === null ? null : listenButton(site.listen, site.host, readid, site.readclass ?? null),
    share: input.noShare ? null : share(site.share, `https://${site.host}${input.path}`),
    feedback: input.noFeedback ? null : feedback(site.feedback),
    cookie: cookie(site.cookie, site.orgName),
    contact: input.contact ? contactBox(site.contact, input.contact) : null,
    related: input.related ? relatedLinks(site.related, input.related) : null,
    toc: input.toc && headings.length > 2 ? tocBox(site.feedback, headings) : null,
    dates: dates(input),
    datesTop: site.dateStyle === 5,
    article: renderFrags(input.body),
    ...{ lead },
  } as Pieces & { lead: string };
}

function collect(...parts: Array<Part | null | string>): { notRead: string[]; contact: string[] } {
  const notRead: string[] = [];
  const contact: string[] = [];
  for (const p of parts) {
    if (!p || typeof p === 'string') continue;
    notRead.push(...p.notRead);
    if ('contact' in p) contact.push(...(p as { contact: string[] }).contact);
  }
  return { notRead, contact };
}

function footerHtml(site: Site, cls: string, role = true): string {
  return `<footer class="${cls}"${role ? ' role="contentinfo"' : ''}><div class="footer-content"><p><strong>${site.orgName}</strong><br>${site.footer}</p><ul class="footer-links"><li><a href="/om-webbplatsen">Om webbplatsen</a></li><li><a href="/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Så behandlar vi personuppgifter</a></li><li><a href="/kakor">Kakor</a></li></ul></div></footer>`;
}

export function sitevision(input: PageInput): Rendered {
  const { site } = input;
  const readid = site.readid === undefined ? 'Innehall' : site.readid;
  const x = pieces(input, readid) as Pieces & { lead: string };
  const contentId = readid ?? 'Innehall';
  const mainOpen = site.mainElement
    ? `<main id="${contentId}" class="sv-layout pagecontent">`
    : `<div id="${contentId}" class="sv-layout pagecontent">`;
  const mainClose = site.mainElement ? '</main>' : '</div>';
  const body = input.main
    ? input.main
    : `${mainOpen}
  <div id="${svid(1)}" class="sv-text-portlet sv-use-margins sv-skip-spacer"><div id="Rubrik"><!-- Rubrik --></div><div class="sv-text-portlet-content"><h1 class="heading">${input.title}</h1></div></div>
  ${x.datesTop ? x.dates : ''}
  ${x.lead ? `<div id="${svid(2)}" class="sv-text-portlet sv-use-margins"><div id="Ingress"><!-- Ingress --></div><div class="sv-text-portlet-content">${x.lead}</div></div>` : ''}
  ${x.toc ? `<div class="sv-html-portlet sv-portlet">${x.toc.html}</div>` : ''}
  <div id="${svid(3)}" class="sv-text-portlet sv-use-margins"><div id="Text"><!-- Text --></div><div class="sv-text-portlet-content">${x.article}</div></div>
  ${x.contact && site.contactPlacement === 'main' ? x.contact.html : ''}
  ${x.datesTop ? '' : x.dates}
${mainClose}
${x.feedback ? `<div id="${svid(4)}" class="sv-html-portlet sv-portlet rs_skip">${x.feedback.html}</div>` : ''}
${x.share ? `<div id="${svid(5)}" class="sv-script-portlet sv-portlet rs_skip">${x.share.html}</div>` : ''}`;
  const left = site.leftMenu
    ? `<div id="svid10_1bcd4631140a" class="sv-layout sv-skip-spacer sv-column-3"><div class="sv-multilevellink-portlet sv-portlet"><nav aria-label="Undermeny"><ul class="sv-defaultlist">${(
        input.crumbs ?? []
      )
        .slice(1)
        .map((c) => `<li><a href="${c.href}">${c.text}</a></li>`)
        .join(
          '',
        )}<li><a href="${input.path}" aria-current="page"><strong>${input.title}</strong></a></li><li><a href="/x/relaterad-1">Närliggande sida</a></li><li><a href="/x/relaterad-2">Ytterligare en sida</a></li></ul></nav></div></div>`
    : '';
  const right =
    (x.contact && site.contactPlacement !== 'main') || x.related
      ? `<div id="svid10_1bcd4631140c" class="sv-layout sv-column-3">${x.contact && site.contactPlacement !== 'main' ? x.contact.html : ''}${x.related ? `<div class="sv-text-portlet sv-use-margins">${x.related.html}</div>` : ''}</div>`
      : '';
  const html = `${head(input, '<link rel="stylesheet" href="/sitevision/system-resource/c3a6b8/css/portletStylesheets.css"><meta name="generator" content="Sitevision">')}
<body class="sv-responsive">
${x.skip.html}
<div id="svid10_65abf0f6128091dbd4b80001473" class="sv-layout">
 <div id="svid10_1bcd46311407b7f305b38159" class="sv-fluid-grid sv-grid-kolumner12 sv-layout sv-skip-spacer">
  <div class="sv-row sv-layout header sv-skip-spacer" role="banner">
   <div class="sv-layout sv-column-6"><div class="sv-image-portlet sv-portlet"><a href="/"><img src="/images/18.logo.png" alt="${attr(site.orgName)}, till startsidan"></a></div></div>
   <div class="sv-layout sv-column-6"><div class="sv-text-portlet"><div class="sv-text-portlet-content">${topLinks(site)}</div></div>
   <div class="sv-searchform-portlet sv-portlet">${searchForm('/sok.html', 'query')}</div></div>
  </div>
  <div class="sv-row sv-layout top-menu"><div class="sv-html-portlet sv-portlet">${menu(site.menu)}</div></div>
 </div>
 <div id="svid10_1bcd46311407b7f305b38369" class="sv-fluid-grid sv-layout sv-grid-main">
  ${left}
  <div id="svid10_1bcd4631140b" class="sv-layout sv-column-${site.leftMenu ? 6 : 9}">
   <div class="sv-html-portlet sv-portlet">${x.crumbs.html}</div>
   ${x.listen ? `<div class="sv-html-portlet sv-portlet rs_skip">${x.listen.html}</div>` : ''}
   ${body}
  </div>
  ${right}
 </div>
 <div class="sv-vertical sv-layout footer">${footerHtml(site, 'sv-text-portlet', true)}</div>
</div>
${x.cookie.html}
</body></html>`;
  return { html, ...collect(x.skip, x.crumbs, x.listen, x.share, x.feedback, x.cookie, x.contact, x.related, x.toc) };
}

export function episerver(input: PageInput): Rendered {
  const { site } = input;
  const x = pieces(input, site.readid ?? null) as Pieces & { lead: string };
  const modern = !!site.mainElement;
  const article = input.main
    ? input.main
    : `<article class="article-page">
  <header class="article-page__header"><h1>${input.title}</h1>${x.datesTop ? x.dates : ''}</header>
  ${x.listen ? x.listen.html : ''}
  ${x.lead ? `<div class="preamble">${x.lead}</div>` : ''}
  ${x.toc ? x.toc.html : ''}
  <div class="article-page__body editorial-content">${x.article}</div>
  ${x.contact && site.contactPlacement === 'main' ? x.contact.html : ''}
  ${x.datesTop ? '' : `<div class="article-page__meta">${x.dates}</div>`}
  ${x.share ? x.share.html : ''}
</article>
${x.feedback ? x.feedback.html : ''}`;
  const aside =
    (x.contact && site.contactPlacement !== 'main') || x.related
      ? `<div id="secondary" class="secondary">${x.contact && site.contactPlacement !== 'main' ? x.contact.html : ''}${x.related ? x.related.html : ''}</div>`
      : '';
  const nav = `<div role="navigation" class="navigation" id="navigation"><div class="nav-container">${menu(site.menu, 'Huvudmeny', 'main-nav')}</div></div>`;
  const html = modern
    ? `${head(input, '<link rel="stylesheet" href="/static/css/main.css"><script src="/episerver/Shell/ClientResources/epi-util.js"></script>')}
<body class="page">
${x.skip.html}
<header class="site-header"><div class="site-header__inner"><a class="logo" href="/"><img src="/static/logo.svg" alt="${attr(site.orgName)}"></a>${topLinks(site)}${searchForm('/sok', 'q')}</div>${menu(site.menu)}</header>
<div class="page-wrapper">
${x.crumbs.html}
<main id="main-content" class="main">
<div class="grid"><div class="grid__col grid__col--8">${article}</div>
<aside class="grid__col grid__col--4 sidebar">${aside}</aside></div>
</main>
</div>
${footerHtml(site, 'site-footer')}
${x.cookie.html}
</body></html>`
    : `${head(input, '<link rel="stylesheet" href="/Static/css/site.css">')}
<body>
<form method="post" action="${input.path}" id="aspnetForm" class=" navdepth-2">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTEzMDU0NTkxMw9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYCZg8WAh4EVGV4dAUBMGRk"></div>
<!-- EPiServer CMS -->
${x.skip.html}
<div id="head" role="banner" class="site-head"><div id="logotype" class="container"><a href="/"><img src="/Static/img/logo.png" alt="${attr(site.orgName)}"></a></div>
<div class="container container--rel"><ul class="head-nav"><li>${topLinks(site)}</li></ul></div>
<div class="search-field-container container">${searchForm('/sok/', 'q').replace(/<\/?form[^>]*>/g, '')}</div></div>
<div id="content" class="container">
${x.crumbs.html}
<div class="primary" id="primary">${article}</div>
${aside}
</div>
${nav}
${footerHtml(site, 'footer', false)}
${x.cookie.html}
</form>
</body></html>`;
  return { html, ...collect(x.skip, x.crumbs, x.listen, x.share, x.feedback, x.cookie, x.contact, x.related, x.toc) };
}

export function municipio(input: PageInput): Rendered {
  const { site } = input;
  const x = pieces(input, site.readid ?? null) as Pieces & { lead: string };
  const tools = `<ul class="article-tools nav-horizontal">${x.listen ? `<li>${x.listen.html}</li>` : ''}</ul>`;
  const article = input.main
    ? input.main
    : `<article id="article" class="clearfix u-mb-4">
    <h1>${input.title}</h1>
    ${x.datesTop ? x.dates : ''}
    ${tools}
    ${x.lead ? x.lead.replace('class="ingress lead preamble"', 'class="lead"') : ''}
    ${x.toc ? x.toc.html : ''}
    <div class="article-content rs_content">${x.article}</div>
    ${x.datesTop ? '' : x.dates}
    ${x.share ? `<div class="article-share">${x.share.html}</div>` : ''}
  </article>
  ${x.feedback ? `<div class="grid"><div class="grid-xs-12">${x.feedback.html}</div></div>` : ''}`;
  const sidebar =
    x.contact || x.related
      ? `<aside class="grid-md-4 grid-lg-3 sidebar-right-sidebar" id="sidebar-right">${x.contact ? x.contact.html : ''}${x.related ? x.related.html : ''}</aside>`
      : '';
  const html = `${head(input, '<link rel="stylesheet" href="https://' + site.host + '/wp-content/themes/municipio/assets/dist/css/app.min.css"><meta name="generator" content="WordPress 6.4.3">')}
<body class="page-template-default page">
${x.skip.html}
<div id="wrapper">
<header id="site-header" class="site-header header-business">
 <div class="print-only container"><img src="/wp-content/uploads/logo-print.png" alt=""></div>
 <div class="search-top hidden-sm hidden-print" id="search"><div class="container">${searchForm('/', 's')}</div></div>
 <div class="container hidden-print"><div class="grid grid-table grid-va-middle"><div class="grid-auto"><a href="/" class="logotype"><img src="/wp-content/uploads/logo.svg" alt="${attr(site.orgName)}"></a></div><div class="grid-auto text-right">${topLinks(site)}</div></div></div>
 <nav class="navbar navbar-mainmenu hidden-xs hidden-sm hidden-print">${menu(site.menu, 'Huvudmeny', 'nav nav-justify')}</nav>
</header>
<main id="main-content" class="clearfix main-content">
<div class="container main-container">
 <div class="grid breadcrumbs-wrapper"><div class="grid-lg-12">${x.crumbs.html}</div></div>
 <div class="grid grid--columns">
  <div class="grid-md-8 grid-lg-9" id="readspeaker-read">${article}</div>
  ${sidebar}
 </div>
</div>
</main>
${footerHtml(site, 'main-footer hidden-print scroll-elevator-toggle', false)}
</div>
${x.cookie.html}
</body></html>`;
  return { html, ...collect(x.skip, x.crumbs, x.listen, x.share, x.feedback, x.cookie, x.contact, x.related, x.toc) };
}

export function drupal(input: PageInput): Rendered {
  const { site } = input;
  const x = pieces(input, site.readid ?? null) as Pieces & { lead: string };
  const article = input.main
    ? input.main
    : `<article role="article" class="node node--type-${input.type === 'news' ? 'news' : 'page'} node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title">${input.title}</span></h1>
  ${x.datesTop ? x.dates : ''}
  ${x.listen ? `<div class="block block-readspeaker">${x.listen.html}</div>` : ''}
  <div class="node__content">
   ${x.lead ? `<div class="field field--name-field-lead">${x.lead}</div>` : ''}
   ${x.toc ? x.toc.html : ''}
   <div class="clearfix text-formatted field field--name-body field--type-text-with-summary">${x.article}</div>
   ${x.contact && site.contactPlacement === 'main' ? x.contact.html : ''}
  </div>
  ${x.datesTop ? '' : x.dates}
 </article>
 ${x.share ? `<div class="block block-share">${x.share.html}</div>` : ''}
 ${x.feedback ? x.feedback.html : ''}`;
  const sidebar =
    (x.contact && site.contactPlacement !== 'main') || x.related
      ? `<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">${x.contact && site.contactPlacement !== 'main' ? x.contact.html : ''}${x.related ? x.related.html : ''}</div></aside>`
      : '';
  const html = `${head(input, '<link rel="stylesheet" media="all" href="/core/themes/stable9/css/system/components/ajax-progress.module.css?s8x1kq"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">')}
<body class="path-node page-node-type-${input.type}">
${x.skip.html}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
 <header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/kommun/logo.svg" alt="Hem"></a>${topLinks(site)}<div class="search-block-form block block-search" data-drupal-selector="search-block-form" role="search">${searchForm('/search/node', 'keys').replace(' role="search"', '')}</div></div>
 <div class="region region-primary-menu">${menu(site.menu, 'Huvudnavigering', 'menu menu--main')}</div></header>
 ${x.crumbs.html}
 <main role="main"><a id="main-content" tabindex="-1"></a>
  <div class="layout-content"><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
   <div id="block-kommun-content" class="block block-system block-system-main-block">${article}</div>
  </div></div>
  ${sidebar}
 </main>
 ${footerHtml(site, 'site-footer', true)}
</div></div>
${x.cookie.html}
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1234"},"pluralDelimiter":"\\u0003"}</script>
</body></html>`;
  return { html, ...collect(x.skip, x.crumbs, x.listen, x.share, x.feedback, x.cookie, x.contact, x.related, x.toc) };
}

/** A plain WordPress or hand-made site (kommunalförbund, municipal company, companies, newspapers). */
export function generic(input: PageInput): Rendered {
  const { site } = input;
  const x = pieces(input, site.readid ?? null) as Pieces & { lead: string };
  const wp = site.cms === 'wordpress';
  const article = input.main
    ? input.main
    : `<article class="${wp ? 'post type-post hentry' : 'article'}">
  <header class="entry-header"><h1 class="entry-title">${input.title}</h1>${x.datesTop ? x.dates : ''}</header>
  ${x.listen ? x.listen.html : ''}
  <div class="entry-content">${x.lead}${x.article}</div>
  ${x.datesTop ? '' : x.dates}
  ${x.share ? x.share.html : ''}
 </article>
 ${x.feedback ? x.feedback.html : ''}`;
  const html = `${head(input, wp ? `<link rel="stylesheet" href="https://${site.host}/wp-content/themes/twentytwentyone/style.css"><meta name="generator" content="WordPress 6.5">` : '')}
<body class="${wp ? 'single single-post' : 'page'}">
${x.skip.html}
<header id="masthead" class="site-header"><p class="site-title"><a href="/">${site.siteName ?? site.orgName}</a></p>${topLinks(site)}${menu(site.menu)}</header>
${x.crumbs.html}
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">${article}</main></div>
${x.contact || x.related ? `<aside id="secondary" class="widget-area">${x.contact ? x.contact.html : ''}${x.related ? x.related.html : ''}</aside>` : ''}</div>
${footerHtml(site, 'site-footer', false)}
${x.cookie.html}
</body></html>`;
  return { html, ...collect(x.skip, x.crumbs, x.listen, x.share, x.feedback, x.cookie, x.contact, x.related, x.toc) };
}

export function render(input: PageInput): Rendered {
  switch (input.site.cms) {
    case 'sitevision':
      return sitevision(input);
    case 'episerver':
      return episerver(input);
    case 'municipio':
      return municipio(input);
    case 'drupal':
      return drupal(input);
    default:
      return generic(input);
  }
}

export type { Frag };
