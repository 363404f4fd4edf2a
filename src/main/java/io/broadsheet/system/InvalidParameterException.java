package io.broadsheet.system;

import java.util.List;

/**
 * A request whose parameters are malformed or contradict each other. Answered as a 400
 * problem with one entry per offending parameter.
 */
public class InvalidParameterException extends RuntimeException {

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
