package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline of a whole page: lines of a page (the article's first paragraph marked
 * with {@code >>}) and the headline they must yield.
 */
class HeadlineFinderTests {

	static List<Arguments> pages() {
		String paragraph = "The first paragraph of the article runs on for a while, as articles do, and it says "
				+ "what happened, where it happened and who was there when it happened.";
		return List.of(
				Arguments.of("the article found at the top of the page: the line the page title names under the menus",
						List.of("Fenby watermill to reopen as a museum after ten years - Dale Gazette", ">>Subscribe",
								"Home", "News", "Sport", "What's on", "Obituaries", "News",
								"Fenby watermill to reopen as a museum after ten years", "By Nora Pell",
								"4 December 2026", paragraph, paragraph),
						"Fenby watermill to reopen as a museum after ten years"),
				Arguments.of("the article found at the top of the page, the text naming the headline's matter",
						List.of("Fenby watermill to reopen as a museum after ten years - Dale Gazette", ">>Subscribe",
								"Home", "News", "Sport", "What's on", "Obituaries", "News",
								"Fenby watermill to reopen as a museum after ten years", "By Nora Pell",
								"4 December 2026",
								"The watermill at Fenby will reopen as a museum in the spring, ten years after "
										+ "floods forced the mill to close its doors.",
								"The museum will show the mill's wheel at work on weekends, and the trust that "
										+ "owns the watermill hopes schools will visit."),
						"Fenby watermill to reopen as a museum after ten years"),
				Arguments.of("the article found at the top of the page, a dash before the site's name",
						List.of("Hoard of 900 silver pennies declared treasure – Old Coins Monthly", ">>Old Coins",
								"Subscribe", "News", "Features", "Reviews", "News",
								"Hoard of 900 silver pennies declared treasure", "By Nora Pell and Sam Hale",
								"December 1, 2026", paragraph, paragraph),
						"Hoard of 900 silver pennies declared treasure"),
				Arguments.of("the article found at the top of the page, the headline shown nowhere else",
						List.of("Fenby watermill to reopen as a museum after ten years - Dale Gazette", ">>Subscribe",
								"Home", "News", "Sport", "What's on", "Obituaries", "By Nora Pell", "4 December 2026",
								paragraph, paragraph),
						"Fenby watermill to reopen as a museum after ten years - Dale Gazette"),
				Arguments.of("the page title confirms the headline under a section label",
						List.of("NASA adds five companies to lunar lander program - SpaceNews", "Home", "News",
								"Newsletter Sign Up", "Search", "NASA adds five companies to lunar lander program",
								"Jeff Foust", ">>" + paragraph),
						"NASA adds five companies to lunar lander program"),
				Arguments.of("the site name glued to the page title",
						List.of("Taliban say they freed US hostages for 3 terrorist figuresNew York PostPage Six",
								"Sections", "Taliban say they freed US hostages for 3 terrorist figures",
								"Share this article", ">>" + paragraph),
						"Taliban say they freed US hostages for 3 terrorist figures"),
				Arguments.of("a byline under the standfirst, a photo credit above the text",
						List.of("Menu", "Business", "The merger sends a dismal signal about local news",
								"Gannett is merging with GateHouse to create the largest chain.",
								"(Jacquelyn Martin / Associated Press)", "By Michael Hiltzik", "Nov. 19, 2019",
								">>" + paragraph),
						"The merger sends a dismal signal about local news"),
				Arguments.of("a caption over its photo's credit is not the headline, a byline under the credit or not",
						List.of("Menu", "Politics", "Council approves the harbour plan after a long debate",
								"Newsletter sign up", "The mayor presents the harbour plan to the council on Monday",
								"(Image credit: AP photo/Jane Roe)", "By Ann Carter", "published 5 May 2023",
								">>The council approved the harbour plan on Monday after a long debate, and the "
										+ "mayor said the harbour would open to ferries again next spring."),
						"Council approves the harbour plan after a long debate"),
				Arguments.of("a meta line with a date beside its photo credit stands under the headline",
						List.of("Menu", "Sport", "Goiás beats Palmeiras with a goal in the last minute",
								"22/11/2020 - 04:30 - Source: Agência Brasil - Photo: Cesar Greco/Palmeiras",
								"Share this story",
								">>With a goal in the last minute of the game, Goiás beat Palmeiras one to nil on "
										+ "Saturday night and left the bottom of the table for the first time."),
						"Goiás beats Palmeiras with a goal in the last minute"),
				Arguments.of("a table of contents between the headline and its date line is no headline",
						List.of("Menu", "Magazine", "Alcohol on the boat: what the law allows", "Contents",
								"How much alcohol is allowed on a boat?", "What does a breach cost?",
								"Do you lose your driving licence?", "Magazine, News", "7 January 2022",
								">>" + paragraph, "How much alcohol is allowed on a boat?", paragraph,
								"What does a breach cost?", paragraph, "Do you lose your driving licence?", paragraph),
						"Alcohol on the boat: what the law allows"),
				Arguments.of(
						"a headline shown again in a teaser below, with its kicker and standfirst, is still the headline",
						List.of("Menu", "Black Country",
								"Dispersal order in four estates after police cars were pelted",
								"The order was granted as police seek to clamp down on the trouble", "By Jamie Roe",
								"07:34, 3 NOV 2023", ">>" + paragraph, paragraph, "Most read", "Black Country",
								"Dispersal order in four estates after police cars were pelted", "Crime",
								"The order was granted as police seek to clamp down on the trouble"),
						"Dispersal order in four estates after police cars were pelted"),
				Arguments.of("a caption ending in a credit is not the headline",
						List.of("Donate", "Our guide to understanding tariffs and trade",
								"By Louis Jacobson on Monday, November 18th, 2019",
								"A cargo ship leaves port, on Aug. 31. (AP)", ">>" + paragraph),
						"Our guide to understanding tariffs and trade"),
				Arguments.of("a tag list is not the headline",
						List.of("Startseite", "Besser leben: Was Sie über Apotheken wissen müssen",
								"Veröffentlicht am 14. Februar 2020",
								"Tags: Gesundheit, Apotheke, Versorgung, Pflege, Medizin", ">>" + paragraph),
						"Besser leben: Was Sie über Apotheken wissen müssen"),
				Arguments.of("a Japanese headline above its date line",
						List.of("ログイン", "検索", "賃貸仲介のハウスコム、駅近エリアに新店をオープン", "2020年7月1日 10時00分", ">>" + paragraph),
						"賃貸仲介のハウスコム、駅近エリアに新店をオープン"),
				Arguments.of("a Russian headline confirmed by the page title",
						List.of("Чиновникам купят еще пять автомобилей | Новости", "Главная", "Политика",
								"Чиновникам купят еще пять автомобилей", "Иван Петров", ">>" + paragraph),
						"Чиновникам купят еще пять автомобилей"),
				Arguments.of("the headline at the article's first block",
						List.of("Home", "Newsletters", ">>Scientists spot water vapour on a distant moon",
								"by Jane Roe — November 18, 2019", paragraph),
						"Scientists spot water vapour on a distant moon"),
				Arguments.of("the headline above its longer standfirst",
						List.of("Home", "Energy", "Despite everything, U.S. emissions dipped in 2019",
								"Coal has been in a slow-motion death spiral over the past ten years", "By Ann Carter",
								">>Despite everything, emissions in the U.S. dipped in 2019 as coal plants closed, "
										+ "and that is despite everything the administration did for coal."),
						"Despite everything, U.S. emissions dipped in 2019"),
				Arguments.of("a German headline above its standfirst", List.of("Startseite", "Politik",
						"Erste Zusagen für Aufnahmen von über 80 Familien",
						"Aber: Das geplante Aufnahmeprogramm könnte viele Menschen durch seinen engen Fokus ausschließen",
						"Von Anna Berg",
						">>Die ersten Zusagen für die Aufnahmen sind da: über 80 Familien dürfen "
								+ "kommen, doch viele Menschen bleiben von dem Programm ausgeschlossen."),
						"Erste Zusagen für Aufnahmen von über 80 Familien"),
				Arguments.of("the headline shown twice above a standfirst nearly as long",
						List.of("Home", "Up next:", "Players on the quarterback's role in the brawl: He asked for it",
								"Players on the quarterback's role in the brawl: He asked for it",
								"One member of the defense did not hold back when asked about the brawl",
								"by Ann Carter",
								">>The quarterback's role in the brawl was the talk of the team on Monday, "
										+ "as players asked for it, and one member of the defense held nothing back."),
						"Players on the quarterback's role in the brawl: He asked for it"),
				Arguments.of("a headline above a comment count and a standfirst closed by a full stop",
						List.of("Filed under:", "Analyzing Snap Counts",
								"Defensive snap counts, stats, and notes: Week 11", "New, 6 comments",
								"The defense is dealing with a bunch of suspensions right now.",
								"By Ann Carter Nov 18, 2019",
								">>" + "The defensive snap counts and the stats of week 11 "
										+ "tell a story of suspensions, notes on every player and what comes next."),
						"Defensive snap counts, stats, and notes: Week 11"),
				Arguments.of("a short German headline above a standfirst of twenty words", List.of("Aktuelles",
						"Alleinerziehende: Kinderbetreuung flächendeckend ausbauen",
						"\"Plattform für Alleinerziehende\" zum Tag der Kinderrechte: Betreuungszeiten auch außerhalb "
								+ "der Kindergarten- oder Unterrichtszeit für alle Familien sicherstellen",
						"19.11.2021",
						">>Die Plattform für Alleinerziehende hat den Ausbau hochwertiger, "
								+ "flächendeckender Kinderbetreuung gefordert, damit Alleinerziehende arbeiten können."),
						"Alleinerziehende: Kinderbetreuung flächendeckend ausbauen"),
				Arguments.of("a date line right under the byline is no headline, though a date line attests it",
						List.of("Home", "Local", "Library bus rounds", "By Layla Haddad",
								"Sunday 26 Ramadan 1447 AH - 15 March 2026", "Updated: 15 March 2026 - 11:20",
								">>A small bus carrying more than three thousand books has begun its weekly rounds of "
										+ "the valley, so that children far from a library can read."),
						"Library bus rounds"),
				Arguments.of("a headline under its byline and date, nothing headline-shaped over them, is the headline",
						List.of("Home", "News > Features >", "3rd November 2023", "Written by: Lester Holloway",
								"Code of the elites",
								">>A racial code blocks black high flyers from breaking into the upper echelons, "
										+ "one of the country's leading academics says in a new book."),
						"Code of the elites"),
				Arguments.of("the headline above a deck of its length that the date line attests",
						List.of("Home", "Culture", "Why the city's independent bookshops are closing again",
								"Owners blame rising rents and online marketplaces for the losses",
								"18 October 2023, 11:20",
								">>Independent bookshops in the city are closing again: owners blame rising rents "
										+ "and online marketplaces, and the council discusses lower rents for them."),
						"Why the city's independent bookshops are closing again"),
				Arguments.of("a kicker of a few words over the headline is no headline over a deck",
						List.of("Home", "Transport", "Trouble at the depot",
								"Bus drivers walk out over rotas as talks with the council fail", "By Ann Carter",
								">>Bus drivers walked out at the depot on Monday over new rotas, "
										+ "after talks with the council failed for the third time this month."),
						"Bus drivers walk out over rotas as talks with the council fail"),
				Arguments.of("the last of a list of teasers over the headline is no headline over a deck",
						List.of("Most read", "Heavy snow closes every school in the northern valleys today",
								"Hospital waiting lists grow for the fifth month in a row now",
								"Bus drivers walk out over rotas as talks with the council fail", "By Ann Carter",
								">>Bus drivers walked out at the depot on Monday over new rotas, "
										+ "after talks with the council failed for the third time this month."),
						"Bus drivers walk out over rotas as talks with the council fail"),
				Arguments.of("the sections a story is filed under are no headline over a deck",
						List.of("Home", "Transport & roads, Council, Politics, Local news",
								"Bus drivers walk out over rotas as talks with the council fail", "19.11.2021",
								">>Bus drivers walked out at the depot on Monday over new rotas, "
										+ "after talks with the council failed for the third time this month."),
						"Bus drivers walk out over rotas as talks with the council fail"),
				Arguments.of("a writer's role under a bare name is no headline, though the date line attests it",
						List.of("Home", "Politics", "Sketch",
								"Minister spends an hour not answering one question on buses", "Hannah Cole",
								"Political sketch writer", "Wed 2 Dec 2026 19.05 GMT",
								">>There is a particular silence that falls over the chamber, writes our political "
										+ "sketch writer, when it becomes clear that the reply will not come today."),
						"Minister spends an hour not answering one question on buses"),
				Arguments.of("an outlet under a bare name is no headline, though the date line attests it",
						List.of("Home", "Opinion", "COLUMN", "The gift I stopped buying and why my family was glad",
								"Ruth Caldwell", "Northern Features Syndicate", "Published Nov. 22, 2026",
								">>For twenty years, as readers of this Northern Features Syndicate column know, I "
										+ "gave every person on my list a sweater, and they thanked me politely."),
						"The gift I stopped buying and why my family was glad"),
				Arguments.of("a person's name as a kicker over the headline: the headline stays",
						List.of("Home", "Interviews", "Maria Lopez", "The mayor on buses, rents and the harbour plan",
								"12 May 2023",
								">>The mayor spoke about buses, rents and the new harbour plan, and about what the "
										+ "city should do with the old port when the ferries come back."),
						"The mayor on buses, rents and the harbour plan"),
				Arguments.of("the headline with a figure over a note of two sentences and the byline",
						List.of("Home", "ELECTION 2026", "Ortega ousts the mayor as turnout hits a 30-year high",
								"Results are unofficial until the canvass. This page updates every five minutes.",
								"By Ann Carter", "Published Nov. 3, 2026",
								">>The challenger defeated the incumbent on Tuesday night; the results are unofficial "
										+ "until the canvass, and this page updates every five minutes."),
						"Ortega ousts the mayor as turnout hits a 30-year high"),
				Arguments.of("a headline with a price under its byline is no offer",
						List.of("Home", "Travel", "Slow travel",
								"How to cross the Alps by regional train for under €60", "By Sarah Whitmore",
								"3rd March 2024",
								">>The fastest way from Munich to Milan takes seven hours and costs more than a cheap "
										+ "flight; the slowest takes two days and costs less than a dinner."),
						"How to cross the Alps by regional train for under €60"),
				Arguments.of("an offer with a price over a date line is still no headline",
						List.of("Home", "Council approves the harbour plan after a long debate", "By Ann Carter",
								"Spring sale: two months for $2", "12 May 2023",
								">>The council approved the harbour plan on Monday after a long debate, and the "
										+ "mayor said the harbour would open to ferries again next spring."),
						"Council approves the harbour plan after a long debate"),
				Arguments.of("a sponsor's line over an unattested headline is no headline",
						List.of("Home", "Paid Post", "Presented by Acme Solar",
								"Six ways rooftop panels are changing bills in older homes",
								">>Old houses were long thought too shaded for rooftop panels, and installers say "
										+ "that is changing as rooftop panels get cheaper for older homes."),
						"Six ways rooftop panels are changing bills in older homes"),
				Arguments.of("a section and site line above a long headline is no headline",
						List.of("Home", "Volleyball | MTV Stuttgart",
								"Hiobsbotschaft für den Volleyballverein Stuttgart: Top-Angreiferin fällt lange aus",
								"Von Anna Berg",
								">>Die Top-Angreiferin des Volleyballvereins Stuttgart fällt aus: "
										+ "eine Hiobsbotschaft für die Mannschaft vor dem Spiel gegen Schwerin."),
						"Hiobsbotschaft für den Volleyballverein Stuttgart: Top-Angreiferin fällt lange aus"),
				Arguments.of("a promotion above a long headline is no headline: the article holds none of its words",
						List.of("Home", "Help keep our magazine independent",
								"Why is infant mortality so high? Because our health care system fails mothers, too",
								"By Ann Carter",
								">>Infant mortality is high because the health care system fails "
										+ "mothers too, and the figures show how far behind other rich countries it is."),
						"Why is infant mortality so high? Because our health care system fails mothers, too"),
				Arguments.of("the bylined headline over a list of related headlines nearer the text",
						List.of("Home", "Chinese hunter catches bubonic plague after eating wild rabbit",
								"By Natalie Roe", "View author archive", "Email the author", "Get author RSS feed",
								"Filed under", "China", "Diseases", "Health", "Rabbits", "Share this article",
								"Facebook", "Twitter", "WhatsApp", "Email", "Copy", "Most Popular Today",
								"Plague-ridden prairie dogs pose danger to tourists",
								"Origin of the Black Death plague traced to Russia",
								"Two patients diagnosed with plague in China as officials scramble", "see also",
								">>A case of bubonic plague was reported in China after a hunter ate a wild rabbit, "
										+ "weeks after two patients were diagnosed with pneumonic plague."),
						"Chinese hunter catches bubonic plague after eating wild rabbit"),
				Arguments.of("a dated German headline over a thread of comments nearer the text",
						List.of("Über uns", "Jacobs Gold Instant Kaffee 2 Gläser für 4,80 €", "18.10.2019, 15:07 Uhr",
								"Zum Deal »", "mailshopper", "Der Kaffee von Jacobs ist gerade günstig zu haben",
								"Montana", "Zum Antworten anmelden Zitieren",
								">>Hast recht, der Kaffee von Jacobs ist gerade günstig: zwei Gläser Gold für 4,80 €, "
										+ "das ist ein guter Preis für Instant Kaffee."),
						"Jacobs Gold Instant Kaffee 2 Gläser für 4,80 €"),
				Arguments.of("a glued breadcrumb over a date line is no headline",
						List.of("you are here: HomeNewsBusinessMarkets", "Nov 19, 2019",
								"Economy in stress and markets on a high; time to be careful?",
								">>The economy is in stress while the markets are on a high: a time to be careful, "
										+ "say analysts, as the gap between the two grows."),
						"Economy in stress and markets on a high; time to be careful?"),
				Arguments.of("a section label above a long headline stays a label", List.of("Home",
						"Kinderrechte in Deutschland",
						"Verein zur Unterstützung arbeitender Kinder und Jugendlicher stellt seinen Bericht vor",
						"Von Anna Berg", ">>" + paragraph),
						"Verein zur Unterstützung arbeitender Kinder und Jugendlicher stellt seinen Bericht vor"),
				Arguments.of("glued menu entries above a long headline are no headline",
						List.of("Home", "PoliticsDonald TrumpJoe Biden Nikki Haley",
								"Joe Biden Is Thinking Only About Trump, And 4 Other Takeaways From The Debate",
								"By Ann Carter", ">>" + paragraph),
						"Joe Biden Is Thinking Only About Trump, And 4 Other Takeaways From The Debate"),
				Arguments.of("a headline ending in a full stop, over its byline",
						List.of("Home", "Markets", "Home Depot Stock Is Falling. Why You Shouldn’t Worry.",
								"By Al Root", "Updated Nov. 19, 2019 8:21 am ET", ">>" + paragraph),
						"Home Depot Stock Is Falling. Why You Shouldn’t Worry."),
				Arguments.of("a German headline ending in a full stop, over its byline",
						List.of("Start-ups", "Community", "Wie man Creative Commons richtig nutzt.",
								"von Autor: Georg Holzer", "09.08.13, 06:00", ">>" + paragraph),
						"Wie man Creative Commons richtig nutzt."),
				Arguments.of("share buttons over the byline are no headline: the article names its headline's words",
						List.of("Politics", "Joe Biden predicts Trump will try to delay elections", "Share this:",
								"Click to share on Twitter (Opens in new window)",
								"Click to email this to a friend (Opens in new window)", "By Kate Sullivan",
								">>Joe Biden said Thursday he believes Donald Trump will try to delay the presidential "
										+ "election, a claim the campaign called the ramblings of a lost candidate."),
						"Joe Biden predicts Trump will try to delay elections"),
				Arguments.of("an advertisement over a German byline is no headline", List.of("Startseite",
						"Ein Quantensprung für den Nordpark", "Anzeige Partnerangebot der Woche", "Von Anna Berg",
						">>Der neue Nordpark ist am Freitag eröffnet worden: ein Quantensprung für das Quartier, "
								+ "sagte die Bürgermeisterin bei der Einweihung der Anlage."),
						"Ein Quantensprung für den Nordpark"),
				Arguments.of("a Russian headline over a related story's link", List.of("Главная",
						"Подольски завершил карьеру в сборной Германии",
						"Читатели выбрали лучший гол недели в чемпионате", "Иван Петров",
						">>Лукаш Подольски завершил карьеру в сборной Германии: ветеран сообщил о своём решении "
								+ "болельщикам перед стартом нового сезона."),
						"Подольски завершил карьеру в сборной Германии"),
				Arguments.of("an article found from the menu on: the headline above the first running text",
						List.of(">>Inicio", "Noticias", "Deportes",
								"El ayuntamiento aprueba un nuevo carril bici junto al río", "Por Ana García",
								"El pleno del ayuntamiento aprobó el jueves el nuevo carril bici que unirá los dos "
										+ "puentes del río, una obra que los vecinos reclamaban desde hace años."),
						"El ayuntamiento aprueba un nuevo carril bici junto al río"),
				Arguments.of("the site's name after the page title's separator confirms no line",
						List.of("Monstergespräche #1 | Weselpowers Blog", "Über mich", "Monstergespräche #1",
								"Weselpowers Blog", ">>" + paragraph),
						"Monstergespräche #1"),
				Arguments.of("a row of social links under the headline is no headline",
						List.of("Lifestyle", "Der Sommer, in dem der Rhein verschwand",
								"Facebook Instagram Twitter Youtube", "Von Anna Berg", ">>" + paragraph),
						"Der Sommer, in dem der Rhein verschwand"),
				Arguments.of("a list of other stories, each with its author and date, is no headline", List.of(
						"More by Ivan Prothero", "Football tournament in Hertford ends early after lightning storm",
						"Ivan Prothero - November 2, 2023",
						"Hertford youngster plays football again after lightning strike",
						"Ivan Prothero - November 2, 2023", "Hertford club mourns a life lost to a lightning strike",
						"Ivan Prothero - November 2, 2023",
						"Youngster left fighting for life after lightning strike at football match",
						">>A youngster has been left fighting for his life after being struck by lightning "
								+ "while he was playing football at a tournament in Hertford."),
						"Youngster left fighting for life after lightning strike at football match"),
				Arguments.of("a German related-stories list between headline and text, one date each",
						List.of("Home", "Wenn man in der Heimat verliert, tut es auswärts weniger weh",
								"mh 15. Oktober 2023", "Lesen Sie auch",
								"Der Trainer verliert in der Heimat: Aubstadt geht unter", "1. November 2023",
								"Mit vier Toren gewinnt man auswärts: der Trainer nach dem Spiel", "30. Oktober 2023",
								">>AUGSFELD – Zuhause verlieren ist nicht schön, und in der Heimat verliert man "
										+ "ungern; auswärts tut es weniger weh, sagte der Trainer nach dem Spiel."),
						"Wenn man in der Heimat verliert, tut es auswärts weniger weh"),
				Arguments.of("the headline's own date line shown twice around it is no list",
						List.of("Zaloguj się", "19 sierpnia 2020, 5:16",
								"Tłumy ludzi szturmowały sklepy po zniesieniu obostrzeń", "TVN24 | Świat",
								"19 sierpnia 2020, 5:16",
								">>Pierwszego dnia złagodzenia kwarantanny tłumy ludzi szturmowały sklepy, a po "
										+ "zniesieniu obostrzeń nikt nie przestrzegał zasad dystansu."),
						"Tłumy ludzi szturmowały sklepy po zniesieniu obostrzeń"),
				Arguments.of("a headline in title case ending in a full stop is no standfirst under a label",
						List.of("Consumer", "Earnings Report",
								"Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry.",
								"By", "Al Root", "Updated Nov. 19, 2019 8:21 am ET", ">>" + paragraph),
						"Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry."),
				Arguments.of("a headline in title case is no standfirst under the page's other wording of it",
						List.of("Home", "Recipes", "Easy Weeknight Dinners for Busy Families | 2021",
								"25 Easy Weeknight Dinners For Busy Families To Cook This Autumn",
								"Oct 12 2021 by Ann Carter",
								">>Easy weeknight dinners are what busy families need this autumn: 25 recipes that "
										+ "cook in half an hour, with what the pantry already holds."),
						"25 Easy Weeknight Dinners For Busy Families To Cook This Autumn"),
				Arguments.of("a credit line between the standfirst and the date line is no headline",
						List.of("Home", "Economy", "Dock workers reach a deal with the port authority",
								"The agreement reached on Saturday ends a strike of six weeks that had stopped half "
										+ "of the country's container traffic.",
								"Daily Courier with AFP", "Published on October 29, 2023, at 4:28 am",
								">>Dock workers told the Daily Courier on Saturday that their union and the port "
										+ "authority agreed on new wages after six weeks of strike."),
						"Dock workers reach a deal with the port authority"),
				Arguments.of("the same with a standfirst longer than any headline and no full stop",
						List.of("Home", "Economy", "Dock workers reach a deal with the port authority",
								"The agreement reached on Saturday ends a strike of six weeks that had stopped half "
										+ "of the country's container traffic and cost the ports millions a day",
								"Daily Courier with AFP", "Published on October 29, 2023, at 4:28 am",
								">>Dock workers told the Daily Courier on Saturday that their union and the port "
										+ "authority agreed on new wages after six weeks of strike."),
						"Dock workers reach a deal with the port authority"),
				Arguments.of("a German headline of two words over its standfirst sentence and byline",
						List.of("Menü", "Unstillbares Heimweh",
								"In seinem Essay erkundet der Autor ein paradoxes Gefühl zwischen Traurigkeit und "
										+ "Transzendenz.",
								"Frank Hahn am 18. September 2019",
								">>Das Thema der Melancholie beschäftigt den ungarischen Kunsttheoretiker seit "
										+ "Jahrzehnten, und in seinem neuen Buch kehrt er zu ihm zurück."),
						"Unstillbares Heimweh"),
				Arguments.of("a meta line with a figure is stepped over, a section label is not", List.of("Jobs",
						"EEO Public File Reports", "Top Local Stories",
						"Scientists use Hawaii telescope to spot water vapor on distant moon",
						"New Horizons took this image of the icy moon Europa rising above Jupiter's cloud tops in "
								+ "February 2007, six hours after the spacecraft's closest approach.",
						"By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
						">>" + paragraph), "Scientists use Hawaii telescope to spot water vapor on distant moon"),
				Arguments.of("the rest of a French sentence split around a link is no headline",
						List.of("Actualité", "Angleterre: Manchester United rate la marche, Arsenal revit", "Par AFP",
								"publié le 26/12/2020 à 21:00", "Actualité",
								". Un point c'est tout pour les Red Devils",
								">>Intraitables à l'extérieur jusqu'alors, avec six succès en autant de matches, "
										+ "les joueurs de Manchester United peuvent se mordre les doigts."),
						"Angleterre: Manchester United rate la marche, Arsenal revit"),
				Arguments.of("a run of alike links over the byline is a menu, in German",
						List.of("Fanshop", "Besucht uns auf Facebook", "Besucht uns auf Instagram",
								"Besucht uns auf Youtube", "Veröffentlichung: 2. Februar 2022",
								"Kleiner Vorverkauf für die Heimspiele der Liga gestartet", "Von Anna Berg",
								">>Für die beiden Heimspiele der Liga im Februar gibt es seit Mittwoch Tickets im "
										+ "Vorverkauf, allerdings nur für dreitausend Zuschauer in der Halle."),
						"Kleiner Vorverkauf für die Heimspiele der Liga gestartet"),
				Arguments.of("a run of alike links over the byline is a menu, in Spanish",
						List.of("Inicio", "Síguenos en Facebook", "Síguenos en Instagram",
								"El ayuntamiento aprueba un nuevo carril bici junto al río", "Por Ana García",
								">>El pleno del ayuntamiento aprobó el jueves el nuevo carril bici que unirá los dos "
										+ "puentes del río, una obra que los vecinos reclamaban desde hace años."),
						"El ayuntamiento aprueba un nuevo carril bici junto al río"),
				Arguments.of("no headline above text that starts the article: the bylined one inside it",
						List.of("Outdoor Shop",
								">>Our shop carries clothing, shoes and equipment for every season and every "
										+ "mountain, from the first hike to the highest summit.",
								"Clothing", "Shoes", "Equipment", "Camping", "Climbing", "Maps", "Brands", "Outlet",
								"What the theory of avalanches teaches in practice", "Anna Berg, 01.12.2021",
								"Snow has come early this year, and with it the first avalanche warnings in the "
										+ "high valleys, where courses on snow safety fill up fast."),
						"What the theory of avalanches teaches in practice"),
				Arguments.of("a headline may name someone after 'by', a byline's label has few words",
						List.of("Sport", "Arsenal set Pierre-Emerick Aubameyang transfer deadline by Real Madrid",
								"Real Madrid are one of the clubs chasing the striker, but they want an answer from "
										+ "the Gunners by the middle of next month",
								"By", "Tom Hopkinson", "22:30, 9 MAY 2020",
								">>Real Madrid have set Arsenal a June 15 deadline for a decision over "
										+ "Pierre-Emerick Aubameyang, whose transfer the club wants settled."),
						"Arsenal set Pierre-Emerick Aubameyang transfer deadline by Real Madrid"),
				Arguments.of("a notice taken for the article's start: the bylined headline just below it",
						List.of("Impressum",
								">>Wir freuen uns, dass Sie uns online lesen. Leider benutzen Sie "
										+ "einen Adblocker, und wir finanzieren unseren Journalismus mit Anzeigen.",
								"Artikel teilen:", "Corona-Pandemie: Es kommt auch darauf an, wie die Menschen sterben",
								"VON MORITZ GATHMANN am 21. April 2020",
								"Müssen Infizierte unbedingt ins Krankenhaus? Der Palliativmediziner erklärt, warum "
										+ "viele Patienten im Pflegeheim bessere Überlebenschancen haben."),
						"Corona-Pandemie: Es kommt auch darauf an, wie die Menschen sterben"),
				Arguments.of("an article that starts with its text keeps no subheading for its headline",
						List.of("Impressum", ">>" + paragraph, "What happened next",
								"The second paragraph of the article tells what happened next, at some length, "
										+ "as articles do, with more about who was there."),
						null),
				Arguments.of("the page title confirms a headline far above a start taken in the comments",
						commentedPage("Golf im TV: Klassiker auf der PGA Tour, Premiere beim Desert Swing",
								"Golf im TV: Klassiker auf der PGA Tour, Premiere beim Desert Swing",
								"33 Kommentare Geben Sie jetzt Ihre Meinung zu diesem Thema ab",
								"Rolf Buckpesch 29.07.2020"),
						"Golf im TV: Klassiker auf der PGA Tour, Premiere beim Desert Swing"),
				Arguments.of("the same in English, the site's name after the headline",
						commentedPage("Council votes to keep the harbour tram running - Harbour Gazette",
								"Council votes to keep the harbour tram running",
								"48 comments Join the conversation and tell us what you think",
								"Ann Carter 29.07.2020"),
						"Council votes to keep the harbour tram running"),
				Arguments.of("a page title of two words that a line repeats whole is the site's name",
						List.of("Nennung Online", "Nennung Online", "Mein Konto", "Zucht",
								"04.02.2022 | 13:10 Uhr | Uta Helkenberg", "Stellungnahme der FN zum Pilotjahr 2022",
								">>Warendorf (fn-press). Gerade haben sich die deutschen Zuchtverbände auf ein "
										+ "Pilotjahr geeinigt, in dem die Hengste geprüft werden sollen."),
						"Stellungnahme der FN zum Pilotjahr 2022"),
				Arguments.of("a weak line above a start the locator put too high: the dated headline below", List.of(
						"Direkt zum Inhalt", "Main navigation", "Ziele", "Zeit für neues Denken",
						">>Wir leben in einer Welt, die sich ständig verändert. Die Fraktion ist davon "
								+ "überzeugt, dass sie neues Denken braucht, in der Bildung wie in der Wirtschaft.",
						"Weltbeste Bildung für jeden", "Wirtschaft", "Digitales", "Rechtsstaat", "Artikel", "Corona",
						"Beendigung der epidemischen Lage von nationaler Tragweite", "27.10.2021",
						"Die Bundestagsfraktionen von SPD, Grünen und FDP beenden zum 25. November die "
								+ "epidemische Lage, die der Bundestag im März des vorigen Jahres festgestellt hat."),
						"Beendigung der epidemischen Lage von nationaler Tragweite"),
				Arguments.of("the same in English: a menu entry above, the bylined headline below",
						List.of("Menu", "Sections", "Travel", "Video",
								"First Forecast Weather For The Weekend And Beyond",
								">>Some sunshine by the end of the day, with clouds in the morning and a cool wind "
										+ "from the lake, then a dry and mild weekend across the whole region.",
								"More", "Michigan Officials Report Sixth Death Linked To Mosquito Virus",
								"November 19, 2019 at 9:45 am",
								"Michigan health authorities are reporting a sixth death linked to the virus, "
										+ "which is spread by mosquitoes and is rare in people, officials said."),
						"Michigan Officials Report Sixth Death Linked To Mosquito Virus"),
				Arguments.of("a menu entry of few words the text happens to hold is not the headline",
						List.of("Menu", "Blog : Our posts", "Contact : Write to us", "TOS : What you agree to",
								"Funk band records a holiday song for all", "Jane Roe 9:46 am Sat Dec 12, 2020",
								">>Many have tried to write a holiday song that everyone can agree on, and "
										+ "what they made was rarely any good; this funk band says it has done better.",
								"Share", "TOS : What you agree to"),
						"Funk band records a holiday song for all"),
				Arguments.of("the second name of a byline set on two lines is not the headline",
						List.of("Menu", "Blog", "Students on probation for bad grades no more",
								"Jane Roe, Staff Attorney, Civil Rights Project",
								"& John Doe, Director of Education Equity, County School Board",
								"July 25, 2019 | 11:15 PM",
								">>For years the County School Board sent students to probation for their grades, "
										+ "and the board for education equity says the practice is ending now."),
						"Students on probation for bad grades no more"),
				Arguments.of("a headline in sentence case that opens with a figure", List.of(
						"3 nouveaux cas confirmés dans le département - Le Courrier", "Accueil", "Région",
						"3 nouveaux cas confirmés dans le département",
						">>L'agence régionale de santé a confirmé mardi trois nouveaux cas dans le "
								+ "département, les trois personnes sont en isolement à domicile et se portent bien."),
						"3 nouveaux cas confirmés dans le département"),
				Arguments.of("the headline the page title and a byline attest, above a bylined teaser",
						List.of("Mayor opens the new library downtown - City Times", "Home", "News",
								"Mayor opens the new library downtown", "by Jane Roe", "Posted: Nov 20, 2020",
								"The mayor opened the new library downtown on Friday, after two years of building.",
								"It holds more books than the old one and stays open late on weekdays.",
								"Suggest a Correction", "More News Stories",
								"Council approves the budget for road repairs across the city after a long debate",
								"by John Doe / Nov 20, 2020",
								">>The council approved the budget for road repairs across the city on Thursday "
										+ "evening, after a long debate about which roads and repairs come first."),
						"Mayor opens the new library downtown"),
				Arguments.of("a breadcrumb trail over the byline is not the headline above it",
						List.of("Menu", "Recipes", "How to tackle game day snack temptations",
								"Blog > Weight Loss > Weight Loss Tips", "February 1, 2019 | By: Jane Roe",
								">>Game day is hard on weight loss: the snacks are everywhere. These weight loss tips "
										+ "help you enjoy the football without giving in to every temptation."),
						"How to tackle game day snack temptations"),
				Arguments.of("the same in German, the trail naming the article's matter",
						List.of("Menü", "Ratgeber", "Schwarzes Gold aus der Kiste auf dem Balkon",
								"Startseite / Garten / Kompost selber machen", "21. Januar 2022 | Von Anna Berg",
								">>Wer keinen Garten hat, kann trotzdem Kompost selber machen: in einer Kiste auf dem "
										+ "Balkon, mit Würmern, die Gemüsereste in wenigen Wochen zu Kompost machen."),
						"Schwarzes Gold aus der Kiste auf dem Balkon"),
				Arguments.of("a trail whose end is the only headline still gives it",
						List.of("Menu", "Home > News > Council approves the budget for road repairs",
								"By Jane Roe, November 20, 2020", ">>" + paragraph),
						"Council approves the budget for road repairs"),
				Arguments.of("a subscription offer the page title repeats is not the headline",
						List.of("Subscribe from $2.99 a month", "Search", "Newsletters", "Subscribe from $2.99 a month",
								"World", "Middle East", "Watch: inside the tunnels under the city",
								">>The army says it is preparing a ground offensive, and the tunnels under the city "
										+ "are the first thing its soldiers will meet: a network of passages dug over "
										+ "twenty years."),
						"Watch: inside the tunnels under the city"),
				Arguments.of("a headline that names a price the text tells of",
						List.of("Menu", "Deals", "Amazon discounts laptops from $700 for the holidays", "By Jane Roe",
								">>Amazon discounts several laptops for the holidays, the cheapest "
										+ "from $700, and the discounts last until the weekend, the retailer says."),
						"Amazon discounts laptops from $700 for the holidays"),
				Arguments.of("a date line whose label is glued to a credit is no headline", List.of("Home", "Politics",
						"Council approves the budget for road repairs", "Facebook", "Twitter", "Email",
						"Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: Staff Reporter Desk", ">>" + paragraph),
						"Council approves the budget for road repairs"),
				Arguments.of("an update's label before a headline that names no date",
						List.of("Home", "Politics", "Council approves the budget for road repairs", "Facebook",
								"Twitter", "Email", "Update: 3 hurt in a crash on the ring road", ">>" + paragraph),
						"Update: 3 hurt in a crash on the ring road"),
				Arguments.of("a section glued before the headline the page title names",
						List.of("«We spent forty days in quarantine» - Example Foundation", "Menu", "Search",
								"News | 30.10.2021 Migration › Refugees «We spent forty days in quarantine»",
								"A refugee tells of his life in the city during the pandemic", "Information", "Author",
								"Jane Roe,", ">>" + paragraph),
						"«We spent forty days in quarantine»"),
				// head41: a page title that drops the headline's opening words (blind18's
				// venue), and the lines the title names the end of that keep their cut
				Arguments.of("a page title that shortens the headline: the headline keeps its opening words",
						List.of("The Lantern faces closure after a rent rise - Town Times", "Menu", "Search",
								"Home / news / the-lantern-closure",
								"Family-run bookshop The Lantern faces closure after a rent rise", ">>" + paragraph),
						"Family-run bookshop The Lantern faces closure after a rent rise"),
				Arguments.of("a kicker in sentence case glued before a headline that opens with a common word is cut",
						List.of("Storm batters the harbour wall overnight - Town Times", "Menu", "Search",
								"Home / news / storm-batters-harbour-wall",
								"In pictures Storm batters the harbour wall overnight",
								">>The storm reached the harbour shortly after midnight and it tore a gap in the old "
										+ "wall, as the wind turned and the tide came in over the slipway."),
						"Storm batters the harbour wall overnight"),
				Arguments.of("a kicker in capitals glued before the headline the page title names is cut",
						List.of("The Lantern faces closure after a rent rise - Town Times", "Menu", "Search",
								"EXCLUSIVE The Lantern faces closure after a rent rise", ">>" + paragraph),
						"The Lantern faces closure after a rent rise"),
				Arguments.of("a trail's words glued before the headline the page also shows bare are cut",
						List.of("The Lantern faces closure after a rent rise - Town Times", "Menu",
								"Home News The Lantern faces closure after a rent rise", "Business",
								"The Lantern faces closure after a rent rise", ">>" + paragraph,
								"2 thoughts on The Lantern faces closure after a rent rise"),
						"The Lantern faces closure after a rent rise"),
				Arguments.of("a comment count glued before the part the page title names is cut",
						List.of("The Lantern faces closure after a rent rise - Town Times", "Menu", "Search",
								"3 thoughts on The Lantern faces closure after a rent rise", ">>" + paragraph),
						"The Lantern faces closure after a rent rise"),
				Arguments.of("a sentence's words glued before a part the page shows bare are cut",
						List.of("The Lantern faces closure after a rent rise - Town Times", "Menu",
								"Breaking news from town The Lantern faces closure after a rent rise",
								"The Lantern faces closure after a rent rise", ">>" + paragraph),
						"The Lantern faces closure after a rent rise"),
				Arguments.of("menus and prompts only: no headline",
						List.of("Home", "News", "Sign In", "Newsletter Sign Up", ">>" + paragraph), null),
				Arguments.of("a sign-in dialog taken for the article: the page's only bylined headline",
						dialogPage(List.of("Museum reopens its east wing after a two-year renovation")),
						"Museum reopens its east wing after a two-year renovation"),
				Arguments.of("the same with a standfirst sentence between the headline and the byline",
						dialogPage(List.of("Museum reopens its east wing after a two-year renovation",
								"“It was worth the wait,” says the museum's director.")),
						"Museum reopens its east wing after a two-year renovation"),
				Arguments.of("a name between a line and the byline: no headline for it",
						dialogPage(List.of("The singer opened up about the tour", "Jane Roe")),
						"Join Now / Your Account"),
				Arguments.of("two bylined headlines far from the dialog: a list, neither is taken",
						dialogPage(List.of("Museum reopens its east wing after a two-year renovation"),
								List.of("Council approves the budget for road repairs")),
						"Join Now / Your Account"),
				Arguments.of("a widget's title the page shows twice gives way to the page's only bylined headline",
						widgetPage(true), "Council approves the budget for road repairs"),
				Arguments.of("the same title shown once stays the headline", widgetPage(false),
						"Rain and wind expected across the region tonight"),
				Arguments.of("a teaser with one blurb and a date is not the page's only bylined headline", teaserPage(),
						"Join Now / Your Account"),
				Arguments.of("a kicker longer than the headline under it, a standfirst sentence under that",
						kickerPage("The chief executive met the climate activist this week and came away with "
								+ "everything he wanted."),
						"Chief executive outwits the activist"),
				Arguments.of("a headline over a sub-headline and the text: the sub-headline is no headline",
						kickerPage(null), "Energy firm, climate activist and the new coal mine"),
				Arguments.of("a subscription offer nearer the text than the headline is no headline",
						furniturePage("S'abonner - 1 mois offert"), "Le conseil municipal vote le budget des routes"),
				Arguments.of("a sign-in prompt nearer the text than the headline is no headline",
						furniturePage("Sign in to your Daily account or"),
						"Le conseil municipal vote le budget des routes"),
				Arguments.of("a language menu nearer the text than the headline is no headline",
						furniturePage("Français · English · Deutsch · Español (México)"),
						"Le conseil municipal vote le budget des routes"),
				Arguments.of("a contact line nearer the text than the headline is no headline",
						furniturePage("Service: 0800 - 12 34 567 du lundi au vendredi"),
						"Le conseil municipal vote le budget des routes"),
				Arguments.of("a form's required field nearer the text than the headline is no headline",
						furniturePage("J'ai lu les conditions d'utilisation et je les accepte*"),
						"Le conseil municipal vote le budget des routes"));
	}

