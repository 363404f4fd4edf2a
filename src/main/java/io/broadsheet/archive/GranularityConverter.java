package io.broadsheet.archive;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import io.broadsheet.system.InvalidParameterException;

/**
 * Binds {@code year}, {@code month} and {@code day} in any case; Spring's own enum
 * binding wants the constant's exact name.
 */
@Component
class GranularityConverter implements Converter<String, Granularity> {

	@Override
	public Granularity convert(String value) {
		try {
			return Granularity.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownGranularityException();
		}
	}

	static class UnknownGranularityException extends IllegalArgumentException
			implements InvalidParameterException.ClientMessage {

		UnknownGranularityException() {
			super("must be year, month or day");
		}

	}

}
