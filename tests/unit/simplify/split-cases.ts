/**
 * Sentence-split cases: [sentence, expected sentences]. Our own sentences in the style of municipal
 * pages. One expected sentence means: must not be split.
 */
export const SPLIT_CASES: Array<[string, string[]]> = [
  // 1. Semicolons
  [
    'Kommunen ansvarar för förskola, skola och äldreomsorg; regionen ansvarar för hälso- och sjukvården.',
    ['Kommunen ansvarar för förskola, skola och äldreomsorg.', 'Regionen ansvarar för hälso- och sjukvården.'],
  ],
  // 2. Coordinated main clauses, each with its own subject and verb
  [
    'Du ansöker enklast via vår e-tjänst, men du kan också skicka ansökan med post.',
    ['Du ansöker enklast via vår e-tjänst.', 'Men du kan också skicka ansökan med post.'],
  ],
  [
    'Vi skickar en bekräftelse när ansökan är komplett, och sedan har vi tio veckor på oss.',
    ['Vi skickar en bekräftelse när ansökan är komplett.', 'Sedan har vi tio veckor på oss.'],
  ],
  [
    'Vissa aktiviteter har ett begränsat antal platser, och då anmäler du dig i e-tjänsten.',
    ['Vissa aktiviteter har ett begränsat antal platser.', 'Då anmäler du dig i e-tjänsten.'],
  ],
  [
    'Reservoarerna hinner inte fyllas på under natten, och trycket i ledningarna har sjunkit.',
    ['Reservoarerna hinner inte fyllas på under natten.', 'Trycket i ledningarna har sjunkit.'],
  ],
  [
    'Biblioteket har öppet alla dagar i veckan och du kan låna böcker och filmer gratis.',
    ['Biblioteket har öppet alla dagar i veckan.', 'Du kan låna böcker och filmer gratis.'],
  ],
  [
    'Meddela oss gärna i förväg om du behöver hjälp under besöket, så ordnar vi det.',
    ['Meddela oss gärna i förväg om du behöver hjälp under besöket.', 'Så ordnar vi det.'],
  ],
  [
    'Vissa kakor behövs för att webbplatsen ska fungera, andra hjälper oss att förbättra den.',
    ['Vissa kakor behövs för att webbplatsen ska fungera.', 'Andra hjälper oss att förbättra den.'],
  ],
  [
    'Ett bygglov för en mindre tillbyggnad kostar 1 500 kr, medan ett nytt hus kostar 25 000 kr.',
    ['Ett bygglov för en mindre tillbyggnad kostar 1 500 kr.', 'Ett nytt hus kostar 25 000 kr.'],
  ],
  // "medan" inside a condition that opens the sentence belongs to it.
  [
    'Om personen kan lämnas ensam, sittande inomhus, medan föraren parkerar bilen har hen inte rätt till tillstånd.',
    ['Om personen kan lämnas ensam, sittande inomhus, medan föraren parkerar bilen har hen inte rätt till tillstånd.'],
  ],
  // 2b. Steps of an instruction
  [
    'Logga in med e-legitimation, fyll i vilket datum du behöver plats och välj upp till fem förskolor.',
    ['Logga in med e-legitimation.', 'Fyll i vilket datum du behöver plats.', 'Välj upp till fem förskolor.'],
  ],
  [
    'Fyll i ansökan och skicka den till oss tillsammans med de tre senaste lönebeskeden.',
    ['Fyll i ansökan.', 'Skicka den till oss tillsammans med de tre senaste lönebeskeden.'],
  ],
  // 3. Relative clauses that end the sentence
  [
    'Nämnden har beslutat att höja avgiften med 10 procent, vilket innebär att ett bygglov kostar mer.',
    ['Nämnden har beslutat att höja avgiften med 10 procent.', 'Det innebär att ett bygglov kostar mer.'],
  ],
  [
    'Ansökan skickas till bygglovsenheten, som handlägger ärendet inom tio veckor från att den kom in.',
    ['Ansökan skickas till bygglovsenheten.', 'Den handlägger ärendet inom tio veckor från att den kom in.'],
  ],
  [
    'Under sommaren stänger vi kontoret, som öppnar igen den 15 augusti med nya öppettider.',
    ['Under sommaren stänger vi kontoret.', 'Det öppnar igen den 15 augusti med nya öppettider.'],
  ],
  [
    'Biljetter köper du i Konserthusets biljettkassa, som har öppet tisdag till fredag kl. 12–17.',
    ['Biljetter köper du i Konserthusets biljettkassa.', 'Den har öppet tisdag till fredag kl. 12–17.'],
  ],
  [
    'Eleverna får låna datorer av skolan, vilka ska lämnas tillbaka när de slutar årskurs nio.',
    ['Eleverna får låna datorer av skolan.', 'De ska lämnas tillbaka när de slutar årskurs nio.'],
  ],
  // 4. "eftersom" and "tack vare att" after the main clause
  [
    'Du behöver bygglov för att bygga huset eftersom tomten ligger inom ett detaljplanerat område.',
    ['Du behöver bygglov för att bygga huset.', 'Det beror på att tomten ligger inom ett detaljplanerat område.'],
  ],
  [
    'Vi kan behålla priset i år tack vare att den nya pannan har gjort produktionen effektivare.',
    ['Vi kan behålla priset i år.', 'Det beror på att den nya pannan har gjort produktionen effektivare.'],
  ],
  // 5. ", där" + pronoun subject
  [
    'Vi öppnar ett nytt bibliotek i Stadshuset, där du kan låna böcker och läsa tidningar.',
    ['Vi öppnar ett nytt bibliotek i Stadshuset.', 'Där kan du låna böcker och läsa tidningar.'],
  ],
  // A subordinate clause that opens the sentence without a comma ends before the main clause's verb
  [
    'Om det behövs kan nämnden begära komplettering, och handläggningstiden förlängs då med högst tio veckor.',
    ['Om det behövs kan nämnden begära komplettering.', 'Handläggningstiden förlängs då med högst tio veckor.'],
  ],
  // Parts are split again while long
  [
    'Du ansöker i e-tjänsten, men du kan också skicka ansökan med post, och sedan får du ett svar inom fyra veckor.',
    [
      'Du ansöker i e-tjänsten.',
      'Men du kan också skicka ansökan med post.',
      'Sedan får du ett svar inom fyra veckor.',
    ],
  ],
  // 6. A lone spaced dash between two main clauses
  [
    'Simhallen stänger för renovering den 1 juni – den öppnar igen i mitten av augusti.',
    ['Simhallen stänger för renovering den 1 juni.', 'Den öppnar igen i mitten av augusti.'],
  ],
  [
    'Du behöver inte boka tid i förväg hos oss — vi har öppet för alla varje vardag.',
    ['Du behöver inte boka tid i förväg hos oss.', 'Vi har öppet för alla varje vardag.'],
  ],
  // Never split:
  // - two verb phrases sharing one subject
  ['Du fyller i blanketten på webbplatsen och skickar den sedan till oss med alla ritningar.', []],
  // - a list of nouns
  ['Inom detaljplanerat område krävs bygglov för nybyggnad, tillbyggnad och vissa ändringar av fasaden.', []],
  // - inside a subordinate clause that opens the sentence
  ['Om du vill bygga ett nytt hus och du inte har bygglov, kan du få betala en sanktionsavgift.', []],
  // - a condition that the second clause belongs to
  ['Du får bygglov om ansökan är komplett och du har betalat avgiften för handläggningen.', []],
  // - "och" + a noun phrase without a verb
  ['Med tillståndet får du parkera på platser för rörelsehindrade, och upp till tre timmar på gatan.', []],
  // - a relative clause after a name: the pronoun would be a guess
  ['Nu är isen tjock på alla banor utom den vid Tomtebo, som öppnar så snart vädret tillåter.', []],
  // - a relative clause about a person
  ['Ansökan prövas av en handläggare, som kontaktar dig om något saknas i ansökan.', []],
  // - a non-final relative clause
  ['Bygglovsenheten, som har fått fler ansökningar i år, behöver längre tid på sig än vanligt.', []],
  // - quotation marks and parentheses
  ['Hon sa: ”Vi bygger mycket i år, och vi bygger mer nästa år än något år tidigare”.', []],
  ['Du kan söka bidrag (du behöver ett intyg, och du måste vara folkbokförd här) hos kommunen.', []],
  // - questions and exclamations
  ['Vet du att du kan låna böcker gratis, och vet du att biblioteket har öppet på söndagar?', []],
  // - enumerations
  ['Du behöver a) ett intyg, och du behöver b) en ritning som visar var huset ska stå på tomten.', []],
  // - "eftersom" first in the sentence
  ['Eftersom tomten ligger inom ett detaljplanerat område behöver du bygglov för att bygga huset.', []],
  // - short sentences
  ['Du ansöker i e-tjänsten, men du kan också ringa.', []],
  // - a dash: a pair around an insertion, a headline without a verb, a dash before a noun phrase,
  //   a quotation dash that opens the line, a dash between numbers
  ['Biblioteket – som fick nya lokaler förra året – har nu öppet även på söndagar för alla.', []],
  ['Budgeten klubbad efter lång debatt i fullmäktige – skatten oförändrad i Umeå nästa år.', []],
  ['Kulturnatten bjuder på mycket för hela familjen i år – musik, dans, teater och konst.', []],
  ['– Vi har rekryterat fyrtio nya medarbetare till avdelningen under året, säger chefen.', []],
  ['Receptionen har öppet på vardagar mellan 8 – 16 för alla som behöver hjälp med något.', []],
  // - "det vill säga"
  ['Du betalar avgiften i förskott för hela terminen, det vill säga för fem månader på en gång.', []],
  // A comma between two main clauses with a noun subject (the lexicon shows the verb)
  [
    'Tidsaspekten är svår att bedöma, den nationella rekommendationen är minst en vecka.',
    ['Tidsaspekten är svår att bedöma.', 'Den nationella rekommendationen är minst en vecka.'],
  ],
  // ... but not when the clause before the comma is subordinate: the next may belong to it
  ['Det beror på att det egna kapitalet är litet, priserna är höga och utbudet är begränsat.', []],
  // ... and not after an apposition without a verb of its own
  ['Anna Berg, enhetschef på socialtjänsten i kommunen, säger att beslutet gäller.', []],
  // A comma before "det vill säga" opens no clause
  ['För att få ställa barn i kö får inte vårdnadshavaren ha en skuld, det vill säga obetalda fakturor.', []],
  // "och" inside an indirect question that opens the sentence
  ['Hur de olika förslagen ser ut och kostnaderna för dem kan du läsa i dokumenten till höger.', []],
  [
    'Hur många dagar som finns beror på hur många dagar ni har tagit ut, och hur gammal ditt barn är när reglerna börjar gälla.',
    [],
  ],
];
