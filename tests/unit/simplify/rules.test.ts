/**
 * Table tests of the Lättläst rule families: for each, rows where it must fire (with what it must
 * give) and rows where it must not. Rows are in the style of municipal pages; the must-not rows are
 * the look-alikes a careless rule would break ("om" meaning "whether", "och" inside a relative
 * clause, a list with "eller", a deponent verb that only looks passive).
 */

import { describe, expect, it } from 'vitest';
import { isLexiconFinite, lexiconSize } from '../../../src/core/simplify/lexicon/sv-verbs';
import { contextOf, NO_NAMES } from '../../../src/core/simplify/clause';
import { frontedCondition, trailingCondition, youWho } from '../../../src/core/simplify/conditions';
import { modalList, sharedSubject } from '../../../src/core/simplify/coordination';
import { isLabel, withFullStop } from '../../../src/core/simplify/finish';
import { enumerationList, LIST_ITEM } from '../../../src/core/simplify/lists';
import { speakerFirst } from '../../../src/core/simplify/quotes';
import { looksFinite } from '../../../src/core/simplify/sv-words';
import { activeOf, manToDu, passiveToActive } from '../../../src/core/simplify/voice';
import { isImperative, notWhole } from '../../../src/core/simplify/whole';
import { trailingClause } from '../../../src/core/simplify/trailing';
import { speakerTitle } from '../../../src/core/simplify/quotes';
import { swedishArticle } from './article';

type Row = [string, string[] | null];

function table(name: string, rule: (s: string) => string[] | string | null, rows: Row[]) {
  describe(name, () => {
    it.each(rows)('%s', (input, expected) => {
      const out = rule(input);
      expect(out === null ? null : Array.isArray(out) ? out : [out]).toEqual(expected);
    });
  });
}

describe('the verb lexicon (dictionary-sv)', () => {
  it('holds tens of thousands of finite forms', () => {
    expect(lexiconSize()).toBeGreaterThan(30_000);
  });
  it.each([
    ['betalar', true],
    ['betalade', true],
    ['köper', true],
    ['köpte', true],
    ['skrev', true],
    ['handläggs', true],
    ['innebär', true],
    ['medför', true],
    ['återanvänder', true],
    ['regler', false],
    ['kostnader', false],
    ['ansökan', false],
    ['kommunen', false],
    ['handlingar', false],
  ])('%s is finite: %s', (word, finite) => {
    expect(looksFinite(word)).toBe(finite);
  });
  it('keeps prepositions and conjunctions that look like verbs out ("för" of "föra")', () => {
    expect(isLexiconFinite('för')).toBe(true);
    expect(looksFinite('för')).toBe(false);
    expect(looksFinite('men')).toBe(false);
  });
  it('knows an imperative by its present tense', () => {
    expect(isImperative('betala')).toBe(true);
    expect(isImperative('skicka')).toBe(true);
    expect(isImperative('köp')).toBe(true);
    expect(isImperative('kommunen')).toBe(false);
  });
});

describe('whole sentences', () => {
  it.each([
    ['Du kan ansöka om bygglov.', null],
    ['Har du frågor?', null],
    ['Fyll i blanketten.', null],
    ['3 personer fick hjälp.', null],
    ['För att göra ett byte, kontakta Vårdvalsenheten.', null],
    ['och då kan du ansöka.', 'start'],
    ['– en punkt där vi samlar allt.', 'start'],
    ['Du kan ansöka om bygglov', 'end'],
    ['Nytt körkort från utlandet.', 'verb'],
    ['Välkommen!', 'verb'],
    // A teaser cut off with an ellipsis is no whole sentence.
    ['Littfest i Umeå bygger vidare på framgångarna och utökar festi...', 'end'],
    ['Umeå har varit värd för en konferens om innovativa …', 'end'],
    // A conjunction last: the sentence was cut from its rest. A particle may end one.
    ['Det finns tjänster för dig som har ett företag eller.', 'end'],
    ['Vi kan hjälpa dig att.', 'end'],
    ['Det är det vi tänker på.', null],
  ])('%s → %s', (sentence, why) => {
    expect(notWhole(sentence)).toBe(why);
  });
  it('lets a lead-in end with a colon only where something follows it', () => {
    expect(notWhole('På biblioteket finns:')).toBe('end');
    expect(notWhole('På biblioteket finns:', { leadsList: true })).toBeNull();
  });
});

