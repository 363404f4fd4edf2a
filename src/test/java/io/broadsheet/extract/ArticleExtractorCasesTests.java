package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short texts shaped like real scraped pages (agencies, think tanks, blogs, regional
 * outlets; English, German, French, Spanish, Italian, Portuguese, Dutch and Russian),
 * each with every field it must yield. A {@code null} title means "none in the text:
 * derived"; a {@code null} author list, date or publisher means "the text does not say".
 */
class ArticleExtractorCasesTests {

	private final ArticleExtractor extractor = new ArticleExtractor();

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void extractsEveryField(Case expected) {
		ParsedArticle article = this.extractor.extract(expected.text().getBytes(StandardCharsets.UTF_8), null);
		if (expected.title() != null) {
			assertThat(article.title()).as("title").isNotNull();
			assertThat(article.title().value()).as("title").isEqualTo(expected.title());
			assertThat(article.title().source()).as("title source").isEqualTo(Source.TEXT);
		}
		else {
			assertThat(article.title().source()).as("title source").isEqualTo(Source.DERIVED);
			assertThat(article.body()).as("derived title").startsWith(stripEllipsis(article.title().value()));
		}
		assertThat(article.authorNames()).as("authors").isEqualTo(expected.authors());
		assertThat(value(article.publishedDate())).as("date").isEqualTo(expected.date());
		assertThat(value(article.publisher())).as("publisher").isEqualTo(expected.publisher());
		assertThat(article.body()).as("body").startsWith(expected.bodyStart()).endsWith(expected.bodyEnd());
		for (String absent : expected.absent()) {
			assertThat(article.body()).as("body").doesNotContain(absent);
		}
		assertThat(article.body()).as("body").doesNotContain("\n\n\n").doesNotStartWith("\n");
		assertThat(article.warnings()).isEmpty();
	}

	private static String stripEllipsis(String title) {
		return title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
	}

	private static <T> T value(Extracted<T> extracted) {
		return (extracted != null) ? extracted.value() : null;
	}

