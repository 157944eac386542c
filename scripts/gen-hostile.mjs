#!/usr/bin/env node
// Writes the hostile-page corpus: samples/hostile/*.html (one payload class or variant a page), the
// helper documents their frames load (samples/hostile/frame/), samples/hostile/payloads.json (each
// page's payload, for the sanitiser test) and samples/hostile/README.md.
//
// Every page is an ordinary Kiruna article ("Bygglov", our own text from samples/umea/bygglov.html) that
// carries one payload. A payload is inert on the page as the browser serves it, and reports only if it
// runs in a context Lyssna made (the reader's shadow root, a frame inside it, or a node Lyssna put
// into the page): it then sets data-hostile-ran on the top document and asks for
// /__hostile-report?id=<id>, which the sample server records. The probe script in each page's head
// decides what counts as Lyssna-made. `javascript:` URLs report unconditionally: they only run on a
// click, and the tests never click the page itself.
//
//   node scripts/gen-hostile.mjs            # rewrites the files (output is stable: commit it)
//
// No dependencies beyond Node's standard library.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '..', 'samples', 'hostile');
export const HOST = 'www.kiruna.se';

/** An inline event handler's code: reports when `this` is in a Lyssna-made context. */
const H = (id) => `(self.__hr||parent.__hr)('${id}',this)`;
/** A javascript: URL that reports whenever it runs (only a click runs it). */
const J = (id) => `javascript:(self.__hostileReport||parent.__hostileReport)('${id}')`;
/** Inline script text: reports when it runs after the page was parsed, in a Lyssna-made place. */
const S = (id) => `(self.__hostileScript||parent.__hostileScript)('${id}',document.currentScript)`;
/** Script for a frame's document: reports when the frame element is Lyssna-made (or the parent is not our page). */
const Fx = (idExpr) =>
  `try{if(parent===self||!parent.__hostileMade||parent.__hostileMade(frameElement))throw 0}catch(e){document.documentElement.setAttribute('data-hostile-ran',${idExpr});new Image().src='/__hostile-report?id='+${idExpr}}`;