table('conditions: "Om ..." first becomes a question and "Då ..."', frontedCondition, [
  [
    'Om du vill ansöka om bygglov, måste du fylla i en blankett.',
    ['Vill du ansöka om bygglov?', 'Då måste du fylla i en blankett.'],
  ],
  [
    'Om du inte har fått svar inom två veckor kan du ringa oss.',
    ['Har du inte fått svar inom två veckor?', 'Då kan du ringa oss.'],
  ],
  [
    'Om din ansökan inte är komplett meddelar kommunen dig det inom tio arbetsdagar.',
    ['Är din ansökan inte komplett?', 'Då meddelar kommunen dig det inom tio arbetsdagar.'],
  ],
  [
    'Eftersom du inte har svarat, skickar vi en påminnelse.',
    ['Du har inte svarat.', 'Därför skickar vi en påminnelse.'],
  ],
  [
    'När du skriver ditt namn på kortet betyder det att du lovar att följa reglerna.',
    ['Du skriver ditt namn på kortet.', 'Då betyder det att du lovar att följa reglerna.'],
  ],
  [
    'För att få ekonomiskt bistånd måste du först ha använt dina tillgångar.',
    ['Vill du få ekonomiskt bistånd?', 'Då måste du först ha använt dina tillgångar.'],
  ],
  // Must not fire: "Om" as a preposition, a condition whose main clause is an imperative, two verbs
  // in the condition, a purpose not said to the reader.
  ['Om bygglov och detaljplaner i Umeå.', null],
  ['Om du har frågor, ring oss.', null],
  ['Om du inte vill eller kan använda e-tjänsten kan du skriva ut blanketten.', null],
  ['För att skolan ska kunna planera måste vi få ansökan i tid.', null],
  // A second clause in the condition; a participle after a determiner is no main verb.
  ['Om du har påtalat ett problem och hyresvärden inte åtgärdar det bör du kontakta oss.', null],
  ['Om det inte finns plats på de önskade köalternativen erbjuds plats inom skäligt avstånd.', null],
  // "så" marks the main clause, before a noun subject too.
  [
    'Om ditt barn inte får plats på förstahandsvalet så kan barnet stå kvar i kö.',
    ['Får ditt barn inte plats på förstahandsvalet?', 'Då kan barnet stå kvar i kö.'],
  ],
  // A time that may come is asked, not told as news.
  [
    'När det inträffar en kris kan det ta flera dagar innan allt fungerar igen.',
    ['Inträffar det en kris?', 'Då kan det ta flera dagar innan allt fungerar igen.'],
  ],
  [
    'När vädret ställer till det på vägarna kan vi ställa upp tillfälliga hämtningsplatser.',
    ['Ställer vädret till det på vägarna?', 'Då kan vi ställa upp tillfälliga hämtningsplatser.'],
  ],
  // A reflexive pronoun goes before the adverbs in the question.
  [
    'Om du inte känner dig trygg med att åka ensam kan du få ledsagning.',
    ['Känner du dig inte trygg med att åka ensam?', 'Då kan du få ledsagning.'],
  ],
  // "När det gäller" is "as for", not a time.
  ['När det gäller för- och gymnasieskola finns det en balans mellan behov och kapacitet.', null],
  // A second object after "och" with the main clause's verb and subject right behind it.
  [
    'Om du vill söka stöd och omsorg kan du välja mellan att ansöka muntligt eller digitalt.',
    ['Vill du söka stöd och omsorg?', 'Då kan du välja mellan att ansöka muntligt eller digitalt.'],
  ],
  [
    'När du lånar en bok så har du ansvar för den tills du lämnar tillbaka den.',
    ['Du lånar en bok.', 'Då har du ansvar för den tills du lämnar tillbaka den.'],
  ],
  // A condition put as a question already, verb first: only its end is marked.
  [
    'Har du inte tillgång till en skrivare kan du beställa blanketten från oss.',
    ['Har du inte tillgång till en skrivare?', 'Då kan du beställa blanketten från oss.'],
  ],
  [
    'Finns det ingen ledig plats i närheten, erbjuds du en plats i en annan förskola.',
    ['Finns det ingen ledig plats i närheten?', 'Då erbjuds du en plats i en annan förskola.'],
  ],
  // A real question; a main clause that is an imperative; two verbs in the condition.
  ['Har du frågor om bygglov eller om detaljplaner i Umeå?', null],
  ['Har du eller din familj andra problem än med ekonomin, tala gärna om det vid besöket.', null],
  ['Är du under 18 år och vill söka jobb kan du ringa till oss.', null],
]);

