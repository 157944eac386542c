import { describe, expect, it } from 'vitest';
import { writeOutSigns } from '../../../src/core/simplify/signs';

describe('Lättläst writes slashes and range dashes as words', () => {
  it.each([
    ['Ett parkeringstillstånd kostar 350 kr/månad.', 'Ett parkeringstillstånd kostar 350 kr per månad.'],
    ['Avgiften är 150 kr/st.', 'Avgiften är 150 kr per styck.'],
    ['Tillståndet kan återkallas och/eller sägas upp.', 'Tillståndet kan återkallas eller sägas upp.'],
    ['Klaga hos företaget där du köpt varan/tjänsten.', 'Klaga hos företaget där du köpt varan eller tjänsten.'],
    ['Stöd vid missbruk/beroende/spelproblem.', 'Stöd vid missbruk, beroende eller spelproblem.'],
    ['Skicka e-post/brev till oss.', 'Skicka e-post eller brev till oss.'],
    ['Vi svarar måndag–torsdag kl. 10.00 – 12.00.', 'Vi svarar måndag till torsdag kl. 10.00 till 12.00.'],
    ['Parkering tillåten klockan 00–24 alla dagar.', 'Parkering tillåten klockan 00 till 24 alla dagar.'],
    ['Telefontid klockan 8-10.', 'Telefontid klockan 8 till 10.'],
    ['Planen gäller åren 2020-2024.', 'Planen gäller åren 2020 till 2024.'],
  ])('%s', (written, plain) => {
    expect(writeOutSigns(written)).toBe(plain);
  });

  it('leaves addresses, numbers, names, phone numbers, dates and units without a word for them', () => {
    for (const kept of [
      'Läs mer på www.umea.se/bygglov/ansok.',
      'Läsåret 2023/24 börjar den 1/8.',
      'Kontakta Bygg/Miljö på kommunen.',
      'Högsta fart är 50 km/h.',
      'Ring oss på 08–508 000 00.',
      'Mässan är öppen 5–6 december.',
      'Beslutet togs 2023-02-09.',
      'Se sidorna 12–14 i broschyren.',
    ])
      expect(writeOutSigns(kept)).toBe(kept);
  });
});
