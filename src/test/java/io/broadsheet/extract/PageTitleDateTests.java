package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round dates61: a page whose only stamp is relative ("Published 3 hours ago", "vor 3
 * Stunden", "hace 3 horas") and whose page-title line names its day after the headline
 * ({@code Headline - December 3, 2026 - Site}, blind38's drive-in) is dated by that line.
 * Look-alikes: an event's page, whose text names the day again; a page with a date line
 * of its own; a title's date that is no part of its own.
 */
class PageTitleDateTests extends WholePageTests {

	// An English page of a mill's wheel under its page-title line, with the given line
	// under the byline: the page's stamp.
	private static String millPage(String stamp) {
		return """
				Old mill wheel turns again after forty years - December 3, 2026 - Valley Courier

				News

				Local

				Sports

				Old mill wheel turns again after forty years

				By Hannah Kessler

				%s

				The wheel of the Barton mill turned on Wednesday for the first time since the river was diverted in 1986.

				Volunteers spent four years rebuilding the sluice and the oak paddles, most of them by hand.

				The mill will open to visitors on weekends from April, the trust that owns it said.
				"""
			.formatted(stamp);
	}

	@Test
	void theTitleLinesDateDatesAPageStampedHoursAgo() {
		ParsedArticle article = extract(millPage("Published 3 hours ago"));
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aGermanTitleLinesDateDatesAPageStampedVorStunden() {
		ParsedArticle article = extract("""
				Alte Mühle dreht sich nach vierzig Jahren wieder - 3. Dezember 2026 - Talbote

				Nachrichten

				Region

				Sport

				Alte Mühle dreht sich nach vierzig Jahren wieder

				Von Hanna Keßler

				vor 3 Stunden

				Das Wasserrad der Bartmühle hat sich am Mittwoch zum ersten Mal seit 1986 wieder gedreht.

				Freiwillige haben vier Jahre lang die Schleuse und die Schaufeln aus Eichenholz erneuert.

				Die Mühle soll ab April an den Wochenenden für Besucher geöffnet sein, teilte der Verein mit.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aSpanishTitleLinesDateDatesAPageStampedHaceHoras() {
		ParsedArticle article = extract("""
				El viejo molino vuelve a girar tras cuarenta años – 17 de febrero de 2026 – El Correo del Valle

				Noticias

				Local

				Deportes

				El viejo molino vuelve a girar tras cuarenta años

				Por Ana Quesada

				hace 3 horas

				La rueda del molino de Barton giró el miércoles por primera vez desde que se desvió el río en 1986.

				Los voluntarios pasaron cuatro años reconstruyendo la compuerta y las palas de roble.

				El molino abrirá a los visitantes los fines de semana a partir de abril, según la asociación.
				""");
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 2, 17));
	}

	// Look-alike: an event's page, its day in the title and again in its text.
	@Test
	void anEventsDayTheTextNamesAgainDatesNothing() {
		ParsedArticle article = extract("""
				Winter market on the green - December 12, 2026 - Valley Courier

				News

				Events

				Sports

				Winter market on the green

				Updated 2 hours ago

				The winter market returns to the village green on Saturday, December 12, 2026, from ten in the morning.

				Forty stalls will sell food, crafts and Christmas trees, and the brass band will play at noon.

				Parking is free at the school, and a shuttle bus runs from the station every twenty minutes.
				""");
		assertThat(article.publishedDate()).isNull();
	}

	// Look-alike: the page's own date line wins over the title's day.
	@Test
	void aPagesOwnDateLineWinsOverTheTitlesDay() {
		ParsedArticle article = extract(millPage("December 2, 2026"));
		assertThat(article.publishedDate()).isNotNull();
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

	// Look-alike: a week's report whose title ends a range ("14. - 20. Januar 2022"),
	// and a date inside the headline's own words: no part after the headline.
	@Test
	void aTitlesDateThatIsNoPartOfItsOwnDatesNothing() {
		ParsedArticle range = extract("""
				Wochenbericht 14. - 20. Januar 2022 - Lawinenwarndienst

				Startseite

				Berichte

				Wochenbericht 14. - 20. Januar 2022

				In der vergangenen Woche fiel in den Nordalpen verbreitet 40 bis 60 Zentimeter Neuschnee.

				Die Lawinengefahr stieg am Wochenende vorübergehend auf Stufe 4 an.

				Ab Mittwoch setzte sich zunehmend Hochdruckeinfluss durch und die Schneedecke setzte sich.
				""");
		assertThat(range.publishedDate()).isNull();
		ParsedArticle concert = extract("""
				Brass band plays its last concert on December 12, 2026 | Valley Courier

				News

				Events

				Brass band plays its last concert on December 12, 2026

				2 hours ago

				The Barton brass band will play its last concert in the village hall before it disbands.

				The band was founded by the mill's workers in 1921 and has played every Christmas since.

				Tickets are free but must be booked at the library.
				""");
		assertThat(concert.publishedDate()).isNull();
	}

	// review61b: a weekday before the title's date is part of its day, in any language.
	@Test
	void aWeekdayBeforeTheTitlesDateIsPartOfIt() {
		ParsedArticle english = extract(
				millPage("Published 3 hours ago").replace("- December 3, 2026 -", "- Thursday, December 3, 2026 -"));
		assertThat(english.publishedDate()).isNotNull();
		assertThat(english.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		ParsedArticle french = extract(
				"""
						Le vieux moulin tourne de nouveau après quarante ans – jeudi 3 décembre 2026 – Le Courrier

						Actualités

						Région

						Sports

						Le vieux moulin tourne de nouveau après quarante ans

						Par Anne Kessler

						il y a 3 heures

						La roue du moulin Barton a tourné mercredi pour la première fois depuis que la rivière a été détournée en 1986.

						Des bénévoles ont passé quatre ans à reconstruire la vanne et les pales en chêne, presque toutes à la main.

						Le moulin ouvrira aux visiteurs le week-end à partir d'avril, a indiqué l'association propriétaire.
						""");
		assertThat(french.publishedDate()).isNotNull();
		assertThat(french.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		ParsedArticle russian = extract("""
				Старая мельница снова заработала спустя сорок лет - четверг, 3 декабря 2026 - Вестник

				Новости

				Регион

				Спорт

				Старая мельница снова заработала спустя сорок лет

				Анна Кесслер

				3 часа назад

				Колесо мельницы Бартона в среду повернулось впервые с тех пор, как в 1986 году отвели реку.

				Волонтёры четыре года восстанавливали шлюз и дубовые лопасти, почти все вручную.

				Мельница откроется для посетителей по выходным с апреля, сообщили в обществе.
				""");
		assertThat(russian.publishedDate()).isNotNull();
		assertThat(russian.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	// review61b, look-alike: an event's page whose text names its day without the year
	// ("on Saturday, December 12", "le samedi 12 décembre", "в субботу, 12 декабря").
	@Test
	void anEventsDayTheTextNamesWithoutItsYearDatesNothing() {
		ParsedArticle english = extract(
				"""
						Christmas market returns to the old square - December 12, 2026 - City Hall News

						News

						Events

						Sports

						Christmas market returns to the old square

						Published 3 hours ago

						The Christmas market returns to the old square on Saturday, December 12, with forty stalls and a brass band.

						Stallholders said the number of visitors had doubled since the market left the car park.

						The market runs until the evening of the 23rd, the council said, and entry is free.
						""");
		assertThat(english.publishedDate()).isNull();
		ParsedArticle french = extract("""
				Le marché de Noël revient sur la place – 12 décembre 2026 – Mairie

				Actualités

				Agenda

				Sports

				Le marché de Noël revient sur la place

				il y a 3 heures

				Le marché de Noël revient sur la place le samedi 12 décembre, avec quarante stands et une fanfare.

				Les exposants disent que le nombre de visiteurs a doublé depuis que le marché a quitté le parking.

				Le marché dure jusqu'au soir du 23, a dit la mairie, et l'entrée est gratuite.
				""");
		assertThat(french.publishedDate()).isNull();
		ParsedArticle russian = extract("""
				Рождественская ярмарка возвращается на площадь - 12 декабря 2026 - Мэрия

				Новости

				Афиша

				Спорт

				Рождественская ярмарка возвращается на площадь

				3 часа назад

				Рождественская ярмарка откроется на площади в субботу, 12 декабря, будет сорок палаток и оркестр.

				Торговцы говорят, что число посетителей удвоилось с тех пор, как ярмарка переехала со стоянки.

				Ярмарка продлится до вечера 23-го, сообщили в мэрии, вход свободный.
				""");
		assertThat(russian.publishedDate()).isNull();
	}

	// review61b, look-alikes: a range or a month alone after the headline dates nothing.
	@Test
	void aRangeOrAMonthAfterTheHeadlineDatesNothing() {
		assertThat(extract(millPage("Published 3 hours ago").replace("- December 3, 2026 -", "- December 3-5, 2026 -"))
			.publishedDate()).isNull();
		assertThat(extract(millPage("Published 3 hours ago").replace("- December 3, 2026 -", "- December 2026 -"))
			.publishedDate()).isNull();
	}

}
