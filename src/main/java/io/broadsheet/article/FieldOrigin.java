package io.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where one metadata field of an article came from.
 *
 * @param source where the value came from, {@code null} when the field is unknown
 * @param line the 1-based line of the source file, for values read from the text
 */
@Embeddable
public record FieldOrigin(@Enumerated(EnumType.STRING) @Column(length = 16) Source source, Integer line) {

	/** The origin of a field whose value is unknown. */
	public static final FieldOrigin UNKNOWN = new FieldOrigin(null, null);

	/**
	 * Where a value can come from. Stored by name; clients read {@link #value()}.
	 */
	public enum Source {

		/** Read from the article text, at {@link FieldOrigin#line()}. */
		TEXT("text"),

		/** Supplied by a curator in front matter or a sidecar file. */
		OVERRIDE("override"),

		/** Made by a rule from the text, not stated by it. */
		DERIVED("derived");

		private final String value;

		Source(String value) {
			this.value = value;
		}

		/** The name clients read, in JSON and in the reader's pages. */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