	// A line of the page's furniture at its top and again between the headline and the
	// text: shown twice and nearer the text, it would outscore the headline.
	private static List<String> furniturePage(String furniture) {
		return List.of(furniture, "Accueil", "Le conseil municipal vote le budget des routes", furniture,
				">>Le conseil municipal a voté lundi soir le budget des routes de la ville, avec une hausse "
						+ "des crédits pour les routes de quartier et les pistes cyclables du centre.");
	}

	// A kicker over a headline, both without a byline, the kicker the longer and sharing
	// all its words with the text; then a standfirst sentence, or none.
	private static List<String> kickerPage(String standfirst) {
		List<String> lines = new ArrayList<>(List.of("Home", "Politics",
				"Energy firm, climate activist and the new coal mine", "Chief executive outwits the activist"));
		if (standfirst != null) {
			lines.add(standfirst);
		}
		lines.add(">>The chief executive of the energy firm met the climate activist on Monday, and by the end of "
				+ "the talk he had outwitted her: the new coal mine stays, and the firm looks greener than before.");
		return lines;
	}

	// A page whose locator took a weather widget's text for the article: the widget's
	// title over it, the article's bylined headline and text further down, and, when
	// shownTwice, the widget's title again in a list of weather stories at the bottom.
	private static List<String> widgetPage(boolean shownTwice) {
		List<String> lines = new ArrayList<>(
				List.of("Menu", "Weather", "Rain and wind expected across the region tonight",
						">>Rain and wind are expected across the region tonight, with gusts along the coast and the "
								+ "heaviest rain after midnight, clearing by the morning."));
		for (int i = 1; i <= 8; i++) {
			lines.add("Section " + i);
		}
		lines.addAll(List.of("Council approves the budget for road repairs", "By Jane Roe"));
		for (int i = 1; i <= 3; i++) {
			lines.add("Paragraph " + i + " of the story runs on for a while, as stories do, so that it reads "
					+ "as running text and not as a menu entry or a label.");
		}
		for (int i = 1; i <= 90; i++) {
			lines.add("Footer link " + i);
		}
		if (shownTwice) {
			lines.addAll(List.of("Weather Stories", "Rain and wind expected across the region tonight", "Contact"));
		}
		return lines;
	}