table('conditions: ", om ..." last becomes a question first', (s) => trailingCondition(s, NO_NAMES), [
  [
    'Du kan även söka försörjningsstöd via vår e-tjänst, om du har e-legitimation.',
    ['Har du e-legitimation?', 'Då kan du även söka försörjningsstöd via vår e-tjänst.'],
  ],
  // "om" without a comma may mean "whether" or "about": left alone.
  ['Du får besked om du har rätt till ekonomiskt bistånd.', null],
  ['Du kan läsa mer om du följer länken, eller ringa oss.', null],
]);

table('conditions: "Du som ..." first', (s) => youWho(s, NO_NAMES), [
  ['Du som är över 65 år kan få hjälp med att handla.', ['Är du över 65 år?', 'Då kan du få hjälp med att handla.']],
  [
    'Du som har ett rörelsehinder som gör att du har svårt att gå kan söka parkeringstillstånd.',
    ['Har du ett rörelsehinder som gör att du har svårt att gå?', 'Då kan du söka parkeringstillstånd.'],
  ],
  ['Du som vårdnadshavare kan önska skola till ditt barn.', null],
  ['De som bor i kommunen kan få hjälp.', null],
]);

table('coordination: two verbs of one subject become two sentences', (s) => sharedSubject(s, NO_NAMES), [
  ['Du fyller i blanketten och skickar den till oss.', ['Du fyller i blanketten.', 'Du skickar den till oss.']],
  [
    'Kommunen tar emot din ansökan och fattar sedan ett beslut.',
    ['Kommunen tar emot din ansökan.', 'Kommunen fattar sedan ett beslut.'],
  ],
  [
    'Hos socialsekreteraren går ni igenom din ekonomi och planerar vilka lösningar som kan hjälpa dig.',
    ['Hos socialsekreteraren går ni igenom din ekonomi.', 'Ni planerar vilka lösningar som kan hjälpa dig.'],
  ],
  // A shared object, "och" inside a subordinate clause, a negation whose scope would be lost.
  ['Du fyller i och skickar blanketten.', null],
  ['Vi vill att du fyller i blanketten och skickar den.', null],
  ['Du får inte röka eller dricka alkohol i lokalen och äter på anvisad plats.', null],
]);

table("coordination: a modal's list of infinitives, one sentence each", (s) => modalList(s, NO_NAMES), [
  [
    'Du kan skriva ut blanketten här, hämta en i vår reception eller använda den som vi skickar.',
    [
      'Du kan skriva ut blanketten här.',
      'Du kan också hämta en i vår reception.',
      'Du kan också använda den som vi skickar.',
    ],
  ],
  ['Du kan fylla i och skicka blanketten till kommunens kontor.', null],
  ['Du får inte röka, dricka eller äta i lokalen.', null],
  // A choice among duties: each sentence would make one of them a duty.
  ['Föräldrarna ska arbeta, studera, vara föräldralediga för syskon eller arbetslösa.', null],
  ['Då måste du bo i Sverige eller studera här sedan minst sex månader.', null],
  // "ledsagare" is a noun, though "ledsagar" is a verb.
  ['Du kan ansöka om färdtjänst, specialfordon eller ledsagare för dig själv.', null],
]);

describe('lists: a long series that ends a sentence', () => {
  it('becomes a lead-in and list items', () => {
    expect(
      enumerationList(
        'Vanliga källor till buller är väg-, spår- och flygtrafik, fläktbuller i fastigheter, ljud från grannar, industrier och konserter.',
      ),
    ).toEqual([
      'Vanliga källor till buller är:',
      `${LIST_ITEM}väg-, spår- och flygtrafik`,
      `${LIST_ITEM}fläktbuller i fastigheter`,
      `${LIST_ITEM}ljud från grannar`,
      `${LIST_ITEM}industrier`,
      `${LIST_ITEM}konserter`,
    ]);
  });
  it.each([
    ['a short series reads inline', 'Biståndet ska täcka behov som hyra, mat och el.'],
    ['a choice keeps its "eller"', 'Du kan välja mellan förskola, pedagogisk omsorg, fritidshem eller skola.'],
    ['an item with a verb is a clause', 'Brevet tar upp bistånd, vad du ska ha med dig, en blankett och en tid.'],
    ['the series does not end the sentence', 'Ha ljus, tändare, ficklampa och batterier hemma inför ett strömavbrott.'],
    [
      'an item joins two things',
      'Här hittar du allt om matavfall, matsvinn och insamling för både fastighetsägare och privatpersoner.',
    ],
    [
      "the verb's subject comes after it",
      'För att flytta abonnemanget behöver vi veta den nya ägarens namn, personnummer, telefon och adress.',
    ],
  ])('not when %s', (_why, sentence) => {
    expect(enumerationList(sentence)).toBeNull();
  });
});

