import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, segmentSentences } from '../../../src/core/segment/segment';

function split(text: string, lang = 'sv'): string[] {
  return segmentSentences(text, lang).map((r) => text.slice(r.start, r.end));
}

/** Cases as [text, expected sentences]. */
type Case = [string, string[]];

describe('segmentSentences', () => {
  describe('splits ordinary sentences', () => {
    it.each<Case>([
      [
        'Kommunen ansvarar för skolan. Regionen ansvarar för vården.',
        ['Kommunen ansvarar för skolan.', 'Regionen ansvarar för vården.'],
      ],
      [
        'Vad är LSS? Lagen om stöd och service ger rätt till insatser.',
        ['Vad är LSS?', 'Lagen om stöd och service ger rätt till insatser.'],
      ],
      ['Välkommen! Här hittar du information om bygglov.', ['Välkommen!', 'Här hittar du information om bygglov.']],
      ['Hur ansöker jag?! Läs nedan.', ['Hur ansöker jag?!', 'Läs nedan.']],
      ['Han sa: ”Kom hit.” Sedan gick han.', ['Han sa: ”Kom hit.”', 'Sedan gick han.']],
      ['Hon svarade: "Vi kommer." Det blev bra.', ['Hon svarade: "Vi kommer."', 'Det blev bra.']],
      ['(Se bilaga 2.) Där finns blanketten.', ['(Se bilaga 2.)', 'Där finns blanketten.']],
      ['Det hände 2021. 45 personer deltog.', ['Det hände 2021.', '45 personer deltog.']],
      ['Läs mer om LSS. Du kan ansöka digitalt.', ['Läs mer om LSS.', 'Du kan ansöka digitalt.']],
      [
        'Kommunen har 130 000 invånare. ”Det är många”, säger hon.',
        ['Kommunen har 130 000 invånare.', '”Det är många”, säger hon.'],
      ],
      ['Ett.Två', ['Ett.Två']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });

  describe('does not split after abbreviations that introduce what follows', () => {
    it.each<Case>([
      ['Kommuner som t.ex. Umeå och Luleå deltar.', ['Kommuner som t.ex. Umeå och Luleå deltar.']],
      [
        'Flera regioner, bl.a. Region Västerbotten, deltar i projektet.',
        ['Flera regioner, bl.a. Region Västerbotten, deltar i projektet.'],
      ],
      ['Mötet börjar kl. 14.00 i Stadshuset.', ['Mötet börjar kl. 14.00 i Stadshuset.']],
      ['Kl. 18 börjar föreställningen. Välkommen!', ['Kl. 18 börjar föreställningen.', 'Välkommen!']],
      ['Skolan har ca. 300 elever.', ['Skolan har ca. 300 elever.']],
      ['Det gäller ärende nr. 5 från i fjol.', ['Det gäller ärende nr. 5 från i fjol.']],
      ['Ring tel. 090-16 10 00 för mer information.', ['Ring tel. 090-16 10 00 för mer information.']],
      ['Läs mer i s.k. Lex Sarah-rapporter.', ['Läs mer i s.k. Lex Sarah-rapporter.']],
      ['Taxan gäller fr.o.m. Januari nästa år.', ['Taxan gäller fr.o.m. Januari nästa år.']],
      ['Ansök senast t.o.m. Söndag.', ['Ansök senast t.o.m. Söndag.']],
      ['Du kan t. ex. Ringa oss.', ['Du kan t. ex. Ringa oss.']],
      ['Flera kommuner, bl. a. Skellefteå, deltar.', ['Flera kommuner, bl. a. Skellefteå, deltar.']],
      ['Föreläsning av Dr. Lindgren om hälsa.', ['Föreläsning av Dr. Lindgren om hälsa.']],
      [
        'Föreläsning med prof. Andersson från Umeå universitet.',
        ['Föreläsning med prof. Andersson från Umeå universitet.'],
      ],
      ['Priset är 450 kr inkl. Moms och frakt.', ['Priset är 450 kr inkl. Moms och frakt.']],
      ['Pojkar resp. Flickor svarade olika.', ['Pojkar resp. Flickor svarade olika.']],
      ['Vi ses på Gammliavallen, jfr. Förra året.', ['Vi ses på Gammliavallen, jfr. Förra året.']],
      ['Simskolan börjar v. 32 på Navet.', ['Simskolan börjar v. 32 på Navet.']],
      ['Läs mer på s. 12 i broschyren.', ['Läs mer på s. 12 i broschyren.']],
      ['Beslutet fattades p.g.a. Coronapandemin.', ['Beslutet fattades p.g.a. Coronapandemin.']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });

  describe('splits after an abbreviation that ends the sentence', () => {
    it.each<Case>([
      [
        'Vi lånar ut bord, stolar m.m. Nästa mening börjar här.',
        ['Vi lånar ut bord, stolar m.m.', 'Nästa mening börjar här.'],
      ],
      [
        'Umeå, Luleå m.fl. Kommunerna samarbetar sedan länge.',
        ['Umeå, Luleå m.fl.', 'Kommunerna samarbetar sedan länge.'],
      ],
      [
        'Vi sorterar papper, glas etc. Det är bra för miljön.',
        ['Vi sorterar papper, glas etc.', 'Det är bra för miljön.'],
      ],
      [
        'Papper, glas, metall osv. Allt lämnas på återvinningscentralen.',
        ['Papper, glas, metall osv.', 'Allt lämnas på återvinningscentralen.'],
      ],
      ['Papper, glas o.s.v. Sortera hemma.', ['Papper, glas o.s.v.', 'Sortera hemma.']],
      ['Avgiften är 200 kr. Betala senast den 30 juni.', ['Avgiften är 200 kr.', 'Betala senast den 30 juni.']],
      ['Vi har 5 st. Fler kommer i maj.', ['Vi har 5 st.', 'Fler kommer i maj.']],
      ['Badet är stängt t.v. Vi öppnar igen i augusti.', ['Badet är stängt t.v.', 'Vi öppnar igen i augusti.']],
      ['Han är ung. Hon är äldre.', ['Han är ung.', 'Hon är äldre.']],
      ['Ansök senast 31 jan. Beslut kommer i mars.', ['Ansök senast 31 jan.', 'Beslut kommer i mars.']],
      ['Kontakta oss via tel. Vi svarar gärna.', ['Kontakta oss via tel.', 'Vi svarar gärna.']],
      ['Bland deltagarna finns t.ex. Vi har också fler.', ['Bland deltagarna finns t.ex.', 'Vi har också fler.']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });

    it('keeps the abbreviation when a lower-case word follows', () => {
      expect(split('Vi har bord, stolar m.m. som du kan låna.')).toEqual(['Vi har bord, stolar m.m. som du kan låna.']);
      expect(split('Avgiften är 200 kr. per månad.')).toEqual(['Avgiften är 200 kr. per månad.']);
      expect(split('Ansök senast 31 jan. 2025.')).toEqual(['Ansök senast 31 jan. 2025.']);
    });
  });

  describe('initials', () => {
    it.each<Case>([
      ['Boken skrevs av A. Lindgren. Den kom ut 1945.', ['Boken skrevs av A. Lindgren.', 'Den kom ut 1945.']],
      ['Föreläsare är C.G. Jung-kännaren Eva Ek.', ['Föreläsare är C.G. Jung-kännaren Eva Ek.']],
      ['Ordförande är Anna B. Svensson.', ['Ordförande är Anna B. Svensson.']],
      ['Se bilaga A. Där finns allt.', ['Se bilaga A.', 'Där finns allt.']],
      ['Kontakta Å. Öberg på kansliet.', ['Kontakta Å. Öberg på kansliet.']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });

  describe('numbers, dates, times, addresses', () => {
    it.each<Case>([
      ['Mötet är 2021-03-05 kl. 14.00. Välkommen!', ['Mötet är 2021-03-05 kl. 14.00.', 'Välkommen!']],
      ['Räntan är 1.5 procent. Den höjs i höst.', ['Räntan är 1.5 procent.', 'Den höjs i höst.']],
      ['Öppet mån–fre kl. 8–16. Lör kl. 10–14.', ['Öppet mån–fre kl. 8–16.', 'Lör kl. 10–14.']],
      [
        'Läs mer på www.umea.se/bygglov. Där finns blanketter.',
        ['Läs mer på www.umea.se/bygglov.', 'Där finns blanketter.'],
      ],
      ['Mejla info@umea.se. Vi svarar inom två dagar.', ['Mejla info@umea.se.', 'Vi svarar inom två dagar.']],
      ['Läs på www.umea.se. och mejla oss.', ['Läs på www.umea.se. och mejla oss.']],
      ['Ring 090-16 10 00. Växeln är öppen kl. 8–17.', ['Ring 090-16 10 00.', 'Växeln är öppen kl. 8–17.']],
      ['Detaljplanen gäller den 5. mars och framåt.', ['Detaljplanen gäller den 5. mars och framåt.']],
      ['Budgeten är 1.234.567 kronor.', ['Budgeten är 1.234.567 kronor.']],
      ['Se https://www.umea.se/kommun/a.b?c=d. Nästa.', ['Se https://www.umea.se/kommun/a.b?c=d.', 'Nästa.']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });

  describe('lists, ellipsis, missing punctuation', () => {
    it.each<Case>([
      ['1. Fyll i blanketten. 2. Skicka in den.', ['1. Fyll i blanketten.', '2. Skicka in den.']],
      ['Vänta… Sedan kom beskedet.', ['Vänta…', 'Sedan kom beskedet.']],
      ['Och så vidare… och så vidare.', ['Och så vidare… och så vidare.']],
      ['Vi väntade... Sedan kom bussen.', ['Vi väntade...', 'Sedan kom bussen.']],
      ['Texten […] fortsätter här. Nästa mening.', ['Texten […] fortsätter här.', 'Nästa mening.']],
      ['Han sa att […] Kommunen svarade inte.', ['Han sa att […] Kommunen svarade inte.']],
      ['Öppettider och kontakt', ['Öppettider och kontakt']],
      ['Du behöver: • pass • intyg • ansökan', ['Du behöver:', '• pass', '• intyg', '• ansökan']],
      ['Vad? sa han.', ['Vad? sa han.']],
      ['Hej! välkommen hit', ['Hej! välkommen hit']],
      ['Öppettider\nmåndag 8–16\u2029tisdag 8–16', ['Öppettider', 'måndag 8–16', 'tisdag 8–16']],
    ])('%j', (text, expected) => {
      expect(split(text)).toEqual(expected);
    });
  });

  describe('English passages', () => {
    it.each<Case>([
      ['Bring food, e.g. sandwiches. We start at noon.', ['Bring food, e.g. sandwiches.', 'We start at noon.']],
      ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
      ['It ends at 5 p.m. The doors close then.', ['It ends at 5 p.m.', 'The doors close then.']],
      ['Paper, glass, etc. Please sort at home.', ['Paper, glass, etc.', 'Please sort at home.']],
      ['The U.S. Army left. Nobody stayed.', ['The U.S. Army left.', 'Nobody stayed.']],
      ['Umeå vs. Luleå is on Friday.', ['Umeå vs. Luleå is on Friday.']],
      ['He lives on Main St. It is a long street.', ['He lives on Main St.', 'It is a long street.']],
    ])('%j', (text, expected) => {
      expect(split(text, 'en')).toEqual(expected);
    });

    it('uses the Swedish reading of "st." in Swedish and the English one in English', () => {
      expect(split('Vi har 5 st. Fler kommer.', 'sv')).toEqual(['Vi har 5 st.', 'Fler kommer.']);
      expect(split('We met at St. Mary church.', 'en')).toEqual(['We met at St. Mary church.']);
    });
  });

  describe('ranges', () => {
    it('trims white space and never returns empty ranges', () => {
      const text = '   Första meningen.    Andra meningen!   ';
      const ranges = segmentSentences(text, 'sv');
      expect(ranges).toEqual([
        { start: 3, end: 19 },
        { start: 23, end: 38 },
      ]);
      for (const r of ranges) {
        const s = text.slice(r.start, r.end);
        expect(s.length).toBeGreaterThan(0);
        expect(s.trim()).toBe(s);
      }
    });

    it('returns nothing for empty or blank text', () => {
      expect(segmentSentences('', 'sv')).toEqual([]);
      expect(segmentSentences('   \n\t ', 'sv')).toEqual([]);
    });

    it('accepts sv-SE, an empty tag and an invalid tag', () => {
      const text = 'Se t.ex. Umeå. Nästa mening.';
      const expected = ['Se t.ex. Umeå.', 'Nästa mening.'];
      expect(split(text, 'sv-SE')).toEqual(expected);
      expect(split(text, '')).toEqual(expected);
      expect(split(text, 'not a tag!')).toEqual(expected);
    });

    it('covers the text in order: ranges ascend and only white space lies between them', () => {
      const text =
        'Ansök senast 2024-03-31 kl. 23.59. Bl.a. Umeå, Luleå m.fl. Läs mer på www.umea.se! Frågor? Ring 090-16 10 00… Tack.';
      const ranges = segmentSentences(text, 'sv');
      expect(ranges.length).toBe(6);
      let at = 0;
      for (const r of ranges) {
        expect(text.slice(at, r.start).trim()).toBe('');
        expect(r.end).toBeGreaterThan(r.start);
        at = r.end;
      }
      expect(text.slice(at).trim()).toBe('');
    });

    it('works without Intl.Segmenter', () => {
      const intl = Intl as { Segmenter?: unknown };
      const original = intl.Segmenter;
      try {
        // Simulates a browser without Intl.Segmenter.
        delete intl.Segmenter;
        expect(typeof intl.Segmenter).toBe('undefined');
        expect(split('Kl. 14 börjar vi. Ta med t.ex. Matsäck. Välkommen!')).toEqual([
          'Kl. 14 börjar vi.',
          'Ta med t.ex. Matsäck.',
          'Välkommen!',
        ]);
        expect(split('Öppettider\nmåndag 8–16')).toEqual(['Öppettider', 'måndag 8–16']);
      } finally {
        intl.Segmenter = original;
      }
    });
  });

  describe('long runs', () => {
    it('cuts a sentence longer than the limit at a clause break', () => {
      const clause = 'kommunen ansvarar för förskola och skola samt äldreomsorg';
      const text = `${Array.from({ length: 12 }, () => clause).join(', ')}.`;
      const parts = split(text);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      for (const p of parts.slice(0, -1)) expect(p.endsWith(',')).toBe(true);
      expect(parts.join(' ')).toBe(text);
    });

    it('prefers a semicolon to a comma', () => {
      const a =
        'Insatsen omfattar stöd i hemmet, ledsagning, avlösning och korttidsvistelse för barn och unga med funktionsnedsättning';
      const b = 'den beviljas efter en utredning av behovet hos dig och din familj, och beslutet kan överklagas';
      const text = `${a}; ${b}.`;
      expect(text.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
      expect(split(text)).toEqual([`${a};`, `${b}.`]);
    });

    it('cuts text without any break and terminates', () => {
      const text = 'x'.repeat(2000);
      const parts = split(text);
      expect(parts.join('')).toBe(text);
      expect(parts.every((p) => p.length <= MAX_SENTENCE_CHARS)).toBe(true);
    });

    it('handles a long run of words and punctuation quickly', () => {
      const text = 'Ord. '.repeat(20000) + 'Ord t.ex. '.repeat(5000) + 'slut';
      const started = Date.now();
      const ranges = segmentSentences(text, 'sv');
      const parts = ranges.map((r) => text.slice(r.start, r.end));
      expect(parts.slice(0, 20000).every((p) => p === 'Ord.')).toBe(true);
      const tail = parts.slice(20000);
      // The "t.ex." run has no sentence break, so only the length limit cuts it.
      expect(tail.length).toBeGreaterThanOrEqual(Math.ceil(50004 / MAX_SENTENCE_CHARS));
      expect(tail.every((p) => p.length <= MAX_SENTENCE_CHARS)).toBe(true);
      expect(tail.join(' ')).toBe(text.slice(20000 * 5).trim());
      expect(Date.now() - started).toBeLessThan(1500);
    });

    it('gives the same answer on a long block as on its parts', () => {
      const part = 'Öppet kl. 8–16. Se t.ex. Umeå. Ring 090-16 10 00! Bord, stolar m.m. Nästa mening.';
      const long = Array.from({ length: 400 }, () => part).join(' ');
      expect(long.length).toBeGreaterThan(20000);
      const once = split(part);
      expect(once).toEqual([
        'Öppet kl. 8–16.',
        'Se t.ex. Umeå.',
        'Ring 090-16 10 00!',
        'Bord, stolar m.m.',
        'Nästa mening.',
      ]);
      expect(split(long)).toEqual(Array.from({ length: 400 }, () => once).flat());
    });

    it('does not cut a surrogate pair', () => {
      const text = '😀'.repeat(400);
      for (const r of segmentSentences(text, 'sv')) {
        expect(/[\uDC00-\uDFFF]/.test(text[r.start] ?? '')).toBe(false);
      }
    });
  });
});
