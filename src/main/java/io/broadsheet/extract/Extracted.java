package io.broadsheet.extract;

/**
 * A metadata value together with where it came from.
 *
 * @param value the value, never {@code null}
 * @param source where the value came from
 * @param line the 1-based line of the source file the value was read from, when
 * {@code source} is {@link Source#TEXT}; otherwise {@code null}
 * @param <T> the type of the value
 */
public record Extracted<T>(T value, Source source, Integer line) {

	public Extracted {
		if (value == null || source == null) {
			throw new IllegalArgumentException("an extracted value needs a value and a source");
		}
	}

	public static <T> Extracted<T> fromText(T value, int line) {
		return new Extracted<>(value, Source.TEXT, line);
	}

	public static <T> Extracted<T> override(T value) {
		return new Extracted<>(value, Source.OVERRIDE, null);
	}

	public static <T> Extracted<T> derived(T value) {
		return new Extracted<>(value, Source.DERIVED, null);
	}

}
