package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTests {

	@ParameterizedTest
	@ValueSource(strings = { "leave a reply", "Leave a Reply", "Post a comment", "Print Friendly, PDF & Email",
			"Share this:", "Share on Facebook", "12 Comments", "Subscribe to our newsletter", "Tags: Armenia, Russia",
			"Read more: Why the talks failed", "Читайте также: Новости", "Lesen Sie auch", "Lire aussi : Le sommet",
			"Advertisement", "Related Articles", "You may also like", "Skip to main content", "Jump to navigation",
			"Direkt zum Inhalt", "Zum Hauptinhalt springen", "Aller au contenu", "Ir al contenido",
			"Перейти к содержанию", "Click to share on Facebook (Opens in new window)",
			"Click to email this to a friend (Opens in new window)", "Schreib einen Kommentar",
			"Hier klicken, um dieses Blog zu abonnieren", "Cliquez ici pour vous abonner", "Close this search box." })
	void recognisesPrompts(String line) {
		assertThat(Boilerplate.isPrompt(line)).isTrue();
		assertThat(Boilerplate.isNoise(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Photo’s source:; Armenian Prime Minister Nikol Pashinyan", "Photo: Reuters",
			"Image credit: Getty Images", "Armenian PM Nikol Pashinyan in Yerevan. (Photo: Hayk Baghdasaryan)",
			"Фото: ТАСС", "Foto: dpa/Michael Kappeler", "Prime Minister Pashinyan at the summit. Getty Images" })
	void recognisesCaptions(String line) {
		assertThat(Boilerplate.isCaption(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+ ↺ − 16 px", "A A A", "A- A+", "| | |", "★★★★☆" })
	void recognisesWidgetRemnants(String line) {
		assertThat(Boilerplate.isWidgetRemnant(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Home > News > Politics", "Home / Opinion", "Главная » Новости » Политика",
			"News | World | Europe" })
	void recognisesBreadcrumbs(String line) {
		assertThat(Boilerplate.isBreadcrumb(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Opinion", "ANALYSIS", "Politik", "Аналитика", "Opinion | Politics" })
	void recognisesSectionLabels(String line) {
		assertThat(Boilerplate.isSectionLabel(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Время чтения: 2 мин" })
	void recognisesReadingTimes(String line) {
		assertThat(Boilerplate.isReadingTime(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "A Historical Background of Armenia-Russia Relations",
			"The share of exports to Russia rose sharply.", "Comments from the minister were brief.",
			"1. Armenia’s desire to diversify its alliances.", "Print media in the region are struggling to survive.",
			"Photographs of the summit show a tense mood.", "Russia/Ukraine: talks stall",
			"Jump to 2024: what the budget plans", "Zum Inhalt der Verhandlungen schweigt die Regierung." })
	void keepsArticleText(String line) {
		assertThat(Boilerplate.isNoise(line)).isFalse();
		assertThat(Boilerplate.isBreadcrumb(line)).isFalse();
	}

}
