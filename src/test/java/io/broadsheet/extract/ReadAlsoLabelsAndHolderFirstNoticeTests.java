package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture the open sets still kept at the body's end and between its paragraphs
 * (tail52), on invented pages: read-also labels no language file knew (Mongolian "Мөн
 * уншина уу", Sinhala "මේවාත් කියවන්න", French "Voir aussi"), and a copyright line that
 * names its holder before the sign and the year ("Harbour Light Gazette © 2026. All
 * rights reserved."). And look-alikes that stay: a Mongolian sentence holding the label's
 * words, a French sentence opening with them without the label's colon, a sentence naming
 * a brand, the sign and a year.
 */
class ReadAlsoLabelsAndHolderFirstNoticeTests extends WholePageTests {

	private static String mongolianPage(String middle) {
		return """
				Нийгэм

				Дархан хотод шинэ номын сан нээгдлээ

				Сурвалжлагч: Д.Сарантуяа

				Дархан-Уул аймгийн төвд өнөөдөр хоёр давхар шинэ номын сан албан ёсоор нээгдэж, уншигчдад үйлчилж эхэллээ.

				Номын сан нь арван хоёр мянган номтой бөгөөд хүүхдийн уншлагын танхим, компьютерийн өрөөтэй юм.

				%s

				"Хүүхдүүд амралтын өдрөөр энд ирж ном унших боломжтой боллоо" гэж аймгийн Соёлын төвийн дарга хэллээ.

				Номын сан өдөр бүр 09:00-19:00 цагийн хооронд ажиллана.
				"""
			.formatted(middle);
	}

	@Test
	void leavesAMongolianPoliteReadAlsoLabelOut() {
		ParsedArticle article = extract(mongolianPage("Мөн уншина уу: Сэлэнгэ аймагт шинэ сургууль баригдана"));
		assertThat(article.body()).startsWith("Дархан-Уул аймгийн төвд")
			.contains("гэж аймгийн Соёлын төвийн дарга хэллээ.")
			.endsWith("цагийн хооронд ажиллана.")
			.doesNotContain("Мөн уншина уу")
			.doesNotContain("шинэ сургууль");
	}

	@Test
	void keepsAMongolianSentenceHoldingTheLabelsWords() {
		ParsedArticle article = extract(mongolianPage(
				"Мөн уншина уу гэсэн уриатай аян ирэх сард бүх сургуульд зохион байгуулагдаж, сурагчид өдөр бүр хагас цаг ном унших юм."));
		assertThat(article.body()).contains("Мөн уншина уу гэсэн уриатай аян");
	}

	@Test
	void leavesASinhalaPluralReadAlsoLabelOut() {
		ParsedArticle article = extract("""
				ප්‍රවෘත්ති

				මහනුවර නව පුස්තකාලයක් විවෘත කෙරේ

				ලියූවේ: සුනිල් බණ්ඩාර

				මහනුවර නගරයේ නව මහජන පුස්තකාලයක් අද උදෑසන නිල වශයෙන් විවෘත කරන ලදී.

				පුස්තකාලයේ පොත් දහහතර දහසක් සහ ළමා කියවීම් කාමරයක් ඇතැයි නගර සභාව පැවසීය.

				මේවාත් කියවන්න: ගාල්ල වරායේ නව ජැටියක් ඉදිකෙරේ

				පුස්තකාලය සතියේ සෑම දිනකම උදේ අට සිට සවස හය දක්වා විවෘතව පවතී.

				සාමාජිකත්වය පාසල් සිසුන්ට නොමිලේ ලබා දෙන බව නගරාධිපතිවරයා කීය.
				""");
		assertThat(article.body()).startsWith("මහනුවර නගරයේ")
			.endsWith("නගරාධිපතිවරයා කීය.")
			.doesNotContain("මේවාත් කියවන්න")
			.doesNotContain("ජැටියක්");
	}

	private static String frenchPage(String middle) {
		return """
				Actualités

				Brest : la passerelle du port de commerce rouvre après huit mois de travaux

				Par Gwenaëlle Le Goff

				La passerelle piétonne qui relie le port de commerce au centre-ville de Brest a rouvert samedi matin après huit mois de travaux.

				Le tablier en bois a été entièrement remplacé et un éclairage à basse consommation a été installé sur toute la longueur.

				%s

				« Les habitants attendaient cette réouverture depuis le printemps », a déclaré l'adjoint chargé des travaux.

				Le chantier a coûté 1,2 million d'euros, financés pour moitié par la région.
				"""
			.formatted(middle);
	}

	@Test
	void leavesAFrenchSeeAlsoTeaserOut() {
		ParsedArticle article = extract(frenchPage("Voir aussi : Quimper lance un nouveau réseau de pistes cyclables"));
		assertThat(article.body()).startsWith("La passerelle piétonne")
			.endsWith("financés pour moitié par la région.")
			.doesNotContain("Voir aussi")
			.doesNotContain("pistes cyclables");
	}

	@Test
	void keepsAFrenchSentenceOpeningWithTheLabelsWords() {
		ParsedArticle article = extract(frenchPage(
				"Voir aussi la mer depuis le milieu du port était le souhait des riverains, consultés en 2024 sur le nouveau tracé."));
		assertThat(article.body()).contains("Voir aussi la mer depuis le milieu du port");
	}

	private static String reefPage(String closing) {
		return """
				Harbour Light Gazette
				Home
				News
				Sport
				Turtle nests on Caye beaches at a ten-year high
				By Delia Arnold
				02.12.2026
				Volunteers counted 318 loggerhead and hawksbill nests on the beaches of the northern cayes this season, the most since the count began ten years ago.
				The count, run by the Caye Turtle Watch group, covers eleven beaches that are walked at dawn every day from May to November.
				Group coordinator Ramon Castillo said cleaner beaches and fewer lights near the shore had helped.
				"The turtles come back to the beaches where they hatched, so the work we did ten years ago is paying off now," he said.
				The group will train new volunteers in April, before the next season begins.
				%s
				Share this on: Facebook | WhatsApp | X
				Harbour Light Gazette © 2026. All rights reserved.
				"""
			.formatted(closing);
	}

	@Test
	void leavesACopyrightLineWithTheHoldersNameBeforeTheSignOut() {
		ParsedArticle article = extract(reefPage(""));
		assertThat(article.body()).startsWith("Volunteers counted 318")
			.endsWith("before the next season begins.")
			.doesNotContain("©")
			.doesNotContain("All rights reserved");
	}

	@Test
	void keepsTheTextsSentenceNamingABrandTheSignAndAYear() {
		ParsedArticle article = extract(reefPage(
				"Turtle © 2027 calendars, printed by the group, go on sale at the Gazette's office next week."));
		assertThat(article.body()).contains("Turtle © 2027 calendars, printed by the group, go on sale");
	}

	// review52b: the holder's stop goes on in lower case, so the line is the text's
	// sentence quoting a notice, no notice (be438d50 dropped it)
	@Test
	void keepsTheTextsSentenceQuotingANoticeAfterItsHolder() {
		ParsedArticle article = extract(reefPage(
				"Turtle Watch © 2026 Caye Trust Ltd. is printed on every calendar the group sells, and the money pays for the dawn walks."));
		assertThat(article.body()).contains("Turtle Watch © 2026 Caye Trust Ltd. is printed on every calendar")
			.doesNotContain("All rights reserved");
	}

}
