import { accordion, figure, h2, h3, noise, p, quote, table, ul } from './html';
import type { PageInput } from './site';
import { goteborg, regionSkane, stockholm, uppsala, v1177 } from './sites';

const card = (href: string, title: string, date: string, text: string) =>
  `<div class="news-card"><a class="news-card__link" href="${href}"><h2 class="news-card__title">${title}</h2></a><p class="news-card__date">${date}</p><p class="news-card__text">${text}</p></div>`;

export const EPISERVER_PAGES: PageInput[] = [
  {
    name: 'episerver-stockholm-service-parkeringstillstand',
    site: stockholm,
    path: '/trafik-och-stadsplanering/parkering/parkeringstillstand-for-rorelsehindrade/',
    type: 'service',
    title: 'Parkeringstillstånd för rörelsehindrade',
    lead: 'Om du har svårt att gå kan du få ett parkeringstillstånd. Med tillståndet får du parkera närmare dit du ska och längre tid än andra.',
    crumbs: [
      { href: '/', text: 'Start' },
      { href: '/trafik-och-stadsplanering/', text: 'Trafik och stadsplanering' },
      { href: '/trafik-och-stadsplanering/parkering/', text: 'Parkering' },
    ],
    body: [
      h2('Vem kan få tillstånd?'),
      p(
        'Du kan få parkeringstillstånd om du har ett varaktigt funktionshinder som gör att du har väsentliga svårigheter att förflytta dig på egen hand. Varaktigt betyder att det ska vara i minst sex månader.',
      ),
      p('Du kan också få tillstånd som passagerare, om du behöver hjälp av föraren utanför bilen.'),
      h2('Så ansöker du'),
      ul([
        'Fyll i ansökan i e-tjänsten eller på en blankett.',
        'Bifoga ett läkarintyg som inte är äldre än tre månader.',
        'Bifoga ett foto av dig och din namnteckning.',
      ]),
      p('Handläggningstiden är ungefär sex veckor. Ansökan är kostnadsfri.'),
      h2('Här får du parkera'),
      p(
        'Med tillståndet får du parkera på platser för rörelsehindrade, och upp till tre timmar där det annars är förbjudet att parkera. Du betalar parkeringsavgift som alla andra på gatumark i Stockholm.',
      ),
    ],
    published: '2021-10-04',
    updated: '2023-12-18',
    contact: {
      unit: 'Trafikkontoret, tillståndsenheten',
      phone: '08-508 260 00',
      email: 'parkeringstillstand@stockholm.se',
    },
    related: [{ href: '/parkering/avgifter/', text: 'Parkeringsavgifter' }],
  },
  {
    name: 'episerver-stockholm-news-bibliotek',
    site: stockholm,
    path: '/nyheter/2024/03/meroppet-pa-fler-bibliotek/',
    type: 'news',
    title: 'Meröppet på fler bibliotek',
    lead: 'Från och med april kan du låna böcker även när personalen har gått hem. Sex nya bibliotek får så kallat meröppet.',
    body: [
      p(
        'Meröppet betyder att biblioteket är öppet med självbetjäning mellan kl. 7 och 22 alla dagar. Du kommer in med ditt lånekort och en pinkod.',
      ),
      p('De sex biblioteken är Bagarmossen, Bredäng, Hägerstensåsen, Kista, Skärholmen och Vällingby.'),
      quote(
        'Många har efterfrågat att kunna komma in tidigt på morgonen och sent på kvällen. Nu kan fler studera och låna när det passar dem.',
        'Biblioteksdirektören',
      ),
      h2('Så kommer du in'),
      p('Du behöver vara över 18 år och ha ett lånekort med pinkod. Barn och unga under 18 år får följa med en vuxen.'),
    ],
    published: '2024-03-21',
    updated: '2024-03-22',
    noFeedback: true,
  },
  {
    name: 'episerver-stockholm-decision-bostadstillagg',
    site: stockholm,
    path: '/kommun-och-politik/beslut/bostadsbidrag-till-unga/',
    type: 'decision',
    title: 'Beslut: försök med bostadsstöd för unga vuxna',
    lead: 'Kommunstyrelsen har beslutat att starta ett tvåårigt försök med bostadsstöd för unga vuxna som lämnar familjehem eller HVB-hem.',
    body: [
      p(
        'Försöket gäller unga mellan 18 och 21 år. Stödet ska göra det lättare att få ett eget förstahandskontrakt och minska risken för hemlöshet.',
      ),
      h2('Vad beslutet innehåller'),
      ul([
        'Ett månatligt stöd på högst 3 000 kr under det första året i egen bostad.',
        'En kontaktperson från socialtjänsten under hela perioden.',
        'En utvärdering efter två år, som redovisas för kommunstyrelsen.',
      ]),
      p('Försöket kostar 14 miljoner kronor och finansieras inom socialnämndens budget.'),
      h2('Överklagande'),
      p('Beslutet kan överklagas genom laglighetsprövning inom tre veckor från den dag protokollet anslogs.'),
    ],
    published: '2024-02-28',
    updated: null,
  },
  {
    name: 'episerver-goteborg-service-avfall',
    site: goteborg,
    path: '/wps/portal/start/avfall-och-atervinning/sophamtning',
    type: 'service',
    title: 'Sophämtning för villor',
    lead: 'Du som bor i villa eller radhus får dina sopor hämtade av Göteborgs Stad. Här kan du se hur ofta vi hämtar och vad det kostar.',
    body: [
      h2('Hur ofta hämtar vi?'),
      table(
        ['Avfall', 'Hämtning', 'Kärl'],
        [
          ['Matavfall', 'Varje vecka', 'Brunt kärl, 140 liter'],
          ['Restavfall', 'Varannan vecka', 'Grönt kärl, 190 liter'],
          ['Trädgårdsavfall', 'Var fjärde vecka april–november', 'Abonnemang krävs'],
        ],
      ),
      p('Ställ fram kärlet senast kl. 6.00 på hämtningsdagen, med handtaget utåt från gatan.'),
      h2('Vad kostar det?'),
      p(
        'Grundavgiften är 1 250 kr per år. Till det kommer en avgift för varje kärl. Sorterar du ut matavfallet blir den totala avgiften lägre.',
      ),
      h3('Vanliga frågor om sophämtning'),
      accordion(
        [
          ['Vad gör jag om kärlet inte har tömts?', 'Gör en felanmälan senast dagen efter ordinarie hämtningsdag.'],
          ['Kan jag dela kärl med grannen?', 'Ja, två hushåll som bor nära varandra kan ansöka om delat abonnemang.'],
        ],
        1,
      ),
    ],
    published: '2022-01-12',
    updated: '2024-01-03',
    contact: { unit: 'Kretslopp och vatten', phone: '031-365 00 00', email: 'kretsloppochvatten@goteborg.se' },
  },
  {
    name: 'episerver-goteborg-event-kulturkalas',
    site: goteborg,
    path: '/evenemang/kulturkalaset-2024',
    type: 'event',
    title: 'Kulturkalaset 2024',
    lead: 'Under fyra dagar i augusti fylls centrala Göteborg av musik, dans, teater och konst. Allt är gratis.',
    body: [
      ...figure(
        '/bilder/kulturkalaset.jpg',
        'Publik framför en scen',
        'Förra året besökte över 800 000 personer Kulturkalaset.',
        'Göteborgs Stad',
        'small',
      ),
      h2('När och var'),
      p(
        'Kulturkalaset pågår den 14–17 augusti 2024. Scenerna finns i Kungsparken, på Gustaf Adolfs torg och vid Götaplatsen.',
      ),
      h2('Program för barn'),
      p(
        'På Barnens scen i Trädgårdsföreningen finns aktiviteter varje dag kl. 11–17, bland annat cirkusskola, sagostunder och en bygglek med kartong.',
      ),
      h2('Tillgänglighet'),
      p('Alla scener har platser för rullstol och ledsagare. Vid de större konserterna finns teckenspråkstolk.'),
      noise('<p><a href="/evenemang">Fler evenemang</a></p>'),
    ],
    published: '2024-06-10',
    updated: '2024-08-01',
    contact: { unit: 'Kulturförvaltningen', phone: '031-365 00 00', email: 'kulturkalaset@goteborg.se' },
  },
  {
    name: 'episerver-uppsala-news-skola',
    site: uppsala,
    path: '/nyheter/ny-skola-i-rosendal/',
    type: 'news',
    title: 'Ny skola i Rosendal står klar till hösten',
    lead: 'Rosendalsskolan tar emot sina första elever i augusti. Skolan får plats för 900 elever från förskoleklass till årskurs 9.',
    body: [
      p(
        'Bygget har pågått i två år och är nu nästan klart. Skolan har en idrottshall som föreningar kan hyra på kvällar och helger, och en skolgård med mycket grönska.',
      ),
      p(
        'Elever som bor i Rosendal och Ultuna har fått erbjudande om plats. Det finns fortfarande platser kvar i årskurs 7.',
      ),
      h2('Öppet hus'),
      p('Den 3 juni kl. 17–19 har skolan öppet hus. Rektor och lärare visar lokalerna och svarar på frågor.'),
    ],
    published: '2024-05-14',
    updated: '2024-05-16',
    noShare: false,
  },
  {
    name: 'episerver-uppsala-start',
    site: uppsala,
    path: '/',
    type: 'start',
    title: 'Uppsala kommun',
    body: [],
    published: null,
    updated: null,
    main: `<h1 class="visually-hidden">Uppsala kommun</h1><section class="hero"><h2>Vad vill du göra?</h2><ul class="top-tasks">${['Söka förskola', 'Söka bygglov', 'Hitta lediga jobb', 'Betala parkering', 'Boka lokal'].map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul></section>
<section class="news-list"><h2>Aktuellt</h2>${[
      ['Ny skola i Rosendal står klar till hösten', '14 maj 2024', 'Skolan får plats för 900 elever.'],
      ['Vattenavstängning i Luthagen', '12 maj 2024', 'Arbetet pågår mellan kl. 9 och 15.'],
      ['Sommarjobb för unga', '10 maj 2024', 'Ansök senast den 31 maj.'],
      ['Nya cykelbanor i centrum', '8 maj 2024', 'Kungsgatan får dubbelriktad cykelbana.'],
    ]
      .map(([t, d, x]) => card(`/nyheter/${t!.length}/`, t!, d!, x!))
      .join('')}</section>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'episerver-uppsala-newslist',
    site: uppsala,
    path: '/nyheter/',
    type: 'list',
    title: 'Nyheter',
    body: [],
    published: null,
    updated: null,
    main: `<h1>Nyheter</h1><p class="preamble">Nyheter från Uppsala kommun.</p><div class="news-list">${Array.from(
      { length: 10 },
      (_, i) =>
        card(
          `/nyheter/nyhet-${i}/`,
          [
            'Ny skola i Rosendal står klar till hösten',
            'Vattenavstängning i Luthagen',
            'Sommarjobb för unga',
            'Nya cykelbanor i centrum',
            'Kommunen planterar 500 träd',
          ][i % 5]!,
          `${14 - i} maj 2024`,
          'Kort ingress till nyheten.',
        ),
    ).join('')}</div>`,
    noFeedback: true,
    noShare: true,
  },
  {
    name: 'episerver-regionskane-service-tandvard',
    site: regionSkane,
    path: '/halsa-och-vard/tandvard/tandvard-for-unga/',
    type: 'service',
    title: 'Fri tandvård för barn och unga',
    lead: 'Tandvården är avgiftsfri för dig som är bosatt i Skåne till och med det år du fyller 23 år.',
    body: [
      p(
        'Du väljer själv om du vill gå till Folktandvården eller till en privat tandläkare som är ansluten till Region Skåne. Barn under 18 år får automatiskt en kallelse från den tandvårdsklinik som de är listade på.',
      ),
      h2('Det här ingår'),
      ul(['Regelbundna undersökningar', 'Lagning av hål', 'Tandreglering om behovet är stort', 'Akut tandvård']),
      h2('Det här ingår inte'),
      p(
        'Tandblekning och andra behandlingar som bara görs av estetiska skäl betalar du själv. Uteblir du från en bokad tid utan att avboka kan du få betala en avgift på 400 kr.',
      ),
    ],
    published: '2023-01-02',
    updated: '2024-01-15',
    contact: { unit: 'Region Skånes kundtjänst', phone: '044-309 30 00', email: 'tandvard@skane.se' },
  },
  {
    name: 'episerver-1177-article-forkylning',
    site: v1177,
    path: '/sjukdomar--besvar/infektioner/forkylning/',
    type: 'service',
    title: 'Förkylning',
    lead: 'Förkylning är en infektion i näsa och hals som orsakas av virus. Den går oftast över av sig själv inom en vecka.',
    body: [
      h2('Symtom'),
      p(
        'De vanligaste symtomen är nästäppa, snuva, ont i halsen och hosta. Det är vanligt att känna sig trött och hängig. Vuxna får sällan feber, men det är vanligt hos barn.',
      ),
      h2('Vad kan jag göra själv?'),
      ul([
        'Vila och drick mycket.',
        'Höj huvudändan på sängen om du har svårt att andas genom näsan.',
        'Receptfria läkemedel kan lindra värk och feber.',
      ]),
      h2('När ska jag söka vård?'),
      p(
        'Kontakta en vårdcentral om du har hög feber i mer än tre dagar, om du får svårt att andas eller om du blir sämre efter att först ha blivit bättre.',
      ),
      `<div class="c-alert c-alert--urgent"><p>Ring 112 om du har mycket svårt att andas.</p></div>`,
    ],
    published: '2020-11-12',
    updated: '2024-02-20',
  },
];
