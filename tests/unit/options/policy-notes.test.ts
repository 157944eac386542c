import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/ui/i18n';
import { renderPolicyNotes } from '../../../src/ui/options/policy-notes';
import { pageFrom } from '../helpers/dom';

function page() {
  const { doc } = pageFrom(
    `<!doctype html><html lang="sv"><body><section id="policy" hidden></section>
      <select data-setting="rate"></select><select data-setting="voices.sv"></select>
      <select data-setting="reader.textSize"></select><select data-setting="reader.theme"></select></body></html>`,
    'chrome-extension://x/options.html',
  );
  const disabled = () =>
    Array.from(doc.querySelectorAll<HTMLSelectElement>('[data-setting]'))
      .filter((s) => s.disabled)
      .map((s) => s.dataset.setting);
  return { doc, section: doc.getElementById('policy')!, disabled };
}

describe('managed-policy notes on the options page', () => {
  it('stay hidden and lock nothing without a policy', () => {
    const { section, disabled } = page();
    renderPolicyNotes(section, [], [], messages('sv'));
    expect(section.hidden).toBe(true);
    expect(disabled()).toEqual([]);
  });

  it('list the notes and disable each locked control, a group by its prefix, with a note it points to', () => {
    const { doc, section, disabled } = page();
    renderPolicyNotes(section, ['Biblioteket har valt rösten.'], ['rate', 'reader'], messages('sv'));
    expect(section.hidden).toBe(false);
    expect(section.textContent).toContain('Biblioteket har valt rösten.');
    expect(disabled()).toEqual(['rate', 'reader.textSize', 'reader.theme']);
    const rate = doc.querySelector('[data-setting="rate"]')!;
    expect(doc.getElementById(rate.getAttribute('aria-describedby')!)?.textContent).toMatch(/låst/);
    renderPolicyNotes(section, [], [], messages('sv')); // the policy went away
    expect(disabled()).toEqual([]);
    expect(rate.hasAttribute('aria-describedby')).toBe(false);
  });
});
