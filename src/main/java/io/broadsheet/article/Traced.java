package io.broadsheet.article;

/**
 * A metadata value and where it came from.
 *
 * @param value the value, {@code null} when unknown
 * @param origin where the value came from, {@link FieldOrigin#UNKNOWN} when unknown
 * @param <T> the type of the value
 */
public record Traced<T>(T value, FieldOrigin origin) {

	public Traced {
		origin = (value != null && origin != null) ? origin : FieldOrigin.UNKNOWN;
	}

	/** A field whose value is not known. */
	public static <T> Traced<T> unknown() {
		return new Traced<>(null, FieldOrigin.UNKNOWN);
	}

}
