import { accordion, eService, figure, h2, h3, noise, ol, p, quote, readMore, table, ul } from './html';
import type { PageInput } from './site';
import { bolag, botkyrka, forbund, foretag, halmstad, helsingborg, orebro, tidning, vasteras } from './sites';

const box = (href: string, title: string, text: string, date = '') =>
  `<div class="grid-md-4"><a href="${href}" class="box box-news"><div class="box-content"><h3 class="box-title">${title}</h3>${date ? `<time datetime="${date}">${date}</time>` : ''}<p>${text}</p></div></a></div>`;

export const MUNICIPIO_PAGES: PageInput[] = [
  {
    name: 'municipio-helsingborg-service-bostadsanpassning',
    site: helsingborg,
    path: '/omsorg-och-stod/funktionsnedsattning/bostadsanpassning/',
    type: 'service',
    title: 'Bostadsanpassning',
    lead: 'Har du en funktionsnedsättning kan du få bidrag för att anpassa din bostad, så att du kan bo kvar och klara dig själv hemma.',
    crumbs: [
      { href: '/', text: 'Hem' },
      { href: '/omsorg-och-stod/', text: 'Omsorg och stöd' },
      { href: '/omsorg-och-stod/funktionsnedsattning/', text: 'Funktionsnedsättning' },
    ],
    body: [
      h2('Exempel på anpassningar'),
      ul([
        'Ta bort trösklar',
        'Bygga om badrummet till duschrum',
        'Sätta upp stödhandtag',
        'Installera en trapphiss eller ramp',
      ]),
      p(
        'Bidraget gäller fasta anpassningar i bostaden och i entrén. Möbler och hjälpmedel som går att flytta ingår inte.',
      ),
      h2('Så ansöker du'),
      p(
        'Du ansöker i e-tjänsten. Till ansökan bifogar du ett intyg från en arbetsterapeut eller en läkare som beskriver varför anpassningen behövs. Äger du inte bostaden behöver du också fastighetsägarens medgivande.',
      ),
      eService('https://e-tjanster.helsingborg.se/bostadsanpassning', 'Ansök om bostadsanpassningsbidrag'),
      h2('Handläggning'),
      p(
        'En handläggare kontaktar dig inom två veckor. Ofta gör vi ett hembesök innan vi fattar beslut. Bidraget betalas ut till den som utför arbetet.',
      ),
    ],
    published: '2022-05-17',
    updated: '2024-02-02',
    contact: { unit: 'Bostadsanpassningen', phone: '042-10 50 00', email: 'bostadsanpassning@helsingborg.se' },
    related: [{ href: '/hjalpmedel/', text: 'Hjälpmedel' }],
  },
  {
    name: 'municipio-helsingborg-news-stadsbibliotek',
    site: helsingborg,
    path: '/nyheter/stadsbiblioteket-byggs-om/',
    type: 'news',
    title: 'Stadsbiblioteket byggs om',
    lead: 'I september stänger stadsbiblioteket för en ombyggnad som pågår i ungefär ett år. Under tiden öppnar ett tillfälligt bibliotek i Knutpunkten.',
    body: [
      p(
        'Biblioteket ska få en ny barnavdelning, fler studieplatser och en scen för författarsamtal och konserter. Ventilationen och belysningen byts ut.',
      ),
      quote(
        'Vi vill att biblioteket ska vara en mötesplats för alla. Ombyggnaden gör det möjligt att ta emot dubbelt så många studenter som i dag.',
        'Ordförande i kulturnämnden',
      ),
      h2('Det tillfälliga biblioteket'),
      p(
        'I Knutpunkten kan du låna och lämna böcker, använda datorer och få hjälp av bibliotekarier. Öppettiderna är desamma som i dag.',
      ),
      p('Lån som ska lämnas tillbaka under stängningen kan du lämna på alla bibliotek i Helsingborg.'),
    ],
    published: '2024-06-03',
    updated: null,
  },
  {
    name: 'municipio-helsingborg-event-sommarscen',
    site: helsingborg,
    path: '/evenemang/sommarscen-i-slottshagen/',
    type: 'event',
    title: 'Sommarscen i Slottshagen',
    lead: 'Varje onsdag i juli blir det gratiskonserter på sommarscenen i Slottshagen.',
    body: [
      `<div class="event-info"><ul class="event-info-list"><li><strong>När:</strong> Onsdagar 3–31 juli 2024 kl. 19.00</li><li><strong>Var:</strong> Slottshagen, Helsingborg</li><li><strong>Pris:</strong> Gratis</li></ul></div>`,
      p(
        'Programmet bjuder på allt från jazz och visor till svensk pop. Ta med en filt eller en stol, det finns begränsat med sittplatser.',
      ),
      h3('Program'),
      table(
        ['Datum', 'Artist'],
        [
          ['3 juli', 'Slottskvartetten'],
          ['10 juli', 'Maja Ek med band'],
          ['17 juli', 'Helsingborgs storband'],
          ['24 juli', 'Visafton med lokala artister'],
          ['31 juli', 'Sommaravslutning med allsång'],
        ],
      ),
      p('Vid regn flyttas konserterna till Konserthuset.'),
    ],
    published: '2024-05-20',
    updated: '2024-06-28',
    noFeedback: true,
  },
  {
    name: 'municipio-halmstad-service-fardtjanst',
    site: halmstad,
    path: '/trafikochinfrastruktur/fardtjanst.html',
    type: 'service',
    title: 'Färdtjänst',
    lead: 'Färdtjänst är för dig som på grund av en funktionsnedsättning har svårt att resa med buss eller tåg.',
    body: [
      h2('Vem kan få färdtjänst?'),
      p(
        'Du kan få färdtjänst om du har en funktionsnedsättning som gör att du har väsentliga svårigheter att förflytta dig eller att resa med kollektivtrafik. Funktionsnedsättningen ska vara i minst tre månader.',
      ),
      h2('Vad kostar en resa?'),
      p(
        'Du betalar en egenavgift som motsvarar kollektivtrafikens pris plus 50 procent. En resa inom Halmstad kostar 45 kr.',
      ),
      accordion(
        [
          ['Kan jag ta med någon på resan?', 'Ja, du får ta med en medresenär som betalar samma avgift som du.'],
          [
            'Hur beställer jag en resa?',
            'Du beställer resan hos beställningscentralen senast en timme innan du vill åka.',
          ],
        ],
        2,
      ),
      readMore('/trafikochinfrastruktur/fardtjanst/avgifter.html', 'Läs mer »'),
    ],
    published: '2021-04-12',
    updated: '2023-09-30',
    contact: {
      unit: 'Färdtjänsthandläggarna',
      phone: '035-13 70 00',
      email: 'fardtjanst@halmstad.se',
      hours: 'Telefontid tisdag och torsdag kl. 9–11',
    },
  },
  {
    name: 'municipio-halmstad-decision-detaljplan',
    site: halmstad,
    path: '/byggabo/detaljplaner/detaljplanforoskarstrom.html',
    type: 'decision',
    title: 'Detaljplan för bostäder i Oskarström antagen',
    lead: 'Byggnadsnämnden har antagit detaljplanen för bostäder vid Skogsvägen i Oskarström. Planen gör det möjligt att bygga cirka 60 nya bostäder.',
    body: [
      p(
        'Planen omfattar både villor, radhus och ett mindre flerbostadshus. En ny lekplats och en gångväg till skolan ingår.',
      ),
      h2('Tidplan'),
      table(
        ['Skede', 'När'],
        [
          ['Samråd', 'Hösten 2022'],
          ['Granskning', 'Våren 2023'],
          ['Antagande', 'Februari 2024'],
          ['Laga kraft', 'Tidigast mars 2024'],
        ],
      ),
      h2('Överklaga beslutet'),
      p(
        'Den som senast under granskningen har lämnat skriftliga synpunkter som inte blivit tillgodosedda kan överklaga beslutet till mark- och miljödomstolen. Överklagandet skickas till byggnadsnämnden inom tre veckor från den dag beslutet tillkännagavs på kommunens anslagstavla.',
      ),
    ],
    published: '2024-02-15',
    updated: '2024-02-16',
  },
  {
    name: 'municipio-botkyrka-news-sommarjobb',
    site: botkyrka,
    path: '/nyheter/2024/sommarjobb-for-unga/',
    type: 'news',
    title: 'Sök sommarjobb hos kommunen',
    lead: 'Är du född 2006–2008 och bor i Botkyrka? Då kan du söka sommarjobb hos kommunen. Sista ansökningsdag är den 15 mars.',
    body: [
      p(
        'Det finns cirka 800 platser inom bland annat äldreomsorg, parkskötsel, förskola och kultur. Jobbet pågår i tre veckor och du får lön enligt kollektivavtal.',
      ),
      ...figure(
        '/wp-content/uploads/sommarjobb.jpg',
        'Ungdomar som planterar blommor',
        'Förra sommaren arbetade 780 ungdomar hos kommunen.',
        'Botkyrka kommun',
      ),
      h2('Så söker du'),
      ol([
        'Logga in med BankID eller e-post.',
        'Fyll i dina uppgifter och välj tre jobb som du är intresserad av.',
        'Är du under 18 år behöver en vårdnadshavare godkänna ansökan.',
      ]),
      p('Du får besked om du har fått jobb i slutet av april.'),
    ],
    published: '2024-02-01',
    updated: null,
  },
  {
    name: 'municipio-halmstad-search',
    site: halmstad,
    path: '/?s=f%C3%A4rdtj%C3%A4nst',
    type: 'search',
    title: 'Sök',
    body: [],
    published: null,
    updated: null,
    main: `<section class="search-result"><h1>Sökresultat för "färdtjänst"</h1><form role="search" action="/"><input type="search" name="s" value="färdtjänst"><button>Sök</button></form><p>12 träffar</p><ul class="search-result-list">${['Färdtjänst', 'Riksfärdtjänst', 'Parkeringstillstånd', 'Bostadsanpassning'].map((t) => `<li class="search-result-item"><h3><a href="/${t.length}">${t}</a></h3><p>Information om ${t.toLowerCase()} i Halmstads kommun.</p></li>`).join('')}</ul></section>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'municipio-botkyrka-start',
    site: botkyrka,
    path: '/',
    type: 'start',
    title: 'Botkyrka kommun',
    body: [],
    published: null,
    updated: null,
    main: `<section class="hero"><h1>Välkommen till Botkyrka</h1><form role="search" action="/"><input type="search" name="s"><button>Sök</button></form></section><div class="grid">${[
      ['Sommarjobb för unga', 'Sök senast den 15 mars.'],
      ['Förskola', 'Ansök om plats och läs om avgifter.'],
      ['Lediga jobb', 'Arbeta hos oss.'],
      ['Bygglov', 'Det här behöver du veta innan du bygger.'],
      ['Återvinning', 'Öppettider på återvinningscentralerna.'],
      ['Kultur och fritid', 'Bibliotek, bad och evenemang.'],
    ]
      .map(([t, x]) => box(`/${t!.length}/`, t!, x!))
      .join('')}</div>`,
    noFeedback: true,
    noShare: true,
  },
];

export const DRUPAL_PAGES: PageInput[] = [
  {
    name: 'drupal-vasteras-service-vigsel',
    site: vasteras,
    path: '/kommun-och-politik/borgerlig-vigsel',
    type: 'service',
    title: 'Borgerlig vigsel',
    lead: 'Vill du gifta dig borgerligt kan du boka en vigsel i Stadshuset eller välja en egen plats. En vigsel i Stadshuset är gratis.',
    body: [
      h2('Innan vigseln'),
      p('Ni behöver ansöka om hindersprövning hos Skatteverket innan ni kan gifta er. Intyget gäller i fyra månader.'),
      h2('Boka vigsel'),
      p(
        'Vigslar i Stadshuset hålls fredagar och lördagar. Boka tid minst fyra veckor i förväg. Ni behöver två vittnen som är över 18 år.',
      ),
      p(
        'Vill ni gifta er på en annan plats, till exempel i en trädgård eller på en båt, kan ni boka en vigselförrättare. Då kostar vigseln 1 200 kr.',
      ),
      h2('Ceremonin'),
      p(
        'Ceremonin tar ungefär tio minuter. Ni kan välja mellan en kort och en längre vigselformel, och ni får gärna ha med musik.',
      ),
    ],
    published: '2022-03-14',
    updated: '2024-01-22',
    contact: { unit: 'Kontaktcenter', phone: '021-39 00 00', email: 'kontaktcenter@vasteras.se' },
    related: [{ href: '/skatteverket-hindersprovning', text: 'Hindersprövning hos Skatteverket' }],
  },
  {
    name: 'drupal-vasteras-news-cykelbro',
    site: vasteras,
    path: '/nyheter/ny-cykelbro-over-svartan',
    type: 'news',
    title: 'Ny cykelbro över Svartån invigs',
    lead: 'På lördag invigs den nya gång- och cykelbron över Svartån vid Turbinbron. Bron knyter ihop cykelstråken på båda sidor om ån.',
    body: [
      p(
        'Bron är 48 meter lång och fem meter bred. Den har uppvärmd gångbana, så att den hålls fri från is på vintern, och belysning i räcket.',
      ),
      p(
        'Invigningen sker kl. 11.00 med tal av kommunstyrelsens ordförande. Efteråt bjuder vi på kaffe och det blir cykelparad för barn.',
      ),
      h2('Avstängningar'),
      p('Under invigningen är Turbinbron avstängd för biltrafik mellan kl. 10.30 och 12.30.'),
    ],
    published: '2024-09-12',
    updated: null,
  },
  {
    name: 'drupal-vasteras-eventlist',
    site: vasteras,
    path: '/uppleva-och-gora/evenemang',
    type: 'list',
    title: 'Evenemang',
    body: [],
    published: null,
    updated: null,
    main: `<div class="view view-events"><h1 class="page-title">Evenemang</h1><div class="view-filters"><form><label>Kategori <select><option>Alla</option><option>Musik</option></select></label><button>Filtrera</button></form></div><div class="view-content">${Array.from(
      { length: 9 },
      (_, i) =>
        `<div class="views-row"><article class="node node--type-event node--view-mode-teaser"><h2><a href="/evenemang/${i}">${['Konsert i Stadsparken', 'Sagostund på biblioteket', 'Loppis på torget', 'Guidad stadsvandring', 'Skridskodisco'][i % 5]}</a></h2><time datetime="2024-10-${String(i + 1).padStart(2, '0')}">${i + 1} oktober 2024</time><p>Plats: Västerås centrum</p></article></div>`,
    ).join('')}</div></div>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'drupal-vasteras-event-kulturnatt',
    site: vasteras,
    path: '/evenemang/kulturnatten-2024',
    type: 'event',
    title: 'Kulturnatten 2024',
    lead: 'Lördagen den 21 september är det Kulturnatt i Västerås. Museer, bibliotek och gallerier har öppet till midnatt, och allt är gratis.',
    body: [
      `<div class="field field--name-field-event-date"><div class="field__label">Datum</div><div class="field__item">Lördag 21 september 2024, kl. 16–24</div></div>`,
      `<div class="field field--name-field-location"><div class="field__label">Plats</div><div class="field__item">Centrala Västerås</div></div>`,
      h2('Några programpunkter'),
      ul([
        'Konstmuseet visar den nya utställningen om glas från Mälardalen.',
        'Stadsbiblioteket har sagostunder för barn varje hel timme till kl. 20.',
        'På Stora torget spelar kulturskolans storband kl. 21.',
      ]),
      p('Hela programmet finns i en folder som du kan hämta på biblioteken och på turistbyrån från den 1 september.'),
      eService('/evenemang/kulturnatten-2024/program.pdf', 'Programmet för Kulturnatten (pdf)'),
      noise('<p class="event-ics"><a href="/evenemang/kulturnatten-2024.ics">Lägg till i kalendern</a></p>'),
    ],
    published: '2024-08-20',
    updated: '2024-09-02',
    mustNotContain: ['Lägg till i kalendern'],
  },
  {
    name: 'drupal-orebro-decision-skolskjuts',
    site: orebro,
    path: '/skola/skolskjuts/nya-regler',
    type: 'decision',
    title: 'Nya regler för skolskjuts från hösten',
    lead: 'Grundskolenämnden har beslutat om nya riktlinjer för skolskjuts. De gäller från och med läsåret 2024/2025.',
    body: [
      p(
        'De nya reglerna innebär att avståndet mellan hem och skola som ger rätt till skolskjuts ändras för de yngsta eleverna.',
      ),
      table(
        ['Årskurs', 'Avstånd för rätt till skolskjuts'],
        [
          ['Förskoleklass–åk 3', 'Minst 2 km'],
          ['Åk 4–6', 'Minst 3 km'],
          ['Åk 7–9', 'Minst 4 km'],
        ],
      ),
      p('Elever som har en funktionsnedsättning kan få skolskjuts oavsett avstånd efter en individuell prövning.'),
      h2('Överklagande'),
      p(
        'Beslutet kan överklagas genom laglighetsprövning till förvaltningsrätten i Karlstad inom tre veckor från den dag protokollet anslogs.',
      ),
    ],
    published: '2024-04-10',
    updated: '2024-04-12',
    contact: { unit: 'Skolskjutsenheten', phone: '019-21 10 00', email: 'skolskjuts@orebro.se' },
  },
  {
    name: 'drupal-orebro-service-hyresgaranti',
    site: orebro,
    path: '/bo-och-bygga/hyresgaranti',
    type: 'service',
    title: 'Kommunal hyresgaranti',
    lead: 'Om du har inkomst men saknar tidigare boende eller referenser kan kommunen gå i borgen för din hyra.',
    body: [
      p(
        'En hyresgaranti innebär att kommunen lovar hyresvärden att betala din hyra om du inte kan. Garantin gäller i två år.',
      ),
      h2('Villkor'),
      ul([
        'Du ska ha en inkomst som räcker för att betala hyran.',
        'Du får inte ha skulder hos Kronofogden.',
        'Lägenheten ska vara ett förstahandskontrakt.',
      ]),
      h2('Ansökan'),
      p(
        'Fyll i ansökan och skicka den tillsammans med lönebesked för de tre senaste månaderna. Vi fattar beslut inom fyra veckor.',
      ),
    ],
    published: '2023-03-01',
    updated: null,
  },
  {
    name: 'drupal-orebro-start',
    site: orebro,
    path: '/',
    type: 'start',
    title: 'Örebro kommun',
    body: [],
    published: null,
    updated: null,
    main: `<h1 class="visually-hidden">Örebro kommun</h1><div class="block block-views"><h2>Nyheter</h2>${[
      ['Nya regler för skolskjuts', 'Gäller från hösten.'],
      ['Vattenläcka på Drottninggatan', 'Reparationen beräknas ta två dagar.'],
      ['Kommunen söker kontaktfamiljer', 'Vill du göra skillnad för ett barn?'],
      ['Nytt bad i Lillån', 'Byggstart i vår.'],
      ['Stadsfest i augusti', 'Tre dagar med musik och mat.'],
    ]
      .map(
        ([t, x]) =>
          `<article class="node--view-mode-teaser"><h3><a href="/n/${t!.length}">${t}</a></h3><p>${x}</p></article>`,
      )
      .join('')}</div>`,
    noFeedback: true,
    noShare: true,
  },
];

