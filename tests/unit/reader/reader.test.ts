// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowOf } from '../../../src/ui/shadow';
import type { Article } from '../../../src/core/model';
import { DEFAULT_READER } from '../../../src/core/config/settings';
import { messages } from '../../../src/ui/i18n';
import { ReaderView, formatDate } from '../../../src/ui/reader/reader';
import { pageFrom } from '../helpers/dom';

const ARTICLE: Article = {
  title: 'Bygglov',
  lang: 'sv',
  published: '2023-02-09',
  updated: '2024-03-14',
  organisation: { name: 'Umeå kommun', kind: 'kommun', code: '2480' },
  blocks: [],
  html: '<h1 class="page">Bygglov</h1><p class="meta">Du behöver oftast bygglov. Det kostar pengar.</p><p lang="en">In English.</p>',
};

function setUp() {
  const { doc } = pageFrom(
    '<!doctype html><html lang="sv"><body><p id="before">Sidan</p><button id="opener">Öppna</button></body></html>',
  );
  const changes: unknown[] = [];
  let closed = 0;
  const reader = new ReaderView(
    doc,
    messages('sv'),
    { ...DEFAULT_READER },
    {
      change: (c) => changes.push(c),
      closed: () => closed++,
    },
  );
  return { doc, reader, changes, closed: () => closed };
}

