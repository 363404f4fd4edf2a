package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round review42b: the writer's given name the text gives someone else ("école Marie
 * Curie", "rue Jean Moulin") keeps a "Prénom NOM." signature the writer's; a place the
 * text names alone over a word in capitals still names no one (sign42).
 */
class SignatureGivenNameElsewhereTests extends WholePageTests {

	private static final String FRENCH_PAGE = """
			Lannion
			À Lannion, la médiathèque ouvre le dimanche à partir de janvier
			%s
			Publié le 03/12/2026 à 08h10
			La médiathèque de Lannion (Côtes-d'Armor) ouvrira ses portes le dimanche après-midi à partir du 4 janvier, a annoncé la mairie.
			L'ouverture dominicale sera d'abord testée pendant six mois, de 14 h à 18 h, avec deux agents de plus.%s
			« Beaucoup de familles ne peuvent venir qu'en fin de semaine », explique l'adjointe à la culture.
			Lire aussi : Lannion : le marché de Noël s'installe place du Centre
			""";

	// The writer's given name in another person's name, a capitalised word after it.
	@Test
	void givenNameOfSomeoneElseKeepsTheSignature() {
		assertThat(extract(FRENCH_PAGE.formatted("Marie DUBOIS.",
				" Les élèves de l'école Marie Curie viendront en groupe le premier dimanche."))
			.authorNames()).containsExactly("Marie Dubois");
		assertThat(extract(FRENCH_PAGE.formatted("Jean KERDRAON.",
				" Une navette partira de la rue Jean Moulin toutes les heures."))
			.authorNames()).containsExactly("Jean Kerdraon");
	}

	// Look-alikes that held: a hyphenated name, no other name, and a place the text
	// names alone over a word in capitals.
	@Test
	void lookAlikesAnswerAsBefore() {
		assertThat(extract(
				FRENCH_PAGE.formatted("Jean KERDRAON.", " Les élèves du collège Jean-Moulin viendront en groupe."))
			.authorNames()).containsExactly("Jean Kerdraon");
		assertThat(extract(FRENCH_PAGE.formatted("Marie DUBOIS.", "")).authorNames()).containsExactly("Marie Dubois");
		assertThat(extract(FRENCH_PAGE.formatted("Lannion PORT.", "")).authorNames()).isEmpty();
	}

}