	// A sign-in dialog taken for the article, a long menu, the article (its text only,
	// its headline not saved), then a teaser of another story with one blurb and a date.
	private static List<String> teaserPage() {
		List<String> lines = dialogPage();
		lines.addAll(List.of(
				"Paragraph of the article that runs on for a while, as articles do, so that it reads as "
						+ "running text and not as a menu entry or a label.",
				"More on the site", "Floods force hundreds from their homes in the valley",
				"Hundreds of people had to leave their homes in the valley after the river burst its banks on "
						+ "Sunday night.",
				"01.09.2004", "Contact", "Imprint"));
		return lines;
	}

	// A page whose locator took a sign-in dialog at its top for the article, a long menu
	// under it, then each story given: its headline and what stands between it and its
	// byline, the byline, a few paragraphs of text.
	@SafeVarargs
	private static List<String> dialogPage(List<String>... stories) {
		List<String> lines = new ArrayList<>(
				List.of("Menu", "Join Now / Your Account",
						">>Create an account to save the stories you like, follow the topics you care about and get "
								+ "our newsletters in your inbox, all for free and without any obligation.",
						"Continue"));
		for (int i = 1; i <= 110; i++) {
			lines.add("Section " + i);
		}
		for (List<String> story : stories) {
			lines.addAll(story);
			lines.add("By Jane Roe");
			for (int i = 1; i <= 3; i++) {
				lines.add("Paragraph " + i + " of the story runs on for a while, as stories do, so that it reads "
						+ "as running text and not as a menu entry or a label.");
			}
		}
		return lines;
	}

