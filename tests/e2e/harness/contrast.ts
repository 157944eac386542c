// Measures what a user sees of the control: for each visible, enabled piece of text or button in its
// shadow root, the computed text colour against the first opaque background behind it (walking up
// through the shadow host into whatever holds it), as a WCAG 2 contrast ratio.

import type { Page } from 'puppeteer-core';

export interface Measured {
  what: string;
  colour: string;
  background: string;
  ratio: number;
}

/**
 * `host` is a page expression for the control's host element. Sent as source text: a function from
 * here would carry tsx's `__name` helper, which the page does not have.
 */
export async function controlContrast(page: Page, host: string): Promise<Measured[]> {
  return page.evaluate(`(() => {
    const host = ${host};
    const rgba = (text) => {
      const m = /rgba?\\(([\\d.]+),? ([\\d.]+),? ([\\d.]+)(?:,? \\/? ?([\\d.]+))?\\)/.exec(text);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const luminance = ([r, g, b]) => {
      const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const up = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
    const backgroundOf = (el) => {
      for (let n = el; n; n = up(n)) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c && c[3] >= 0.99) return c;
      }
      return [255, 255, 255, 1];
    };
    const root = host.shadowRoot;
    const items = Array.from(root.querySelectorAll('button, select, .status, .field'))
      .filter((el) => !el.disabled && el.getClientRects().length > 0 && !el.closest('[hidden]'));
    return items.map((el) => {
      const colour = rgba(getComputedStyle(el).color);
      const background = backgroundOf(el);
      const [hi, lo] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
      return {
        what: el.dataset.action || el.className || el.tagName.toLowerCase(),
        colour: getComputedStyle(el).color,
        background: 'rgb(' + background.slice(0, 3).join(', ') + ')',
        ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
      };
    });
  })()`) as Promise<Measured[]>;
}