	static Stream<Case> cases() {
		return Stream.of(
				c("agency byline and credit line",
						"""
								Armenia to hold talks with Azerbaijan next month
								By Lena Petrova
								March 4, 2025 11:02 AM GMT
								YEREVAN, March 4 (Reuters) - Armenia will hold a new round of peace talks with Azerbaijan next month, the foreign ministry said on Tuesday.
								The talks will take place in Washington, officials said.
								(Reporting by Lena Petrova; Editing by Mark Heinrich)
								""",
						"Armenia to hold talks with Azerbaijan next month", "Lena Petrova", "2025-03-04", null,
						"YEREVAN, March 4 (Reuters) - Armenia", "officials said.", "Editing", "Mark Heinrich"),
				c("agency credit line gives writers, not editors",
						"""
								Turkey's central bank holds rates steady
								ISTANBUL, June 12 (Reuters) - Turkey's central bank kept its key rate unchanged at 46% on Thursday, in line with expectations, as inflation continued to ease.
								The bank said it would keep a tight stance until price stability is achieved.
								(Reporting by Ali Kucukgocmen and Ezgi Erkoyun; Writing by Jonathan Spicer; Editing by Daren Butler)
								""",
						"Turkey's central bank holds rates steady", "Ali Kucukgocmen;Ezgi Erkoyun;Jonathan Spicer",
						null, null, "ISTANBUL, June 12", "price stability is achieved.", "Daren Butler"),
				c("think tank with two bios under about the authors",
						"""
								Home > Analysis > Security
								The Black Sea After the Grain Deal
								Policy Brief
								14 February 2024
								The collapse of the grain deal in July 2023 reshaped shipping in the Black Sea. Insurers raised premiums and traffic fell for weeks.
								Ukraine has since built a corridor hugging the western coast, protected by drones and coastal missiles.
								About the authors
								Maria Lind is a senior fellow at the Nordic Security Institute.
								David Okafor is a research analyst at the same institute, focusing on maritime security.
								The views expressed are those of the authors and do not necessarily reflect the views of the Nordic Security Institute.
								""",
						"The Black Sea After the Grain Deal", "Maria Lind;David Okafor", "2024-02-14",
						"Nordic Security Institute", "The collapse of the grain deal", "coastal missiles.",
						"Policy Brief", "senior fellow", "views expressed", "Home"),
				c("wordpress blog with share widgets and leave a reply",
						"""
								Why I Moved My Newsletter Off Substack

								Posted by Hannah Berg

								January 9, 2024

								Tags: newsletters, publishing

								After four years on Substack I moved my newsletter to a self-hosted setup. The reasons were mostly about control over the list.

								The migration took a weekend. Exporting subscribers was easy; moving the archive was not.

								Share this:
								Twitter
								Facebook
								Like this:
								Like Loading...

								Leave a Reply
								""",
						"Why I Moved My Newsletter Off Substack", "Hannah Berg", "2024-01-09", null,
						"After four years on Substack", "moving the archive was not.", "Tags", "Share", "Twitter",
						"Like", "Leave a Reply"),
				c("regional outlet with widget date line and domain sign-off", """
						 date 2024-11-20 + ↺ − 16 px

						Baku hosts regional energy forum

						The forum gathered ministers from six countries to discuss gas exports and new interconnectors.

						Participants agreed to meet again next year in Tbilisi.

						Trend.Az
						""", "Baku hosts regional energy forum", null, "2024-11-20", "Trend.Az",
						"The forum gathered ministers", "next year in Tbilisi.", "px", "Trend.Az"),
				c("russian news with breadcrumbs, byline, caption and source",
						"""
								Главная » Новости » Политика
								Лавров провёл переговоры с Мирзояном в Москве
								12 марта 2024, 15:40
								Автор: Ирина Смирнова
								Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с армянским коллегой Араратом Мирзояном. Стороны обсудили мирный договор.
								По словам Лаврова, Москва готова содействовать нормализации отношений.
								Фото: ТАСС
								Поделиться
								Читайте также: Что изменилось в ОДКБ
								Источник: ТАСС
								""",
						"Лавров провёл переговоры с Мирзояном в Москве", "Ирина Смирнова", "2024-03-12", "ТАСС",
						"Министр иностранных дел России", "нормализации отношений.", "Главная", "Фото", "Поделиться",
						"Читайте", "Источник"),
				c("german news with two authors, labelled date and reading time",
						"""
								Startseite / Politik / Ausland
								Armenien sucht neue Partner im Westen
								Von Katrin Bauer und Jonas Weber
								Veröffentlicht am 03.05.2024 um 10:15 Uhr
								Lesezeit: 4 Min.
								Armenien will seine Sicherheitspolitik breiter aufstellen. Die Regierung in Eriwan verhandelt mit Frankreich und Indien über Waffen.
								Moskau reagiert darauf gereizt, kann aber kaum Alternativen anbieten.
								Mehr zum Thema
								Georgien: Proteste gehen weiter
								""",
						"Armenien sucht neue Partner im Westen", "Katrin Bauer;Jonas Weber", "2024-05-03", null,
						"Armenien will seine Sicherheitspolitik", "kaum Alternativen anbieten.", "Lesezeit",
						"Startseite", "Mehr zum Thema", "Proteste"),
				c("french opinion with published and updated times and a bio",
						"""
								Opinion
								Le Caucase du Sud, nouveau terrain de rivalités
								Par Claire Dubois
								Publié le 12 février 2024 à 08h30, mis à jour le 13 février 2024 à 10h05
								Depuis la guerre de 2020, l’équilibre régional a profondément changé. La Russie a perdu une partie de son influence dans la région.
								L’Union européenne, longtemps absente, a déployé une mission civile le long de la frontière arménienne.
								Claire Dubois est chercheuse associée à l’Institut d’études caucasiennes.
								Partager
								""",
						"Le Caucase du Sud, nouveau terrain de rivalités", "Claire Dubois", "2024-02-12", null,
						"Depuis la guerre de 2020", "frontière arménienne.", "Opinion", "chercheuse", "Partager"),
				c("spanish news with two authors and a time zone",
						"""
								Internacional
								Armenia y Azerbaiyán firman un acuerdo de paz preliminar
								Por Javier Morales y Lucía Vega
								4 de diciembre de 2025 - 18:20 CET
								Los ministros de Exteriores de Armenia y Azerbaiyán firmaron este jueves en Washington un texto preliminar hacia un tratado de paz.
								El acuerdo incluye la delimitación de fronteras y la apertura de comunicaciones.
								Compartir
								Comentarios
								""",
						"Armenia y Azerbaiyán firman un acuerdo de paz preliminar", "Javier Morales;Lucía Vega",
						"2025-12-04", null, "Los ministros de Exteriores", "apertura de comunicaciones.",
						"Internacional", "Compartir", "Comentarios"),
				c("italian news with lower-case byline label",
						"""
								Esteri
								Armenia, il governo accelera sull'adesione all'Ue
								di Marco Rossi
								24 ottobre 2023
								Il parlamento di Erevan ha approvato in prima lettura la legge che avvia il processo di adesione all'Unione europea.
								Il voto definitivo è atteso entro la fine dell'anno.
								Leggi anche: La Georgia e le proteste
								""",
						"Armenia, il governo accelera sull'adesione all'Ue", "Marco Rossi", "2023-10-24", null,
						"Il parlamento di Erevan", "entro la fine dell'anno.", "Esteri", "Leggi anche"),
				c("portuguese news with month name between de",
						"""
								Armênia e Rússia: uma aliança em crise
								Por Ana Souza
								12 de março de 2024
								A Armênia congelou sua participação na aliança militar liderada pela Rússia e busca novos parceiros no Ocidente, segundo analistas.
								Moscou reagiu com irritação.
								""",
						"Armênia e Rússia: uma aliança em crise", "Ana Souza", "2024-03-12", null, "A Armênia congelou",
						"Moscou reagiu com irritação.", "Por Ana"),
				c("dutch news with a name particle",
						"""
								Armenië zoekt toenadering tot Europa
								Door Jan de Vries
								De Armeense regering wil nauwere banden met de Europese Unie en heeft een wet aangenomen die een toetredingsproces begint.
								Rusland reageerde koel.
								""",
						"Armenië zoekt toenadering tot Europa", "Jan de Vries", null, null, "De Armeense regering",
						"Rusland reageerde koel.", "Door"),
				c("caption naming a politician is no author and no title",
						"""
								Photo: Armenian Prime Minister Nikol Pashinyan speaks in parliament. (Reuters)
								Armenia’s parliament voted on Wednesday to ratify the border commission’s regulations, a step toward demarcating the frontier.
								The opposition walked out before the vote.
								""",
						null, null, null, null, "Armenia’s parliament voted on Wednesday",
						"walked out before the vote.", "Photo", "Pashinyan"),
				c("russian caption is dropped",
						"""
								Фото: Никол Пашинян на заседании правительства
								Правительство Армении одобрило проект бюджета на 2025 год. Расходы на оборону вырастут на 20 процентов, сообщил министр финансов.
								Бюджет будет внесён в парламент в сентябре.
								""",
						null, null, null, null, "Правительство Армении одобрило", "в парламент в сентябре.", "Фото",
						"Пашинян"),
				c("repeated title line is one title",
						"""
								Georgia Passes Foreign Agents Law
								Georgia Passes Foreign Agents Law
								By Nino Kapanadze
								May 14, 2024
								Georgia's parliament passed the contested law on Tuesday despite weeks of mass protests in Tbilisi and warnings from Brussels.
								The president has vowed to veto it.
								""",
						"Georgia Passes Foreign Agents Law", "Nino Kapanadze", "2024-05-14", null,
						"Georgia's parliament passed", "vowed to veto it.", "Foreign Agents Law"),
				c("today-is header is not a publication date and site name is not a title",
						"""
								Today is Thursday, 5 December 2025
								Caucasus Daily
								Pipeline talks stall over transit fees
								Negotiators from three countries failed to agree on transit fees for the planned pipeline, officials said on Wednesday.
								Another round is expected in January.
								""",
						"Pipeline talks stall over transit fees", null, null, null, "Negotiators from three countries",
						"expected in January.", "Today", "Caucasus Daily"),
				c("date inside the first sentence is not a publication date",
						"""
								On 12 March 2024, the government announced a new visa regime for foreign journalists. Critics say the rules are vague and could be abused.
								The rules take effect in June.
								""",
						null, null, null, null, "On 12 March 2024, the government announced", "take effect in June."),
				c("quoted person in an interview is not the author",
						"""
								Interview: “We Are Not Leaving the Alliance”
								By Sofia Marchetti
								June 3, 2025
								Armen Sargsyan, a former official, spoke to us about the state of relations with Moscow and the future of the alliance.
								“We are not leaving the alliance, but we are no longer relying on it,” said Armen Sargsyan in Yerevan on Monday.
								""",
						"Interview: “We Are Not Leaving the Alliance”", "Sofia Marchetti", "2025-06-03", null,
						"Armen Sargsyan, a former official", "in Yerevan on Monday."),
				c("interview title naming the interviewee",
						"""
								Interview with Nikol Pashinyan: “Peace Is Within Reach”
								By Elena Costa
								Q: Prime Minister, how close is a peace treaty with Azerbaijan after the latest round of talks in Washington?
								A: Closer than ever. Most articles are agreed.
								""",
						"Interview with Nikol Pashinyan: “Peace Is Within Reach”", "Elena Costa", null, null,
						"Q: Prime Minister", "Most articles are agreed."),
				c("editor credit is not an author",
						"""
								EU extends monitoring mission in Armenia
								Edited by Paul Stone
								The European Union extended its civilian monitoring mission in Armenia for two more years, the council said on Monday.
								The mission patrols the border with Azerbaijan.
								""",
						"EU extends monitoring mission in Armenia", null, null, null, "The European Union extended",
						"border with Azerbaijan.", "Paul Stone"),
				c("staff byline gives no author and leaves the body",
						"""
								Gas prices fall across Europe
								By Staff
								Published: 2 February 2024
								Wholesale gas prices in Europe fell to their lowest level in three years as storage sites remained almost full after a mild winter.
								Traders expect prices to stay low through spring.
								""",
						"Gas prices fall across Europe", null, "2024-02-02", null, "Wholesale gas prices",
						"low through spring.", "Staff", "Published"),
				c("two authors joined by ampersand and a two-digit year",
						"""
								How Drones Changed the Karabakh War
								by Tom Hart & Elena Costa
								8 Sep 23
								Cheap drones gave Azerbaijan a decisive edge in 2020, destroying Armenian armour and air defences in the first days of the war.
								Three years on, both sides are racing to build their own fleets.
								""",
						"How Drones Changed the Karabakh War", "Tom Hart;Elena Costa", "2023-09-08", null,
						"Cheap drones gave Azerbaijan", "build their own fleets.", "8 Sep"),
				c("headings and list items stay as paragraphs",
						"""
								Five Things to Know About the Middle Corridor
								By Aigerim Sadykova
								April 2, 2024
								The Middle Corridor links China to Europe through Central Asia and the Caucasus, avoiding Russian territory entirely.
								Why it matters
								Trade along the route tripled in 2022 as shippers looked for alternatives.
								1. It crosses the Caspian Sea by ferry.
								2. It depends on ports in Aktau and Baku.
								3. Capacity is still limited.
								""",
						"Five Things to Know About the Middle Corridor", "Aigerim Sadykova", "2024-04-02", null,
						"The Middle Corridor links",
						"Russian territory entirely.\n\nWhy it matters\n\nTrade along the route tripled in 2022 as shippers looked for alternatives.\n\n1. It crosses the Caspian Sea by ferry.\n\n2. It depends on ports in Aktau and Baku.\n\n3. Capacity is still limited."),
				c("hard-wrapped newsletter text is rejoined", """
						Armenia's Quiet Budget Revolution

						By Daniel Hayes

						Yerevan's 2025 budget raises defence spending by a fifth, the
						biggest increase since independence, while keeping the deficit
						under three percent of GDP.

						Most of the new money goes to air defence and to salaries for
						contract soldiers, according to the finance ministry.
						""", "Armenia's Quiet Budget Revolution", "Daniel Hayes", null, null,
						"Yerevan's 2025 budget raises defence spending by a fifth, the biggest increase since independence, while keeping the deficit under three percent of GDP.\n\nMost of the new money",
						"contract soldiers, according to the finance ministry."),
				c("site name, breadcrumbs and font widget above the headline",
						"""
								Caucasus.news
								Home | World | Caucasus
								A A A
								Tbilisi braces for another night of protests
								04.12.2024 | 21:15
								Thousands gathered outside parliament for the seventh night in a row, demanding new elections and the release of detained activists.
								Police used water cannon shortly after midnight.
								""",
						"Tbilisi braces for another night of protests", null, "2024-12-04", "Caucasus.news",
						"Thousands gathered outside parliament", "shortly after midnight.", "Home", "A A A", "21:15"),
				c("think tank with references and disclaimer",
						"""
								The Limits of Russian Leverage in Central Asia
								Commentary
								Published 21 August 2024
								Author: Laura Keller
								Russia remains Central Asia's main security partner, but its leverage is eroding as China and Turkey expand their presence.
								Kazakhstan and Uzbekistan have diversified their arms purchases since 2022.
								References
								[1] Smith, J. (2019). The Caucasus in Transition. Oxford University Press.
								[2] Lee, K. (2022). Eurasian Security. Routledge.
								Disclaimer: The views expressed in this commentary are those of the author and do not necessarily reflect the position of the Eurasia Policy Institute.
								""",
						"The Limits of Russian Leverage in Central Asia", "Laura Keller", "2024-08-21",
						"Eurasia Policy Institute", "Russia remains Central Asia's", "arms purchases since 2022.",
						"References", "Oxford University Press", "Disclaimer", "Commentary"),
				c("spanish closing bio gives the author",
						"""
								La nueva política exterior de Armenia
								Armenia ha iniciado un giro diplomático que la aleja de Rusia y la acerca a Europa, aunque sin romper formalmente con Moscú.
								Ese equilibrio será difícil de mantener si la presión rusa aumenta.
								Javier Morales es investigador del Real Instituto de Estudios Internacionales y profesor en la Universidad de Salamanca.
								""",
						"La nueva política exterior de Armenia", "Javier Morales", null, null,
						"Armenia ha iniciado un giro", "si la presión rusa aumenta.", "investigador"),
				c("german closing bio and no headline",
						"""
								Die Beziehungen zwischen Armenien und Russland sind auf einem Tiefpunkt. Eriwan hat seine Mitarbeit in der OVKS eingefroren.
								Ob daraus eine dauerhafte Neuausrichtung wird, ist offen.
								Jonas Weber ist Politikwissenschaftler an der Universität Wien und forscht zum Südkaukasus.
								""",
						null, "Jonas Weber", null, null, "Die Beziehungen zwischen Armenien", "ist offen.",
						"Politikwissenschaftler"),
				c("russian closing bio after a dash",
						"""
								Россия и Армения: пределы сближения
								Визит Лаврова в Ереван показал, что Москва и Ереван готовы к диалогу, но не к восстановлению прежнего союза. Стороны избегали острых тем.
								Армения продолжает диверсифицировать внешнюю политику.
								Ирина Смирнова — политолог, ведущий научный сотрудник Института Европы РАН.
								""",
						"Россия и Армения: пределы сближения", "Ирина Смирнова", null, null, "Визит Лаврова в Ереван",
						"диверсифицировать внешнюю политику.", "политолог"),
				c("closing sentence about a quoted person is no bio",
						"""
								Analysts See Little Change After Vote
								Voters returned the ruling party to power on Sunday with a reduced majority, according to preliminary results from the election commission.
								“The result shows fatigue, not a desire for radical change,” said Anna Petrosyan, who teaches politics in Yerevan.
								Anna Petrosyan is a professor of political science at Yerevan State University.
								""",
						"Analysts See Little Change After Vote", null, null, null, "Voters returned the ruling party",
						"at Yerevan State University."),
				c("photo credit with by is not a byline",
						"""
								NATO Opens Liaison Office in the Region
								Photo by Ivan Petrov/Getty Images
								By Hannah Berg
								NATO opened a liaison office on Monday, a move Moscow called a provocation and Western officials described as routine.
								The office will have a staff of twelve.
								""",
						"NATO Opens Liaison Office in the Region", "Hannah Berg", null, null,
						"NATO opened a liaison office", "a staff of twelve.", "Ivan Petrov"),
				c("source line with a link gives the host",
						"""
								Armenia Plans New Nuclear Reactor
								Armenia has begun talks with several countries on building a new nuclear reactor to replace the ageing Metsamor plant by 2036.
								Officials said a decision on the vendor is expected next year.
								Source: https://www.azatutyun.am/a/33012345.html
								""",
						"Armenia Plans New Nuclear Reactor", null, null, "azatutyun.am", "Armenia has begun talks",
						"expected next year.", "Source", "https"),
				c("reference dates are not publication dates but a published line is",
						"""
								Water Scarcity in the South Caucasus
								Rivers shared by Armenia, Azerbaijan and Georgia are losing volume as glaciers retreat and irrigation expands across the plains.
								Cooperation on water data remains limited despite several donor-funded projects.
								• Hovhannisyan, A. “Glaciers of Armenia.” Journal of Mountain Science, 4/8/2019.
								• Aliyev, R. “Kura Basin Management.” Baku University Press, 2021.
								Published on 7 March 2024
								""",
						"Water Scarcity in the South Caucasus", null, "2024-03-07", null, "Rivers shared by Armenia",
						"donor-funded projects.", "Glaciers", "Published"),
				c("updated date is used when it is the only one",
						"""
								Ceasefire Holds for Third Day
								Updated: 14 June 2024, 09:10 BST
								The ceasefire along the line of contact held for a third day, both defence ministries said, despite isolated reports of gunfire.
								Monitors will visit the area on Friday.
								""",
						"Ceasefire Holds for Third Day", null, "2024-06-14", null, "The ceasefire along the line",
						"visit the area on Friday.", "Updated"),
				c("published wins over updated",
						"""
								Armenia and Azerbaijan Agree on Border Section
								Updated 5 May 2024
								Published 3 May 2024
								Both governments said on Friday they had agreed on the first section of their border, near four villages in the north.
								Residents worry about losing access to farmland.
								""",
						"Armenia and Azerbaijan Agree on Border Section", null, "2024-05-03", null,
						"Both governments said", "access to farmland."),
				c("ambiguous numeric date gives no date",
						"""
								Small Businesses Struggle With New Tax
								03/04/2025
								Shop owners in Gyumri say a new turnover tax has cut their margins, and several have already closed their doors this winter.
								The ministry says the tax affects only larger firms.
								""",
						"Small Businesses Struggle With New Tax", null, null, null, "Shop owners in Gyumri",
						"only larger firms.", "03/04/2025"),
				c("markdown headline, emphasised byline and subheading",
						"""
								# Central Asia's Water Wars

								*By Aigerim Sadykova*

								Disputes over water between Kyrgyzstan and Tajikistan have turned deadly twice since 2021, and experts warn it will get worse.

								## A shared problem

								Both countries depend on rivers that rise in the Pamirs.
								""",
						"Central Asia's Water Wars", "Aigerim Sadykova", null, null, "Disputes over water",
						"rise in the Pamirs.", "#", "*"),
				c("page title with site suffix",
						"""
								Armenia Turns West as Moscow Looks On | Caucasus Watch
								By Tom Hart
								Armenia's government has signed a series of agreements with the EU and the US, a shift Moscow watches with growing irritation.
								Russian officials have warned of consequences.
								""",
						"Armenia Turns West as Moscow Looks On", "Tom Hart", null, null,
						"Armenia's government has signed", "warned of consequences."),
				c("agency tag and dateline with date",
						"""
								Azerbaijan frees four Armenian prisoners
								AFP
								Baku, 13 January 2024
								Azerbaijan released four Armenian prisoners on Saturday as part of a confidence-building deal, officials in both countries said.
								The men had been held since 2020.
								""",
						"Azerbaijan frees four Armenian prisoners", null, "2024-01-13", null,
						"Azerbaijan released four", "held since 2020.", "AFP"),
				c("bare name under headline, reading time and last updated",
						"""
								Opinion
								Why the Zangezur Corridor Still Matters
								Dr. Kamran Aliyev
								5 min read
								Last updated: 30 January 2025
								The transport route through southern Armenia remains at the centre of negotiations between Baku and Yerevan, even after a draft deal.
								For Azerbaijan, the corridor would link the mainland to Nakhchivan.
								""",
						"Why the Zangezur Corridor Still Matters", "Kamran Aliyev", "2025-01-30", null,
						"The transport route through", "mainland to Nakhchivan.", "min read", "Opinion", "Aliyev"),
				c("blog posted-on line with date and author",
						"""
								Hiking the Transcaucasian Trail
								Posted on June 3, 2024 by Mia Chen
								The Transcaucasian Trail now links more than 800 kilometres of paths across Armenia and Georgia, and I walked the southern part.
								The route is well marked but water is scarce.
								""",
						"Hiking the Transcaucasian Trail", "Mia Chen", "2024-06-03", null, "The Transcaucasian Trail",
						"water is scarce.", "Posted"),
				c("copyright sign-off gives publisher and no date",
						"""
								Drought Hits Wheat Harvest
								Farmers in the Shirak region expect the smallest wheat harvest in a decade after a dry spring and a very hot June.
								The government has promised compensation.
								© 2024 Caucasus Business Week. All rights reserved.
								""",
						"Drought Hits Wheat Harvest", null, null, "Caucasus Business Week",
						"Farmers in the Shirak region", "promised compensation.", "©"),
				c("journal blurb and promo tail after a closing bio",
						"""
								Russia’s influence in the region is waning, and Moscow knows it. The Kremlin has fewer tools than it had a decade ago.
								Still, it retains leverage through energy and migration.
								Sofia Marchetti is a fellow at the Mediterranean Policy Forum.
								The Eastern Flank is the Mediterranean Policy Forum’s online journal on security in Europe’s east. Opinions are the author’s own.
								Eastern Flank Summit 2025
								Register now
								""",
						null, "Sofia Marchetti", null, "Mediterranean Policy Forum", "Russia’s influence in the region",
						"energy and migration.", "fellow", "Summit", "Register"),
				c("newsletter prompt and related links in the middle are dropped",
						"""
								Yerevan Metro Extension Approved
								By Daniel Hayes
								The city council approved a two-station extension of the metro on Tuesday, the first expansion of the network since 1996.
								Subscribe to our newsletter
								Construction is due to start next spring and take four years.
								Read more: Yerevan's transport plans
								The cost is estimated at 200 million dollars.
								""",
						"Yerevan Metro Extension Approved", "Daniel Hayes", null, null, "The city council approved",
						"estimated at 200 million dollars.", "Subscribe", "Read more"),
				c("ukrainian-style byline and russian month abbreviation",
						"""
								Энергетика Армении: курс на диверсификацию
								Автор: Олег Иванов
								Опубликовано: 5 дек. 2024
								Армения ведёт переговоры о поставках газа из Туркменистана через Иран, чтобы снизить зависимость от российского газа.
								Решение ожидается в следующем году.
								""",
						"Энергетика Армении: курс на диверсификацию", "Олег Иванов", "2024-12-05", null,
						"Армения ведёт переговоры", "в следующем году.", "Опубликовано"),
				c("no metadata at all in a one-paragraph note",
						"""
								Short note: the archive will be offline on Sunday for maintenance, and all links will work again on Monday morning.
								""",
						null, null, null, null, "Short note: the archive", "on Monday morning."),
				c("newspaper layout with kicker, age notice, standfirst and topic tail",
						"""
								Armenia
								This article is more than 1 year old
								Armenia's leader says country will leave Russia-led alliance
								Nikol Pashinyan says Yerevan will quit the CSTO after accusing it of failing to protect the country
								Andrew Roth in Moscow
								Thu 4 Dec 2025 12.30 GMT
								Share
								Armenia's prime minister has said his country will leave the Russia-led Collective Security Treaty Organization, in the sharpest break yet.
								Speaking in parliament, Nikol Pashinyan said the alliance had failed to meet its obligations.
								Explore more on these topics
								Armenia
								Russia
								Europe
								Reuse this content
								""",
						"Armenia's leader says country will leave Russia-led alliance", "Andrew Roth", "2025-12-04",
						null, "Armenia's prime minister has said", "failed to meet its obligations.", "year old",
						"Andrew Roth", "12.30", "Explore", "Europe", "Reuse", "Yerevan will quit the CSTO"),
				c("broadcaster layout with outlet in byline, source line and contributor note",
						"""
								Skip to main content
								Menu
								Search
								Politics
								Armenia, Azerbaijan sign peace deal at White House
								By Maria Lopez and Ali Khan, CNN
								Updated 5:31 PM EDT, Fri August 8, 2025
								Source: CNN
								Armenia and Azerbaijan signed a US-brokered peace declaration at the White House on Friday, ending decades of conflict.
								The deal creates a transit route through southern Armenia.
								CNN's Kylie Atwood contributed to this report.
								""",
						"Armenia, Azerbaijan sign peace deal at White House", "Maria Lopez;Ali Khan", "2025-08-08",
						"CNN", "Armenia and Azerbaijan signed", "through southern Armenia.", "Skip", "Menu",
						"Kylie Atwood", "Source"),
				c("travel blog with date-and-author line, affiliate notice and author box",
						"""
								Home » Blog » Travel
								10 Things to Do in Yerevan
								March 3, 2024 by Sarah Lopez 12 Comments
								This post may contain affiliate links.
								Yerevan is one of the oldest continuously inhabited cities in the world, and it has more to offer than most visitors expect.
								1. Visit the Cascade
								The Cascade is a giant stairway with views of Mount Ararat.
								2. Try the brandy
								About Sarah
								Sarah Lopez is a travel writer based in Lisbon.
								Leave a Comment
								Your email address will not be published. Required fields are marked *
								""",
						"10 Things to Do in Yerevan", "Sarah Lopez", "2024-03-03", null, "Yerevan is one of the oldest",
						"2. Try the brandy", "affiliate", "About Sarah", "travel writer", "email address"),
				c("think tank with bare-name byline, affiliation line and institutional disclaimer",
						"""
								Analysis
								The South Caucasus after Karabakh: three scenarios
								Thomas de Waal
								Senior Fellow, Carnegie Europe
								January 15, 2024
								The fall of Nagorno-Karabakh in September 2023 closed one chapter of the region's history and opened another, still uncertain.
								Three scenarios stand out.
								Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s) and do not necessarily reflect the views of Carnegie, its staff, or its trustees.
								""",
						"The South Caucasus after Karabakh: three scenarios", "Thomas de Waal", "2024-01-15",
						"Carnegie", "The fall of Nagorno-Karabakh", "Three scenarios stand out.", "Senior Fellow",
						"trustees"),
				c("author line with three names and commas",
						"""
								The State of Press Freedom in the South Caucasus
								Authors: Nino Kapanadze, Armen Hakobyan and Leyla Mammadova
								March 2025 report
								Journalists in all three countries face growing legal pressure, from foreign agent laws to criminal defamation cases, our survey shows.
								Georgia saw the steepest decline.
								""",
						"The State of Press Freedom in the South Caucasus",
						"Nino Kapanadze;Armen Hakobyan;Leyla Mammadova", null, null, "March 2025 report",
						"steepest decline."),
				c("two-word headline above a byline",
						"""
								First Headline

								By Ann Carter

								The council approved the new budget on Tuesday after a long debate about school funding and road repairs.

								The mayor said the plan would be reviewed again in the spring, when new figures are due.
								""",
						"First Headline", "Ann Carter", null, null, "The council approved", "new figures are due.",
						"First Headline"),
				c("two-word headline above a date line",
						"""
								Tram Vote

								4 March 2025

								The city council will vote on the northern tram extension next week, after two years of planning and a public consultation.

								Opponents say the route cuts through a park.
								""",
						"Tram Vote", null, "2025-03-04", null, "The city council will vote", "through a park.",
						"Tram Vote"),
				c("two-word headline above byline and date line, German",
						"""
								Streik beendet

								Von Anna Becker

								12.03.2025

								Der Streik bei der Bahn ist beendet. Die Gewerkschaft und das Unternehmen haben sich in der Nacht auf einen neuen Tarifvertrag geeinigt.

								Ab Donnerstag fahren die Züge wieder nach Plan.
								""",
						"Streik beendet", "Anna Becker", "2025-03-12", null, "Der Streik bei der Bahn",
						"wieder nach Plan.", "Streik beendet"),
				c("section label above a byline is neither title nor body",
						"""
								World News

								By Omar Haddad

								Flooding in the north of the country has forced thousands of families from their homes, officials said on Monday.

								Rescue teams are working through the night.
								""",
						null, "Omar Haddad", null, null, "Flooding in the north", "through the night.", "World News"),
				c("single word above a byline is a section label, not a title",
						"""
								Lifestyle

								By Nora Quinn

								Cold-water swimming has become one of the fastest-growing pastimes in the country, with clubs reporting record numbers.

								Doctors advise newcomers to start slowly.
								""",
						null, "Nora Quinn", null, null, "Cold-water swimming", "to start slowly.", "Lifestyle"),
				c("site name above a byline is not a title",
						"""
								Caucasus Watch

								By Levan Beridze

								Georgia's parliament passed the budget for next year on Friday, with the opposition boycotting the vote.

								The budget raises defence spending by a fifth.
								""",
						null, "Levan Beridze", null, null, "Georgia's parliament passed", "by a fifth.",
						"Caucasus Watch"),
				c("short article of two short paragraphs keeps its body", """
						Short One

						By Greta Good

						The first paragraph of this article says something.

						A second paragraph follows it.
						""", "Short One", "Greta Good", null, null,
						"The first paragraph of this article says something.", "A second paragraph follows it.",
						"Short One", "Greta Good"),
				c("one-sentence news brief under a date line", """
						Bridge Closed

						4 March 2025

						The old river bridge is closed to traffic until Friday.
						""", "Bridge Closed", null, "2025-03-04", null, "The old river bridge is closed",
						"closed to traffic until Friday.", "Bridge Closed"),
				c("three-sentence brief with byline, date and share prompts", """
						Ferry Service Resumes After Storm
						By Tom Hart
						March 4, 2025
						Ferries to the islands are running again.
						The first boat left at seven.
						More to follow.
						Share this:
						Facebook
						Leave a reply
						""", "Ferry Service Resumes After Storm", "Tom Hart", "2025-03-04", null,
						"Ferries to the islands are running again.", "More to follow.", "Share this", "Leave a reply"),
				c("short brief with a comment count in the header and a source line at the end", """
						Tram Strike Called Off
						By Ines Vidal
						12 Comments
						The drivers' union called off Monday's strike.
						Talks resume next week.
						Source: Lisbon Daily Courier
						""", "Tram Strike Called Off", "Ines Vidal", null, "Lisbon Daily Courier",
						"The drivers' union called off", "Talks resume next week.", "12 Comments", "Source"),
				c("one-paragraph article under headline and byline",
						"""
								Museum Reopens Its Doors

								By Pablo Ruiz

								The city museum reopened on Saturday after a two-year renovation that added a new wing for contemporary art, a rooftop cafe and step-free access to every floor, and more than three thousand visitors came on the first day.

								Share this
								""",
						"Museum Reopens Its Doors", "Pablo Ruiz", null, null, "The city museum reopened",
						"on the first day.", "Share this"),
				c("article whose last paragraph is one short sentence, before a tail",
						"""
								Parliament to Decide on Tram Funding

								By Ann Carter

								The regional parliament will decide on Friday whether to fund the second tram line, which the city has planned for a decade.

								Supporters say the line would take thousands of cars off the road every day, while critics point to the rising cost of the project.

								The vote is on Friday.

								Related articles

								Tram line costs rise again
								""",
						"Parliament to Decide on Tram Funding", "Ann Carter", null, null, "The regional parliament",
						"The vote is on Friday.", "Related articles", "costs rise again"),
				c("one-line last paragraph after a share prompt stays in the body",
						"""
								Council Approves New Budget
								By Ann Carter
								March 4, 2025
								The city council approved next year's budget on Tuesday after a long debate about school funding.
								Share this article
								The vote was seven to two.
								""",
						"Council Approves New Budget", "Ann Carter", "2025-03-04", null, "The city council approved",
						"The vote was seven to two.", "Share this article"),
				c("print prompt inside an article leaves the body", """
						Library Extends Opening Hours
						By Tom Hart
						March 4, 2025
						The central library will open until nine on weekdays from next month, the city said.
						Print this page
						Readers asked for longer hours in a survey last year.
						""", "Library Extends Opening Hours", "Tom Hart", "2025-03-04", null,
						"The central library will open", "Readers asked for longer hours in a survey last year.",
						"Print this page"),
				c("a long comments section under a short article is not the article",
						"""
								Home
								Local
								Weather
								Sport
								Ferry Service to the Islands Resumes in May
								The old boat is back from the yard after a winter of repairs
								Nora Lind
								Island reporter
								Published: April 2, 2025
								The ferry to the outer islands will sail again from the first of May, after a winter in which the old boat was repaired at the yard in the harbour and the old wooden pier on the largest of the islands was rebuilt in stone.
								Tickets can be bought on board or at the harbour office, and the first crossing of the day will leave the town at seven in the morning as it did all of last summer, the operator said on Wednesday.
								Share
								Print
								More from Local
								CLOSED
								Bakery on Mill Street closes after forty years of baking bread
								DELAYS
								Road works in the old town will delay the buses until June
								OPEN
								A new playground opens by the river on Saturday morning
								PHOTOS
								Library asks its readers for old photographs of the harbour
								VOTE
								Council to vote on higher parking fees in the town centre
								MUSIC
								Choir from the islands wins the regional song contest
								SCHOOLS
								Two schools in the valley will share one head teacher
								MARKET
								Farmers' market moves to the square for the summer
								Comments
								Peter
								The summer timetable looks much the same as last year, which is good news for those of us who commute to the mainland for work every day of the week.
								Ingrid
								I hope they keep the early morning crossing, because without it the children on the islands cannot reach the school in town before the first lesson starts.
								Olav
								Last year the boat was late almost every Friday in June, and nobody at the harbour office could tell us why or when it would finally arrive at the pier.
								Marta
								It would help if the operator put the timetable on the notice board at the pier as well, since not everyone on the islands reads the news on a phone.
								Leave a comment
								""",
						"Ferry Service to the Islands Resumes in May", "Nora Lind", "2025-04-02", null,
						"The ferry to the outer islands", "the operator said on Wednesday.", "timetable",
						"early morning crossing", "after a winter of repairs"));
	}

	private static Case c(String name, String text, String title, String authors, String date, String publisher,
			String bodyStart, String bodyEnd, String... absent) {
		return new Case(name, text, title, (authors != null) ? Arrays.asList(authors.split(";")) : List.of(),
				(date != null) ? LocalDate.parse(date) : null, publisher, bodyStart, bodyEnd, List.of(absent));
	}

	record Case(String name, String text, String title, List<String> authors, LocalDate date, String publisher,
			String bodyStart, String bodyEnd, List<String> absent) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
