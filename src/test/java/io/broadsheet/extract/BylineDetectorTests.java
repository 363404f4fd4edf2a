package io.broadsheet.extract;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BylineDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Tigran Grigoryan|Tigran Grigoryan", "By Anna Kovacs and Mark Lee|Anna Kovacs;Mark Lee",
					"by Ana Gomez, Luis Ortega and Pia Holm|Ana Gomez;Luis Ortega;Pia Holm",
					"Author: Laura Benedetti|Laura Benedetti",
					"Von Katrin Bauer und Jonas Weber|Katrin Bauer;Jonas Weber", "Par Claire Dubois|Claire Dubois",
					"Por Javier Morales y Lucía Vega|Javier Morales;Lucía Vega", "Автор: Ирина Смирнова|Ирина Смирнова",
					"BY JAMES O'HARA|James O'Hara", "By Sarah Klein in Berlin|Sarah Klein",
					"By Tom Hart, Senior Fellow|Tom Hart", "By Nina Roth · 4 March 2025 · 5 min read|Nina Roth",
					"Written by Omar Haddad|Omar Haddad", "By Mia Chen, mia.chen@example.org|Mia Chen",
					// a place after the outlet, categories after the date
					"By Nada Tawfik, BBC News, New York|Nada Tawfik",
					"Von Jan Weber, Redaktion Sport, Hamburg Altona|Jan Weber",
					"Posted by Ana Ruiz, 06/01/2020 Business, Small Business|Ana Ruiz",
					// a meta line's closing colon after the time
					"Posted by Ana Ruiz at 9:05 PM No comments:|Ana Ruiz",
					// a review's critic, a Brazilian reporter's credit at the end
					"Reviewed by Tom Ashdown|Tom Ashdown", "Reportagem: Lucas Andrade|Lucas Andrade" })
	void readsAuthorsFromBylines(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// A deck opening with a byline's words names whose office or report it is, a
	// possessive, not the writer: no author rather than "Grace Patel's".
	@ParameterizedTest
	@ValueSource(strings = { "Review by Grace Patel's office clears the board of misconduct",
			"By Grace Patel's count, the trust overspent by four million pounds" })
	void readsNoWriterFromAPossessive(String line) {
		List<String> names = BylineDetector.byline(line);
		assertThat((names != null) ? names : List.of()).noneMatch((name) -> name.endsWith("'s"));
	}

	// lang21's languages: one labelled byline each (their files' byline.labels and
	// byline.separators)
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "লেখক: তানভীর আহমেদ|তানভীর আহমেদ", "رپورٹ: احمد علی|احمد علی",
					"எழுதியவர்: சுரேஷ் குமார்|சுரேஷ் குமார்", "લેખક: હાર્દિક પટેલ|હાર્દિક પટેલ",
					"ავტორი: ნინო ბერიძე|ნინო ბერიძე", "Հեղինակ՝ Անի Պետրոսյան|Անի Պետրոսյան",
					"Müəllif: Elvin Məmmədov|Elvin Məmmədov", "Аутор: Марко Петровић|Марко Петровић",
					"Avtor: Maja Novak|Maja Novak", "Autorius: Tomas Kazlauskas|Tomas Kazlauskas",
					"Autors: Jānis Bērziņš|Jānis Bērziņš", "Imeandikwa na: Juma Mwakyusa|Juma Mwakyusa",
					"Ni Juan dela Cruz|Juan dela Cruz", "Deur Pieter van der Merwe|Pieter van der Merwe",
					"Höfundur: Jón Sigurðsson|Jón Sigurðsson",
					"Piše: Jelena Jovanović i Marko Ilić|Jelena Jovanović;Marko Ilić",
					// a Turkish agency's "news by" credit
					"Haber: Mehmet Yıldırım|Mehmet Yıldırım" })
	void readsTheLabelsOfMoreLanguages(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// lang35: Maltese "Kitba ta'" and "Miktub minn", Amharic's label with the wordspace
	// "፡", Mongolian "Сурвалжлагч:" before an initial glued to the name, a Burmese name
	// of
	// one word after its label and a dash, a name of three words in a script without
	// capitals (two before: "احمد ولي")
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Kitba ta' Maria Camilleri|Maria Camilleri",
			"Miktub minn Joseph Borg|Joseph Borg", "ዘጋቢ፡ ሰላማዊት ተስፋዬ|ሰላማዊት ተስፋዬ", "Сурвалжлагч: Б.Сарантуяа|Б.Сарантуяа",
			"Сурвалжлагч: Ж.Бат-Эрдэнэ|Ж.Бат-Эрдэнэ", "ရေးသားသူ - ဇော်မင်းထွန်း|ဇော်မင်းထွန်း",
			"ရေးသားသူ: ဇော်မင်းထွန်း နှင့် အေးအေးမွန်|ဇော်မင်းထွန်း;အေးအေးမွန်", "لیکوال: احمد ولي صافي|احمد ولي صافي",
			"लेखक: राम बहादुर थापा|राम बहादुर थापा", "بقلم: محمد أحمد علي|محمد أحمد علي",
			// more words after the name: cut at two as before, no place taken in
			"لیکوال: احمد ولي صافي کابل ښار|احمد ولي", "Автор: Ирина Смирнова|Ирина Смирнова",
			// mendB35: a town after two name words is the writer's place, not a third
			// word
			"كتب: محمد علي القاهرة|محمد علي", "بقلم: أحمد حسن الإسكندرية|أحمد حسن", "لیکوال: احمد ولي کابل|احمد ولي",
			"लेखक: अमित शर्मा पटना|अमित शर्मा", "كتب: محمد عبد الرحمن|محمد عبد الرحمن" })
	void readsTheLabelsAndNamesOfLang35(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// The label words inside a sentence, a one-word name without a label, a Burmese
	// one-word sentence (its mark "။") after the label, an initial before a word in
	// capitals
	@ParameterizedTest
	@ValueSource(strings = { "Il-kitba ta' Maria Camilleri hija sabiħa", "Б.Сарантуяа", "ဇော်မင်းထွန်း",
			"ရေးသားသူ - ပြေးဆွဲသည်။", "Сурвалжлагч: Б.НАТО" })
	void readsNoNameFromLang35LookAlikes(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// What a saved page glues after the name on a byline line: a handle, a date, an
	// "Updated" label, a role, a contact, or the next element without a space.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "By Lena Park Updated Nov 3, 2021, 9:15am EST|Lena Park",
			"By Omar Said@omarsaid Mar 2, 2020, 8:00am EST|Omar Said",
			"By Rita Moreno On 4/12/21 at 10:00 AM EDT|Rita Moreno",
			"Written by Dana Cole, MS, RD on May 3, 2022|Dana Cole",
			"By Karl Ness - Staff Writer 2021-03-04T10:00:00Z Health|Karl Ness",
			"By Ivy Tran ivyt@example.com(555) 123-4567|Ivy Tran",
			"By Paul Hertz/March 3, 2021 9:49 am EST/Updated: March 4, 2021|Paul Hertz",
			"By Mark HoldenSenior Correspondent|Mark Holden", "By Tom FitzGerald|Tom FitzGerald",
			"By Eva Lund Senior Contributor|Eva Lund", "Par Hélène Martin C. le 12.03.2021 à 10h15|Hélène Martin C.",
			"Von Lea Brandt Vom 4. März 2022|Lea Brandt", "Por Ana Ruiz el 3 de marzo de 2021|Ana Ruiz",
			"By Tom de Vries and Anna McDonald Updated June 2, 2020|Tom de Vries;Anna McDonald",
			"Veröffentlicht am 03.02.2021 von Nora Ebert|Nora Ebert",
			"Veröffentlicht am 03.02.2021 von Nora Ebert Reitsport International|Nora Ebert",
			"By Adam Clark Estes Senior Writer|Adam Clark Estes", "Stand: 26.10.2023 von Nora Ebert|Nora Ebert",
			"02.02.2022, 11:30 Uhr von Nora Ebert|Nora Ebert",
			// a separator of one language ("na", Swahili) that is a place word of another
			"Por João Silva na Folha de S.Paulo|João Silva", "By Ana Reyes at Rappler Manila|Ana Reyes",
			// but a separator of one language stays one when another reads it as a place
			"Door Jan Jansen en Piet de Vries|Jan Jansen;Piet de Vries",
			// a comment prompt's first word is no surname
			"12. Mai 2019 von Max Müller Schreibe einen Kommentar|Max Müller",
			// an outlet after the name, its first word an outlet's ("Agencia"), then a
			// dash and a place
			"Por Fernanda Lima, Agencia Nordeste — Recife|Fernanda Lima",
			// a surname that is a word of other languages' outlets ("portal") is a name
			"By Tom Portal|Tom Portal", "Por Ana Portal|Ana Portal",
			// where each writer worked is no name, as in a wire's credit line
			"By Jane Roe in New York and Tom Hale in London|Jane Roe;Tom Hale" })
	void readsTheNameOutOfWhatIsGluedToIt(String line, String expected) {
		List<String> names = BylineDetector.byline(line);
		if (names == null) {
			names = BylineDetector.afterBy(line);
		}
		assertThat(names).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// What a byline sets in brackets after a name (a place and a role, an outlet) is
	// none of the names, however many commas it holds.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Par Claire Vauthier (Besançon, correspondante)|Claire Vauthier",
			"By Anna Berg (Reuters, Oslo) and Tom Hale (AP)|Anna Berg;Tom Hale" })
	void readsTheNamesBeforeWhatABylineSetsInBrackets(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// A capitalised word after a particle is the surname it opens, even when it is a
	// little word of another language's date lines ("WIT", an Indonesian time zone).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Door Sanne de Wit|Sanne de Wit", "By Anna de Wit and Tom Hale|Anna de Wit;Tom Hale" })
	void keepsTheSurnameAParticleOpens(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// A particle before an outlet's capitalised name ("van De Telegraaf") opens no
	// surname: the outlet is no part of the writer's name.
	@ParameterizedTest
	@ValueSource(strings = { "Door Jan Jansen van De Telegraaf", "Door Anna Berg van De Volkskrant" })
	void aParticleBeforeAnOutletsNameOpensNoSurname(String line) {
		List<String> names = BylineDetector.byline(line);
		assertThat((names != null) ? names : List.of())
			.noneMatch((name) -> name.contains("Telegraaf") || name.contains("Volkskrant"));
	}

	// A Turkish newsroom's desk ("Ekonomi Servisi", "Haber Merkezi") after "Haber:" is
	// no writer.
	@ParameterizedTest
	@ValueSource(strings = { "Haber: Ekonomi Servisi", "Haber: Haber Merkezi", "Haber: Spor Servisi" })
	void aTurkishDeskIsNoWriter(String line) {
		List<String> names = BylineDetector.byline(line);
		assertThat((names != null) ? names : List.of()).isEmpty();
	}

	// A wire's credit line names each reporter with the place they worked: the places
	// are no reporters, the editor is none either.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Reporting by Jane Roe in New York, Tom Hale in London and Ana Lima in Sao Paulo; Editing by Helen Carver|Jane Roe;Tom Hale;Ana Lima",
			"Reporting by Jane Roe in Washington, D.C. and Tom Hale in Mexico City; Editing by Helen Carver|Jane Roe;Tom Hale" })
	void aCreditLineNamesItsReportersNotTheirPlaces(String line, String expected) {
		assertThat(BylineDetector.creditLine(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// box40: "Report by X" under the text credits its writer; a line opening so that
	// names no one is no credit line.
	@Test
	void readsAReportByLineUnderTheText() {
		assertThat(BylineDetector.creditLine("Report by Rosa Kettle")).isEqualTo(List.of("Rosa Kettle"));
		assertThat(BylineDetector.isCreditLine("Report by Rosa Kettle")).isTrue();
		assertThat(BylineDetector.isCreditLine("Report by the council's auditors finds a gap of £2m")).isFalse();
		assertThat(BylineDetector.creditLine("Report by the council's auditors finds a gap of £2m")).isNull();
	}

	// A label's first word joined to another credit by a separator ("Words and recipe
	// by", "Story and photos by"): the names after the label's last word are the
	// writer's; a sentence that opens so names no one.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Words and recipe by Lena Marković|Lena Marković",
					"Story and photos by Anna Berg and Tom Hale|Anna Berg;Tom Hale",
					"Words and pictures tell the story by themselves|", "Story and more by the river|",
					// a film's credits are not a writer's
					"Written and directed by Greta Gerwig|", "Written and produced by Tom Hale|" })
	void readsALabelJoinedToAnotherCredit(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// The writer's credit over a review, over a live report and under an interview
	// ("Review by", "Live commentary by", "Words:"); the photographer's credit beside it,
	// a word count, a sentence and a credit naming no one give no writer.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Review by Helen Marsh|Helen Marsh",
			"Live commentary by Owen Pryce and Siân Lloyd at the Harbour Ground|Owen Pryce;Siân Lloyd",
			"Words: Sam Okafor|Sam Okafor", "Words: Rudolf Fischer, Simon Kohler Photos: Simon Kohler|Rudolf Fischer",
			"Photography by Tomás Reyes|", "Words: 1,250|", "Words: love, loss and the sea|",
			"Review by the committee found no fault|", "Live commentary by our reporters|" })
	void readsTheWritersCreditOverAReviewALiveReportAndUnderAnInterview(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// A one-word label with its colon joined to another credit ("Teksti ja kuvat:",
	// "Text och bild:"): the names after the colon are the writer's, in each language
	// with its own separator and credits; another credit than a writer's names no one.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Teksti ja kuvat: Antti Mäkelä|Antti Mäkelä", "Text och bild: Anna Berg|Anna Berg",
					"Text a foto: Jan Novák a Eva Malá|Jan Novák;Eva Malá", "Texte et photos : Claire Roy|Claire Roy",
					"Teksti ja musiikki: Antti Mäkelä|" })
	void readsAOneWordLabelJoinedToAnotherCredit(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// A Chinese meta line sets its parts apart with spaces (ideographic ones, decoded as
	// plain): the writer after the date and the source is the author. A book's details
	// in the text, labelled the same way, name the book's writer: no meta line without
	// its date.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2026-03-10 07:45 来源：湘江晚报 作者：李静|李静", "2026-03-10 来源：新华社 作者：王芳 编辑：张伟|王芳",
			"2026-03-10 07:45 来源：湘江晚报|", "书名：《小镇》 作者：余华 出版社：作家出版社|" })
	void readsTheWriterAmongAChineseMetaLinesParts(String line, String expected) {
		assertThat(BylineDetector.colonSegmentByline(line)).isEqualTo(namesOrNone(expected));
	}

	// A second reporter stands after the same space as the parts do ("记者：张三 王五"),
	// also under a label with no colon ("记者 王磊 李婷"); the next label's part (an
	// editor's) and a part that is no name end them, the writer before it still read.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2026-03-10 来源：新华社 记者：张三 王五|张三;王五", "2024-11-20 08:30 来源：江城日报 记者 王磊 李婷|王磊;李婷",
			"2026-03-10 来源：新华社 记者：张三 王五 责任编辑：李四|张三;王五", "2026-03-10 来源：新华社 作者：李静 图片来源于网络|李静", "2026-03-10 来源：新华社 记者|" })
	void readsEveryReporterOfAChineseMetaLine(String line, String expected) {
		assertThat(BylineDetector.colonSegmentByline(line)).isEqualTo(namesOrNone(expected));
	}

	// A label for two writers or more, in the languages that have one of its own
	// (Slovenian's dual "avtorja:", the plurals), and the language's "and" between the
	// names: Slovenian's "in", which an English byline reads as where its writer worked
	// ("By Sarah Klein in Berlin" still names Sarah Klein alone).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Avtorja: Maja Kovač in Nejc Horvat|Maja Kovač;Nejc Horvat",
					"Avtorji: Ana Zupan, Luka Kranjc in Eva Novak|Ana Zupan;Luka Kranjc;Eva Novak",
					"Piše: Maja Kovač in Nejc Horvat|Maja Kovač;Nejc Horvat",
					"Autoriai: Tomas Kazlauskas ir Rūta Jonaitė|Tomas Kazlauskas;Rūta Jonaitė",
					"Autori: Jānis Bērziņš un Anna Kalniņa|Jānis Bērziņš;Anna Kalniņa",
					"Autorid: Mari Tamm ja Kadri Kask|Mari Tamm;Kadri Kask",
					"Autori: Marco Rossi e Anna Bianchi|Marco Rossi;Anna Bianchi",
					"Kirjoittajat: Antti Mäkelä ja Laura Virtanen|Antti Mäkelä;Laura Virtanen",
					"Auteurs: Jan Jansen en Piet de Vries|Jan Jansen;Piet de Vries",
					"Höfundar: Jón Sigurðsson og Anna Jónsdóttir|Jón Sigurðsson;Anna Jónsdóttir",
					"By Sarah Klein in Berlin and Tom Hale|Sarah Klein;Tom Hale" })
	void readsEveryWriterOfALabelForSeveral(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// Where each writer worked, in the words of the label's language: no place is a
	// name, though the word is another language's "and" ("en") or a particle of names
	// elsewhere ("da"), and a surname opened by a capital is no place.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Por Ana Lima en Nueva York y Juan Pérez en Buenos Aires|Ana Lima;Juan Pérez",
					"Di Marco Rossi da Reggio Emilia|Marco Rossi",
					"Av Anna Berg i Nye Oslo og Tom Hale i Bergen|Anna Berg;Tom Hale",
					"Por Ana Lima no Rio de Janeiro e João da Silva|Ana Lima;João da Silva",
					"Door Jan de Vries en Piet Jansen|Jan de Vries;Piet Jansen", "Di Lucia Da Ros|Lucia Da Ros" })
	void cutsWhereEachWriterWorkedInTheLabelsLanguage(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// A Korean agency's dateline opens the first paragraph with the reporter's name and
	// role before an "=": the reporter is the author, the paragraph stays the text's.
	// (asia39: the dateline in square brackets too; a photo's credit in them, a dateline
	// without a reporter and a "기자" inside the sentence before an "=" name no one.)
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "(제주=뉴스한빛) 박민재 기자 = 학생 수가 줄어 문을 닫은 제주의 한 초등학교 분교가 다시 태어난다.|박민재",
					"(서울=연합뉴스) 이서연 기자 = 정부가 12일 새 계획을 발표했다.|이서연", "(서울=연합뉴스) 정부가 12일 새 계획을 발표했다.|",
					"(CNN) The mayor said x = y in the budget.|", "[부산=뉴스한빛] 최지훈 기자 = 부산시가 내년부터 심야 버스 노선을 늘린다.|최지훈",
					"[부산=뉴스한빛] 부산시가 내년부터 심야 버스 노선을 늘린다.|", "[사진=부산시 제공] 새로 도입되는 심야 버스의 모습.|",
					"[부산=뉴스한빛] 시는 기자 설명회에서 요금 = 동결이라고 밝혔다.|", "[Updated] The mayor said x = y in the budget.|" })
	void readsTheReporterBeforeAKoreanDatelinesEquals(String paragraph, String expected) {
		assertThat(BylineDetector.openingCredit(paragraph)).isEqualTo((expected != null) ? List.of(expected) : null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "By 2023 the relationship had reached its most critical point in decades.",
			"By the way, nobody expected this outcome.", "By Staff", "By Reuters", "By admin", "Photo by John Smith",
			"Von den 30 Teilnehmern kamen nur zwölf.", "Par ailleurs, le gouvernement a annoncé",
			"Por su parte, Madrid", "Posted by admin", "By News Desk", "By Monday Evening, the crowd had gone home.",
			"By the time the polls closed on Monday", "By Staff Updated Nov 3, 2021",
			// a heading over what follows, ending with a colon
			"By Main Ingredient:", "By The Numbers:", "Par Thème :",
			// an outlet's name: its two words and the outlet's words after them
			"Author: Practical Horseman Editorial Staff", "Von Deutscher Tennis Bund 4. 2. 2022.",
			"Por: Agencia Reforma | 17 de Febrero 2020" })
	void rejectsLinesThatAreNotBylines(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// asia39: a Sinhala headline with a spaced dash between two towns and the label alone
	// name no one, nor does a note's sentence after the label.
	@ParameterizedTest
	@ValueSource(strings = { "කොළඹ - ගාල්ල අධිවේගී මාර්ගයේ නව පිවිසුමක්", "සටහන -", "සටහන",
			// review39b: a note's sentence after the label (note - the fares will be
			// announced later) names no one
			"සටහන - බස් ගාස්තු පසුව නිවේදනය කෙරේ", "සටහන - විස්තර පසුව ලැබේ.",
			// lang57: "the writer" without its colon opens the text's sentence (the
			// writer said the book is finished), and the label alone names no one
			"ලියුම්කරු පැවසුවේ පොත නිම කළ බවයි", "ලියුම්කරු:",
			// review57d: the label before the writer's post under the text (the writer
			// is a former deputy governor of the Central Bank), no name
			"ලියුම්කරු: ශ්‍රී ලංකා මහ බැංකුවේ හිටපු නියෝජ්‍ය අධිපතිවරයෙකි." })
	void rejectsSinhalaLinesThatAreNotBylines(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"(Reporting by Maria Tsvetkova in Moscow; Editing by Peter Graff)|Maria Tsvetkova",
			"Reporting by Ali Kucukgocmen and Daren Butler; Writing by Jonathan Spicer; Editing by Alex Richardson|Ali Kucukgocmen;Daren Butler;Jonathan Spicer",
			"(Additional reporting by Tom Balmforth; Writing by Lidia Kelly; Editing by Michael Perry)|Lidia Kelly" })
	void readsWritersButNotEditorsFromCreditLines(String line, String expected) {
		assertThat(BylineDetector.creditLine(line)).isEqualTo(List.of(expected.split(";")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Edited by Anna Grant", "Editor: Paul Stone", "Photo by Ivan Petrov",
			"Translated by Eva Lind", "Редактор: Олег Иванов" })
	void recognisesEditorAndPhotographerCredits(String line) {
		assertThat(BylineDetector.isEditorLine(line)).isTrue();
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// Names in scripts without capitals after a label, in Chinese, Japanese and Korean
	// one word each.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "بقلم: أحمد خالد|أحمد خالد", "מאת: דני כהן|דני כהן", "โดย สมชาย ใจดี|สมชาย ใจดี",
					"रिपोर्ट: राहुल शर्मा|राहुल शर्मा", "نویسنده: علی رضایی|علی رضایی", "记者 张伟|张伟", "记者 张伟 王芳|张伟;王芳",
					"作者：李娜|李娜", "Γράφει: Μαρία Νικολάου|Μαρία Νικολάου",
					// asia39: Sinhala's label with its spaced dash; a Chinese
					// correspondent's label between the reporters' names
					"සටහන - කසුන් පෙරේරා|කසුන් පෙරේරා", "记者 陈晓 通讯员 刘思远|陈晓;刘思远", "通讯员 刘思远|刘思远",
					"Penulis: Budi Santoso|Budi Santoso", "Szerző: Kovács Anna|Kovács Anna",
					// a given name that is some language's short weekday (Lithuanian
					// "An")
					"Tác giả: Nguyễn Văn An|Nguyễn Văn An",
					// lang57: Sinhala's "the writer:" (blind34's byline)
					"ලියුම්කරු: චමිලා ජයසිංහ|චමිලා ජයසිංහ" })
	void readsNamesAfterLabelsInOtherScripts(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// open59: "reporter:" and "correspondent:", the labels each language's own news
	// sites write, where its file lacked them: South Asian scripts (Sinhala, Tamil,
	// Telugu, Kannada, Malayalam, Marathi, Bengali, Urdu), Southeast Asian languages
	// (Thai, Vietnamese, Indonesian) and Hungarian's "text:".
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "වාර්තාකරු: නිරෝෂා පෙරේරා|නිරෝෂා පෙරේරා", "நிருபர்: ராஜேஷ் குமார்|ராஜேஷ் குமார்",
					"విలేకరి: శ్రీనివాస్ రెడ్డి|శ్రీనివాస్ రెడ్డి", "ವರದಿಗಾರ: ಮಂಜುನಾಥ ಗೌಡ|ಮಂಜುನಾಥ ಗೌಡ",
					"റിപ്പോർട്ടർ: അനിൽ കുമാർ|അനിൽ കുമാർ", "वार्ताहर: सचिन पाटील|सचिन पाटील",
					"সংবাদদাতা: রফিকুল ইসলাম|রফিকুল ইসলাম", "نامہ نگار: عمران خان|عمران خان",
					"ผู้สื่อข่าว: สมศักดิ์ แก้วมณี|สมศักดิ์ แก้วมณี", "Phóng viên: Trần Thị Hoa|Trần Thị Hoa",
					"Wartawan: Dewi Lestari|Dewi Lestari", "Szöveg: Nagy Eszter|Nagy Eszter" })
	void readsNamesAfterTheReportersLabelsOfMoreLanguages(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// open59: the label alone, and a sentence that opens with the word without its
	// colon (the reporter said …), name no one.
	@ParameterizedTest
	@ValueSource(strings = { "වාර්තාකරු:", "Wartawan:", "Phóng viên cho biết cây cầu sẽ mở cửa vào tuần tới.",
			"Wartawan itu mengatakan jembatan akan dibuka pekan depan." })
	void rejectsReportersLabelsWithoutAName(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// review59a: a name's third or fourth word that is some language's month or weekday
	// ("Mai", May in German and French; "Thu", English's Thursday; "Marzo", "Juni")
	// stays the name's where it ends the part or another name word follows it; a month
	// before a figure, and a weekday before a comma's date, still end the name.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Phóng viên: Trần Thị Mai|Trần Thị Mai", "Phóng viên: Nguyễn Thị Mai Anh|Nguyễn Thị Mai Anh",
					"Phóng viên: Phạm Thị Thu Hà|Phạm Thị Thu Hà", "Tác giả: Lê Thị Mai, 04/12/2026|Lê Thị Mai",
					"Por Ana María Marzo|Ana María Marzo", "Oleh Siti Nur Juni|Siti Nur Juni",
					"Von Max Müller Mittwoch, 3. Dezember|Max Müller", "Von Max Müller Mai 2024|Max Müller",
					"Por Juan Pérez Mayo 2024|Juan Pérez" })
	void keepsANamesWordThatIsAMonthElsewhere(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// A byline whose label follows the names: a role, after an agency's dateline and
	// before an e-mail address.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "김민수 기자|김민수", "김민수 기자 minsu@example.co.kr|김민수", "(서울=뉴스) 이서연 기자|이서연", "(서울=뉴스) 이서연 기자 =|이서연",
					"김민수·이서연 기자|김민수;이서연", "Иван Петров, специальный корреспондент|Иван Петров",
					"राहुल शर्मा द्वारा|राहुल शर्मा" })
	void readsNamesBeforeTheirRole(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(Arrays.asList(expected.split(";")));
	}

	// meta58: Telugu's "special correspondent" after a writer's name and a comma, as the
	// Russian role; "our special correspondent" and a town before it name no one.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "కె. శ్రీనివాస్, ప్రత్యేక ప్రతినిధి|కె. శ్రీనివాస్",
			"రవి కుమార్, ప్రత్యేక ప్రతినిధి|రవి కుమార్", "మా ప్రత్యేక ప్రతినిధి|", "హైదరాబాద్, ప్రత్యేక ప్రతినిధి|" })
	void readsATeluguWriterBeforeTheirRole(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// review58a: a role of several words names a writer only after a comma; right after
	// words it is their phrase, the state government's, the United Nations' or the
	// centre's appointed special representative (after a name and a comma too: "Ravi
	// Kumar, the state government's special representative" is no two writers).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ఏపీ ప్రభుత్వ ప్రత్యేక ప్రతినిధి|", "ఐక్యరాజ్య సమితి ప్రత్యేక ప్రతినిధి|",
			"కేంద్ర ప్రభుత్వం నియమించిన ప్రత్యేక ప్రతినిధి|", "రవి కుమార్, ఏపీ ప్రభుత్వ ప్రత్యేక ప్రతినిధి|",
			"కె. శ్రీనివాస్, ప్రత్యేక ప్రతినిధి|కె. శ్రీనివాస్", "Иван Петров, собственный корреспондент|Иван Петров" })
	void readsARoleOfSeveralWordsOnlyAfterAComma(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo((expected != null) ? List.of(expected) : null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "기자", "기자 회견이 열렸다", "서울시청 출입 기자 모임", "정부는 12일 기자 간담회를 열고 계획을 밝혔다", "корреспондент",
			"Наш корреспондент", "记者 东京都内で新たに感染確認", "记者", "作者：东京都内で新たに感染確認" })
	void readsNoNamesWhereARoleOrLabelStandsAlone(String line) {
		assertThat(BylineDetector.byline(line)).isNull();
	}

	// A Japanese article signs its last paragraph with the writer's name in brackets; an
	// agency's short name there is no writer.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "駅周辺の商店街からは歓迎の声が上がっている。（山田太郎）|山田太郎", "駅周辺の商店街からは歓迎の声が上がっている。（共同）|", "写真は記者撮影（ロイター）|", "（東京）|" })
	void readsTheSignOffOfAJapaneseArticle(String paragraph, String expected) {
		assertThat(BylineDetector.signOff(paragraph)).isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// A place and a weekday before a date are no name.
	@ParameterizedTest
	@ValueSource(
			strings = { "Barcelona. Dimarts, 12 de març del 2024. 14:30 h", "Madrid. Martes, 12 de marzo de 2024" })
	void readsNoNameFromAPlaceAndAWeekday(String line) {
		assertThat(BylineDetector.datedByline(line)).isNull();
	}

	// A line no label opens is no one's name when the page writes a word of it, before
	// the last, in lower case in its sentences: a heading or a menu entry, not a given
	// name. A surname may be an ordinary word; a label vouches for its names. Nor is a
	// share bar's button in title case beside the date line, in any language ("Link
	// Kopieren", "Copy Link", junk59).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Link Kopieren / 3.11.2023 / Für 2023 rechnet das Unternehmen aus Colorado mit mehr Umsatz.|",
					"Copy Link / 18 Nov 2019 / The council approved the budget on Monday, officials said.|",
					"Kopiuj Link / 18.11.2019 / Rada miasta przyjęła budżet w poniedziałek, poinformował urząd.|",
					"Kopier Lenke / 18.11.2019 / Bystyret vedtok budsjettet mandag, opplyser kommunen.|",
					"Kopiera Länk / 18.11.2019 / Fullmäktige antog budgeten på måndagen, meddelar kommunen.|",
					"Kopier Link / 18.11.2019 / Byrådet vedtog budgettet mandag, oplyser kommunen.|",
					"Kopioi Linkki / 18.11.2019 / Valtuusto hyväksyi talousarvion maanantaina, kunta kertoo.|",
					"Aktuelle Meldung / 21.01.2022 / Das Kabinett hat die aktuelle Lage beraten, sagte ein Sprecher.|",
					"Saftiger Zitronenkuchen / 17 Feb 2020 / Ein saftiger Kuchen vom Blech gelingt immer.|",
					"Cake Recipes / 80 Comments / Bake the cake for forty minutes and let it cool.|",
					"Lewis White / 18 Nov 2019 / The white paper was published on Monday, officials said.|Lewis White",
					"By Mark Fisher / 18 Nov 2019 / They mark the day with a parade through the town.|Mark Fisher",
					"Jana Novak / 18 Nov 2019 / Jana Novak covers the city council for the paper.|Jana Novak" })
	void takesNoOrdinaryWordsOfThePageForAName(String page, String expected) {
		List<Paragraph> paragraphs = DateCandidatesTests.paragraphs(page);
		List<String> names = nameOfFirstLine(paragraphs);
		assertThat(BylineDetector.withoutOrdinaryWords(paragraphs, paragraphs.get(0).line(), names, null))
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// On a German page a topic over a teaser is an adjective and a noun, both with
	// capitals ("Olympische Winterspiele", "Ganzes Ergebnis"): the adjective is no given
	// name when the page writes its stem in lower case with another ending or none, and
	// the noun again without it (junk59's pages all do). The surname is left ("Heike
	// Lange", "lange"), and the endings are German's alone: a French page's "pierres"
	// says nothing of "Pierre Dupont" (junk59). A given name ending as an adjective
	// ("Reiner", "Lasse", "Malte", "Traute") over a page that writes "reine", "lassen",
	// "malten" or "traut" keeps: its surname stands nowhere else, or only after it
	// (review59b).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"de|Olympische Winterspiele / 02 Feb. 2022 / Bei den olympischen Spielen in Peking startet die Staffel zuerst. / Die Olympischen Winterspiele enden am 20. Februar.|",
			"de|Ganzes Ergebnis / 03.02.2022 / Das Springen war ganz knapp, sagte der Trainer nach dem Wettkampf. / Komplettes Ergebnis|",
			"de|Weitere Informationen / 03.02.2022 / Die Stadt will weiter sparen, sagte der Bürgermeister am Montag. / Diese Informationen gibt es im Rathaus.|",
			"de|Reiner Haseloff / 03.02.2022 / Das sei eine reine Formsache gewesen, sagte der Bürgermeister.|Reiner Haseloff",
			"de|Lasse Becker / 03.02.2022 / Die Stadt will sich den Bau des Bades nicht nehmen lassen, sagte der Kämmerer. / Lasse Becker schreibt über die Stadtpolitik.|Lasse Becker",
			"de|Malte Kreutzfeldt / 03.02.2022 / Die Kinder malten am Vormittag Blumen auf die Bretter am Markt.|Malte Kreutzfeldt",
			"de|Traute Hansen / 03.02.2022 / Niemand traut sich, die Pläne offen abzulehnen, sagte ein Stadtrat.|Traute Hansen",
			"|Olympische Winterspiele / 02 Feb. 2022 / Bei den olympischen Spielen in Peking startet die Staffel zuerst.|Olympische Winterspiele",
			"de|Heike Lange / 03.02.2022 / Die Sitzung dauerte lange, sagte der Bürgermeister am Montag.|Heike Lange",
			"de|Ronja Beck / 16.11.2018 / Die Redaktion schließt, und das Aquarium bleibt als letztes zurück.|Ronja Beck",
			"fr|Pierre Dupont / 3 février 2022 / Les pierres du vieux pont seront remplacées, a indiqué la mairie.|Pierre Dupont" })
	void takesNoGermanAdjectiveForAGivenName(String language, String page, String expected) {
		List<Paragraph> paragraphs = DateCandidatesTests.paragraphs(page);
		List<String> names = nameOfFirstLine(paragraphs);
		assertThat(BylineDetector.withoutOrdinaryWords(paragraphs, paragraphs.get(0).line(), names, language))
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// A template that drops the space after "By" glues it to the name's capital
	// ("ByTal Axelrod" over the date line): the line is a byline, its name without the
	// label. A word that opens with "By" and a lower-case letter ("Byron") is no label,
	// nor is "By" before a hyphen: English's compounds ("By-Election", "By-Law",
	// "By-Pass"), where only Zulu's "ngu-" is listed with its hyphen (review59b).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ByTal Axelrod|Tal Axelrod", "ByAlex Bozarjian|Alex Bozarjian", "BY Jane Roe|Jane Roe",
					"Byron Stone|", "Bytes and Bits|", "By-Election Results|", "BY-ELECTION RESULTS|",
					"By-Law Changes|", "By-Pass Closed|" })
	void readsAByGluedToTheName(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// A name read from a bare line that the page's menus list again, twice or more alone
	// on its line among other sections, one of them a single word: a section's name
	// ("Harbour Life", "Freie Zeit"), no writer's. A columnist one menu lists once among
	// the sections (review51b), a list of the site's writers (no single word), an author
	// box (its label and bio beside the name), a labelled byline and a name the page
	// writes only once keep their names. Two sections or tags joined on one line, each
	// listed alone elsewhere, are no name ("Ehrenamt Jugendverbände", "Food Drink"); a
	// name one word of which stands alone (a comment's "Mara") keeps (junk59).
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Ehrenamt Jugendverbände / 23.01.2020 / Der Bundespräsident würdigte das Engagement der Jugendverbände. / Themen / Ehrenamt / Jugendpolitik / Jugendverbände / Juleica|",
			"Food Drink / 3 March 2026 / The market reopens on Saturday with twelve new stalls, the council said. / Home / Food / Travel / Drink / Sport|",
			"Mara Quist / 3 March 2026 / The market reopens on Saturday with twelve new stalls, the council said. / Comments / Mara / Great news for the town!|Mara Quist",
			"Harbour Life / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Home / Weather / Harbour Life / Town Council / Sport / Share / News / Harbour Life / Events / Sport|",
			"Freie Zeit / 3. März 2026 / Die Fähre fährt ab Montag zweimal in der Stunde, sagte der Betreiber. / Startseite / Verein / Freie Zeit / Natur & Umwelt / Klimaschutz / Impressum / Verein / Freie Zeit / Natur & Umwelt / Kontakt|",
			"Mara Quist / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Home / Opinion / Mara Quist / Letters / Sport|Mara Quist",
			"Mara Quist / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Our writers / Tom Ecker / Mara Quist / Lina Hartmann / Jo Pratt|Mara Quist",
			"Mara Quist / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Share / About the author / Mara Quist / Reporter at the Gazette. / Contact|Mara Quist",
			"By Mara Quist / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Home / Weather / Mara Quist / Council / Sport|Mara Quist",
			"Mara Quist / 3 March 2026 / The ferry will run twice an hour from Monday, the operator said. / Home / Weather / Town Council / Sport / News|Mara Quist" })
	void takesNoSectionTheMenuListsForAName(String page, String expected) {
		List<Paragraph> paragraphs = DateCandidatesTests.paragraphs(page);
		List<String> names = nameOfFirstLine(paragraphs);
		assertThat(BylineDetector.withoutMenuEntries(paragraphs, paragraphs.get(0).line(), names))
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// The name the page's first line gives, its "By " label left off.
	private static List<String> nameOfFirstLine(List<Paragraph> paragraphs) {
		String line = paragraphs.get(0).text();
		return List.of(line.startsWith("By ") ? line.substring(3) : line);
	}

	// A name read from a line that itself stands among the menu's entries is a section's
	// at its first listing elsewhere (review51b); the menu's line alone, listed nowhere
	// else, is left to the other rules.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / Sport / Harbour Life / Weather / Events / Harbour flats sell out in a week / The ferry will run twice an hour from Monday, the operator said. / News / Business / Harbour Life / Events / Sport|",
			"Home / Sport / Harbour Life / Weather / Events / Harbour flats sell out in a week / The ferry will run twice an hour from Monday, the operator said. / Share this story / Facebook|Harbour Life" })
	void takesNoNameReadFromAMenuListedAgain(String page, String expected) {
		List<Paragraph> paragraphs = DateCandidatesTests.paragraphs(page);
		assertThat(BylineDetector.withoutMenuEntries(paragraphs, paragraphs.get(2).line(), List.of("Harbour Life")))
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// A labelled byline at the end of the text outranks a bare capitalised line beside
	// the
	// date (a section's name the menu repeats) that scores as much; the two stand too
	// far apart to make a list.
	@Test
	void prefersALabelledBylineToABareLineBesideTheDateAtTheSameScore() {
		String sentence = "Bus listrik mulai melayani rute sekolah di Bandung pada pekan ini, kata dinas perhubungan kota. / ";
		List<Paragraph> page = DateCandidatesTests
			.paragraphs("Beranda / Bandung Raya / Bus listrik untuk anak sekolah / Bandung Raya / 24 Juni 2024 / "
					+ sentence.repeat(6) + "Penulis: Dinda Pratiwi / Editor: Agus Setiawan");
		assertThat(BylineDetector.authors(page, 4).names()).containsExactly("Dinda Pratiwi");
	}

	// A writer who signs under the text's last sentence: a bare name or a dash and a
	// name, with nothing under it but the page's prompts or a bio of the same writer. A
	// heading over links, a name under which a comment's text goes on, a person the text
	// names (the one it speaks with) and initials alone (no name to query) sign nothing.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"— Gwen Porter / Gwen Porter covers the town hall for the paper. / Leave a comment|Gwen Porter",
			"Marie Dupont / Sur le même sujet / Liège : le musée prolonge son exposition|Marie Dupont",
			"Hoàng Minh Tuấn / Chia sẻ|Hoàng Minh Tuấn", "Gwen Porter|Gwen Porter",
			"Related Links / European Space Agency website|",
			"Gwen Porter / What a good idea, we should have done this years ago and saved the money for the school.|",
			"Tom Baker / Share|", "C. V.|", "— J.-M. L. / Partager|" })
	void readsTheWriterWhoSignsUnderTheText(String tail, String expected) {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Council approves the new bridge / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night. / "
				+ "Work is expected to begin in April and take about five months, Tom Baker of the works department said. / "
				+ tail);
		BylineDetector.Candidate signature = BylineDetector.signature(page, 2);
		assertThat((signature != null) ? signature.names() : null)
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// A particle of the writer's name that the text writes too ("de") names nobody the
	// text speaks of: the signature stands.
	@Test
	void readsASignatureWhoseParticleTheTextWrites() {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Nieuwe brug geopend / "
				+ "In de stad werd de nieuwe brug gisteren feestelijk geopend, zei de burgemeester. / "
				+ "De werkzaamheden duurden vijf maanden en kostten twee miljoen euro, meldt de gemeente. / Jan de Vries");
		BylineDetector.Candidate signature = BylineDetector.signature(page, 2);
		assertThat((signature != null) ? signature.names() : null).isEqualTo(List.of("Jan de Vries"));
	}

	// A bare name under a headline deep in a whole page is its byline when a date line
	// stands right beside it; a menu line there is not a name, and a name with no date
	// line beside it is not vouched for.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Debbie Moss / 18 Nov 2019, 19:09|true", "Claire Fontaine / 19 février 2020 / Montréal|true",
					"Jonas Weber / Aktualisiert am 3. März 2022|true", "Debbie Moss / Council approves plan|false" })
	void vouchesForABareNameBesideTheDateLine(String header, boolean corroborated) {
		String menu = "Home / News / Sport / Culture / Weather / Opinion / Video / Audio / Local / World / ";
		List<Paragraph> page = DateCandidatesTests.paragraphs(menu + "Council approves new budget / " + header
				+ " / The council approved the plan after a long debate that lasted well into the night, officials said.");
		int name = 11;
		assertThat(BylineDetector.isCorroborated(page, List.of(page.get(name).text()), page.get(name).line()))
			.isEqualTo(corroborated);
	}

	// "A;B" as the names a case expects, an empty cell as none
	// sign35: a writer's role or desk after the comma names no second writer ("Local
	// Democracy" once "Reporter" is cut off), and "Compiled by" labels an archive's
	// column. A desk alone, a service's name after the comma and two names stay as
	// they were read.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "By Harriet Cole, Local Democracy Reporter|Harriet Cole", "By Dana Price, Patch staff|Dana Price",
					"Compiled by Margaret Hale, Herald archivist|Margaret Hale",
					"By Ana Lima, chief political correspondent|Ana Lima",
					"By Harriet Cole, Local Democracy Reporting Service|Harriet Cole",
					"By Harriet Cole and Tom Hale|Harriet Cole;Tom Hale",
					"By MARISOL VEGA and TOM HADLEY Associated Press|Marisol Vega;Tom Hadley", "By Education Desk|",
					"Compiled by the editors|" })
	void readsNoWriterFromARoleAfterTheComma(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// sign35: a blog's date line names the writer, then the post's categories after
	// "in" (read so already on main: a single capitalised category is let go); a
	// writer's place after "in" is cut, and a category line names no one.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Posted on 28th November 2026 by Mia Lund in Scotland, Walking|Mia Lund",
					"Posted on June 3, 2024 by Jane Roe in New York and Tom Hale in London|Jane Roe;Tom Hale",
					"Posted on June 3, 2024 by Jane Roe|Jane Roe", "Posted in Politics by the editors|",
					"Posted on June 3, 2024 in Politics, Scotland|" })
	void readsTheWriterBeforeABlogsCategories(String line, String expected) {
		assertThat(BylineDetector.afterBy(line)).isEqualTo(namesOrNone(expected));
	}

	// sign35: the byline inside the publication date line is the article's, though its
	// writer also answers a comment on a dated line: two "name – date" lines make no
	// list of teasers of it.
	@Test
	void readsTheBylineInTheDateLineThoughItsWriterAnswersAComment() {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Three days on the West Highland Way / "
				+ "Posted on 28th November 2026 by Mia Lund in Scotland, Walking / "
				+ "The first day is gentle, all farm tracks and old railway line, and I walked it far too fast. / "
				+ "Day 2: Drymen to Rowardennan / "
				+ "Conic Hill was hidden in cloud, which meant no view of the loch but also no crowds at all. / "
				+ "Day 3: Rowardennan to Inverarnan / "
				+ "The path along the loch after the hostel is beautiful and much rougher than I expected. / "
				+ "For anyone planning the walk, I packed a light rucksack, two pairs of socks and a lot of tape. / "
				+ "12 comments / Ewan M. – November 29, 2026 at 8:14 am / Great write-up! Day 3 nearly broke me too. / "
				+ "Mia Lund – November 30, 2026 at 9:02 pm / Yes, about two months ahead.");
		assertThat(BylineDetector.authors(page, 1).names()).containsExactly("Mia Lund");
	}

	// sign35: "X reports from <Place>" names the writer; a sentence about reports, a
	// report's claim and an outlet's or a correspondent's line do not.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Glen Morrow reports from Carrick Mart|Glen Morrow",
					"Ana Lima and Tom Hale report from Lviv, Ukraine|Ana Lima;Tom Hale",
					"Reports from the front line suggest the talks have stalled|",
					"Jane Doe reports from Kyiv that the talks have stalled.|", "Jane Doe reports from the border|",
					"The Daily Courier reports from Kyiv|", "Our correspondent reports from Kyiv|" })
	void readsAWriterWhoReportsFromAPlace(String line, String expected) {
		assertThat(BylineDetector.reportingByline(line)).isEqualTo(namesOrNone(expected));
	}

	// sign35: a diarist who signs under the text with their place ("Ruth Ellery, Kielder,
	// Northumberland"), over a line that is no sentence. A quote's speaker and role, a
	// closing line, a commenter whose comment goes on under their place and a letter
	// among several (another signed over it) are no signature. (sign37: a journalist's
	// job after the name signs the text, "Helen Mayhew, former editor", the op-ed writer
	// mendA35 reads as its author.)
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Ruth Ellery, Kielder, Northumberland / Country diary is on Twitter at @CountryDiary|Ruth Ellery",
					"Ruth Ellery, Kielder|Ruth Ellery", "— Helen Ward, head nurse|",
					"Write to us at letters@example.org|",
					"Ruth Ellery, Kielder / What a lovely piece, thank you so much for writing it for all of us.|",
					"Helen Mayhew, former editor / Share|Helen Mayhew" })
	void readsTheDiaristWhoSignsWithTheirPlace(String tail, String expected) {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Council approves the new bridge / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night. / "
				+ "Work is expected to begin in April and take about five months, the works department said. / "
				+ tail);
		BylineDetector.Candidate signature = BylineDetector.signature(page, 2);
		assertThat((signature != null) ? signature.names() : null)
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// sign37: a reporter who signs under the text with their job ("— Gwen Harris, Local
	// Democracy Reporter"), also under a last sentence too short to be running text. A
	// quote's speaker with a job no journalist's (a coach, a nurse), a letter's list of
	// signatories, a photo credit and an organisation are no signature. (review37b: nor
	// is a journalist quoted under the text, their quotation in full over their job.)
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"A final decision will be made in March. / — Gwen Harris, Local Democracy Reporter / Have your say;Gwen Harris",
			"— Gwen Harris, Local Democracy Reporter / Have your say;Gwen Harris",
			"Tom Hale, health correspondent;Tom Hale",
			"A final decision will be made in March. / — Gemma Walsh, Under-14s coach;",
			"\"We will be back stronger next season.\" / — Gemma Walsh, coach / Share this story;",
			"“He printed every front page I ever wrote.” / — Brenda Okafor, former editor / Share this story;",
			"\"Local radio is where people hear the news first.\" / — Martin Greaves, media columnist;",
			"A final decision will be made in March. / — Helen Ward, head nurse / Share this story;",
			"A final decision will be made in March. / Louis Begley, writer / Mia Bay, historian / Anne Applebaum;",
			"A final decision will be made in March. / Photo: Tom Hale | Agency / Share this story;",
			"A final decision will be made in March. / Northshire County Council, communications team / Share;" })
	void readsTheReporterWhoSignsWithTheirJob(String tail, String expected) {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Three village libraries could close / "
				+ "Libraries in three villages could close next year under plans to save the county council more than a million pounds. / "
				+ "Campaigners have already started a petition, which had more than two thousand signatures by Monday evening. / "
				+ tail);
		BylineDetector.Candidate signature = BylineDetector.signature(page, 3);
		assertThat((signature != null) ? signature.names() : null)
			.isEqualTo((expected != null) ? List.of(expected) : null);
	}

	// sign38: under a correction of the piece, a name and a journalist's job sign the
	// note, not the article (review37b's case); the library reporter still signs the
	// text.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"This article was amended on 4 December 2026 to correct the date of the vote. / — Sarah Linton, standards editor / Share this story;",
			"Correction: An earlier version of this article gave the wrong name for the library. / — Sarah Linton, Standards Editor;",
			"A final decision will be made in March. / — Gwen Harris, Local Democracy Reporter / Have your say;Gwen Harris",
			"The correct figure was given by the council on Tuesday after the meeting. / — Gwen Harris, Local Democracy Reporter;Gwen Harris" })
	void readsNoSignatureUnderACorrection(String tail, String expected) {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Three village libraries could close / "
				+ "Libraries in three villages could close next year under plans to save the county council more than a million pounds. / "
				+ "Campaigners have already started a petition, which had more than two thousand signatures by Monday evening. / "
				+ tail);
		BylineDetector.Candidate signature = BylineDetector.signature(page, 3);
		assertThat((signature != null) ? signature.names() : null).isEqualTo(namesOrNone(expected));
	}

	// sign38: a Japanese credit's label ends with a slash or a dot ("文／", "文・"); the
	// photographer's credit after the writer's on the same line is no writer. A section's
	// name that starts with the same character, a photo credit alone and a Taiwanese
	// reporter's place after the slash read as before.
	@ParameterizedTest
	// (asia39: the writer's credit joined to another before the slash, "文・写真／" text and
	// photos, "文・構成／" text and composition; the editorial desk is no person; a sentence
	// that opens with "文" is no credit.)
	@CsvSource(delimiter = ';',
			value = { "文／佐藤由美　写真／中村健;佐藤由美", "文／佐藤由美 写真／中村健;佐藤由美", "文／佐藤由美;佐藤由美", "文・佐藤健一;佐藤健一", "写真／中村健;", "文化・芸能;",
					"文／写真;", "記者林怡君／高雄報導;林怡君", "文・構成／佐藤由美;佐藤由美", "文・構成／佐藤由美　写真／中村健;佐藤由美", "文・写真／佐藤由美;佐藤由美", "文・写真／編集部;",
					"文／編集部;", "文・構成／編集部;", "文部科学省は3日、新しい方針を発表した。;" })
	void readsTheWriterOfAJapaneseCredit(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// sign38: a Japanese article's last paragraph signed with the credit's label in the
	// brackets ("（文・佐藤健一）"); an agency's or a photo's credit there is no writer.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "県は今後、キャンペーンを展開する。（文・佐藤健一）|佐藤健一", "（文／佐藤由美）|佐藤由美", "（文・共同）|", "（写真・ロイター）|", "（文・写真）|",
					// asia39: a bracket after a word is the line's aside, an offer's
					"今すぐ登録（初月無料）|", "「ありがとう」（佐藤健一）|佐藤健一" })
	void readsTheSignOffOfAJapaneseArticleAfterItsLabel(String paragraph, String expected) {
		assertThat(BylineDetector.signOff(paragraph)).isEqualTo(namesOrNone(expected));
	}

	// sign38: an agency's dateline that opens the text names its reporters in brackets
	// after "电" ("新华社南昌11月2日电（记者王晓明、李华）"). A photo's credit in brackets, a
	// bracket of no label and a reporter named in a sentence are none.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "新华社南昌11月2日电（记者王晓明、李华）随着气温逐渐下降，今年首批越冬候鸟近日陆续飞抵江西鄱阳湖。|王晓明,李华",
					"中新网北京12月3日電（記者 陳怡君）市府今日宣布新的公車路線。|陳怡君", "綠空鐵道夜間點燈後的景象。（記者陳怡安攝）|", "新华社北京11月2日电（国际观察）各国代表今日在会上发言。|",
					"他对记者说（记者王晓明）今年的候鸟比往年多。|", "新华社北京11月2日电 记者王晓明 各国代表今日在会上发言。|" })
	void readsTheReportersAnAgencysDatelineNames(String paragraph, String expected) {
		assertThat(BylineDetector.dispatchCredit(paragraph))
			.isEqualTo((expected != null) ? List.of(expected.split(",")) : null);
	}

	// sign37: a name and the town the writer files from after a bar, under the headline
	// ("Ayşe Demir | İzmir", "નેહા પટેલ | સુરત"): the town is one the text writes. A
	// section's label and its town, a photo credit, a name and role, an organisation the
	// text names and a town the text does not write are no writer's line.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "Ayşe Demir | İzmir;Ayşe Demir", "Ayşe Demir | Ankara;", "Gündem | İzmir;",
			"Photo: Tom Hale | Agency;", "Rachel Ng | Industry correspondent;", "Büyükşehir Belediyesi | İzmir;",
			"Ayşe Demir | Sign in;", "Impressum | Datenschutz;", "Ayşe Demir | İzmir | Ankara;" })
	void readsTheWriterAndTheirTownAfterABar(String line, String expected) {
		List<Paragraph> page = DateCandidatesTests.paragraphs("İzmir'de yeni tramvay hattı için ilk ray döşendi / "
				+ line + " / Yayınlanma: 03.12.2026 11:05 / "
				+ "İzmir'de Buca ile Bornova'yı birbirine bağlayacak yeni tramvay hattında ilk ray döşendi. / "
				+ "Büyükşehir Belediye Başkanı Murat Yılmaz, törende yaptığı konuşmada hattın her gün 60 bin yolcuya hizmet vereceğini söyledi.");
		assertThat(BylineDetector.nameAndPlace(page, 1)).isEqualTo(namesOrNone(expected));
	}

	// sign37: in a script without capitals the name's words stand nowhere else on the
	// page; a section's label ("ગુજરાત સમાચાર", the site's name too) over the town does.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "નેહા પટેલ | સુરત;નેહા પટેલ", "ગુજરાત સમાચાર | સુરત;", "નેહા પટેલ | અમદાવાદ;",
			"નેહા પટેલ | સુરત શહેર;" })
	void readsTheWriterAndTheirTownInAScriptWithoutCapitals(String line, String expected) {
		List<Paragraph> page = DateCandidatesTests
			.paragraphs("સુરતમાં નવો ફ્લાયઓવર બ્રિજ ખુલ્લો મુકાયો | ગુજરાત સમાચાર / "
					+ "સુરતમાં નવો ફ્લાયઓવર બ્રિજ ખુલ્લો મુકાયો / " + line + " / 02 ડિસેમ્બર, 2026 | 08:15 PM / "
					+ "સુરતના ઉધના વિસ્તારમાં બનેલો નવો ફ્લાયઓવર બ્રિજ બુધવારે વાહનચાલકો માટે ખુલ્લો મુકાયો હતો અને લોકો ખુશ થયા હતા. / "
					+ "આ બ્રિજ 1.2 કિલોમીટર લાંબો છે અને તેના નિર્માણ પાછળ આશરે 90 કરોડ રૂપિયાનો ખર્ચ થયો છે એમ અધિકારીઓએ જણાવ્યું.");
		assertThat(BylineDetector.nameAndPlace(page, 2)).isEqualTo(namesOrNone(expected));
	}

	// asia39: in a script without capitals the town may follow a comma ("రవి కుమార్,
	// వరంగల్"), under the same checks as after a bar. A desk's byline ("మా ప్రతినిధి",
	// our
	// correspondent), an agency's one word, a town the text does not write, a town of two
	// words and a section's words the page repeats name no one.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "రవి కుమార్, వరంగల్;రవి కుమార్", "మా ప్రతినిధి, వరంగల్;", "భాషా, వరంగల్;",
			"రవి కుమార్, హైదరాబాద్;", "రవి కుమార్, వరంగల్ నగరం;", "తెలంగాణ వార్తలు, వరంగల్;" })
	void readsTheWriterAndTheirTownAfterACommaInAScriptWithoutCapitals(String line, String expected) {
		List<Paragraph> page = DateCandidatesTests
			.paragraphs("తెలంగాణ వార్తలు / వరంగల్‌లో కొత్త బస్ స్టేషన్ ప్రారంభం / " + line + " / 03 డిసెంబర్ 2026 / "
					+ "వరంగల్ నగరంలో కొత్త బస్ స్టేషన్ ఈరోజు ప్రారంభమైంది మరియు మొదటి రోజే వేలాది మంది ప్రయాణికులు అక్కడికి వచ్చారు. / "
					+ "ఈ స్టేషన్‌లో ఒకేసారి వంద బస్సులు నిలపవచ్చు అని తెలంగాణ రవాణా శాఖ అధికారులు చెప్పారు.");
		assertThat(BylineDetector.nameAndPlace(page, 2)).isEqualTo(namesOrNone(expected));
	}

	// asia39: a desk's byline in Bengali ("নিজস্ব প্রতিবেদক", own correspondent) is no
	// person's name, a writer's is.
	@Test
	void readsNoNameInABengaliDesksByline() {
		assertThat(PersonNames.clean("নিজস্ব প্রতিবেদক")).isNull();
		assertThat(PersonNames.clean("শফিক রহমান")).isEqualTo("শফিক রহমান");
	}

	// sign35: on a page of letters each writer signs their letter: the last signature
	// is no more the page's author than the first.
	@Test
	void readsNoSignatureOnAPageOfLetters() {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Letters: the bridge, the library and the buses / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night. / "
				+ "Tom Hale, Leeds / "
				+ "The library should open on Sundays, as it did for years before the budget was cut by the council. / "
				+ "Ann Moss, York");
		assertThat(BylineDetector.signature(page, 3)).isNull();
	}

	// sign35: a name and a role after a comma under a letter's last sentence sign the
	// letter; in the header, over the date line, they are the writer's box.
	@Test
	void readsNoAuthorBoxUnderALetter() {
		String letters = "Letters to the editor / Our readers on the town's future / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night. / "
				+ "Helen Mayhew, former editor / "
				+ "The library should open on Sundays, as it did for years before the budget was cut by the council.";
		assertThat(BylineDetector.authors(DateCandidatesTests.paragraphs(letters), -1)).isNull();
		String column = "Readers' editor / We got the bridge story wrong / Amara Nwosu, readers' editor / "
				+ "Sun 29 Nov 2026 08.00 GMT / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night.";
		assertThat(BylineDetector.authors(DateCandidatesTests.paragraphs(column), 3).names())
			.containsExactly("Amara Nwosu");
	}

	// mendA35: a name and a role under a standfirst's sentence, over the date line, are
	// the header's author box, not a letter's signature.
	@Test
	void readsTheAuthorBoxUnderAStandfirst() {
		String header = "Council saves the village bus / "
				+ "The route will keep its subsidy for two more years, but the decision raises harder questions about rural transport. / "
				+ "Maria Okafor, transport correspondent / Sun 30 Nov 2026 09.00 GMT / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night.";
		assertThat(BylineDetector.authors(DateCandidatesTests.paragraphs(header), 3).names())
			.containsExactly("Maria Okafor");
	}

	// mendA35: the last of several letters, another signed over it, signs no author box
	// either, though no letter goes on under it.
	@Test
	void readsNoAuthorBoxUnderTheLastOfSeveralLetters() {
		String letters = "Letters to the editor / Our readers on the town's future / "
				+ "The council approved the covered bridge on Tuesday after a long debate that lasted well into the night. / "
				+ "Tom Hale, Leeds / "
				+ "The library should open on Sundays, as it did for years before the budget was cut by the council. / "
				+ "Helen Mayhew, former editor / More from Opinion";
		assertThat(BylineDetector.authors(DateCandidatesTests.paragraphs(letters), -1)).isNull();
	}

	// mendA35: a blog whose title line ends with its writer's name, who signs under the
	// headline the page repeats: the writer, not the site's masthead.
	@Test
	void keepsTheBloggerWhoseNameTheTitleEndsWith() {
		List<Paragraph> page = DateCandidatesTests
			.paragraphs("Why I left the city | Clara Jensen / Why I left the city / Clara Jensen / March 3, 2026");
		assertThat(BylineDetector.withoutSiteName(page, page.get(2).line(), List.of("Clara Jensen")))
			.containsExactly("Clara Jensen");
	}

	// sign35: the site's name the page title ends with, repeated as the masthead, is no
	// writer; a writer whose name the title does not end with stays, and so does the
	// site's name after a label (an organisation writing on its own site).
	@Test
	void takesNoSiteNameForAWriter() {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Pet of the week: Biscuit | Lakeshore Patch / "
				+ "Lakeshore Patch / Pet of the week: Biscuit / par Lakeshore Patch / Mia Lund");
		int masthead = page.get(1).line();
		assertThat(BylineDetector.withoutSiteName(page, masthead, List.of("Lakeshore Patch"))).isNull();
		assertThat(BylineDetector.withoutSiteName(page, masthead, List.of("Mia Lund", "Lakeshore Patch")))
			.containsExactly("Mia Lund");
		assertThat(BylineDetector.withoutSiteName(page, page.get(4).line(), List.of("Mia Lund")))
			.containsExactly("Mia Lund");
		assertThat(BylineDetector.withoutSiteName(page, page.get(3).line(), List.of("Lakeshore Patch")))
			.containsExactly("Lakeshore Patch");
	}

	// head52: a page title that names the site first, before a colon, over the site's
	// masthead and the headline the title names after the colon: a bare name read above
	// the headline (the masthead, a menu's entry) is no writer's. Near misses: the writer
	// under the headline on the same page; a writer the title names first, whose name
	// stands under the headline; a title whose part after the colon the page never shows
	// alone.
	@Test
	void takesNoNameOverTheHeadlineOfASiteFirstTitleForAWriter() {
		List<Paragraph> page = DateCandidatesTests.paragraphs("Harbour Herald: Schoolchildren's drawings chosen for "
				+ "the ferry tickets / Harbour Herald / News / Sport / Ferry Notices / Schoolchildren's drawings "
				+ "chosen for the ferry tickets / Ann Carter / Six drawings by pupils of the island's schools will "
				+ "appear on next year's ferry tickets.");
		assertThat(BylineDetector.withoutSiteName(page, page.get(1).line(), List.of("Harbour Herald"))).isNull();
		assertThat(BylineDetector.withoutSiteName(page, page.get(4).line(), List.of("Ferry Notices"))).isNull();
		assertThat(BylineDetector.withoutSiteName(page, page.get(6).line(), List.of("Ann Carter")))
			.containsExactly("Ann Carter");
		List<Paragraph> column = DateCandidatesTests.paragraphs("Ann Carter: Why the ferry must stay / "
				+ "Harbour Herald / Why the ferry must stay / Ann Carter / 4 December 2026");
		assertThat(BylineDetector.withoutSiteName(column, column.get(3).line(), List.of("Ann Carter")))
			.containsExactly("Ann Carter");
		List<Paragraph> unshown = DateCandidatesTests.paragraphs("Harbour Herald: Drawings chosen for the tickets / "
				+ "Harbour Herald / Pupils' drawings will go on the ferry tickets / 4 December 2026");
		assertThat(BylineDetector.withoutSiteName(unshown, unshown.get(1).line(), List.of("Harbour Herald")))
			.containsExactly("Harbour Herald");
	}

	// review52c: a page title that names a topic or a section first ("Opinion: …",
	// "Kommentar: …") shows it as a kicker right over the columnist's bare name, or right
	// over the headline with the name above it: the name is the writer's, not a menu's.
	// The near miss: the same columnist's name on a site-first title, the site's masthead
	// at the top over the menu, is still turned away.
	@Test
	void keepsAColumnistsNameUnderATopicFirstTitlesKicker() {
		List<Paragraph> opinion = DateCandidatesTests.paragraphs("Opinion: Why the ferry timetable fails the island / "
				+ "Harbour Herald / News / Opinion / Sport / Opinion / Margaret Doyle / Why the ferry timetable "
				+ "fails the island / December 4, 2026 / The island's only ferry now leaves at six in the morning.");
		assertThat(BylineDetector.withoutSiteName(opinion, opinion.get(6).line(), List.of("Margaret Doyle")))
			.containsExactly("Margaret Doyle");
		List<Paragraph> kommentar = DateCandidatesTests.paragraphs("Kommentar: Warum die Fähre teurer wird / "
				+ "Inselbote / Lokales / Sport / Anna Schmidt / Kommentar / Warum die Fähre teurer wird / "
				+ "4. Dezember 2026 / Die einzige Fähre der Insel legt jetzt um sechs Uhr morgens ab.");
		assertThat(BylineDetector.withoutSiteName(kommentar, kommentar.get(4).line(), List.of("Anna Schmidt")))
			.containsExactly("Anna Schmidt");
		List<Paragraph> site = DateCandidatesTests.paragraphs("Harbour Herald: Why the ferry timetable fails the "
				+ "island / Harbour Herald / News / Opinion / Sport / Margaret Doyle / Why the ferry timetable "
				+ "fails the island / December 4, 2026 / The island's only ferry now leaves at six in the morning.");
		assertThat(BylineDetector.withoutSiteName(site, site.get(5).line(), List.of("Margaret Doyle"))).isNull();
	}

	// auth50: after a labelled writer's comma, the site's name (the page title's end, or
	// the first line standing alone as the masthead), alone or with the town its desk
	// writes from, is no second writer. Near misses: a second writer whose name is no
	// site's, a name that only begins with the site's words and runs on, the site's name
	// as a label's only name, and a bare line's names, which the masthead rule reads.
	@Test
	void takesNoSiteNameAfterALabelledWritersComma() {
		List<Paragraph> titled = DateCandidatesTests.paragraphs("Ferry fares rise in spring | Harbour Herald / "
				+ "Ferry fares rise in spring / Por Rita Lopes, Harbour Herald Leixões / 4/12/2026");
		int byline = titled.get(2).line();
		assertThat(BylineDetector.withoutSiteName(titled, byline, List.of("Rita Lopes", "Harbour Herald Leixões")))
			.containsExactly("Rita Lopes");
		assertThat(BylineDetector.withoutSiteName(titled, byline, List.of("Rita Lopes", "Harbour Herald")))
			.containsExactly("Rita Lopes");
		assertThat(BylineDetector.withoutSiteName(titled, byline, List.of("Rita Lopes", "Nuno Reis")))
			.containsExactly("Rita Lopes", "Nuno Reis");
		assertThat(BylineDetector.withoutSiteName(titled, byline, List.of("Rita Lopes", "Harbour Herald Porto Norte")))
			.containsExactly("Rita Lopes", "Harbour Herald Porto Norte");
		assertThat(BylineDetector.withoutSiteName(titled, byline, List.of("Harbour Herald")))
			.containsExactly("Harbour Herald");
		// review50c: a site named by one word takes no town; with a second word it is a
		// co-writer whose given name is the site's name
		List<Paragraph> oneWordSite = DateCandidatesTests
			.paragraphs("Ferry fares rise in spring | Stella / Ferry fares rise in spring / "
					+ "By Rita Lopes, Stella Jones / 4/12/2026");
		int coWriters = oneWordSite.get(2).line();
		assertThat(BylineDetector.withoutSiteName(oneWordSite, coWriters, List.of("Rita Lopes", "Stella Jones")))
			.containsExactly("Rita Lopes", "Stella Jones");
		assertThat(BylineDetector.withoutSiteName(oneWordSite, coWriters, List.of("Rita Lopes", "Stella")))
			.containsExactly("Rita Lopes");
		List<Paragraph> masthead = DateCandidatesTests.paragraphs(
				"Harbour Herald / Menu / Ferry fares rise in spring / Por Rita Lopes, Harbour Herald / 4/12/2026");
		assertThat(BylineDetector.withoutSiteName(masthead, masthead.get(3).line(),
				List.of("Rita Lopes", "Harbour Herald")))
			.containsExactly("Rita Lopes");
		List<Paragraph> headline = DateCandidatesTests
			.paragraphs("Ferry fares rise in spring / Rita Lopes, Nuno Reis / 4/12/2026");
		assertThat(BylineDetector.withoutSiteName(headline, headline.get(1).line(), List.of("Rita Lopes", "Nuno Reis")))
			.containsExactly("Rita Lopes", "Nuno Reis");
	}

	// auth50: a dispatch's bare byline beside the date, the place it was written from
	// after the writer's comma ("…, in Harrowgate Bay"), names one writer, not the place
	// as a second. Near misses: Slovenian's "in" (and) between two names, no comma
	// before it, still joins two writers; a place that runs on into a sentence is no
	// dispatch's place.
	@Test
	void readsADispatchsPlaceAfterTheWritersCommaAsNoName() {
		List<Paragraph> dispatch = DateCandidatesTests.paragraphs("Festival day three: a quiet western / "
				+ "Marta Quell, in Harrowgate Bay / December 3, 2026, 11:58 p.m. ET / "
				+ "The third day opened with a film nobody expected to like. / "
				+ "Marta Quell is the paper's film critic.");
		assertThat(BylineDetector.authors(dispatch, 2).names()).containsExactly("Marta Quell");
		List<Paragraph> slovenian = DateCandidatesTests.paragraphs("Nov most čez reko / "
				+ "Maja Kovač in Ana Novak / 3. decembra 2026 / Občina je odprla nov most čez reko.");
		assertThat(BylineDetector.authors(slovenian, 2).names()).containsExactly("Maja Kovač", "Ana Novak");
		List<Paragraph> sentence = DateCandidatesTests.paragraphs("Festival day three / "
				+ "Marta Quell, in Harrowgate Bay today, / December 3, 2026 / The day opened with a film.");
		BylineDetector.Candidate found = BylineDetector.authors(sentence, 2);
		assertThat((found != null) ? found.names() : List.of()).doesNotContain("Harrowgate Bay");
	}

	// sign36: labels and roles the language files gained: a club's "Match report by"
	// (its coach's role after the comma left out), Icelandic's "X skrifar" (writes),
	// Yoruba's "Láti ọwọ́" (from the hand of), Tamil's reporter with an initial.
	// Look-alikes: a report's findings, a photo's credit, a quoted coach, a headline
	// with "by", a sentence going on after "skrifar", a police force's media office;
	// a bare "Report by" (review36b: a body's report, a headline in title case).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Match report by Gemma Walsh, Under-14s coach|Gemma Walsh", "Report by Tom Hale|",
					"Report by Care Quality Commission|", "Report By Watchdog Warns Of Winter Pressure|",
					"Guðrún Helgadóttir skrifar|Guðrún Helgadóttir", "Láti ọwọ́ Adéwálé Ògúnníyì|Adéwálé Ògúnníyì",
					"செய்தியாளர்: க. சரவணன்|க. சரவணன்", "Report by the committee finds rising costs|",
					"Match report by numbers: how the final was won|", "Photo by Tom Hale|",
					"\"We were brilliant,\" said Gemma Walsh, Under-14s coach.|",
					"Guðrún Helgadóttir skrifar um nýju sundlaugina á Egilsstöðum|", "Hann skrifar|",
					"Northshire Youth FC|", "Posted by Northshire Police Media Office|" })
	void readsTheLabelsAndRolesTheLanguageFilesGained(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// sign39: the writer past their job around the name: German's "Von unserem
	// Redakteur" (language data), a job before the name ("By Meteorologist …", a
	// box mark), a role in lower case whose field joins two words ("Highlands and
	// Islands reporter"). Look-alikes: the desk itself after "von", readers after "Von
	// unseren", a job and one word, a section after "By", three writers, a role in a
	// sentence, a role in capitals (as before).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Von unserem Redakteur Jörg Brandt|Jörg Brandt", "Von unserer Redakteurin Anna Roth|Anna Roth",
					"By Meteorologist Dana Kowalski|Dana Kowalski", "By Chief Meteorologist Tom Hale|Tom Hale",
					"By Alasdair Mackie, Highlands and Islands reporter|Alasdair Mackie", "von unserer Redaktion|",
					"Von unseren Lesern in Hohenstein|", "By Reporter Tom|",
					"By Editor's choice: the ten best films of the year|",
					"By Tom Hale, Ann Lee and Jo Brand|Tom Hale;Ann Lee;Jo Brand",
					"By Tom Hale, who covered the Highlands and Islands as a reporter|",
					"By Jane Roe, Science and Health Editor|Jane Roe" })
	void readsTheWriterPastTheirJobAroundTheName(String line, String expected) {
		assertThat(BylineDetector.byline(line)).isEqualTo(namesOrNone(expected));
	}

	// sign39: an author box's name line with a bar before a role of capitalised words
	// ("Nadia Quraishi | Technology Reporter"), as one in lower case was read. A
	// section's or a prompt's words before the bar, or a menu entry between, name no
	// one.
	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "Nadia Quraishi | Technology Reporter;Nadia Quraishi",
					"Rachel Ng | Industry correspondent;Rachel Ng", "Politics | Senior Reporter;",
					"Sign in | Technology Reporter;", "Nadia Quraishi | Jobs Board | Technology Reporter;" })
	void readsTheAuthorBoxWithABarBeforeTheRole(String line, String expected) {
		assertThat(BylineDetector.authorBox(line)).isEqualTo(namesOrNone(expected));
	}

	private static List<String> namesOrNone(String expected) {
		return (expected != null) ? Arrays.asList(expected.split(";")) : null;
	}

}