describe('voice: passive with an agent becomes active; "man" becomes "du"', () => {
  it.each([
    ['fattas', 'fattar'],
    ['bestäms', 'bestämmer'],
    ['ges', 'ger'],
    ['skickades', 'skickade'],
    ['finns', null],
    ['hoppas', null],
  ])('the active of %s is %s', (passive, active) => {
    expect(activeOf(passive)).toBe(active);
  });
  it.each([
    ['Beslut fattas av nämnden.', 'Nämnden fattar beslut.'],
    ['Ansökan kan inte prövas av nämnden.', 'Nämnden kan inte pröva ansökan.'],
    [
      'Beräkningen utgår från en norm som bestäms av regeringen varje år.',
      'Beräkningen utgår från en norm som regeringen bestämmer varje år.',
    ],
    ['Tjänsten utförs av Skatteverket.', 'Skatteverket utför tjänsten.'],
    ['Ansökan skickas till kommunen.', null],
    ['Det finns av olika slag.', null],
    // "av" after a noun means "of": no agent there.
    ['Barnpension redovisas med den skattepliktiga delen av beloppet.', null],
  ])('%s → %s', (input, output) => {
    expect(passiveToActive(input, NO_NAMES)).toBe(output);
  });
  it.each([
    ['Ekonomiskt bistånd ansöker man om en månad i taget.', 'Ekonomiskt bistånd ansöker du om en månad i taget.'],
    ['Man måste anmäla sig och sina barn.', 'Du måste anmäla dig och dina barn.'],
    ['Det finns en man i receptionen.', null],
    // "man" for the people just named, and in the past: not the reader.
    ['Styrelsen beslutade att man förordar förslag två.', null],
    ['På mötet skulle man försöka nå ett beslut.', null],
  ])('%s → %s', (input, output) => {
    expect(manToDu(input)).toBe(output);
  });
  it('turns "man" to "du" only in a text that speaks to the reader', () => {
    expect(contextOf('Du kan söka bistånd. Man ansöker en gång i månaden.').addressesReader).toBe(true);
    expect(contextOf('Styrelsen beslutade att man föreslår förslag två.').addressesReader).toBe(false);
  });
});

describe('quotes: the speaker first', () => {
  it.each([
    [
      '– Det blir fler bygglov på sommaren. Ansök i tid, säger Dan Ola Norberg, enhetschef.',
      'Dan Ola Norberg, enhetschef, säger: – Det blir fler bygglov på sommaren. Ansök i tid.',
    ],
    ['”Vi är glada över beslutet”, säger Anna Svensson.', 'Anna Svensson säger: ”Vi är glada över beslutet.”'],
    ['Kommunen säger att beslutet gäller från maj.', null],
  ])('%s', (input, output) => {
    expect(speakerFirst(input)).toBe(output);
  });
});

describe('finish: whole lines and labels', () => {
  it('gives an open line with a verb its full stop, and leaves a label alone', () => {
    expect(withFullStop('Antalet dagar ökar från den 1 juli')).toBe('Antalet dagar ökar från den 1 juli.');
    expect(withFullStop('Nytt körkort från utlandet')).toBe('Nytt körkort från utlandet');
    expect(withFullStop('Har du frågor?')).toBe('Har du frågor?');
  });
  it('knows a label by its missing verb', () => {
    expect(isLabel(['Välkommen!'])).toBe(true);
    expect(isLabel(['Foto: Grums kommun'])).toBe(true);
    expect(isLabel(['Du är välkommen!'])).toBe(false);
  });
});

table("quotes: the speaker's title in a sentence of its own", speakerTitle, [
  [
    'Vi har alla ett ansvar för vår egen säkerhet, säger Anna Berg, kommunens säkerhetssamordnare.',
    ['Vi har alla ett ansvar för vår egen säkerhet, säger Anna Berg.', 'Anna Berg är kommunens säkerhetssamordnare.'],
  ],
  [
    'Med en plan kan vi ta höjd för framtiden, säger Per Ek (S), kommunstyrelsens ordförande.',
    ['Med en plan kan vi ta höjd för framtiden, säger Per Ek (S).', 'Per Ek är kommunstyrelsens ordförande.'],
  ],
  // No title; a speaker who is no name; a title that goes on in a clause of its own.
  ['Vi har alla ett ansvar för vår egen säkerhet, säger Anna Berg.', null],
  ['Vi har alla ett ansvar för vår egen säkerhet, säger hon, och det gäller alla.', null],
  ['Det gick bra, säger Anna Berg, som leder arbetet, till oss.', null],
]);

