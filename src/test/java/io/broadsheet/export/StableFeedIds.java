package io.broadsheet.export;

/**
 * Feed and entry ids as a feed reader has stored them: they must come out the same from
 * every start of the application.
 */
final class StableFeedIds {

	/** {@code /articles?author=Tigran%20Grigoryan&format=atom}. */
	static final String TIGRAN_GRIGORYAN_FEED = "urn:uuid:34fc47ef-914b-3167-b6aa-5e045f17e78b";

	/** The entry of {@code 000_a9e816bf096b0a86}. */
	static final String LAVROV_VISIT_ENTRY = "urn:uuid:e8f9d6a3-1044-39d2-a5f3-a4ab4c5fbd65";

	private StableFeedIds() {
	}

}
