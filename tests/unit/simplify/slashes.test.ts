import { describe, expect, it } from 'vitest';
import { writeOutSlashes } from '../../../src/core/simplify/slashes';

describe('Lättläst writes slashes as words', () => {
  it.each([
    ['Ett parkeringstillstånd kostar 350 kr/månad.', 'Ett parkeringstillstånd kostar 350 kr per månad.'],
    ['Avgiften är 150 kr/st.', 'Avgiften är 150 kr per styck.'],
    ['Tillståndet kan återkallas och/eller sägas upp.', 'Tillståndet kan återkallas eller sägas upp.'],
    ['Klaga hos företaget där du köpt varan/tjänsten.', 'Klaga hos företaget där du köpt varan eller tjänsten.'],
    ['Stöd vid missbruk/beroende/spelproblem.', 'Stöd vid missbruk, beroende eller spelproblem.'],
    ['Skicka e-post/brev till oss.', 'Skicka e-post eller brev till oss.'],
  ])('%s', (written, plain) => {
    expect(writeOutSlashes(written)).toBe(plain);
  });

  it('leaves addresses, numbers, names and units without a word for them', () => {
    for (const kept of [
      'Läs mer på www.umea.se/bygglov/ansok.',
      'Läsåret 2023/24 börjar den 1/8.',
      'Kontakta Bygg/Miljö på kommunen.',
      'Högsta fart är 50 km/h.',
    ])
      expect(writeOutSlashes(kept)).toBe(kept);
  });
});
