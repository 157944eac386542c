import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/core/config/settings';
import { messages } from '../../../src/ui/i18n';
import { repairedSettingNames } from '../../../src/ui/options/repaired';

const sv = messages('sv');

describe('repaired settings, as the options page names them', () => {
  it('names each setting that fell back to its default', () => {
    const { problems } = parseSettings({
      version: 1,
      rate: 9,
      voices: { sv: 'Alva', en: 7 },
      reader: { textSize: 'huge', theme: 'purple', lineSpacing: 2 },
    });
    expect(repairedSettingNames(problems, sv)).toEqual(['Hastighet', 'Röster', 'Textstorlek', 'Färger']);
  });

  it('says nothing when all was well, or when settings came from a newer version', () => {
    expect(repairedSettingNames(parseSettings({ version: 1, rate: 2 }).problems, sv)).toBeNull();
    expect(repairedSettingNames(parseSettings({ version: 7, rate: 2 }).problems, sv)).toBeNull();
  });

  it('reports a wholly unreadable store without naming settings', () => {
    expect(repairedSettingNames(parseSettings('{{{').problems, sv)).toEqual([]);
    expect(sv.repaired([])).toMatch(/^Några sparade inställningar gick inte att läsa/);
  });
});