export const OTHER_PAGES: PageInput[] = [
  {
    name: 'wordpress-forbund-service-brandskydd',
    site: forbund,
    path: '/forebygga-brand/brandvarnare/',
    type: 'service',
    title: 'Brandvarnare räddar liv',
    lead: 'En fungerande brandvarnare är det bästa skyddet mot brand i hemmet. Alla bostäder ska ha minst en.',
    body: [
      p(
        'Brandvarnaren varnar tidigt när det börjar brinna, ofta innan du själv märker röken. Det ger dig och din familj tid att ta er ut.',
      ),
      h2('Så många behöver du'),
      p(
        'Sätt en brandvarnare på varje våningsplan och utanför varje sovrum. Brandvarnaren ska sitta i taket, minst en halv meter från väggen.',
      ),
      h2('Testa regelbundet'),
      p(
        'Tryck på testknappen en gång i månaden. Byt batteri en gång om året, gärna den 1 december, och byt hela brandvarnaren efter tio år.',
      ),
    ],
    published: '2023-11-28',
    updated: '2024-01-09',
    contact: { unit: 'Förebyggande avdelningen', phone: '0950-123 45', email: 'forebygg@norrdalsraddning.se' },
    expect: { publicSector: true, organisation: { name: 'Räddningstjänsten Norrdal', kind: 'other', code: null } },
  },
  {
    name: 'episerver-bolag-news-fjarrvarme',
    site: bolag,
    path: '/nyheter/nytt-fjarrvarmepris-2025/',
    type: 'news',
    title: 'Oförändrat fjärrvärmepris 2025',
    lead: 'Priset på fjärrvärme blir detsamma nästa år som i år. Det har styrelsen för Strandby Energi beslutat.',
    body: [
      p(
        'Trots högre kostnader för bränsle och underhåll kan vi behålla priset tack vare att den nya biobränslepannan har gjort produktionen effektivare.',
      ),
      h2('Vad betyder det för dig?'),
      p(
        'För en normalvilla med en årsförbrukning på 15 000 kWh blir kostnaden cirka 14 500 kr per år, inklusive moms.',
      ),
      p('Har du frågor om din faktura kan du kontakta vår kundservice.'),
    ],
    published: '2024-10-15',
    updated: null,
    contact: { unit: 'Kundservice', phone: '0522-123 00', email: 'kundservice@strandbyenergi.se' },
    expect: { publicSector: true, organisation: { name: 'Strandby Energi', kind: 'other', code: null } },
  },
  {
    name: 'wordpress-foretag-guide-bygglov',
    site: foretag,
    path: '/guider/behover-jag-bygglov-for-altan/',
    type: 'other',
    title: 'Behöver jag bygglov för min altan?',
    lead: 'Det är en av de vanligaste frågorna vi får. Svaret beror på altanens höjd och var den ligger på tomten.',
    body: [
      p(
        'Kommunens regler säger att en altan som är lägre än 1,2 meter och ligger minst 4,5 meter från tomtgränsen oftast inte kräver bygglov. Kontrollera alltid med din kommun innan du börjar.',
      ),
      h2('Vi hjälper dig hela vägen'),
      p(
        'Exempelbygg har byggt altaner i Umeå sedan 1998. Vi tar fram ritningar, sköter kontakten med kommunen och bygger altanen på två till tre veckor.',
      ),
      p('Begär en kostnadsfri offert så hör vi av oss inom två arbetsdagar.'),
    ],
    published: '2024-03-01',
    updated: null,
    expect: { publicSector: false, organisation: null },
  },
  {
    name: 'other-tidning-news-kommunbudget',
    site: tidning,
    path: '/nyheter/umea/budgeten-klubbad-skatten-oforandrad',
    type: 'news',
    title: 'Budgeten klubbad – skatten oförändrad i Umeå',
    lead: 'Umeå kommuns fullmäktige röstade i går igenom budgeten för nästa år. Skattesatsen lämnas orörd.',
    body: [
      p('Debatten i fullmäktige pågick i över fyra timmar innan budgeten klubbades med röstsiffrorna 41 mot 40.'),
      quote('Vi prioriterar skolan och äldreomsorgen utan att höja skatten.', 'Kommunstyrelsens ordförande'),
      p('Oppositionen kritiserade att anslagen till kultur och fritid minskar med fyra procent.'),
      p('Budgeten gäller från den 1 januari.'),
    ],
    published: '2024-11-19',
    updated: null,
    expect: { publicSector: false, organisation: null },
  },
];
