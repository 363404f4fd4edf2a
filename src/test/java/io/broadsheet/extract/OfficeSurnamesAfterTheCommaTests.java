package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second writer whose surname is an office word (review47b): sign47 read two
 * capitalised words after a labelled name's comma as the writer's job when the last is an
 * office's ("Veterinary Surgeon"), and so dropped "Ben Crew", "Tom Marshal", "Mark
 * Ranger". An office word that is a surname too (byline.office-surnames) is a job only
 * after a role's or an office's word ("Head Coach", "Club Captain"). Look-alikes that
 * stay as sign47 made them: the vet's surgeon, the attorney general, the head coach.
 */
class OfficeSurnamesAfterTheCommaTests extends WholePageTests {

	@Test
	void keepsASecondWriterWhoseSurnameIsAnOfficeWord() {
		assertThat(BylineDetector.byline("By Ann Lee, Ben Crew")).containsExactly("Ann Lee", "Ben Crew");
		assertThat(BylineDetector.byline("By Ann Lee, Tom Marshal")).containsExactly("Ann Lee", "Tom Marshal");
		assertThat(BylineDetector.byline("By Sarah Jones, Mark Ranger")).containsExactly("Sarah Jones", "Mark Ranger");
		assertThat(BylineDetector.byline("By Ann Lee, Kate Captain")).containsExactly("Ann Lee", "Kate Captain");
	}

	@Test
	void keepsTheThirdWriterAfterTwoJoinedByAnd() {
		assertThat(BylineDetector.byline("By Sarah Jones and Paul Walsh, David Clerk")).containsExactly("Sarah Jones",
				"Paul Walsh", "David Clerk");
	}

	@Test
	void keepsBothWritersOfAWholePage() {
		ParsedArticle article = extract(
				"""
						Council approves budget after long debate

						By Ann Lee, Ben Crew

						December 3, 2026

						The city council voted on Tuesday night to approve a revised budget for the coming year, ending weeks of argument over how to pay for road repairs.

						Council members said the plan keeps property taxes flat while moving money from reserves into maintenance, a step several of them had resisted.

						Opponents argued that drawing down the reserves leaves the city exposed if revenue falls, and two members voted against the measure.
						""");

		assertThat(article.authors().value()).containsExactly("Ann Lee", "Ben Crew");
	}

	@Test
	void stillReadsAnOfficeAfterAJobWordAsTheWritersJob() {
		assertThat(BylineDetector.byline("By Jo Brandon, Head Coach")).containsExactly("Jo Brandon");
		assertThat(BylineDetector.byline("By Jo Brandon, Club Captain")).containsExactly("Jo Brandon");
		assertThat(BylineDetector.byline("Written by Hannah Pryce, Veterinary Surgeon"))
			.containsExactly("Hannah Pryce");
		assertThat(BylineDetector.byline("By Ann Lee, Attorney General")).containsExactly("Ann Lee");
	}

}
