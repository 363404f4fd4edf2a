package io.broadsheet.system;

import java.time.LocalDate;
import java.util.List;

/**
 * A request whose parameters are malformed or contradict each other. Answered as a 400
 * problem with one entry per offending parameter.
 */
public class InvalidParameterException extends RuntimeException {

	/** Longest text a client sent that a problem repeats. */
	static final int MAX_ECHOED_LENGTH = 200;

	private final List<ParameterError> errors;

	public InvalidParameterException(String parameter, Object rejectedValue, String message) {
		this(List.of(new ParameterError(parameter, rejectedValue, message)));
	}

	public InvalidParameterException(List<ParameterError> errors) {
		super(errors.get(0).parameter() + " " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<ParameterError> getErrors() {
		return this.errors;
	}

	/**
	 * A text the client sent, as a problem may repeat it: clients may send megabytes, so
	 * at most {@value #MAX_ECHOED_LENGTH} characters and an ellipsis. The one place that
	 * cuts what is echoed, in a rejected value, a parameter's name or a message.
	 * @param sent the text as sent
	 * @return the text, cut when it is longer
	 */
	public static String echoed(String sent) {
		if (sent.length() <= MAX_ECHOED_LENGTH) {
			return sent;
		}
		// Never between the two halves of a character outside the BMP (an emoji): a lone
		// surrogate is no Unicode text, and strict JSON readers refuse it.
		int end = Character.isHighSurrogate(sent.charAt(MAX_ECHOED_LENGTH - 1)) ? MAX_ECHOED_LENGTH - 1
				: MAX_ECHOED_LENGTH;
		return sent.substring(0, end) + "…";
	}

	/**
	 * What to tell a client whose value did not convert to a parameter's type: only
	 * messages written for clients are shown; anything else gets a message from the
	 * expected type, never the exception's own text.
	 * @param requiredType the parameter's type, {@code null} if unknown
	 * @param failure the conversion's failure
	 * @return the message
	 */
	static String conversionMessage(Class<?> requiredType, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ClientMessage) {
				return cause.getMessage();
			}
		}
		if (requiredType == null) {
			return "is malformed";
		}
		if (requiredType == Integer.class || requiredType == int.class || requiredType == Long.class
				|| requiredType == long.class) {
			return "must be a whole number";
		}
		if (requiredType == LocalDate.class) {
			return "must be a date YYYY-MM-DD";
		}
		return "is malformed";
	}

	/**
	 * One offending parameter.
	 *
	 * @param parameter the parameter's name
	 * @param rejectedValue the value as sent
	 * @param message what is wrong with it
	 */
	public record ParameterError(String parameter, Object rejectedValue, String message) {
	}

	/**
	 * Marks an exception thrown while converting a parameter whose message is written for
	 * clients and may be shown to them as it is.
	 */
	public interface ClientMessage {

	}

}
