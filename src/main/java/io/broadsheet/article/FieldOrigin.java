package io.broadsheet.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.broadsheet.extract.Source;

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

}