const F = (id) => Fx(`'${id}'`);
/** Script for an opaque (data:) frame: asks the page, which knows its own frames (see the probe). */
const P = (id) => `parent.postMessage({hostileProbe:'${id}'},'*')`;
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
/** A 1×1 transparent GIF: an image that loads, so onload handlers fire. */
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The probe, first in every page's head. It runs before any payload, keeps its own references to what
 * it needs (the clobbering pages shadow document's methods later on), and exposes:
 *   __hostileMade(node|window)  true when the node is in a Lyssna-made context
 *   __hr(id, node)               an event handler's report (only when __hostileMade(node))
 *   __hostileScript(id, script)  a script's report (only after parsing, and only in a Lyssna-made place)
 *   __hostileReport(id)          an unconditional report (javascript: URLs)
 * and answers opaque frames' postMessage probes: a frame that is not one of the page's own is Lyssna's.
 */
const PROBE = `<script>
/* Hostile-page probe (scripts/gen-hostile.mjs): a payload counts only in a context Lyssna made. */
(function () {
  var doc = document, root = doc.documentElement, win = window, top_ = win.top;
  var qsa = Document.prototype.querySelectorAll, setAttr = Element.prototype.setAttribute;
  var Img = Image, origin = location.protocol + '//' + location.host, ready = false, originals = null;
  /* Read through the prototypes: a form's named inputs shadow its own parentNode, nodeName, ... */
  var get = function (proto, name) { var d = Object.getOwnPropertyDescriptor(proto, name); return function (o) { return d.get.call(o); }; };
  var parentOf = get(Node.prototype, 'parentNode'), typeOf = get(Node.prototype, 'nodeType');
  var nameOf = get(Node.prototype, 'nodeName'), docOf = get(Node.prototype, 'ownerDocument');
  var connected = get(Node.prototype, 'isConnected'), hostOf = get(ShadowRoot.prototype, 'host');
  var rootOf = Node.prototype.getRootNode, isWindow = function (o) { return Object.prototype.toString.call(o) === '[object Window]'; };
  function inLyssnaHost(n) {
    for (var i = 0; n && i < 10000; i++) {
      if (typeOf(n) === 1 && /^LYSSNA-/i.test(nameOf(n))) return true;
      n = parentOf(n) || (typeOf(n) === 11 && n instanceof ShadowRoot ? hostOf(n) : null);
    }
    return false;
  }
  function made(n) {
    if (!n) return false;
    try {
      if (isWindow(n)) return n !== top_ && made(n.frameElement); /* a window: made if its frame is */
      if (inLyssnaHost(n)) return true;
      var d = docOf(n) || n;
      if (d !== doc) { var w = d.defaultView; return !!w && w !== win && made(w.frameElement); }
      /* In the page's own tree: made if Lyssna put it there after the page was parsed. */
      return !!originals && connected(n) && rootOf.call(n) === doc && !originals.has(n);
    } catch (e) { return false; }
  }
  function report(id) {
    var target = root;
    try { if (top_ !== win) target = top_.document.documentElement; } catch (e) {}
    try { setAttr.call(target, 'data-hostile-ran', String(id)); } catch (e) {}
    try { new Img().src = origin + '/__hostile-report?id=' + encodeURIComponent(id); } catch (e) {}
  }
  win.__hostileMade = made;
  win.__hostileReport = report;
  win.__hr = function (id, n) { if (made(n)) report(id); };
  win.__hostileScript = function (id, s) { if (ready && (!s || made(s))) report(id); };
  /* The page's own frames, as the windows they are (an opaque frame's element may not show its window). */
  var ownFrames = null;
  win.addEventListener('message', function (e) {
    var id = e.data && e.data.hostileProbe;
    if (typeof id !== 'string' || !ownFrames) return; /* before the page loaded: only the page's own */
    for (var i = 0; i < ownFrames.length; i++) if (ownFrames[i] === e.source) return;
    report(id);
  });
  doc.addEventListener('DOMContentLoaded', function () {
    originals = new WeakSet();
    var all = qsa.call(doc, '*');
    for (var i = 0; i < all.length; i++) originals.add(all[i]);
    ready = true;
  });
  /* At load: an object's frame exists only once its data has come (which holds the load event up). */
  win.addEventListener('load', function () {
    ownFrames = [];
    for (var j = 0; j < win.length; j++) ownFrames.push(win[j]);
  });
})();
</script>`;

/** Helper documents under samples/hostile/frame/ (not articles: what the frame payloads load). */
const FRAME_FILES = {
  'probe.html': `<!DOCTYPE html>
<html lang="sv"><head><meta charset="UTF-8"><title>Ram</title>
<script>
/* Loaded by an iframe, object or embed of a hostile page: reports if that element is Lyssna-made. */
var id = (location.search.match(/id=([\\w-]+)/) || [])[1] || 'frame-probe';
${Fx('id')}
</script></head><body><p>Ram</p></body></html>
`,
  'probe.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>${F('embed-svg')}</script><rect width="10" height="10" fill="#ccc"/></svg>
`,
  'sprite.svg': `<svg xmlns="http://www.w3.org/2000/svg"><symbol id="icon" viewBox="0 0 10 10"><image href="bild-saknas.png" width="10" height="10" onerror="${H('use-external-sprite')}"/><rect width="10" height="10"/></symbol><script>${F('use-external-script')}</script></svg>
`,
  'payload.js': `/* A page's external script: reports only when it runs in a Lyssna-made place (see the probe). */
/* global self, parent, document */
${S('script-src')};
`,
};

/** The page's one payload, one class or variant each. See README.md (written below) for the list. */
const PAGES = [
  // ── Event handlers on every element kind ───────────────────────────────────────────────────
  {
    id: 'handler-img',
    cls: 'event handlers',
    what: '`<img>` with onerror (missing file), onload (a loading data: GIF), srcset and an empty src',
    article: `<img src="bild-saknas.png" alt="Ritning" onerror="${H('handler-img-onerror')}" width="40" height="30" />
      <img src="${GIF}" alt="" onload="${H('handler-img-onload')}" />
      <img srcset="saknas-1x.png 1x, saknas-2x.png 2x" alt="Fasad" onerror="${H('handler-img-srcset')}" />
      <img src="" alt="Tom" onerror="${H('handler-img-empty')}" />`,
  },
  {
    id: 'handler-picture',
    cls: 'event handlers',
    what: '`<picture>` with `<source srcset>` handlers and an `<img>` fallback with onerror/onload',
    article: `<picture onload="${H('handler-picture')}"><source srcset="saknas.webp 1x" type="image/webp" onerror="${H('handler-picture-source')}" />
        <source media="(min-width: 1px)" srcset="${GIF} 1x" onload="${H('handler-picture-source-load')}" />
        <img src="saknas.jpg" alt="Situationsplan" onerror="${H('handler-picture-img')}" onload="${H('handler-picture-img-load')}" /></picture>`,
  },
  {
    id: 'handler-svg',
    cls: 'event handlers',
    what: 'inline `<svg onload>`, SVG `<image onerror>`, `<animate onbegin>`, `<set>` writing an onclick, `<foreignObject>` with an img',
    article: `<svg width="60" height="20" role="img" aria-label="Skiss" onload="${H('handler-svg-onload')}">
        <image href="skiss-saknas.png" width="10" height="10" onerror="${H('handler-svg-image')}" />
        <rect width="20" height="10"><animate attributeName="x" from="0" to="5" dur="0.1s" onbegin="${H('handler-svg-animate')}" /></rect>
        <a><set attributeName="onclick" to="${H('handler-svg-set')}" /><text x="25" y="10">Skiss</text></a>
        <foreignObject width="10" height="10"><img src="saknas.png" onerror="${H('handler-svg-foreign')}" /></foreignObject>
      </svg>`,
  },
  {
    id: 'handler-body',
    cls: 'event handlers',
    what: 'handlers on `<body>` (onload, onpageshow, onfocus, onhashchange) and a second `<body onload>` tag inside the article',
    bodyAttrs: `onload="${H('handler-body-onload')}" onpageshow="${H('handler-body-pageshow')}" onfocus="${H('handler-body-focus')}" onhashchange="${H('handler-body-hashchange')}"`,
    article: `<body onload="${H('handler-body-nested')}" onresize="${H('handler-body-resize')}"><p class="normal">Ansökan kan också lämnas i kommunens reception.</p>`,
  },
  {
    id: 'handler-details',
    cls: 'event handlers',
    what: '`<details open ontoggle>`, `<summary onclick>`, `<dialog open onclose>`',
    article: `<details open ontoggle="${H('handler-details-toggle')}"><summary onclick="${H('handler-details-summary')}">Mer om bygglov</summary><p class="normal">Bygglov söks hos kommunens byggnadsnämnd.</p></details>
      <details ontoggle="${H('handler-details-closed')}"><summary>Mer om detaljplaner</summary><p class="normal">En detaljplan visar hur marken får användas.</p></details>
      <dialog open onclose="${H('handler-dialog-close')}" oncancel="${H('handler-dialog-cancel')}"><p>Glöm inte ritningarna.</p></dialog>`,
  },
  {
    id: 'handler-media',
    cls: 'event handlers',
    what: '`<video>`/`<audio>` with onerror, onloadstart, a poster that fails, `<source>` and `<track>` onerror',
    article: `<video src="film-saknas.mp4" poster="affisch-saknas.png" onerror="${H('handler-video')}" onloadstart="${H('handler-video-loadstart')}" width="80" height="40"><source src="film-saknas.webm" type="video/webm" onerror="${H('handler-video-source')}" /><track src="text-saknas.vtt" kind="captions" default onerror="${H('handler-track')}" /></video>
      <audio src="ljud-saknas.mp3" controls onerror="${H('handler-audio')}"></audio>`,
  },
  {
    id: 'handler-focus',
    cls: 'event handlers',
    what: 'autofocus with onfocus (select, textarea, input), tabindex with onfocus/onfocusin, contenteditable',
    article: `<p class="normal" tabindex="0" onfocus="${H('handler-focus-p')}" onfocusin="${H('handler-focusin-p')}">Ritningarna ska vara skalenliga och tydliga.</p>
      <select autofocus onfocus="${H('handler-focus-select')}"><option>Nybyggnad</option></select>
      <textarea onfocus="${H('handler-focus-textarea')}">Ritningar</textarea>
      <input autofocus onfocus="${H('handler-focus-input')}" value="Ritningar" />
      <div contenteditable="true" onfocus="${H('handler-focus-editable')}" onbeforeinput="${H('handler-beforeinput')}">Anteckning</div>`,
  },
  {
    id: 'handler-pointer',
    cls: 'event handlers',
    what: 'pointer, mouse, wheel, selection and clipboard handlers on running text (the reader is clicked and read there)',
    article: `<p class="normal" onclick="${H('handler-click')}" onmouseover="${H('handler-mouseover')}" onpointerenter="${H('handler-pointerenter')}" onpointerdown="${H('handler-pointerdown')}" onmousedown="${H('handler-mousedown')}" onmouseup="${H('handler-mouseup')}" onwheel="${H('handler-wheel')}" onselectstart="${H('handler-selectstart')}" oncopy="${H('handler-copy')}" onauxclick="${H('handler-auxclick')}">Ett bygglov gäller i fem år från den dag beslutet vann laga kraft. Inom den tiden måste du börja bygga.</p>`,
  },
  {
    id: 'handler-rare',
    cls: 'event handlers',
    what: 'less common events: marquee onstart, onanimationstart/ontransitionend, onscroll, onbeforetoggle, onpointerrawupdate, onsearch',
    article: `<marquee onstart="${H('handler-marquee')}" onbounce="${H('handler-marquee-bounce')}">Nyhet om bygglov</marquee>
      <p class="normal" onanimationstart="${H('handler-animation')}" ontransitionend="${H('handler-transition')}" onscroll="${H('handler-scroll')}" onbeforetoggle="${H('handler-beforetoggle')}" onpointerrawupdate="${H('handler-rawupdate')}">Kontrollplanen visar hur du ska se till att bygget följer reglerna.</p>`,
  },

  // ── URLs: javascript:, data:, entity-encoded ───────────────────────────────────────────────
  {
    id: 'url-javascript',
    cls: 'javascript: URLs',
    what: 'links, area, iframe src and image maps with `javascript:` URLs (only a click runs a link)',
    article: `<p class="normal">Läs <a href="${J('url-javascript-a')}">reglerna för bygglov</a> innan du ansöker.</p>
      <p class="normal"><a href="${J('url-javascript-title')}" title="Lättläst">Lättläst</a></p>
      <img src="${GIF}" alt="Karta" usemap="#karta" width="20" height="20" /><map name="karta"><area shape="rect" coords="0,0,20,20" href="${J('url-javascript-area')}" alt="Området" /></map>
      <iframe title="Karta" src="javascript:void(parent.__hostileMade(frameElement)&amp;&amp;parent.__hostileReport('url-javascript-iframe'))" width="20" height="20" data-src="https://www.youtube.com/embed/karta"></iframe>`,
  },
  {
    id: 'url-encoded',
    cls: 'entity-encoded URLs',
    what: '`javascript:` spelled with character references, tabs and newlines inside, leading control characters, `&colon;`, mixed case, vbscript:',
    article: `<ul class="normal">
        <li><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;(self.__hostileReport||parent.__hostileReport)('url-encoded-decimal')">Decimal</a></li>
        <li><a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;(self.__hostileReport||parent.__hostileReport)('url-encoded-hex')">Hex</a></li>
        <li><a href="&#0000106avascript:(self.__hostileReport||parent.__hostileReport)('url-encoded-nosemi')">Utan semikolon</a></li>
        <li><a href="jav&#x09;ascript:(self.__hostileReport||parent.__hostileReport)('url-encoded-tab')">Tabb</a></li>
        <li><a href="java&#x0A;script:(self.__hostileReport||parent.__hostileReport)('url-encoded-newline')">Radbrytning</a></li>
        <li><a href=" &#x0E; &#x01;javascript:(self.__hostileReport||parent.__hostileReport)('url-encoded-leading')">Inledande tecken</a></li>
        <li><a href="javascript&colon;(self.__hostileReport||parent.__hostileReport)('url-encoded-colon')">Kolon</a></li>
        <li><a href="JaVaScRiPt:(self.__hostileReport||parent.__hostileReport)('url-encoded-case')">Versaler</a></li>
        <li><a href="vbscript:msgbox(1)">Vbscript</a></li>
      </ul>`,
  },
  {
    id: 'url-data',
    cls: 'data: URLs',
    what: '`data:` links (HTML, SVG), a data: iframe and object that ask the page whether they are its own, data: SVG as an image',
    article: `<p class="normal">Se <a href="data:text/html;base64,${b64(`<script>${P('url-data-link')}</script>`)}">blanketten</a> och <a href="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='void(0)'/&gt;">skissen</a>.</p>
      <iframe title="Blankett" src="data:text/html;base64,${b64(`<script>${P('url-data-iframe')}</script><p>Blankett</p>`)}" width="40" height="20" data-src="https://player.vimeo.com/video/1"></iframe>
      <object data="data:text/html;base64,${b64(`<script>${P('url-data-object')}</script>`)}" type="text/html" width="20" height="20" data-src="https://www.youtube.com/embed/blankett"></object>
      <img src="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="${P('url-data-img')}"><script>${P('url-data-img-script')}</script></svg>`)}" alt="Skiss" />`,
  },
  {
    id: 'url-svg-mathml',
    cls: 'javascript: URLs',
    what: 'SVG `<a xlink:href>` and `<a href>` with `javascript:`, MathML `href` and `<maction>`',
    article: `<svg width="80" height="20"><a xlink:href="${J('url-svg-xlink')}"><text x="0" y="15">Ritning</text></a><a href="${J('url-svg-href')}"><text x="40" y="15">Plan</text></a></svg>
      <math><mi href="${J('url-math-href')}">x</mi><maction actiontype="statusline" xlink:href="${J('url-math-maction')}"><mtext>Klicka</mtext><mtext>Statustext</mtext></maction></math>`,
  },
  {
    id: 'url-ping-target',
    cls: 'javascript: URLs',
    what: 'hash links with `ping`, `target`, `formaction` and `download` attributes; a link that points at one of the reader’s own ids',
    article: `<p class="normal">Gå till <a href="#h-Saansokerdu" ping="/__hostile-report?id=url-ping" target="_top">Så ansöker du</a> eller <a href="#lyssna-reader-title" onclick="${H('url-hash-onclick')}">början</a>. <a href="#" download="plan.html">Spara</a>.</p>`,
  },

  // ── Frames: srcdoc, src, object, embed ─────────────────────────────────────────────────────
  {
    id: 'frame-srcdoc',
    cls: 'srcdoc iframes',
    what: '`<iframe srcdoc>` with a script and an img onerror (marked as a video so that Readability keeps it)',
    article: `<iframe title="Karta" width="60" height="30" data-src="https://www.youtube.com/embed/karta" srcdoc="&lt;script&gt;${F('frame-srcdoc-script').replace(/'/g, '&#39;')}&lt;/script&gt;&lt;img src=saknas.png onerror=&quot;(self.__hr||parent.__hr)(&#39;frame-srcdoc-img&#39;,self)&quot;&gt;"></iframe>`,
  },
  {
    id: 'frame-srcdoc-nested',
    cls: 'srcdoc iframes',
    what: 'a srcdoc frame inside a srcdoc frame, and a sandboxed srcdoc with allow-scripts',
    article: `<iframe title="Ram" width="60" height="30" data-src="https://player.vimeo.com/video/2" srcdoc="&lt;iframe srcdoc=&quot;&amp;lt;script&amp;gt;try{if(!parent.parent.__hostileMade(parent.frameElement))throw 1;parent.parent.__hostileReport(&#39;frame-srcdoc-nested&#39;)}catch(e){}&amp;lt;/script&amp;gt;&quot;&gt;&lt;/iframe&gt;"></iframe>
      <iframe title="Sandlåda" sandbox="allow-scripts" width="60" height="30" data-src="https://www.youtube.com/embed/sandbox" srcdoc="&lt;script&gt;${P('frame-srcdoc-sandbox')}&lt;/script&gt;"></iframe>`,
  },
  {
    id: 'frame-src',
    cls: 'srcdoc iframes',
    what: 'an iframe loading a same-origin page that reports when its frame element is Lyssna-made',
    article: `<iframe title="Karta över området" src="/frame/probe.html?id=frame-src" width="60" height="30" data-src="https://www.youtube.com/embed/omrade"></iframe>`,
  },
  {
    id: 'object-embed',
    cls: 'object and embed',
    what: '`<object>` and `<embed>` loading a same-origin HTML page and an SVG with a script',
    article: `<object data="/frame/probe.html?id=object-html" type="text/html" width="40" height="20" data-src="https://www.youtube.com/embed/objekt"><p>Ritning</p></object>
      <embed src="/frame/probe.html?id=embed-html" type="text/html" width="40" height="20" data-src="https://player.vimeo.com/video/3" />
      <embed src="/frame/probe.svg" type="image/svg+xml" width="10" height="10" data-src="https://www.youtube.com/embed/svg" />`,
  },
  {
    id: 'object-param',
    cls: 'object and embed',
    what: '`<object>` with `<param>` children and a classid, an `<embed>` with a javascript: src, `<applet>`',
    article: `<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="20" height="20" data-src="https://www.youtube.com/embed/param"><param name="movie" value="${J('object-param')}" /><param name="allowScriptAccess" value="always" /><embed src="${J('object-param-embed')}" /></object>
      <applet code="Ritning.class" width="10" height="10"><param name="x" value="1" /></applet>`,
  },

  // ── Forms ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'form-action',
    cls: 'forms and formaction',
    what: 'a form with a javascript: action, buttons and inputs with formaction, a button associated by form=',
    article: `<form id="ansokan" action="${J('form-action')}" method="get"><fieldset><legend>Ansök om bygglov</legend>
        <label for="namn">Namn</label> <input id="namn" name="namn" value="Anna" />
        <button>Skicka</button> <button formaction="${J('form-formaction-button')}">Skicka in</button>
        <input type="submit" value="Skicka" formaction="${J('form-formaction-submit')}" />
        <input type="image" src="${GIF}" alt="Skicka" formaction="${J('form-formaction-image')}" />
      </fieldset></form>
      <p class="normal">Du kan också <button form="ansokan" formaction="${J('form-outside-button')}">skicka ansökan här</button>.</p>`,
  },
  {
    id: 'form-clobber',
    cls: 'forms and formaction',
    what: 'forms whose inputs shadow the element properties a sanitiser reads (attributes, nodeName, removeAttribute, …)',
    article: `<form onsubmit="${H('form-clobber-submit')}"><input name="attributes" /><input name="nodeName" /><input name="removeAttribute" /><input name="setAttribute" /><input name="childNodes" /><input name="hasChildNodes" /><input name="namespaceURI" /><input name="parentNode" /><input name="textContent" /><img src="saknas.png" onerror="${H('form-clobber-img')}" /><p>Ansökan</p></form>
      <form id="lyssna-control" name="lyssna-reader"><input name="shadowRoot" /><input name="dataset" /></form>`,
  },

  {
    id: 'form-clobber-element',
    cls: 'forms and formaction',
    what: 'a form wrapping the article (as ASP.NET pages do) whose inputs shadow its id, className, title, lang, style, action, submit, elements, children, childNodes, textContent, parentNode, attributes, nodeName …',
    wrapArticle: `<form id="aspnetForm" action="/bygglov.html" method="post"><input type="hidden" name="id" /><input type="hidden" name="className" /><input type="hidden" name="title" /><input type="hidden" name="lang" /><input type="hidden" name="dir" /><input type="hidden" name="hidden" /><input type="hidden" name="style" /><input type="hidden" name="dataset" /><input type="hidden" name="action" /><input type="hidden" name="method" /><input type="hidden" name="target" /><input type="hidden" name="name" /><input type="hidden" name="reset" /><input type="hidden" name="elements" /><input type="hidden" name="length" /><input type="hidden" name="children" /><input type="hidden" name="childNodes" /><input type="hidden" name="textContent" /><input type="hidden" name="innerText" /><input type="hidden" name="parentNode" /><input type="hidden" name="attributes" /><input type="hidden" name="nodeName" /><input type="submit" name="submit" value="Skicka" hidden />`,
    article: `<p class="normal">Ansökan skickas till byggnadsnämnden.</p>`,
  },

  // ── base, meta, link ───────────────────────────────────────────────────────────────────────
  {
    id: 'base-href',
    cls: 'base href',
    what: '`<base href>` in the head (relative links move) and a second `<base href="javascript:">` in the article with relative links after it',
    head: `<base href="/hostile-base/" />`,
    article: `<base href="${J('base-href-article')}//" /><p class="normal">Läs mer om <a href="taxa.html">taxan</a> och <a href="ritningar">ritningar</a>.</p><img src="ritning.png" alt="" onerror="${H('base-href-img')}" />`,
  },
  {
    id: 'meta-refresh',
    cls: 'meta refresh',
    what: 'meta refresh (to the report address and to javascript:) inside `<noscript>` and `<template>`, inert on the page',
    article: `<noscript><meta http-equiv="refresh" content="0; url=/__hostile-report?id=meta-refresh-noscript" /><p class="normal">Sidan kräver javascript.</p></noscript>
      <template><meta http-equiv="refresh" content="0; url=${J('meta-refresh-template')}" /></template>
      <p class="normal">Bygglovshandläggaren kontaktar dig om något saknas.</p>`,
  },
  {
    id: 'meta-link',
    cls: 'meta refresh',
    what: '`<link>` stylesheet, preload, prefetch and import and `<meta http-equiv>` (set-cookie, CSP, refresh) hidden in noscript/template',
    article: `<noscript><link rel="stylesheet" href="/__hostile-report?id=link-stylesheet-noscript" /><link rel="preload" as="script" href="/__hostile-report?id=link-preload" /></noscript>
      <template><link rel="stylesheet" href="/__hostile-report?id=link-stylesheet-template" /><link rel="import" href="/__hostile-report?id=link-import" /><link rel="prefetch" href="/__hostile-report?id=link-prefetch" /><meta http-equiv="Content-Security-Policy" content="default-src 'none'" /><meta http-equiv="refresh" content="0; url=/__hostile-report?id=meta-refresh-template2" /></template>
      <p class="normal">Handlingarna ska vara på svenska.</p>`,
  },

  // ── style and @import ──────────────────────────────────────────────────────────────────────
  {
    id: 'style-scoped',
    cls: 'style and @import',
    what: '`<style>` (HTML and SVG) whose rules match only inside the reader (:host, .reader, main.page): a background image request',
    article: `<style>:host, .reader, .page > header, main.page p, [role="dialog"] { background-image: url("/__hostile-report?id=style-scoped") !important; }</style>
      <svg width="1" height="1"><style>:host, .reader { background-image: url("/__hostile-report?id=style-svg") }</style></svg>
      <p class="normal">Fasadritningen visar hur huset ser ut från alla håll.</p>`,
  },
  {
    id: 'style-import',
    cls: 'style and @import',
    what: '`@import`, `@font-face`, style attributes with url() hidden in noscript/template (they would load at once on the page)',
    article: `<noscript><style>@import url("/__hostile-report?id=style-import-noscript");</style><p style="background:url(/__hostile-report?id=style-attr-noscript)">Text</p></noscript>
      <template><style>@import "/__hostile-report?id=style-import-template"; @font-face { font-family: x; src: url(/__hostile-report?id=style-font) }</style><div style="background-image:url(/__hostile-report?id=style-attr-template)">Text</div></template>
      <p class="normal">Sektionsritningen visar husets höjd.</p>`,
  },

  // ── SVG use ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'svg-use',
    cls: 'SVG use',
    what: '`<use>` of a local group with an image onerror, of an external sprite (with a script) and of a data: URL',
    article: `<svg width="60" height="20"><defs><g id="hostile-use-g"><image href="bild-saknas.png" width="5" height="5" onerror="${H('svg-use-local')}" /></g></defs>
        <use href="#hostile-use-g" /><use xlink:href="/frame/sprite.svg#icon" x="20" /><use href="data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" id="x"><image href="saknas.png" onerror="${P('svg-use-data')}"/></svg>`)}#x" x="40" /></svg>`,
  },

  // ── Scripts ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'script-elements',
    cls: 'scripts',
    what: 'inline, external, module, nomodule and JSON-typed `<script>` in the article; they report only if they run again after parsing',
    article: `<script>${S('script-inline')}</script><script src="/frame/payload.js"></script><script type="module">${S('script-module')}</script><script nomodule>${S('script-nomodule')}</script><script type="text/javascript">${S('script-typed')}</script><script type="application/json">{"text":"<img src=x onerror=${H('script-json-text').replace(/'/g, '&#39;')}>"}</script>
      <p class="normal">Bygglovet kan överklagas till länsstyrelsen inom tre veckor.</p>`,
  },

  // ── Mutation XSS ───────────────────────────────────────────────────────────────────────────
  {
    id: 'mxss-noscript',
    cls: 'mutation XSS',
    what: '`<noscript>` whose content is markup only where scripting is off (a sanitiser’s parser), and noscript images Readability unwraps',
    article: `<noscript><p title="</noscript><img src=x onerror=${H('mxss-noscript-title')}>"></p></noscript>
      <p class="normal"><img src="${GIF}" alt="Foto" width="20" height="20" /><noscript><img src="saknas.png" alt="Foto" onerror="${H('mxss-noscript-unwrap')}" /></noscript></p>`,
  },
  {
    id: 'mxss-math',
    cls: 'mutation XSS',
    what: 'MathML namespace confusion: mglyph/malignmark with style, mtext with table (past DOMPurify bypasses)',
    article: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${H('mxss-math-mglyph')}&gt;">
      <form><math><mtext></form><form><mglyph><style></math><img src onerror="${H('mxss-math-form')}">
      <math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${H('mxss-math-textarea')} src=1>"></path></textarea></mtext></svg></mglyph></mi></math>
      <math><annotation-xml encoding="text/html"><style><img src=x onerror="${H('mxss-math-annotation')}"></style></annotation-xml></math>`,
  },
  {
    id: 'mxss-template',
    cls: 'mutation XSS',
    what: '`<template>` content, a declarative shadow root (shadowrootmode), template inside svg',
    article: `<template><img src="saknas.png" onerror="${H('mxss-template-img')}" /><script>${S('mxss-template-script')}</script></template>
      <div><template shadowrootmode="open"><img src="saknas.png" onerror="${H('mxss-dsd-img')}" /><p>Skuggträd</p></template></div>
      <svg><template><img src="saknas.png" onerror="${H('mxss-svg-template')}" /></template></svg>
      <p class="normal">Ritningarna ska visa hur byggnaden placeras på tomten.</p>`,
  },
  {
    id: 'mxss-tables',
    cls: 'mutation XSS',
    what: 'nested tables and foster parenting: content moved out of tables by the parser, and a title that closes a table',
    article: `<table><tr><td><table><tbody><tr><td><a title="</table><img src=x onerror=${H('mxss-table-title')}>">Avgift</a></td></tr></tbody></table></td></tr></table>
      <table><a title="x"><img src="saknas.png" onerror="${H('mxss-table-foster')}"></a><tr><td>Belopp</td></tr></table>
      <table><caption><svg><foreignobject><p><style><img src=x onerror=${H('mxss-table-caption')}></style></p></foreignobject></svg></caption></table>
      <table class="normal"><thead><tr><th>Åtgärd</th><th>Avgift</th></tr></thead><tbody><tr><td>Tillbyggnad</td><td>1 500 kr</td></tr><tr><td>Enbostadshus</td><td>25 000 kr</td></tr></tbody></table>`,
  },
  {
    id: 'mxss-svg-style',
    cls: 'mutation XSS',
    what: 'SVG/HTML namespace switches: CDATA in svg style, `</p>` inside svg, style with an attribute that closes it',
    article: `<svg><style><![CDATA[</style><img src=x onerror=${H('mxss-svg-cdata')}>]]></style></svg>
      <svg></p><style><a id="</style><img src=1 onerror=${H('mxss-svg-p')}>"></a></style></svg>
      <svg><![CDATA[><img src=x onerror=${H('mxss-svg-cdata2')}>]]></svg>
      <p class="normal">Byggnadens höjd anges i meter över marken.</p>`,
  },
  {
    id: 'mxss-rawtext',
    cls: 'mutation XSS',
    what: 'raw-text elements and comments: textarea, title, xmp, noembed, noframes, iframe text, listing, plaintext-like comments',
    article: `<textarea><img src=x onerror=${H('mxss-textarea')}></textarea>
      <xmp><img src=x onerror=${H('mxss-xmp')}></xmp>
      <noembed><img title="</noembed><img src=x onerror=${H('mxss-noembed')}>"></noembed>
      <noframes><img title="</noframes><img src=x onerror=${H('mxss-noframes')}>"></noframes>
      <title><img src=x onerror=${H('mxss-title')}></title>
      <!--<img src="--><img src=x onerror=${H('mxss-comment')}//">
      <p class="normal">Kommunen tar ut en avgift för beslutet.</p>`,
  },

  // ── DOM clobbering ─────────────────────────────────────────────────────────────────────────
  {
    id: 'clobber-document-methods',
    cls: 'DOM clobbering',
    what: 'named img/form/embed/object elements shadowing document methods our scripts call (createElement, createTreeWalker, createRange, getElementsByTagName, cloneNode, adoptNode, importNode)',
    article: `<img name="createElement" src="${GIF}" alt="" /><form name="createTreeWalker"></form><img name="createRange" src="${GIF}" alt="" /><form name="getElementsByTagName"></form><embed name="cloneNode" type="text/plain" width="1" height="1" /><img name="adoptNode" src="${GIF}" alt="" /><img name="importNode" src="${GIF}" alt="" /><img name="createElementNS" src="${GIF}" alt="" /><img name="createTextNode" src="${GIF}" alt="" />`,
  },
  {
    id: 'clobber-document-props',
    cls: 'DOM clobbering',
    what: 'named elements shadowing document properties: body, head, defaultView (an iframe’s window), activeElement, baseURI, URL, fonts, implementation, title',
    article: `<form name="body"><input name="append" /></form><img name="head" src="${GIF}" alt="" /><iframe name="defaultView" title="Ram" width="1" height="1" srcdoc="&lt;p&gt;Ram&lt;/p&gt;"></iframe><img name="activeElement" src="${GIF}" alt="" /><form name="baseURI"></form><form name="URL"></form><img name="fonts" src="${GIF}" alt="" /><form name="implementation"></form><img name="title" src="${GIF}" alt="" />`,
  },
  {
    id: 'clobber-selection',
    cls: 'DOM clobbering',
    what: 'named elements shadowing what reading a selection and click-to-read use: getSelection, caretPositionFromPoint, caretRangeFromPoint, elementFromPoint, hasFocus, documentElement',
    article: `<img name="getSelection" src="${GIF}" alt="" /><form name="caretPositionFromPoint"></form><form name="caretRangeFromPoint"></form><img name="elementFromPoint" src="${GIF}" alt="" /><form name="hasFocus"></form><img name="documentElement" src="${GIF}" alt="" />`,
  },
  {
    id: 'clobber-queries',
    cls: 'DOM clobbering',
    what: 'named elements shadowing document queries: querySelector, querySelectorAll, getElementById, getElementsByClassName, evaluate, contains',
    article: `<form name="querySelector"></form><img name="querySelectorAll" src="${GIF}" alt="" /><form name="getElementById"></form><img name="getElementsByClassName" src="${GIF}" alt="" /><form name="evaluate"></form><img name="contains" src="${GIF}" alt="" />`,
  },
  {
    id: 'clobber-globals',
    cls: 'DOM clobbering',
    what: 'ids that become window globals our content scripts could read (__lyssnaPlayer, browser, chrome, speechSynthesis, CSS) and ids/names like our own elements',
    article: `<div id="__lyssnaPlayer"></div><a id="browser" name="runtime" href="${J('clobber-browser')}">x</a><a id="chrome" href="${J('clobber-chrome')}">x</a><img name="speechSynthesis" src="${GIF}" alt="" /><a id="CSS" href="#">x</a><a id="CSS" name="highlights" href="#">x</a><div id="Highlight"></div><div id="lyssna-control"></div><div id="lyssna-reader"><button data-reader="close">Stäng</button></div><h2 id="lyssna-reader-title">Falsk titel</h2><div id="lyssna-more"></div><div id="lyssna-term-1-0" popover>Falsk förklaring</div>`,
  },

  // ── Escaped text that must stay text ───────────────────────────────────────────────────────
  {
    id: 'escaped-text',
    cls: 'escaped text',
    what: 'markup written as text (&lt;img onerror&gt;, &lt;script&gt;) in the title, running text, a list, code, a link text, and double-escaped',
    title: `Bygglov &lt;img src=x onerror=${H('escaped-title')}&gt;`,
    article: `<p class="normal">Skriv inte &lt;img src=x onerror=${H('escaped-p')}&gt; i ansökan om bygglov.</p>
      <ul class="normal"><li>Tecknet &lt;script&gt;(self.__hostileReport||parent.__hostileReport)('escaped-script')&lt;/script&gt; hör inte hemma i en ritning.</li></ul>
      <pre><code>&lt;svg onload=${H('escaped-code')}&gt;</code></pre>
      <p class="normal">Dubbelt: &amp;lt;img src=x onerror=${H('escaped-double')}&amp;gt; och <a href="/taxa.html">&lt;b onmouseover=${H('escaped-link')}&gt;taxa&lt;/b&gt;</a>.</p>`,
  },
  {
    id: 'escaped-controls',
    cls: 'escaped text',
    what: 'terminal control sequences (ESC, OSC 52 clipboard, OSC 8 link, BEL, backspace, carriage return) and bidi overrides in running text',
    article: `<p class="normal">Bygglovet &#27;[2J&#27;[31mgäller&#27;[0m i fem år&#27;]52;c;aGFjaw==&#7; från &#27;]8;;http://example.invalid&#27;\\beslutet&#27;]8;;&#27;\\ och&#8;&#8; &#13;kan &#27;]0;fönstertitel&#7;förlängas &#x202E;hcnaH&#x202C; inte.</p>`,
  },

  // ── Prototype pollution ────────────────────────────────────────────────────────────────────
  {
    id: 'proto-jsonld',
    cls: 'prototype pollution',
    what: 'JSON-LD with __proto__, constructor.prototype and prototype keys (objects, arrays, @graph) next to real dates',
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","__proto__":{"hostilePolluted":"jsonld","datePublished":"2020-01-01"},"constructor":{"prototype":{"hostilePolluted":"jsonld-ctor"}},"datePublished":"2023-02-09","dateModified":"2024-03-14","author":{"__proto__":{"hostilePolluted":"jsonld-author"},"name":"Kiruna kommun"}}</script>
      <script type="application/ld+json">[{"__proto__":[{"hostilePolluted":"jsonld-array"}]},{"@graph":[{"@type":"WebPage","__proto__":{"toString":"x","hostilePolluted":"jsonld-graph"},"dateModified":"2024-03-14"}]}]</script>
      <script type="application/ld+json">{"__proto__": {"__proto__": {"hostilePolluted": "jsonld-deep"}}, "prototype": {"hostilePolluted": "jsonld-prototype"}}</script>`,
  },
  {
    id: 'proto-meta',
    cls: 'prototype pollution',
    what: 'meta names, properties and contents, hreflang, lang and class values that are Object.prototype keys',
    head: `<meta name="__proto__" content="hostilePolluted" />
      <meta property="constructor" content="prototype" />
      <meta name="DC.Publisher" content="__proto__" />
      <meta property="og:site_name" content="constructor" />
      <meta property="article:published_time" content="__proto__" />
      <meta name="dcterms.language" content="__proto__" />
      <link rel="alternate" hreflang="__proto__" href="/proto.html" />
      <link rel="alternate" hreflang="constructor" href="/ctor.html" />`,
    article: `<p class="normal" lang="constructor">Avgiften betalas mot faktura.</p><p class="normal" class="__proto__ constructor" data-hostile="__proto__">Fakturan skickas efter beslutet.</p>`,
  },
  {
    id: 'proto-words',
    cls: 'prototype pollution',
    what: 'Object.prototype keys as words: link texts (language menu), sentences after “man” (Lättläst rewrites), headings, abbreviations',
    header: `<a href="/constructor.html">constructor</a> | <a href="/proto.html">__proto__</a> | <a href="/tostring.html">toString</a> | <a href="/valueof.html">valueOf</a> | <a href="/hasown.html">hasOwnProperty</a>`,
    article: `<h2 class="subheading">constructor och __proto__</h2>
      <p class="normal">Om man bygger ett hus måste man tänka på constructor, toString, valueOf och __proto__ innan man söker bygglov.</p>
      <p class="normal">Man kan fråga om hasOwnProperty, isPrototypeOf, propertyIsEnumerable, toLocaleString, __defineGetter__ och __lookupSetter__ hos sig.</p>
      <ul class="normal"><li>constructor</li><li>prototype</li><li>__proto__</li></ul>`,
  },
];

/** The article of every page: the text of samples/umea/bygglov.html (our own), for Kiruna, with the payload in it. */
function page({ id, title = 'Bygglov', head = '', bodyAttrs = '', header = '', wrapArticle = '', article }) {
  return `<!DOCTYPE html>
<html lang="sv">
   <head>
      <meta charset="UTF-8" />
      ${PROBE}
      <title>Bygglov - Kiruna kommun</title>
      <meta name="DC.Title" content="Bygglov" />
      <meta name="DC.Description" content="Här får du veta när du behöver bygglov, hur du ansöker och vad det kostar." />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta property="og:site_name" content="Kiruna kommun" />
      ${head}
      <style>
         body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; line-height: 1.5; }
         .header { background: #00385f; color: #fff; padding: 1em 2em; }
         .header a { color: #fff; }
         .sv-grid-main { display: flex; gap: 2em; max-width: 70em; margin: 0 auto; padding: 1em 2em; }
         .sv-column-3 { flex: 0 0 14em; }
         .sv-column-6 { flex: 1 1 auto; }
         .footer { background: #1d2b3a; color: #eee; padding: 1.5em 2em; }
         .footer a { color: #fff; }
      </style>
   </head>
   <body class="sv-responsive" ${bodyAttrs}>
      <!-- Hostile test page "${id}" (scripts/gen-hostile.mjs): see samples/hostile/README.md. -->
      <div class="sv-skip-link"><a href="#Innehall">Gå till innehåll</a></div>
      <div class="sv-layout">
         <div class="sv-row sv-layout header" role="banner">
            <a href="/"><svg role="img" aria-label="Kiruna kommun, till startsidan" width="160" height="40" viewBox="0 0 160 40"><rect width="160" height="40" fill="#00385f"/><text x="8" y="26" fill="#fff" font-size="18">Kiruna kommun</text></svg></a>
            <p class="flerniva"><a href="/lattlast.html">Lättläst</a> | <a href="/kontakt.html">Kontakt</a>${header ? ` | ${header}` : ''}</p>
            <nav aria-label="Huvudmeny">
               <ul>
                  <li><a href="/kommunochpolitik.html">Kommun och politik</a></li>
                  <li><a href="/byggaboochmiljo.html" aria-current="true">Bygga, bo och miljö</a></li>
                  <li><a href="/forskolaochutbildning.html">Förskola och utbildning</a></li>
                  <li><a href="/omsorgochstod.html">Omsorg och stöd</a></li>
               </ul>
            </nav>
         </div>
         <div class="sv-fluid-grid sv-layout sv-grid-main">
            <div class="sv-layout sv-column-3">
               <nav aria-label="Undermeny">
                  <ul>
                     <li><a href="/byggaboochmiljo/bygglov.html" aria-current="page">Bygglov</a></li>
                     <li><a href="/byggaboochmiljo/anmalan.html">Anmälan</a></li>
                     <li><a href="/byggaboochmiljo/rivningslov.html">Rivningslov</a></li>
                  </ul>
               </nav>
            </div>
            <div class="sv-layout sv-column-6">${wrapArticle}
               <nav aria-label="Brödsmulor">
                  <span class="breadcrumb-label">Du är här:</span>
                  <a href="/">Startsida</a> / <a href="/byggaboochmiljo.html">Bygga, bo och miljö</a> / <span aria-current="page">Bygglov</span>
               </nav>
               <div id="Innehall" class="sv-layout pagecontent">
                  <div class="sv-text-portlet sv-use-margins">
                     <div class="sv-text-portlet-content">
                        <h1 class="heading" id="h-Bygglov">${title}</h1>
                        <p class="ingress">Du behöver oftast bygglov när du ska bygga nytt, bygga till eller ändra användningen av en byggnad. På den här sidan får du veta hur du ansöker, vad det kostar och hur lång tid det tar.</p>
                     </div>
                  </div>
                  <div class="sv-text-portlet sv-use-margins">
                     <div class="sv-text-portlet-content">
                        <h2 class="subheading" id="h-Narbehoverjagbygglov">När behöver jag bygglov?</h2>
                        <p class="normal">Inom detaljplanerat område krävs bygglov bl.a. för nybyggnad, tillbyggnad och vissa ändringar av fasaden.</p>
                        <div class="hostile-payload" data-hostile-id="${id}">
      ${article}
                        </div>
                        <p class="normal">Exempel på åtgärder som kräver bygglov:</p>
                        <ul class="normal">
                           <li>Nybyggnad av ett bostadshus, t.ex. ett enbostadshus eller ett fritidshus</li>
                           <li>Tillbyggnad som ökar byggnadens volym, t.ex. en inglasad altan</li>
                           <li>Ändrad användning, t.ex. när en butikslokal görs om till bostad</li>
                        </ul>
                        <p class="normal">Vissa mindre åtgärder, som ett attefallshus på högst 30 kvadratmeter, kräver i stället en anmälan.</p>
                        <h2 class="subheading" id="h-Saansokerdu">Så ansöker du</h2>
                        <p class="normal">Du ansöker enklast via vår e-tjänst, men du kan också skicka ansökan med post. Bifoga ritningar, en situationsplan och en kontrollplan. Vi skickar en bekräftelse när ansökan är komplett, och därefter har vi högst tio veckor på oss att fatta beslut.</p>
                        <h2 class="subheading" id="h-Vadkostardet">Vad kostar det?</h2>
                        <p class="normal">Avgiften beror på hur stor åtgärden är och bestäms i kommunens taxa. Ett bygglov för en mindre tillbyggnad kostar från 1 500 kr, medan ett nytt enbostadshus kostar ca 25 000 kr.</p>
                     </div>
                  </div>
                  <div class="sv-text-portlet sv-use-margins sidinfo">
                     <div class="sv-text-portlet-content">
                        <p class="sv-font-liten-text">Publicerad 9 februari 2023</p>
                        <p class="sv-font-liten-text">Senast uppdaterad 14 mars 2024</p>
                     </div>
                  </div>
               </div>${wrapArticle ? '</form>' : ''}
            </div>
         </div>
         <div class="sv-vertical sv-layout footer" role="contentinfo">
            <p class="normal"><strong>Kiruna kommun</strong></p>
            <p class="normal"><a href="/omwebbplatsen.html">Om webbplatsen</a> | <a href="/tillganglighetsredogorelse.html">Tillgänglighetsredogörelse</a></p>
         </div>
      </div>
   </body>
</html>
`;
}

const escapeCell = (s) => s.replace(/\|/g, '\\|');

function readme() {
  const rows = PAGES.map((p) => `| \`${p.id}.html\` | ${p.cls} | ${escapeCell(p.what)} |`).join('\n');
  return `# Hostile pages

**Generated** by \`node scripts/gen-hostile.mjs\`; do not edit by hand. Served as \`${HOST}/<name>.html\`
(\`hosts.json\`; Kiruna kommun is in the registry, so the detector runs there. Not lund.se: Chromium's HSTS
preload list sends it to https, which the sample server does not speak). These pages test **one mechanism: safety**. They are not part of any quality figure
(extraction, detection or Lättläst evaluations) and say nothing about how well Lyssna reads real pages.

Each page is the same short Kiruna article (the text of our own \`samples/umea/bygglov.html\`, so it is
detected as an article and Lättläst has hard words to explain) with one payload class or variant in
\`<div class="hostile-payload" data-hostile-id="…">\` (some also in the head or on \`<body>\`). A payload
is **inert on the page as the browser serves it** and **reports only when it runs in a context Lyssna
made**: it then sets \`data-hostile-ran\` on the top document and requests \`/__hostile-report?id=…\`, which
the sample server records. The probe script at the top of each page's head decides what is Lyssna-made:
a node inside a \`lyssna-*\` element's shadow tree, a frame whose element is one, or a node Lyssna put
into the page's own tree after it was parsed; opaque (data:) frames ask the page by postMessage, and
the page knows its own frames (the windows it had when it loaded). \`javascript:\` URLs report whenever they run: only a click runs them, and
the tests never click the page itself. CSS payloads report by a background-image request from rules that
only match inside the reader, or sit in \`<noscript>\`/\`<template>\` where they are inert on the page.

Tests: \`tests/integration/hostile/hostile-pages.test.ts\` (the CLI's JSON and text, the sanitiser on
each payload, \`Object.prototype\` after reading) and \`tests/e2e/hostile.e2e.ts\` (Chromium and Firefox:
page highlight, Läsläge, Lättläst with its explain buttons, reading a selection). \`payloads.json\` holds
each page's payload markup for the sanitiser test. \`frame/\` holds what the frame payloads load (not articles).

| page | class | payload |
| --- | --- | --- |
${rows}

| helper | what |
| --- | --- |
| \`frame/probe.html\` | loaded by iframe/object/embed payloads: reports when its frame element is Lyssna-made (id from \`?id=\`) |
| \`frame/probe.svg\` | an SVG document with a script, for \`<embed>\` |
| \`frame/sprite.svg\` | an external \`<use>\` sprite with an image handler and a script (never run by browsers) |
| \`frame/payload.js\` | an external script that reports only when run again in a Lyssna-made place |
`;
}

function main() {
  mkdirSync(path.join(OUT, 'frame'), { recursive: true });
  // Stale pages from an earlier list go; README, payloads.json and frame/ are rewritten below.
  for (const name of readdirSync(OUT)) if (name.endsWith('.html')) rmSync(path.join(OUT, name));
  for (const p of PAGES) writeFileSync(path.join(OUT, `${p.id}.html`), page(p));
  for (const [name, text] of Object.entries(FRAME_FILES)) writeFileSync(path.join(OUT, 'frame', name), text);
  const payloads = PAGES.map(({ id, cls, article }) => ({ id, class: cls, html: article }));
  writeFileSync(path.join(OUT, 'payloads.json'), JSON.stringify(payloads, null, 2) + '\n');
  writeFileSync(path.join(OUT, 'README.md'), readme());
  console.log(`wrote ${PAGES.length} pages to ${path.relative(process.cwd(), OUT) || '.'}`);
}

main();
