package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one test of a sentence's end in every script ({@link Texts#endsWithStop}): the
 * stops of each script, each closing quote and bracket looked through before them, and
 * the groups of stops the callers ask for, so that a caller leaving out the full-width
 * stop on purpose keeps doing so.
 */
class SentenceStopTests {

	private static final int LATIN = Texts.LATIN_STOPS;

	private static final int OTHER = Texts.OTHER_SCRIPT_STOPS;

	private static final int UNSPACED = Texts.UNSPACED_STOPS;

	private static final int CLAUSE = Texts.CLAUSE_MARKS;

	@Test
	void latinStopsEndASentence() {
		for (String text : new String[] { "The bridge reopened.", "Was it safe?", "It was!", "And then…" }) {
			assertThat(Texts.endsWithStop(text, LATIN)).as(text).isTrue();
			assertThat(Texts.endsWithStop(text, OTHER | UNSPACED)).as(text).isFalse();
		}
		assertThat(Texts.endsWithStop("Bridge reopens", LATIN)).isFalse();
	}

	@Test
	void clauseMarksAreAskedForApart() {
		for (String text : new String[] { "She said,", "Three things;", "Read also:" }) {
			assertThat(Texts.endsWithStop(text, CLAUSE)).as(text).isTrue();
			assertThat(Texts.endsWithStop(text, LATIN | OTHER | UNSPACED)).as(text).isFalse();
		}
	}

	@Test
	void otherScriptsStopsEndASentence() {
		for (String text : new String[] { "नदी का पुल फिर से खुल गया।", "পুলটি আবার খোলা হয়েছে॥", "پل دوبارہ کھل گیا۔",
				"کیا پل محفوظ ہے؟", "Կամուրջը վերաբացվեց։", "ድልድዩ ተከፈተ።", "တံတားပြန်ဖွင့်ပြီ။", "ស្ពានបានបើកវិញ។" }) {
			assertThat(Texts.endsWithStop(text, OTHER)).as(text).isTrue();
			assertThat(Texts.endsWithStop(text, LATIN | UNSPACED | CLAUSE)).as(text).isFalse();
		}
	}

	@Test
	void fullWidthStopsAreAskedForApart() {
		for (String text : new String[] { "橋は再開された。", "本当に安全か？", "开通了！" }) {
			assertThat(Texts.endsWithStop(text, UNSPACED)).as(text).isTrue();
			// the header's walk asks for the other scripts' stops alone: a Chinese or
			// Japanese paragraph is as short as a deck
			assertThat(Texts.endsWithStop(text, OTHER)).as(text).isFalse();
		}
	}

	@Test
	void everyClosingQuoteAndBracketIsLookedThrough() {
		for (String closer : new String[] { "\"", "”", "’", "'", "»", ")", "」", "』", "）" }) {
			assertThat(Texts.endsWithStop("He said it was safe." + closer, LATIN)).as(closer).isTrue();
			assertThat(Texts.endsWithStop("उसने कहा कि पुल सुरक्षित है।" + closer, OTHER)).as(closer).isTrue();
			assertThat(Texts.endsWithStop("「安全だ。" + closer, UNSPACED)).as(closer).isTrue();
		}
		assertThat(Texts.endsWithStop("「橋は安全だ。」』）", UNSPACED)).isTrue();
		assertThat(Texts.endsWithStop("“It was safe.”)", LATIN)).isTrue();
	}

	@Test
	void aTextOfClosersAloneEndsNoSentence() {
		assertThat(Texts.endsWithStop("", Texts.ANY_STOP)).isFalse();
		assertThat(Texts.endsWithStop("」”)", Texts.ANY_STOP)).isFalse();
		assertThat(Texts.lastBeforeClosers("」”)")).isEqualTo((char) 0);
		assertThat(Texts.lastBeforeClosers("Safe.”")).isEqualTo('.');
	}

	@Test
	void anOpeningQuoteOrAWordAfterTheStopEndsNone() {
		assertThat(Texts.endsWithStop("He said: “", Texts.ANY_STOP)).isFalse();
		assertThat(Texts.endsWithStop("橋は再開された。写真", Texts.ANY_STOP)).isFalse();
		assertThat(Texts.endsWithStop("The bridge reopened. Photo", Texts.ANY_STOP)).isFalse();
	}

	@Test
	void anyStopIsEveryGroupTogether() {
		for (String text : new String[] { "Safe.", "Safe,", "सुरक्षित।", "安全。" }) {
			assertThat(Texts.endsWithStop(text, Texts.ANY_STOP)).as(text).isTrue();
		}
	}

}
