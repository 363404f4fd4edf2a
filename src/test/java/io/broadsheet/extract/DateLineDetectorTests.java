package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.broadsheet.extract.DateLineDetector.DateLine;
import io.broadsheet.extract.DateLineDetector.Label;

import static org.assertj.core.api.Assertions.assertThat;

class DateLineDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025-12-04|2025-12-04", "04.12.2025|2025-12-04",
			"4 December 2025|2025-12-04", "December 4, 2025|2025-12-04", "May 24,2025 11:00|2025-05-24",
			"07 March 2024 - 15:14|2024-03-07", "8 Sep 23|2023-09-08", " date 2025-12-04 + ↺ − 16 px|2025-12-04",
			"Thursday, 4 December 2025|2025-12-04", "4. Dezember 2025, 14:30 Uhr|2025-12-04",
			"Mittwoch, 3. März 2021|2021-03-03", "1er mars 2024 à 10h|2024-03-01", "le 12 février 2024|2024-02-12",
			"4 de diciembre de 2025|2025-12-04", "4 декабря 2025 г., 12:45|2025-12-04", "12 марта 2024|2024-03-12",
			"Dec. 4th, 2025|2025-12-04", "2025/01/31|2025-01-31", "31/01/2025|2025-01-31",
			"2025-12-04T09:30:00+03:00|2025-12-04", "Baku, 4 December 2025|2025-12-04", "24 ottobre 2023|2023-10-24",
			"Thu 4 Dec 2025 12.30 GMT|2025-12-04", "News · 4 December 2025 · 5 min read|2025-12-04",
			// a time with the marks of hours and minutes
			"2020年7月15日 11時00分|2020-07-15", "2020年7月15日 11点30分|2020-07-15", "2025년 12월 4일 11시 30분|2025-12-04",
			// the little words of other languages' date lines, a zone's offset
			"Thứ sáu, 15/3/2024, 14:30 (GMT+7)|2024-03-15", "12. ožujka 2024. u 14:30|2024-03-12",
			"Selasa, 12 Maret 2024 14:30 WIB|2024-03-12", "입력 2024.03.12. 오후 3:15|2024-03-12",
			"12 marzo 2024 (modifica il 13 marzo 2024, 16:10)|2024-03-12",
			// lang21's languages: their little words and labels (Slovenian "ob",
			// Icelandic
			// "kl.", Malay "petang", Latvian "gada", Lithuanian "m." and "d.")
			"12. marec 2024 ob 14.30|2024-03-12", "12. mars 2024 kl. 14:30|2024-03-12",
			"12 Mac 2024, 2:30 petang|2024-03-12", "2024. gada 12. marts 14:30|2024-03-12",
			"2024 m. kovo 12 d. 14:30|2024-03-12", "প্রকাশ: ১২ মার্চ ২০২৪, ১৪:৩০|2024-03-12",
			"Objavljeno: 8. avgust 2024. u 09:15|2024-08-08", "வெளியிடப்பட்டது: 12 மார்ச் 2024 14:30|2024-03-12" })
	void readsDateLines(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Published: 3 May 2024|PUBLISHED|2024-05-03",
			"Updated 5 May 2024, 10:02 GMT|UPDATED|2024-05-05",
			"Published 3 May 2024, updated 5 May 2024|PUBLISHED|2024-05-03",
			"Updated: 05.05.2024 / Published: 03.05.2024|PUBLISHED|2024-05-03",
			"Veröffentlicht am 03.05.2024|PUBLISHED|2024-05-03", "Publié le 3 mai 2024|PUBLISHED|2024-05-03",
			"Опубликовано: 3 мая 2024|PUBLISHED|2024-05-03", "Actualizado: 5 de mayo de 2024|UPDATED|2024-05-05",
			// a time between the label and its date
			"Updated 10:01 pm PST, Tuesday, November 19, 2019|UPDATED|2019-11-19",
			"Aktualisiert um 14:05 Uhr am Dienstag, 5. Mai 2024|UPDATED|2024-05-05",
			"Publié à 08:15, le mardi 3 mai 2024|PUBLISHED|2024-05-03",
			"Julkaistu 12.3.2024 klo 14.30|PUBLISHED|2024-03-12", "Päivitetty 12.3.2024 klo 16.05|UPDATED|2024-03-12",
			"Oppdatert 20.04.2024 12:40|UPDATED|2024-04-20" })
	void tellsPublishedFromUpdated(String line, Label label, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, label));
	}

	@ParameterizedTest
	@ValueSource(strings = { "On May 20–21, 2025, Russian Foreign Minister Sergei Lavrov visited Yerevan.",
			"The ceasefire was signed on November 10, 2020.", "Today is Thursday, 4 December 2025",
			"Сегодня: 4 декабря 2025", "© 2025 News Agency. All rights reserved.", "03/04/2025", "Version 1.2.2025.3",
			"Conference: 12 May 2025", "He was born on 4 May 1990 in Gyumri", "Call 12.04.2025.17 now", "4 May 11:00",
			"Sunny, 21°C",
			// a length of time, not a time of day
			"2020年7月15日 120分",
			// a product's release, alone or in a fact box of releases
			"Release: 27.08.2013", "Release: 11.02.2005 | Dragonflight: 29.11.2022" })
	void rejectsDatesThatAreNotPublicationDateLines(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// A byline on the date line, in several languages; a user name may be lower case.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "by Jane Roe — November 18, 2019|2019-11-18",
			"Written by Ana Sandoiu on July 27, 2017|2017-07-27", "By Mike Wall 2019-11-18T20:51:19Z|2019-11-18",
			"Veröffentlicht am 12. Juni 2017 von kleinerbaer|2017-06-12",
			"Erstellt von Fabian am Dienstag 6. Mai 2014|2014-05-06", "Posted 11. April 2018 by Walter|2018-04-11",
			"Publié le 3 mai 2024 par Claire Dupont|2024-05-03", "Por Pedro Gil, 23 de julio de 2020|2020-07-23" })
	void readsDateLinesThatNameTheAuthor(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(expected);
	}

	// A meta line whose parts separators divide: the part that is a date line counts.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "By Anna Rossi | 22/10/2020#2020-10-22",
			"Von Jonas am 03.05.2013, 11:51 | 0 Meinungen | Garten#2013-05-03",
			"January 13, 2020 at 08:45 AM | categories: Python, Rust | View Comments#2020-01-13",
			"6. November 2023 | 3 Kommentare#2023-11-06",
			// a comment prompt beside the author: no sentence, however long the
			// line
			"26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar#2019-09-26",
			"mercredi 12 mars 2024 Claire Dupontmoreau Laisser un commentaire#2024-03-12",
			"Updated 0339 GMT (1139 HKT) November 19, 2019#2019-11-19",
			// as CMS themes print them: a slash between spaces divides the
			// parts, a category label names sections, "Author:" its name, a
			// label glued to the name, a lower-case user name before a comment
			// prompt, a longer line after a label that opens it
			"August 30, 2017 / 0#2017-08-30", "The Daily Example / March 1, 2020#2020-03-01",
			"12 mars 2024 / 3#2024-03-12", "27. Januar 2014 by Jana Roe / Kategorien: Event, Mode#2014-01-27",
			"01.02.2022 Kategorie: Synchronschwimmen, Verband, Termine#2022-02-01",
			"March 3, 2024 Categories: Local Politics, World News#2024-03-03",
			"12 marzo 2024 Categoria: Politica, Cronaca, Esteri#2024-03-12",
			"Von Katharina Schmidtbauer Kategorien: Mode 6. November 2023, 15:25 Uhr#2023-11-06",
			"Autor: jroe Juli 12, 2017 0 Kommentare#2017-07-12", "Author: jroe on March 3, 2024#2024-03-03",
			"Veröffentlicht vonJana Roe 28. Februar 2016#2016-02-28",
			"March 3, 2024 byJane Roe Post a Comment#2024-03-03",
			"28. Januar 2015 jroe Schreibe einen Kommentar#2015-01-28", "March 3, 2024 jroe Leave a comment#2024-03-03",
			"Veröffentlicht am 03.02.2022 von Jana Roe Reiterverband International#2022-02-03",
			"Published: Tuesday, March 3, 2024 by Jane Roe Example Courier International#2024-03-03",
			"Veröffentlicht am 31. Oktober 2023 Kommentar verfassen#2023-10-31",
			"editor — March 11, 2020 add comment#2020-03-11",
			// a comment prompt as the language's comments headings name it, whole
			"5 mei 2019 Laat een reactie achter#2019-05-05", "12 marzo 2024 Lascia un commento#2024-03-12",
			"12 de marzo de 2024 Deja un comentario#2024-03-12",
			"02 Novembre 2023 Aggiornato alle 16:58 1 minuti di lettura#2023-11-02",
			// a theme's parts divided by bare slashes, the year and a count first
			"October 12, 2018/0 Comments/in News /by jdoe#2018-10-12",
			"12. Oktober 2018/3 Kommentare/in Politik /von jdoe#2018-10-12" })
	void readsTheDatePartOfMetaLines(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(expected);
	}

	// Each separator a theme divides a meta line with cuts it into parts, the date's
	// part read alone: a bar, a middle dot, a dot operator, a bullet, an em dash, a
	// slash between spaces.
	@ParameterizedTest
	@ValueSource(strings = { "|", "·", "⋅", "•", "—", "/" })
	void readsTheDatePartBetweenEachSeparator(String separator) {
		String line = "Von Jonas am 03.05.2013, 11:51 " + separator + " 0 Meinungen " + separator + " Garten";
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(LocalDate.of(2013, 5, 3));
	}

	// Spaces, commas, a hyphen or an en dash divide no parts: the line is read whole, and
	// its comment count and section make it no date line.
	@ParameterizedTest
	@ValueSource(strings = { " ", ", ", " - ", " – " })
	void readsAMetaLineWithoutSeparatorsWhole(String separator) {
		String line = "Von Jonas am 03.05.2013, 11:51" + separator + "0 Meinungen" + separator + "Garten";
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// A slashed date with a two-digit year beside its byline or label, and an American
	// date written with dots whose second number cannot be a month.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Jane Roe - 11/19/19 06:56 AM EST|2019-11-19",
					"By Jane Roe On 11/13/19 at 4:00 PM EST|2019-11-13", "Publié le 22/11/23 à 16h33|2023-11-22",
					"Von Jana Roe, 19/11/19|2019-11-19", "11.14.2019 09:00 AM|2019-11-14",
					// the 1990s are two-digit years too
					"By Jane Roe - 12/25/98|1998-12-25" })
	void readsShortYearsAndAmericanDottedDates(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(expected);
	}

	// "11/13/19 9:00AM" alone is how a list of other stories dates its teasers; an
	// ambiguous one is read in the page's order.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "11/13/19 9:00AM|false|", "02/11/23|true|",
			"Publié le 02/11/23 à 16h33|true|2023-11-02", "Publié le 02/11/23 à 16h33|false|" })
	void readsShortYearsOnlyBesideABylineOrLabel(String line, boolean dayFirst, LocalDate expected) {
		DateLine found = DateLineDetector.detect(line,
				dayFirst ? DateParser.NumericOrder.DAY_FIRST : DateParser.NumericOrder.NOT_KNOWN);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// The same shapes as a sentence, or a lower-case word with no comment prompt after
	// it, are no date lines.
	@ParameterizedTest
	@ValueSource(strings = { "28. Januar 2015 wurde der Plan beschlossen", "March 3, 2024 jroe wrote",
			"Ein Bericht vom Reitturnier am 03.02.2022 in der Halle von Jana Roe",
			"The council said on March 3, 2024 it would / appeal",
			// a season is no year
			"12 May 2018/19", "May 12, 2018/2019", "12 May 2018/19 season" })
	void rejectsSentencesShapedLikeMetaLines(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// A label of several words whose last word alone is a product's release or no
	// filler: a press office's "NEWS RELEASE", a journal's "Published online".
	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "NEWS RELEASE 2-DEC-2026;2026-12-02", "Press release 12 March 2024;2024-03-12",
					"Published online 30 November 2026;2026-11-30",
					"News release: 2 December 2026 | Media contact;2026-12-02" })
	void readsPublicationLabelsOfSeveralWords(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, Label.PUBLISHED));
	}

	// Their words alone, or around a date in a sentence, label nothing: a film's
	// release, tickets sold online, an event's date, a journal named in a sentence.
	@ParameterizedTest
	@ValueSource(strings = { "Release 2-DEC-2026", "Film release 12 March 2024", "Tickets online 5 December 2026",
			"Tickets on sale 5 December 2026", "The press release of 12 March 2024 said so",
			"Published in The Dunmore Courier on March 12, 2026.",
			"The festival opens online on 12 March 2024 with a concert" })
	void readsNoLabelFromTheWordsOfAPhraseAlone(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// date36: a Chinese meta line names its source ("来源：") after the date, and its
	// writer after that; the source's label is a date line's word (zh date.fillers).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2026-03-10 07:45 来源：湘江晚报 作者：李静|2026-03-10",
			"2024年3月3日 星期日 10:15 来源：光明网 作者：张伟|2024-03-03", "2023年11月02日 09:15:36 来源：新华网|2023-11-02" })
	void readsAChineseMetaLineWithItsSourceAndWriter(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, Label.NONE));
	}

	// The source's label in a sentence with a date makes no date line.
	@ParameterizedTest
	@ValueSource(strings = { "据来源：湘江晚报报道，2026年3月10日起三座菜市场陆续开放，居民可以前往购物" })
	void readsNoDateLineFromASourceLabelInASentence(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// "08/08/2017" is the same day whichever comes first; "08/09/2017" is not.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "08/08/2017;2017-08-08", "By Jane Roe | 12/12/2024;2024-12-12", "08/09/2017;",
			"By Jane Roe | 12/11/2024;" })
	void readsANumericDateWhoseDayIsItsMonth(String line, LocalDate expected) {
		DateLine found = DateLineDetector.detect(line);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A page whose other dates put the month first reads "12.01.2026" so; a day over
	// 12 is still the day, and without the page's word the dots read day first.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.01.2026|MONTH_FIRST|2026-12-01", "12.01.2026|NOT_KNOWN|2026-01-12",
					"30.11.2026|MONTH_FIRST|2026-11-30", "12/01/2026 - 14:22|MONTH_FIRST|2026-12-01",
					"12/01/2026 - 14:22|DAY_FIRST|2026-01-12", "12/01/2026 - 14:22|NOT_KNOWN|" })
	void readsANumericDateInTheOrderGiven(String line, DateParser.NumericOrder order, LocalDate expected) {
		DateLine found = DateLineDetector.detect(line, order);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "Atualizado há 3 horas" after a Portuguese date line: a relative update, whose
	// count of hours is no day; the same date in a sentence stays none.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "14/06/2024 09h30 Atualizado há 3 horas|2024-06-14",
			"14/06/2024 e a obra durou 3 horas|", "Em 14/06/2024 choveu durante 3 horas|" })
	void readsARelativeUpdateAfterTheDate(String line, LocalDate expected) {
		DateLine found = DateLineDetector.detect(line);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "Zuletzt bearbeitet" is a revision's label.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "zuletzt bearbeitet: 04.02.2022, 08:27 Uhr|UPDATED|2022-02-04",
			"Bearbeitet am 04.02.2022|UPDATED|2022-02-04" })
	void readsRevisionLabels(String line, Label label, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, label));
	}

	// The sentence a WordPress theme closes a post with, in its translations, however
	// long: its first date is the post's.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News, Events. You can follow any responses to this entry through the RSS 2.0 feed.#2019-11-27",
			"Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Termine abgelegt. Du kannst die Kommentare zu diesem Beitrag durch den RSS-2.0-Feed verfolgen.#2019-11-27",
			"Cet article a été publié le mercredi 27 novembre 2019 à 15:21 et est classé dans Actualités. Vous pouvez en suivre les commentaires par le biais du flux RSS 2.0.#2019-11-27" })
	void readsPostedOnFooters(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, Label.PUBLISHED));
	}

	// The footer's opening is compared ignoring case, its first character too (which a
	// long line is let go by when no opening starts with it): in capitals or after a
	// space it is still read; a long sentence with its date, opening with another letter
	// or with a character outside the Basic Multilingual Plane, is no footer.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			"THIS ENTRY WAS POSTED ON WEDNESDAY, NOVEMBER 27TH, 2019 AT 3:21 PM AND IS FILED UNDER NEWS, EVENTS. YOU CAN FOLLOW ANY RESPONSES TO THIS ENTRY THROUGH THE RSS 2.0 FEED.#2019-11-27",
			"QUESTO ARTICOLO È STATO PUBBLICATO IL 27 novembre 2019 alle 15:21 ed è archiviato in Notizie. Puoi seguire i commenti a questo articolo tramite il feed RSS 2.0 del sito.#2019-11-27" })
	void readsPostedOnFootersWhateverTheirCase(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, Label.PUBLISHED));
	}

	// asia39: a Chinese print edition's note under the text ("原载", first carried in)
	// names
	// the day the paper printed the article, in either script; a note of the original
	// headline names none.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "（原载《南湖日报》2026年11月29日第03版）#2026-11-29", "（原載《南港時報》2026年3月5日A4版）#2026-03-05" })
	void readsAPrintEditionNote(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).isEqualTo(new DateLine(expected, Label.PUBLISHED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "（原标题：南湖市新建社区食堂四十家）", "（原载《南湖日报》）" })
	void readsNoDateFromAPrintEditionNoteWithoutOne(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			" This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News, Events. You can follow any responses to this entry through the RSS 2.0 feed.",
			"Readers were told this entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News, Events, as the theme prints it under every post of the site.",
			"\uD835\uDC13his entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed under News, Events. You can follow any responses to this entry through the feed." })
	void readsNoFooterOpeningElsewhere(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// Published and modified dates glued together: the first is read, not lost.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "19. Juni 201619. Juni 2017|2016-06-19", "17/11/201917/11/2020|2019-11-17",
			"1. November 20162. November 2016|2016-11-01" })
	void splitsGluedDates(String line, LocalDate expected) {
		assertThat(DateLineDetector.detect(line)).extracting(DateLine::date).isEqualTo(expected);
	}

	// Sentences stay sentences even with a byline word or a separator in them.
	@ParameterizedTest
	@ValueSource(strings = { "The report by the committee was published on May 3, 2024 after a long delay.",
			"Politik | Der Bundestag hat am 3. Mai 2024 über den Haushalt abgestimmt und ihn beschlossen",
			"Phone 0800 201234 | Fax 0800 201235" })
	void rejectsSentencesWithBylineWordsOrSeparators(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "30.02.2025", "2025-13-01", "32 December 2025", "1 January 1850" })
	void rejectsImpossibleDates(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Today is Thursday, 4 December 2025 | true
			TODAY: 4 December 2025             | true
			Heute ist der 4. Dezember 2025     | true
			Сегодня 4 декабря 2025             | true
			Yesterday, 4 December 2025         | false
			4 December 2025                    | false
			""")
	void tellsTodayHeadersHoweverLongTheLine(String line, boolean today) {
		// Only the line's start decides: a page-long tail changes nothing.
		assertThat(DateLineDetector.isTodayHeader(line)).isEqualTo(today);
		assertThat(DateLineDetector.isTodayHeader(line + " Σ".repeat(50_000))).isEqualTo(today);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fourth of December, twenty twenty-five", "Published: yesterday", "Четвёртое декабря" })
	void findsNoDateLineWithoutDigits(String line) {
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	// Review60b: a bare slashed date with a two-digit year is a stamp where the caller
	// asks (under the headline, under a comment's name), read either way, as a
	// four-digit one is; detect still reads it as no date line anywhere on the page.
	@ParameterizedTest
	@ValueSource(strings = { "01/12/26 18:45", "01/12/26", "30/11/26", "12/01/26 6:45 PM", "11/13/19 9:00AM",
			"01/12/2026 - 18:45" })
	void aBareSlashedDateIsADateLineEitherWay(String line) {
		assertThat(DateLineDetector.isDateLineEitherWay(line)).isTrue();
		assertThat(DateLineDetector.detect(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "02/03/21 En 2021, soutenez Attac !", "Page 1/2", "Score 12/10", "Case no. 01/12/2026-3",
			"3-1-20", "04-12-26", "Born 04/05/1950 – died 01/12/2026" })
	void aLineWithASlashThatIsNoStampIsNoDateLineEitherWay(String line) {
		assertThat(DateLineDetector.isDateLineEitherWay(line)).isFalse();
	}

}