	// A page whose locator found the article's start in the comments under it: the
	// headline, a byline, the article's text, then a comment header with a comment's
	// name and date under it and the comment (the start).
	private static List<String> commentedPage(String pageTitle, String headline, String commentHeader,
			String commentMeta) {
		List<String> lines = new ArrayList<>(
				List.of(pageTitle, "Home", "Sport", "Newsletter", headline, "Anna Berg, 28.07.2020"));
		for (int i = 1; i <= 36; i++) {
			lines.add("Paragraph " + i + " of the article, running on for a while as articles do, so that it "
					+ "reads as text and not as a menu entry or a short label.");
		}
		for (String chrome : List.of("Share", "Print", "Name *", "E-Mail *", "Your comment *", "Send")) {
			lines.add(chrome);
		}
		lines.add(commentHeader);
		lines.add(commentMeta);
		lines.add(">>Comment on the article, running on for a while as comments do, so that it reads as text "
				+ "and the locator may take it for the article's start.");
		return lines;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			25 Easy Weeknight Dinners For Busy Families To Cook This Autumn | true
			Israels Staatspräsident Rivlin zu Besuch in Bayern | true
			Das sagt Münsters Caritas-Chef Kessmann zur Impfpflicht | false
			Coal has been in a slow-motion death spiral over the past ten years | false
			Home Depot Stock Is Falling after Earnings | false
			Dock Workers Strike | false
			""")
	void tellsAHeadlineInTitleCaseFromASentence(String line, boolean titleCase) {
		assertThat(HeadlineFinder.isFullTitleCase(line)).isEqualTo(titleCase);
	}

	// A sponsor's or a wire's line names who paid for or sent the article; a headline
	// may name a presenter or a sponsor later in its words, or open so and go on past a
	// colon (review38b).
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Presented by Acme Solar | true
			Sponsored by the Harbour Bank | true
			Paid for by the Harbour Trust | true
			Brought to you by Acme Solar | true
			Presenters quit the morning show after ten years | false
			Awards presented by the mayor to three nurses | false
			Sponsored content rules tighten for influencers | false
			Sponsored by readers: how the paper survives | false
			Presented by the people: a new kind of council meeting | false
			""")
	void tellsASponsorsLineFromAHeadline(String line, boolean furniture) {
		assertThat(HeadlineFinder.isFurniture(line)).isEqualTo(furniture);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void findsTheHeadline(String name, List<String> lines, String expected) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int start = 0;
		for (String line : lines) {
			if (line.startsWith(">>")) {
				start = paragraphs.size();
				line = line.substring(2);
			}
			paragraphs.add(new Paragraph(line, paragraphs.size() + 1));
		}
		HeadlineFinder.Headline headline = HeadlineFinder.find(paragraphs, start);
		assertThat((headline != null) ? headline.text() : null).isEqualTo(expected);
	}