describe('the reader view', () => {
  afterEach(() => vi.restoreAllMocks());

  it('formats dates in the UI language, and refuses what is not a date', () => {
    expect(formatDate('2024-03-14', 'sv-SE')).toBe('14 mars 2024');
    expect(formatDate('2024-03-14', 'en-GB')).toBe('14 March 2024');
    expect(formatDate('14/3', 'sv-SE')).toBeNull();
  });

  it('renders the model: title once, dates, organisation, the article without its class names', () => {
    const { doc, reader } = setUp();
    (doc.getElementById('opener') as HTMLElement).focus();
    reader.open(ARTICLE);
    const root = shadowOf(reader.host)!;
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Bygglov');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('.meta')?.textContent).toBe(
      'Publicerad 9 februari 2023Uppdaterad 14 mars 2024Umeå kommun',
    );
    expect(root.querySelector('.body [class]')).toBeNull();
    expect(doc.getElementById('before')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('reads its own text: title first, sentences mapped to its own text nodes, languages kept', () => {
    const { reader } = setUp();
    reader.open(ARTICLE);
    const { blocks, sentences } = reader.reading;
    expect(blocks.map((b) => [b.kind, b.lang, b.text])).toEqual([
      ['title', 'sv', 'Bygglov'],
      ['paragraph', 'sv', 'Du behöver oftast bygglov. Det kostar pengar.'],
      ['paragraph', 'en', 'In English.'],
    ]);
    expect(sentences.map((s) => s.text)).toEqual([
      'Bygglov',
      'Du behöver oftast bygglov.',
      'Det kostar pengar.',
      'In English.',
    ]);
    expect(blocks[1]!.runs[0]!.node.getRootNode()).toBe(shadowOf(reader.host)!);
  });

  it('closes: the page is as it was, focus goes back, and the player hears of it', () => {
    const { doc, reader, closed } = setUp();
    const opener = doc.getElementById('opener') as HTMLElement;
    opener.focus();
    reader.open(ARTICLE);
    reader.close();
    expect(reader.isOpen).toBe(false);
    expect(doc.getElementById('before')?.hasAttribute('aria-hidden')).toBe(false);
    expect(doc.activeElement).toBe(opener);
    expect(closed()).toBe(1);
  });

  it('closes at once though a long text still leaves, and opens again at once with the new text', async () => {
    const { doc, reader, closed } = setUp();
    const opener = doc.getElementById('opener') as HTMLElement;
    opener.focus();
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Stycke ${i} om tillsyn.</p>`).join('');
    reader.open({ ...ARTICLE, title: 'Tillsyn', html: paragraphs }, undefined, false);
    const root = shadowOf(reader.host)!;
    const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
    // Each read of the clock 4 ms on: a slice (15 ms) takes out a few paragraphs, then the page gets a turn.
    let now = 0;
    vi.spyOn(doc.defaultView!.performance, 'now').mockImplementation(() => (now += 4));
    reader.close();
    // For the user, closed: the page back, focus back, the reader out of view, of Tab and of assistive
    // technology. Its 60 paragraphs leave a slice at a time.
    expect(reader.isOpen).toBe(false);
    expect(closed()).toBe(1);
    expect(doc.activeElement).toBe(opener);
    expect(doc.getElementById('before')?.hasAttribute('aria-hidden')).toBe(false);
    expect(reader.host.isConnected).toBe(true);
    expect(reader.host.getAttribute('aria-hidden')).toBe('true');
    expect(reader.host.tabIndex).toBe(-1);
    expect(dialog.style.top).toBe('200vh');
    // The line-focus band is fixed to the screen, not to the dialog: it stays hidden until the reader is back.
    const band = root.querySelector('.band') as HTMLElement;
    reader.apply({ ...DEFAULT_READER, lineFocus: 3 });
    expect(band.hidden).toBe(true);

    reader.open(ARTICLE);
    expect(band.hidden).toBe(false);
    expect(reader.isOpen).toBe(true);
    expect(doc.querySelectorAll('lyssna-reader')).toHaveLength(1);
    expect(reader.host.hasAttribute('aria-hidden')).toBe(false);
    expect(reader.host.hasAttribute('tabindex')).toBe(false);
    expect(dialog.style.top).toBe('');
    expect(doc.getElementById('before')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.activeElement?.textContent).toBe('Bygglov');
    // The old text, still leaving, is hidden behind the new one; only the new one is read.
    const shown = Array.from(root.querySelectorAll<HTMLElement>('.page > *')).filter((el) => !el.hidden);
    expect(shown.map((el) => el.textContent).join(' ')).not.toContain('Stycke');
    expect(root.querySelector('.page')?.textContent).toContain('Stycke 0');
    expect(reader.reading.sentences.map((s) => s.text)).not.toContain('Stycke 0 om tillsyn.');
    await expect.poll(() => root.querySelector('.page')?.textContent, { timeout: 5_000 }).not.toContain('Stycke');
    expect(reader.host.isConnected).toBe(true);

    reader.close();
    await expect.poll(() => reader.host.isConnected, { timeout: 5_000 }).toBe(false);
    expect(closed()).toBe(2);
  });

  it('applies a look as custom properties and a theme name', () => {
    const { reader } = setUp();
    reader.open(ARTICLE);
    reader.apply({ ...DEFAULT_READER, theme: 'contrast', textSize: 300, lineFocus: 3 });
    const dialog = shadowOf(reader.host)!.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.dataset.theme).toBe('contrast');
    expect(dialog.style.getPropertyValue('--size')).toBe('60px');
    expect(dialog.style.getPropertyValue('--bg')).toBe('#000000');
    expect((shadowOf(reader.host)!.querySelector('.band') as HTMLElement).hidden).toBe(false);
  });

  it('opens straight into Lättläst when asked, and switches views while open', () => {
    const { reader } = setUp();
    reader.open({ ...ARTICLE, blocks: [] }, undefined, true);
    const root = shadowOf(reader.host)!;
    const easyButton = root.querySelector('button[data-reader="easy"]')!;
    expect(root.querySelector('.body.easy')).not.toBeNull();
    expect(easyButton.getAttribute('aria-pressed')).toBe('true');
    reader.showEasy(false);
    expect(root.querySelector('.body.easy')).toBeNull();
    expect(easyButton.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows Lättläst one sentence a line, as line breaks the reading sees as sentence ends', () => {
    const { reader } = setUp();
    const text = 'Du behöver oftast bygglov när du bygger nytt. Det kostar pengar att söka.';
    const paragraph = { kind: 'paragraph' as const, lang: 'sv', text, runs: [], offsets: [] };
    reader.open({ ...ARTICLE, blocks: [paragraph] }, undefined, true);
    const root = shadowOf(reader.host)!;
    const p = Array.from(root.querySelectorAll('.body.easy p')).find((el) => /bygglov/.test(el.textContent ?? ''))!;
    // Each sentence on a line of its own: a <br> between them, not a newline left to CSS to show.
    expect(p.querySelectorAll('br')).toHaveLength(1);
    const texts = Array.from(p.childNodes, (n) => (n.nodeType === 3 ? n.nodeValue : `<${n.nodeName}>`));
    expect(texts.some((t) => t?.includes('\n'))).toBe(false);
    expect(texts.join('')).toMatch(/nytt\.<BR>Det kostar/);
    const read = reader.reading.sentences.map((s) => s.text);
    expect(read).toContain('Du behöver oftast bygglov när du bygger nytt.');
    expect(read).toContain('Det kostar pengar att söka.');
  });

  it('renders article HTML as nodes of the page, parsed by DOMPurify (never innerHTML)', () => {
    const { doc, reader } = setUp();
    // (happy-dom's tree walking lets DOMPurify miss some nodes after one it removes; browsers do not.)
    const html =
      '<div><p>Ansök <a href="#steg">här</a>.<img src="x.png" alt="" onerror="alert(1)"></p>' +
      '<h2 id="steg" class="x">Steg</h2></div><script>alert(2)</script>';
    reader.open({ ...ARTICLE, html });
    const body = shadowOf(reader.host)!.querySelector('.body')!;
    expect(body.innerHTML).toBe(
      '<div><p>Ansök <a href="#steg">här</a>.<img src="x.png" alt="" loading="lazy"></p><h2 id="steg">Steg</h2></div>',
    );
    expect(body.querySelector('img')!.ownerDocument).toBe(doc);
  });
});

describe('following the reading', () => {
  it('does not move the text while the pointer rests on a button (a click on "explain" must land)', () => {
    const { doc, reader } = setUp();
    reader.open({ ...ARTICLE, html: '<p>Ansök om <a href="#x">bygglov</a> i god tid.</p><p>Sedan väntar du.</p>' });
    const root = shadowOf(reader.host)!;
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    const scrolls: unknown[] = [];
    dialog.scrollBy = ((options: unknown) => scrolls.push(options)) as typeof dialog.scrollBy;
    // A tall reader with the sentence read far below what is in view (happy-dom does no layout).
    Object.defineProperty(dialog, 'clientHeight', { value: 800 });
    const sentence = () => {
      const range = doc.createRange();
      range.selectNodeContents(root.querySelectorAll('.body p')[1]!);
      range.getBoundingClientRect = () => ({ top: 2000, bottom: 2030 }) as DOMRect;
      return range;
    };
    // Not aiming at anything: the sentence read is brought into view.
    reader.follow(sentence());
    expect(scrolls).toHaveLength(1);
    // The pointer on a link in the text: the text stays where it is...
    const link = root.querySelector('.body a')!;
    link.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    reader.follow(sentence());
    expect(scrolls).toHaveLength(1);
    // ... and the text follows the reading again when the pointer is back on the text.
    const realNow = Date.now;
    Date.now = () => realNow() + 2000;
    try {
      reader.follow(sentence());
    } finally {
      Date.now = realNow;
    }
    expect(scrolls).toHaveLength(2);
  });
});

describe('Lättläst of a long article', () => {
  it('says it is being prepared, then shows the simplified text without a freeze', async () => {
    const { reader } = setUp();
    const sentence = 'Om du vill ansöka om bygglov måste du fylla i en blankett och skicka den till kommunen.';
    const blocks = Array.from({ length: 600 }, () => ({
      kind: 'paragraph' as const,
      lang: 'sv',
      text: sentence,
      runs: [],
      offsets: [],
    }));
    reader.open({ ...ARTICLE, blocks }, undefined, true);
    const root = shadowOf(reader.host)!;
    expect(root.querySelector('.body [role="status"]')?.textContent).toMatch(/Lättläst förbereds/);
    expect(root.querySelector('.body')?.textContent).not.toContain('Vill du ansöka om bygglov?');
    await expect.poll(() => root.querySelector('.body [role="status"]'), { timeout: 20_000 }).toBeNull();
    // The whole text is drawn, and read: every one of its sentences is there to be spoken.
    expect(root.querySelector('.body')?.textContent).toContain('Vill du ansöka om bygglov?');
    const spoken = reader.reading.sentences.filter((s) => s.text === 'Vill du ansöka om bygglov?');
    expect(spoken).toHaveLength(600);
  });
});

describe('a very long page in the reader', () => {
  it('is drawn a part at a time, sanitised, then handed over whole: every part and its sentences', async () => {
    const { doc } = pageFrom(
      '<!doctype html><html lang="sv"><body><main><p>Sidan</p><button id="page-button">Sök</button></main></body></html>',
    );
    let shown = 0;
    const reader = new ReaderView(
      doc,
      messages('sv'),
      { ...DEFAULT_READER },
      {
        change() {},
        closed() {},
        shown: () => shown++,
      },
    );
    const part = (n: number) =>
      Array.from(
        { length: 30 },
        (_, i) => `<p class="x">§ ${n * 100 + i}. Nämnden beslutade enligt förslaget.</p>`,
      ).join('');
    const rawHtmlParts = [
      `<div><h1>Protokoll</h1>${part(1)}</div>`,
      `<div>${part(2)}<img src="x.png" onerror="alert(1)"></div>`,
      `<div>${part(3)}<script>alert(1)</script></div>`,
    ];
    reader.open({ ...ARTICLE, title: 'Protokoll', rawHtmlParts, html: '' });
    const root = shadowOf(reader.host)!;
    expect(root.querySelector('.body [role="status"]')?.textContent).toMatch(/visas en bit i taget/);
    await expect.poll(() => shown, { timeout: 20_000 }).toBe(1);
    const body = root.querySelector('.body')!;
    expect(body.querySelector('[role="status"]')).toBeNull();
    expect(body.querySelectorAll('.part p')).toHaveLength(90);
    expect(body.textContent).toContain('§ 329.');
    // Sanitised like any article, its title not twice, no site class names.
    expect(body.querySelector('script, [onerror]')).toBeNull();
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(body.querySelector('p[class]')).toBeNull();
    const texts = reader.reading.sentences.map((s) => s.text);
    expect(texts[0]).toBe('Protokoll');
    expect(texts.filter((t) => t.startsWith('§ '))).toHaveLength(90);
    // The page beneath is hidden from assistive technology and keeps no focus (it is not made inert:
    // that would restyle all of a very long page).
    const main = doc.querySelector('main')!;
    expect(main.getAttribute('aria-hidden')).toBe('true');
    (doc.getElementById('page-button') as HTMLElement).focus();
    expect(root.activeElement?.id).toBe('lyssna-reader-title');
    reader.close();
    expect(main.hasAttribute('aria-hidden')).toBe(false);
  });
});
