import { accordion, eService, figure, h2, h3, noise, ol, p, quote, readMore, table, ul } from './html';
import type { PageInput } from './site';
import { falun, lulea, nynashamn, regionVasterbotten, skatteverket, umea } from './sites';

const teaser = (href: string, title: string, date: string, text: string) =>
  `<li class="sv-channel-item"><a href="${href}"><h3>${title}</h3></a><time datetime="${date}">${date}</time><p>${text}</p></li>`;

export const SITEVISION_PAGES: PageInput[] = [
  {
    name: 'sitevision-umea-service-forskoleplats',
    site: umea,
    path: '/forskola-och-utbildning/forskola/ansok-om-forskoleplats.html',
    type: 'service',
    title: 'Ansök om förskoleplats',
    lead: 'Alla barn från ett års ålder har rätt till förskola om föräldrarna arbetar eller studerar. Du ansöker om plats i vår e-tjänst senast fyra månader innan du behöver platsen.',
    crumbs: [
      { href: '/', text: 'Startsida' },
      { href: '/forskola-och-utbildning.html', text: 'Förskola och utbildning' },
      { href: '/forskola-och-utbildning/forskola.html', text: 'Förskola' },
    ],
    body: [
      h2('Så ansöker du'),
      p(
        'Du ansöker via e-tjänsten Förskola och fritidshem. Logga in med e-legitimation, fyll i vilket datum du behöver plats och välj upp till fem förskolor i den ordning du önskar dem.',
      ),
      eService('https://e-tjanster.umea.se/forskola', 'Ansök om förskoleplats'),
      p('Har du inte e-legitimation kan du fylla i en blankett och lämna den i Kontaktcenter i Stadshuset.'),
      h2('När får jag besked?'),
      p(
        'Vi skickar ett erbjudande om plats cirka två månader innan placeringsdatumet. Du har 14 dagar på dig att tacka ja. Svarar du inte går platsen till nästa barn i kön.',
      ),
      ul([
        'Syskon som redan går på förskolan får förtur.',
        'Barn i behov av särskilt stöd kan få förtur efter en bedömning.',
        'Önskar du byta förskola gör du en ny ansökan i e-tjänsten.',
      ]),
      h2('Vad kostar det?'),
      p(
        'Avgiften är högst 3 % av hushållets inkomst före skatt för det första barnet, dock högst 1 688 kr i månaden. Barn som är tre till fem år har 525 avgiftsfria timmar per år.',
      ),
      readMore('/forskola-och-utbildning/forskola/avgifter.html'),
    ],
    published: '2022-08-15',
    updated: '2024-01-10',
    contact: {
      unit: 'Förskolans placeringsenhet',
      phone: '090-16 10 00',
      email: 'forskola@umea.se',
      hours: 'Telefontid måndag–fredag kl. 9–12',
    },
    related: [
      { href: '/forskola/avgifter.html', text: 'Avgifter för förskola' },
      { href: '/forskola/hitta-forskola.html', text: 'Hitta förskola' },
    ],
  },
  {
    name: 'sitevision-umea-news-isbanor',
    site: umea,
    path: '/aktuellt/nyheter/2024-01-08-nu-oppnar-isbanorna.html',
    type: 'news',
    title: 'Nu öppnar isbanorna i stadsdelarna',
    lead: 'Kylan har gjort att isen nu håller på de flesta av kommunens spolade isbanor. Från och med i dag kan du åka skridskor på tolv platser runt om i Umeå.',
    crumbs: [
      { href: '/', text: 'Startsida' },
      { href: '/aktuellt.html', text: 'Aktuellt' },
    ],
    body: [
      ...figure(
        '/images/18.isbana.jpg',
        'Barn som åker skridskor',
        'Isbanan på Gammliavallen är en av de första som öppnar.',
        'Lisa Holm',
      ),
      p(
        'Fritidsförvaltningen har spolat banorna varje natt sedan mitten av december. Nu är isen tillräckligt tjock på alla banor utom den vid Tomtebo, som öppnar så snart vädret tillåter.',
      ),
      quote(
        'Vi vet att många har väntat på det här, och nu är isen riktigt fin. Ta gärna med hjälm, särskilt för de minsta barnen.',
        '– Erik Lindqvist, driftansvarig för isbanorna',
      ),
      p(
        'Banorna är öppna alla dagar mellan kl. 8 och 21. Belysningen släcks kl. 21.30. Hockeysargen på Ersboda är bokad för föreningar vardagar kl. 17–19.',
      ),
      h2('Här kan du åka'),
      ul(['Gammliavallen', 'Ersboda', 'Mariehem', 'Ålidhem', 'Holmsund', 'Sävar']),
      p('Tänk på att isen på sjöar och älven inte är kontrollerad av kommunen. Gå aldrig ut på naturis ensam.'),
    ],
    published: '2024-01-08',
    updated: null,
    noShare: false,
  },
  {
    name: 'sitevision-umea-decision-parkeringsnorm',
    site: umea,
    path: '/kommun-och-politik/beslut/ny-parkeringsnorm.html',
    type: 'decision',
    title: 'Beslut om ny parkeringsnorm för bostäder',
    lead: 'Kommunfullmäktige beslutade den 29 april 2024 att anta en ny parkeringsnorm. Den gäller för nya detaljplaner och bygglov från den 1 juli 2024.',
    body: [
      h2('Vad innebär beslutet?'),
      p(
        'Den nya normen anger hur många parkeringsplatser som ska finnas när man bygger nya bostäder. Kravet blir lägre i centrala Umeå, där det är nära till kollektivtrafik, och oförändrat i ytterområdena.',
      ),
      table(
        ['Område', 'Platser per lägenhet', 'Cykelplatser per lägenhet'],
        [
          ['Centrum', '0,3', '2,5'],
          ['Stadsnära område', '0,5', '2,0'],
          ['Ytterområde', '0,8', '1,5'],
        ],
        'Parkeringsnorm för flerbostadshus',
      ),
      p(
        'Byggherren kan få sänka kravet ytterligare om huset har bilpool eller om de boende får rabatt på kollektivtrafik.',
      ),
      h2('Så kan du överklaga'),
      p(
        'Beslutet kan överklagas genom laglighetsprövning av alla som är folkbokförda i Umeå kommun. Överklagandet ska ha kommit in till förvaltningsrätten i Umeå inom tre veckor från den dag då protokollet anslogs på kommunens digitala anslagstavla.',
      ),
      p('Protokollet anslogs den 6 maj 2024.'),
    ],
    published: '2024-05-06',
    updated: '2024-05-07',
    contact: { unit: 'Kommunledningskontoret', phone: '090-16 10 00', email: 'kommunledning@umea.se' },
  },
  {
    name: 'sitevision-falun-service-altan',
    site: falun,
    path: '/bo-bygga--miljo/bygga-nytt-andra-eller-riva/altan.html',
    type: 'service',
    title: 'Bygga altan',
    lead: 'Om du behöver bygglov för din altan beror på hur hög den är och hur nära tomtgränsen den ligger.',
    crumbs: [
      { href: '/', text: 'Startsida' },
      { href: '/bo-bygga--miljo.html', text: 'Bo, bygga och miljö' },
      { href: '/bo-bygga--miljo/bygga-nytt-andra-eller-riva.html', text: 'Bygga nytt, ändra eller riva' },
    ],
    body: [
      h2('Altan utan bygglov'),
      p(
        'En altan som är lägre än 1,2 meter över marken och ligger minst 4,5 meter från tomtgränsen kräver oftast inget bygglov. Det gäller om huset ligger inom detaljplanerat område och detaljplanen inte säger något annat.',
      ),
      h2('Altan som kräver bygglov'),
      p('Du behöver bygglov om altanen:'),
      ul([
        'är högre än 1,2 meter över marken,',
        'har tak eller är inglasad,',
        'ligger närmare tomtgränsen än 4,5 meter och grannarna inte har godkänt det.',
      ]),
      h3('Vanliga frågor'),
      accordion(
        [
          ['Räknas ett räcke in i höjden?', 'Nej, det är höjden på golvet som räknas, inte räcket.'],
          [
            'Behöver jag grannens medgivande?',
            'Ja, om altanen ska byggas närmare tomtgränsen än 4,5 meter behöver du ett skriftligt medgivande från grannen.',
          ],
        ],
        0,
      ),
      p(
        'Är du osäker kan du kontakta bygglovsenheten innan du börjar bygga. Att bygga utan lov kan leda till byggsanktionsavgift.',
      ),
    ],
    published: '2021-03-05',
    updated: '2023-11-20',
    contact: {
      unit: 'Bygglovsenheten',
      phone: '023-830 00',
      email: 'bygglov@falun.se',
      hours: 'Telefontid vardagar kl. 10–12',
    },
    related: [{ href: '/bygglov.html', text: 'Ansök om bygglov' }],
  },
  {
    name: 'sitevision-falun-event-vinterkonsert',
    site: falun,
    path: '/uppleva--gora/evenemang/vinterkonsert-i-kristine-kyrka.html',
    type: 'event',
    title: 'Vinterkonsert i Kristine kyrka',
    lead: 'Kulturskolans elever bjuder på en kväll med körsång, stråkar och blåsmusik. Fri entré.',
    body: [
      `<dl class="event-facts"><dt>Datum</dt><dd>Torsdag 12 december 2024</dd><dt>Tid</dt><dd>Kl. 18.30–19.45</dd><dt>Plats</dt><dd>Kristine kyrka, Stora Torget, Falun</dd><dt>Pris</dt><dd>Fri entré</dd></dl>`,
      p(
        'Under kvällen medverkar kulturskolans barnkör, ungdomsorkestern och en blåsensemble med elever från hela kommunen. Programmet blandar klassiska julsånger med nyskriven musik av kulturskolans lärare.',
      ),
      p('Konserten är cirka 75 minuter lång. Kyrkan har hörslinga och ramp vid huvudingången.'),
      noise('<p class="read-more"><a href="/uppleva--gora/evenemang.html">Läs mer</a></p>'),
    ],
    published: '2024-11-04',
    updated: '2024-11-18',
    noFeedback: true,
  },
  {
    name: 'sitevision-falun-decision-budget',
    site: falun,
    path: '/kommun--politik/nyheter-fran-politiken/budget-2025.html',
    type: 'decision',
    title: 'Kommunfullmäktige har beslutat om budget för 2025',
    lead: 'Kommunfullmäktige antog i går budgeten för 2025. Skattesatsen blir oförändrad, 22,31 kronor per hundralapp.',
    body: [
      p(
        'Budgeten omfattar totalt 4,8 miljarder kronor. Den största delen, 2,1 miljarder, går till förskola och skola. Omsorgen om äldre och personer med funktionsnedsättning får 1,6 miljarder.',
      ),
      h2('Några av satsningarna'),
      ol([
        'Fler lärare i årskurs 1–3 för att stärka läsningen.',
        'Två nya förskoleavdelningar i Slätta.',
        'Höjt underhåll av gator och cykelvägar med 12 miljoner kronor.',
      ]),
      p('Beslutet fattades med 33 röster mot 28. Oppositionens förslag fick 28 röster.'),
      h2('Var kan jag läsa hela budgeten?'),
      p(
        'Hela budgetdokumentet finns på sidan Budget och årsredovisning. Protokollet från sammanträdet publiceras inom två veckor.',
      ),
    ],
    published: '2024-11-26',
    updated: '2024-11-26',
    noFeedback: true,
  },
  {
    name: 'sitevision-nynashamn-service-hemtjanst',
    site: nynashamn,
    path: '/omsorg-och-stod/aldre/hemtjanst.html',
    type: 'service',
    title: 'Hemtjänst',
    lead: 'Hemtjänst är hjälp i hemmet för dig som inte längre klarar vardagen på egen hand. Du kan få hjälp med till exempel städning, inköp och personlig omvårdnad.',
    crumbs: [
      { href: '/', text: 'Startsida' },
      { href: '/omsorg-och-stod.html', text: 'Omsorg och stöd' },
      { href: '/omsorg-och-stod/aldre.html', text: 'Äldre' },
    ],
    toc: true,
    body: [
      h2('Vem kan få hemtjänst?'),
      p(
        'Du som bor i Nynäshamns kommun och behöver hjälp i vardagen kan ansöka om hemtjänst. En biståndshandläggare utreder ditt behov och fattar beslut enligt socialtjänstlagen.',
      ),
      h2('Så ansöker du'),
      p(
        'Ring kommunens kontaktcenter och be att få prata med en biståndshandläggare. Du kan också skicka in en ansökan via e-tjänsten. En anhörig kan ringa för din räkning om du har gett ditt samtycke.',
      ),
      h2('Avgifter'),
      p('Avgiften beror på hur många timmar hjälp du får och på din inkomst. Ingen betalar mer än maxtaxan.'),
      table(
        ['Tjänst', 'Avgift per månad'],
        [
          ['Trygghetslarm', '300 kr'],
          ['Hemtjänst 1–10 timmar', '100 kr per timme'],
          ['Hemtjänst över 10 timmar', '2 575 kr (maxtaxa)'],
          ['Matdistribution', '75 kr per portion'],
        ],
      ),
      p(
        'Du får ett beslut om avgift när biståndet har beviljats. Lämna in en inkomstförfrågan, annars debiteras du maxtaxan.',
      ),
    ],
    published: '2020-09-01',
    updated: '2024-02-14',
    contact: { unit: 'Biståndsenheten', phone: '08-520 680 00', email: 'bistand@nynashamn.se' },
    related: [{ href: '/trygghetslarm', text: 'Trygghetslarm' }],
  },
  {
    name: 'sitevision-nynashamn-news-bevattning',
    site: nynashamn,
    path: '/nyheter/bevattningsforbud-pa-ostra-sodertorn.html',
    type: 'news',
    title: 'Bevattningsförbud i hela kommunen',
    lead: 'Från och med den 20 juni får du inte vattna med kommunalt dricksvatten. Förbudet gäller tills vidare.',
    body: [
      p(
        'Den varma och torra försommaren har gjort att vattenförbrukningen är mycket hög. Reservoarerna hinner inte fyllas på under natten, och trycket i ledningarna har sjunkit i flera områden.',
      ),
      h2('Det här får du inte göra'),
      ul([
        'Vattna gräsmattor och rabatter med slang eller spridare',
        'Fylla pooler och badtunnor',
        'Tvätta bilen eller båten med slang',
      ]),
      h2('Det här får du göra'),
      p('Du får vattna krukväxter och grönsaksland med vattenkanna. Använd gärna regnvatten från en tunna.'),
      p('Kommunen följer utvecklingen varje dag och meddelar här när förbudet upphävs.'),
    ],
    published: '2023-06-19',
    updated: '2023-06-21',
  },
  {
    name: 'sitevision-lulea-news-snorojning',
    site: lulea,
    path: '/nyheter/2024-02-02-snorojningen-pagar-dygnet-runt.html',
    type: 'news',
    title: 'Snöröjningen pågår dygnet runt',
    lead: 'Efter helgens snöoväder har kommunens entreprenörer plogat i tre dygn i sträck. Nu börjar arbetet med att köra bort snövallarna i centrum.',
    body: [
      p(
        'Under lördagen och söndagen föll det över 40 centimeter snö i Luleå. Huvudgator, bussgator och gång- och cykelvägar till skolor har prioriterats.',
      ),
      ...figure('/images/plog.jpg', '', 'Plogbilarna har kört i skift sedan fredag kväll.', 'Luleå kommun', 'inline'),
      h2('Flytta bilen när skyltarna sätts upp'),
      p(
        'När snö ska köras bort sätter vi upp tillfälliga skyltar med datum och tid minst ett dygn innan. Står bilen kvar kan den bli bortforslad på ägarens bekostnad.',
      ),
      p('Du kan se var vi plogar just nu på kartan på kommunens webbplats. Felanmälan gör du till kundtjänst.'),
    ],
    published: '2024-02-02',
    updated: null,
    contact: { unit: 'Kundtjänst', phone: '0920-45 30 00', email: 'kundtjanst@lulea.se' },
  },
  {
    name: 'sitevision-lulea-start',
    site: lulea,
    path: '/',
    type: 'start',
    title: 'Startsida',
    body: [],
    published: null,
    updated: null,
    main: `<div id="content-main" class="sv-layout"><h1 class="visually-hidden">Luleå kommun</h1>
<div class="sv-text-portlet"><div class="sv-text-portlet-content"><p class="lead">Välkommen till Luleå kommun. Här hittar du information om kommunens service och verksamheter.</p></div></div>
<div class="sv-html-portlet">${`<form role="search" action="/sok.html"><input type="search" name="query"><button>Sök</button></form>`}</div>
<ul class="sv-channel shortcuts">${['Lediga jobb', 'Förskola', 'Bygglov', 'Avfall och återvinning', 'Evenemang', 'Bad och simhallar'].map((s) => `<li class="shortcut"><a href="/${s.toLowerCase().replace(/ /g, '-')}"><img src="/i/${s.length}.svg" alt=""> ${s}</a></li>`).join('')}</ul>
<h2>Nyheter</h2><ul class="sv-channel news">${[
      [
        'Snöröjningen pågår dygnet runt',
        '2024-02-02',
        'Efter helgens snöoväder har entreprenörerna plogat i tre dygn.',
      ],
      ['Ny badplats i Skutviken', '2024-01-30', 'Sommaren 2025 öppnar en ny badplats med sandstrand och brygga.'],
      ['Lediga platser på sommarlovskollo', '2024-01-25', 'Anmälan till kollot öppnar den 1 mars.'],
      ['Biblioteket får längre öppettider', '2024-01-22', 'Stadsbiblioteket har öppet till kl. 21 på vardagar.'],
      ['Val till ungdomsrådet', '2024-01-18', 'Nu kan du rösta på kandidaterna till ungdomsrådet.'],
    ]
      .map(([t, d, x]) => teaser(`/nyheter/${d}.html`, t!, d!, x!))
      .join('')}</ul>
<h2>Evenemang</h2><ul class="sv-channel events">${[
      ['Vinterfest på Norrbottensteatern', '2024-02-17', 'Musik och teater för hela familjen.'],
      ['Skidskytte för nybörjare', '2024-02-24', 'Prova skidskytte på Ormberget.'],
      ['Föreläsning om stadens historia', '2024-03-02', 'Stadsarkivet berättar om Luleå under 1800-talet.'],
    ]
      .map(([t, d, x]) => teaser(`/evenemang/${d}.html`, t!, d!, x!))
      .join('')}</ul></div>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'sitevision-lulea-newslist',
    site: lulea,
    path: '/nyheter.html',
    type: 'list',
    title: 'Nyheter',
    body: [],
    published: null,
    updated: null,
    main: `<div id="content-main" class="sv-layout"><h1>Nyheter</h1><p>Här hittar du kommunens nyheter.</p><ul class="sv-channel">${Array.from(
      { length: 12 },
      (_, i) =>
        teaser(
          `/nyheter/nyhet-${i}.html`,
          [
            'Snöröjningen pågår dygnet runt',
            'Ny badplats i Skutviken',
            'Biblioteket får längre öppettider',
            'Val till ungdomsrådet',
            'Ny cykelbana längs Storgatan',
            'Kommunen söker feriearbetare',
          ][i % 6]!,
          `2024-01-${String(30 - i * 2).padStart(2, '0')}`,
          'En kort sammanfattning av nyheten, med det viktigaste först.',
        ),
    ).join('')}</ul><nav class="pagination" aria-label="Sidnumrering"><a href="?page=2">Nästa sida</a></nav></div>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'sitevision-lulea-search',
    site: lulea,
    path: '/sok.html?query=bygglov',
    type: 'search',
    title: 'Sök',
    body: [],
    published: null,
    updated: null,
    main: `<div id="content-main" class="sv-layout"><h1>Sök på webbplatsen</h1><form action="/sok.html"><input type="search" name="query" value="bygglov"><button>Sök</button></form><p>Din sökning på <strong>bygglov</strong> gav 23 träffar.</p><ol class="sv-search-result">${['Bygglov', 'Ansök om bygglov', 'Bygglovstaxa', 'Attefallshus', 'Marklov och rivningslov'].map((t) => `<li class="sv-search-hit"><a href="/${t.toLowerCase()}.html">${t}</a><p>Här får du veta mer om ${t.toLowerCase()} och hur du ansöker.</p></li>`).join('')}</ol></div>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'sitevision-regionvasterbotten-service-vardcentral',
    site: regionVasterbotten,
    path: '/vard-och-halsa/lista-dig-pa-en-halsocentral.html',
    type: 'service',
    title: 'Lista dig på en hälsocentral',
    lead: 'Du väljer själv vilken hälsocentral du vill tillhöra. Det kallas att lista sig. Du kan byta hälsocentral när du vill.',
    body: [
      h2('Så listar du dig'),
      p(
        'Det enklaste sättet är att logga in på 1177.se och välja hälsocentral under Vårdval. Du kan också fylla i en blankett på den hälsocentral du vill tillhöra.',
      ),
      p('Har du inte valt någon hälsocentral blir du listad på den som ligger närmast där du är folkbokförd.'),
      h2('Barn'),
      p(
        'Vårdnadshavare väljer hälsocentral för barn under 16 år. Om barnet har två vårdnadshavare behöver båda godkänna valet.',
      ),
      `<p lang="en">If you need help in English, please call 1177 and ask for an interpreter.</p>`,
    ],
    published: '2022-02-01',
    updated: '2024-04-03',
    contact: { unit: 'Region Västerbottens växel', phone: '090-785 00 00', email: 'info@regionvasterbotten.se' },
    related: [{ href: '/hitta-halsocentral', text: 'Hitta hälsocentral' }],
  },
  {
    name: 'sitevision-skatteverket-service-flytta',
    site: skatteverket,
    path: '/privat/folkbokforing/flyttainomsverige.4.18e1b10334ebe8bc80001.html',
    type: 'service',
    title: 'Flytta inom Sverige',
    lead: 'När du flyttar ska du anmäla din nya adress till Skatteverket inom en vecka. Då blir du folkbokförd på rätt adress.',
    body: [
      h2('Gör flyttanmälan'),
      p(
        'Du kan göra flyttanmälan i vår e-tjänst tidigast 30 dagar innan du flyttar. Alla i familjen som flyttar med dig kan anmälas samtidigt.',
      ),
      eService('/e-tjanster/flyttanmalan', 'Gör flyttanmälan'),
      h2('Det här händer sedan'),
      p(
        'Vi skickar ett brev till din nya adress när flytten är registrerad. Myndigheter som Försäkringskassan och CSN får automatiskt din nya adress.',
      ),
      p('Andra, som din bank eller ditt försäkringsbolag, behöver du själv meddela.'),
    ],
    published: '2019-05-10',
    updated: '2024-03-28',
    noShare: true,
  },
];
