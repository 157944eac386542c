import { describe, expect, it } from 'vitest';
import { READER_THEMES } from '../../../src/core/config/settings';
import { READER_THEME_COLOURS, contrastRatio } from '../../../src/ui/reader/themes';

describe('reader themes', () => {
  it('compute the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(READER_THEMES)('%s: text, secondary text and links reach 7:1 on the background and panel', (name) => {
    const theme = READER_THEME_COLOURS[name];
    for (const colour of [theme.text, theme.muted, theme.link]) {
      expect(contrastRatio(colour, theme.background)).toBeGreaterThanOrEqual(7);
    }
    expect(contrastRatio(theme.text, theme.panel)).toBeGreaterThanOrEqual(7);
    // Highlighted text is black on the highlight colours.
    expect(contrastRatio('#000000', theme.sentence)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio('#000000', theme.word)).toBeGreaterThanOrEqual(7);
    // The focus ring stands out from the background (non-text contrast).
    expect(contrastRatio(theme.focus, theme.background)).toBeGreaterThanOrEqual(3);
  });
});