	// Two sentences in a line are a blurb, not a headline; a title's or a name's
	// abbreviation before a capital ends no sentence.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Get breaking news alerts. The stories that matter.|true",
					"Senate panel questions Gov. Newsom over the state water plan|false",
					"New York man pleads guilty to threatening Rep. Jones|false", "Dr. Smith joins the clinic|false",
					"The storm is over. Now the town counts the cost|true" })
	void tellsTwoSentencesFromAnAbbreviation(String line, boolean twoSentences) {
		assertThat(HeadlineFinder.hasInnerSentenceEnd(line)).isEqualTo(twoSentences);
	}

	// Links alike but for their last word, or but for their first (two words the same at
	// least), are a menu; a headline next to a line that shares only its last word is
	// not.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Share on Facebook|Share on X|true", "Shoes for children|Clothing for children|true",
					"Winter gear sells out before the snow|Anna Berg, 01.12.2021|false",
					"Town hall votes on snow|Snow|false",
					"Parents buy winter gear for children|Schools close for children|false" })
	void tellsARunOfAlikeLinks(String line, String neighbour, boolean alike) {
		List<Paragraph> paragraphs = List.of(new Paragraph(line, 1), new Paragraph(neighbour, 2));
		assertThat(HeadlineFinder.isInRunOfAlikeLinks(paragraphs, 0)).isEqualTo(alike);
	}

	// A row of links or labels saved as one line is no headline; a headline that names a
	// network, or says a word twice apart, still is.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Facebook Instagram|true", "Youtube Twitter Facebook|true",
					"Delen via Whatsapp Delen via Facebook Delen via Twitter Delen via email|true",
					"Newsletter sign up Newsletter|true", "Inhalte Inhalte Projekte Projekte Software Software|true",
					"Facebook and Twitter ban the president's accounts|false", "Mehr Geld, mehr Probleme|false",
					"New York, New York: the city reopens its theatres|false",
					"Telegram: Durov arrested in Paris|false", "Почему Telegram снова заблокировали в России|false" })
	void tellsARowOfLinksFromAHeadline(String line, boolean linkRow) {
		assertThat(HeadlineFinder.isLinkRow(line)).isEqualTo(linkRow);
	}

	// Items of a few words each between middle dots are a menu or a category line; a
	// headline with a site's name after a dot has a longer part.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Deutsch · English (US) · Türkçe · Español|true",
					"Analyse et réflexion · Répression - prisons|true", "Pflanzen • Forschung • Landwirtschaft|true",
					"The council votes on the budget for road repairs · Daily News|false",
					"Rain expected across the region tonight|false", "Café·Bar reopens|false" })
	void tellsAListBetweenMiddleDotsFromAHeadline(String line, boolean list) {
		assertThat(HeadlineFinder.isDotList(line)).isEqualTo(list);
	}

	// A star opening a footnote or closing a required field; a headline has none, and a
	// star inside a line ("5* hotels") or a row of them ("***") is no such mark.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "*Only the first twelve qualify for the final races.|true",
					"I agree that my child may use the app.*|true", "Five 5* hotels that are worth the price|false",
					"***|false", "Rain expected across the region tonight|false" })
	void tellsAStarredFootnoteFromAHeadline(String line, boolean starred) {
		assertThat(HeadlineFinder.isStarred(line)).isEqualTo(starred);
	}

	// Nine digits or more from a 0 or a plus, in groups: a phone number; a year range, a
	// score or a sum is not one.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "0800 - 12 34 567 Mo bis Fr von 9 bis 18 Uhr|true", "Call us on +44 20 7946 0958|true",
					"Tickets per Tel. unter +4915112345678|true", "Budget 2019 - 2020 approved by the council|false",
					"Team wins 2-0 after 90 minutes|false", "Lottery jackpot reaches 100 000 000 euros|false" })
	void tellsAPhoneNumberInALine(String line, boolean phone) {
		assertThat(HeadlineFinder.hasPhoneNumber(line)).isEqualTo(phone);
	}

	// The languages' prompts, at the line's start or after a one-word label; a headline
	// that uses a prompt's word in another sense is none.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Sign in to your account or|true", "S'abonner - 2 mois pour 1 euro|true",
					"Ich bin einverstanden, dass mein Kind die App nutzt|true",
					"Tipp: du kannst mit der Tastatur blättern|true", "Iniciar sesión con tu cuenta|true",
					"Subscribers flee as prices rise|false", "Tipp: So sparen Sie Strom im Winter|false",
					"Abonnenten verlassen den Dienst|false", "Register of voters opens in May|false" })
	void tellsAPromptFromAHeadline(String line, boolean prompt) {
		assertThat(HeadlineFinder.isPrompt(Texts.key(line))).isEqualTo(prompt);
	}

	// Six capitalised words or more without a function word of any language are menu
	// entries; headlines in title case have theirs.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Klimakrise Verkehr Menschenrechte Feminismus Service Lobbyismus Energie Klima|true",
					"Politics Business Technology Science Health Sports Culture Travel|true",
					"Biden Announces Student Loan Forgiveness Plan|false",
					"Add A Simple Payment Button To Your Site|false",
					"Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen|false",
					"Politics Business Technology|false", "Biden Wins: Democrats Celebrate Across America|false" })
	void tellsARunOfCapitalisedMenuWordsFromAHeadline(String line, boolean menu) {
		assertThat(HeadlineFinder.isCapitalisedMenu(line)).isEqualTo(menu);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "Give a Gift Subscription this link opens in a new tab|true",
					"Click to print (Opens in new window)|true", "Gebärdensprache Im neuen Tab öffnen|true",
					"Plan du site (nouvelle fenêtre)|true", "Black Women Deserve More Wig Options|false",
					"Why a new window tax opens old wounds|false", "Ein neues Fenster in die Vergangenheit|false" })
	void tellsALinkToANewWindowFromAHeadline(String line, boolean link) {
		assertThat(HeadlineFinder.isNewWindowLink(line)).isEqualTo(link);
	}

	// The title found (the first line) and the lines under it: what is left once a bare
	// copy next to it shows what was glued on.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a breadcrumb glued before the headline|Home Gesellschaft Community Interview mit Rainer Teuber – #OutInChurch / Interview mit Rainer Teuber – #OutInChurch|Interview mit Rainer Teuber – #OutInChurch",
			"a Bengali breadcrumb|হোম বাংলাদেশ এমপির ভাইকে নিজ বাড়ির সামনেই কুপিয়ে হত্যা / এমপির ভাইকে নিজ বাড়ির সামনেই কুপিয়ে হত্যা|এমপির ভাইকে নিজ বাড়ির সামনেই কুপিয়ে হত্যা",
			"a site name glued after it|Precio del petróleo cae a un mínimo de 18 años - El Sol De Mazatlán / Menú / Precio del petróleo cae a un mínimo de 18 años|Precio del petróleo cae a un mínimo de 18 años",
			"a rating after it|Eine realistische Interpretation des Multiplikators 3.17 5 12 / Eine realistische Interpretation des Multiplikators|Eine realistische Interpretation des Multiplikators",
			"one word more is the headline's own|Through the Darkest of Times review / Through The Darkest Of Times|Through the Darkest of Times review",
			"a teaser cut short is no bare copy|Legende stellt sich vor den Trainer: Er macht einen guten Job / Legende stellt sich vor den Trainer: Er macht ...|Legende stellt sich vor den Trainer: Er macht einen guten Job",
			"no copy, nothing cut|Council approves the plan after a long debate / By Ann Carter|Council approves the plan after a long debate" })
	void cutsWhatWasGluedToTheHeadline(String name, String page, String expected) {
		List<Paragraph> paragraphs = paragraphsOf(page);
		Extracted<String> title = Extracted.fromText(paragraphs.get(0).text(), 1);
		assertThat(HeadlineFinder.withoutGluedParts(paragraphs, title).value()).isEqualTo(expected);
	}

	// The page (its title first) and the title found, marked with ">>": the headline
	// whole when the page title names a nearby line whole and holds the title found only
	// as its end or start; the title found otherwise.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					a name set apart in a kicker;Anna Berg becomes the new head of the port authority - Harbour Gazette / Home / Anna Berg becomes the new head of the port authority / Port expert to lead the harbour / : / >>Berg becomes the new head of the port authority;Anna Berg becomes the new head of the port authority
					a mark before the page title;▷ Polizei Rheine: Unfallflucht auf der Emsstraße | Presseportal / Polizei Rheine: Unfallflucht auf der Emsstraße / Blaulicht / >>Unfallflucht auf der Emsstraße;Polizei Rheine: Unfallflucht auf der Emsstraße
					the page title names the title found whole;Berg becomes the new head of the port authority - Harbour Gazette / Anna Berg becomes the new head of the port authority / >>Berg becomes the new head of the port authority;Berg becomes the new head of the port authority
					a longer line that does not hold the title found;Anna Berg becomes the new head of the port authority - Harbour Gazette / Anna Berg becomes the new head of the port authority, the council says / >>Berg becomes the new head of the port authority;Berg becomes the new head of the port authority
					no line names it whole;Anna Berg becomes the new head of the port authority - Harbour Gazette / Menu / >>Berg becomes the new head of the port authority;Berg becomes the new head of the port authority
					""")
	void takesTheHeadlineThePageTitleNamesWhole(String name, String page, String expected) {
		List<Paragraph> paragraphs = paragraphsOf(page);
		int found = 1;
		while (!page.split(" / ")[found - 1].startsWith(">>")) {
			found++;
		}
		Extracted<String> title = Extracted.fromText(paragraphs.get(found - 1).text(), found);
		assertThat(HeadlineFinder.namedWhole(paragraphs, title).value()).isEqualTo(expected);
	}

	// The page title (the first line) and a line: whether the title names the line as
	// its part before a site separator, and the site's name it gives. An old blog
	// theme's "Post « Blog" names the blog after the guillemet; a French title's
	// guillemet after a colon, or one a closing guillemet follows, opens a quote; a
	// headline's own dash stays in the part before the blog's name ("*": the site's
	// name not asked, as the dash, the first separator tried, gives it). A trail of
	// marks pointing back to a headline longer than what stands before it names no
	// site (review40b).
	@ParameterizedTest(name = "{0} / {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Old pool shuts « Town Notes | Old pool shuts | true | Town Notes
			Le maire : « Nous rouvrirons » | Le maire : | false | -
			Le maire : « Nous rouvrirons le port | Le maire : | false | -
			Un « vrai » port - Le Journal | Un « vrai » port | true | Le Journal
			Week 14 - 20 « Town Notes | Week 14 - 20 | true | *
			Home « News « Council approves new cycle lanes | Home « News | false | -
			""")
	void readsTheSiteAfterAGuillemetInThePageTitle(String pageTitle, String line, boolean named, String site) {
		HeadlineFinder.PageTitle title = HeadlineFinder.PageTitle.of(List.of(new Paragraph(pageTitle, 1)));
		assertThat(title.confirms(line)).isEqualTo(named);
		if (!"*".equals(site)) {
			assertThat(title.siteName()).isEqualTo(site);
		}
	}

	@Test
	void aLineIsRepeatedWhenShownAtTheHeadAndAgainAwayFromIt() {
		String longLine = "A paragraph of running text that the page shows twice. ".repeat(6).strip();
		List<String> lines = new ArrayList<>(List.of("Home", "World", "Sport"));
		for (int i = 0; i < 90; i++) {
			lines.add("Teaser number " + i);
		}
		lines.add("Rates rise again");
		lines.add(longLine);
		int start = lines.size() - 1;
		lines.add("The central bank raised its rate for the third time this year.");
		lines.add("Share this article");
		lines.add("Rates rise again");
		lines.add("World");
		lines.add(longLine);
		List<Paragraph> paragraphs = paragraphsOf(String.join(" / ", lines));
		Set<String> repeated = HeadlineFinder.repeatedKeys(paragraphs, start);

		// the headline shown again in a share box; a menu entry far above the head and
		// at the foot is not at the head; a paragraph is no headline-sized line
		assertThat(repeated).containsExactly(Texts.key("Rates rise again"));
		for (Paragraph block : paragraphs) {
			assertThat(HeadlineFinder.isRepeated(paragraphs, start, block.headlineKey())).as(block.text())
				.isEqualTo(repeated.contains(block.headlineKey()));
		}
	}

	// A page's lines separated by " / ", the one that a title was found in marked ">>".
	private static List<Paragraph> paragraphsOf(String page) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String line : page.split(" / ")) {
			String text = line.startsWith(">>") ? line.substring(2) : line;
			paragraphs.add(new Paragraph(text, paragraphs.size() + 1));
		}
		return paragraphs;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Home » News » Council approves the new tram line|Council approves the new tram line",
			"Home / India News / Council approves the new tram line|Council approves the new tram line",
			"Home > News > Council approves the new tram line|Council approves the new tram line",
			"Council approves the new tram line on 12/05 for 3/4 of the city|Council approves the new tram line on 12/05 for 3/4 of the city",
			"Council approves the new tram line»Home|Council approves the new tram line»Home",
			"Council approves the new tram line|Council approves the new tram line" })
	void readsTheHeadlineAfterItsTrailOnly(String block, String headline) {
		// a separator's character without its spaces, or none, cuts nothing
		assertThat(HeadlineFinder.afterTrail(block)).isEqualTo(headline);
	}

}