table('clauses: a subordinate clause that ends a long sentence', (s) => trailingClause(s, NO_NAMES), [
  [
    'Vi kan försöka hjälpa dig att lösa problemen så att din tillvaro blir lättare.',
    ['Vi kan försöka hjälpa dig att lösa problemen.', 'Då blir din tillvaro lättare.'],
  ],
  [
    'Vägarna plogas tidigt på natten så att bussarna inte ställer sig i diket på morgonen.',
    ['Vägarna plogas tidigt på natten.', 'Då ställer bussarna sig inte i diket på morgonen.'],
  ],
  [
    'Det pågår en översyn av kraven för att verksamheten ska klara fler ärenden.',
    ['Det pågår en översyn av kraven.', 'Det är för att verksamheten ska klara fler ärenden.'],
  ],
  [
    'Du söker en plats på ett särskilt boende genom att fylla i blanketten.',
    ['Du söker en plats på ett särskilt boende.', 'Det gör du genom att fylla i blanketten.'],
  ],
  [
    'I kommunen finns många föreningar och grupper som ordnar aktiviteter för äldre i hela kommunen.',
    ['I kommunen finns många föreningar och grupper.', 'De ordnar aktiviteter för äldre i hela kommunen.'],
  ],
  // After a comma the clause adds to what is named: said again, or its pronoun.
  [
    'Du kan fylla i ditt val på en valblankett, som skrivs ut och skickas till oss.',
    ['Du kan fylla i ditt val på en valblankett.', 'Den skrivs ut och skickas till oss.'],
  ],
  [
    'Förslaget godkändes i dag av regionstyrelsen, som nu skickar ärendet vidare till fullmäktige.',
    ['Förslaget godkändes i dag av regionstyrelsen.', 'Regionstyrelsen skickar nu ärendet vidare till fullmäktige.'],
  ],
  [
    'Beslutet fattades i går av Region Halland, som tar över ansvaret för kollektivtrafiken.',
    ['Beslutet fattades i går av Region Halland.', 'Region Halland tar över ansvaret för kollektivtrafiken.'],
  ],
  // "som" is the object, the "har" is left out, "som" means "such as", or the sentence goes on.
  ['Ansökan om färdtjänst görs på kommunens blankett, som du hittar via länken ovan.', null],
  ['Förslag nummer ett är det ursprungliga förslaget, som kallats för den runda skolan.', null],
  ['Bistånd ska täcka de grundläggande behoven, som till exempel hyra och mat.', null],
  ['Vi skickar protokollet, som publiceras på webben, till alla ledamöter i nämnden.', null],
  // The clause tells which ones, is about a person, is a purpose without a subject, or goes on.
  ['Du kan kontakta den handläggare som handlagt ditt ärende.', null],
  // A second "som" clause after a conjunction: there is no noun before "som".
  ['Det finns tjänster för dig som har ett företag eller som arbetar på uppdrag av staden.', null],
  ['Kontakta en handläggare som kan hjälpa dig med ansökan om bistånd.', null],
  ['Kommunen har öppet hus för att du ska kunna ställa frågor, och du är välkommen.', null],
  ['Vi behöver dina uppgifter för att kunna handlägga ärendet.', null],
  ['Vi är till för att alla ska må bra och för att vår region ska vara attraktiv för alla.', null],
  ['Du kan inte få färdtjänst bara för att bussen går sällan i ditt område.', null],
  ['Det är inte enbart funktionsnedsättningen som avgör om du har rätt till färdtjänst.', null],
  ['Du kan önska skola under skolvalsperioden som var mellan den 14 januari och den 8 februari.', null],
]);

describe('paragraphs of the simplified text', () => {
  it('keep a question and the "Då ..." that answers it together', async () => {
    const { simplifyArticle } = await import('../../../src/core/simplify');
    const text =
      'Ekonomiskt bistånd ges enbart till dem som behöver det. Det betyder att du måste visa det. ' +
      'För att få ekonomiskt bistånd måste du först ha använt de tillgångar du har.';
    const result = simplifyArticle(swedishArticle([{ kind: 'paragraph', text }]));
    const paragraphs = result.article.blocks.map((b) => b.text);
    const question = paragraphs.find((p) => p.includes('Vill du få ekonomiskt bistånd?'));
    expect(question).toContain('Då måste du först ha använt de tillgångar du har.');
  });
});
