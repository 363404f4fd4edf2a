package io.broadsheet.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * Turns the {@code page}, {@code size} and {@code sort} parameters of a collection into a
 * {@link Pageable}, rejecting what Spring's own resolver would silently repair: sizes
 * above the maximum, negative pages, unknown sort keys.
 */
public final class PageParameters {

	/** Page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** Largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	private PageParameters() {
	}

	/**
	 * Builds the page request.
	 * @param page the 0-based page, or {@code null} for the first
	 * @param size the page size, or {@code null} for {@link #DEFAULT_SIZE}
	 * @param sort {@code property[,asc|desc]} entries, as Spring binds them (it splits a
	 * single value at commas)
	 * @param sortable the public sort keys, each mapped to the sort it stands for
	 * @param defaultSort the order when no sort is given
	 * @param tieBreaker appended to every sort so that pages are stable
	 * @return the page request
	 * @throws InvalidParameterException naming each malformed parameter
	 */
	public static Pageable toPageable(Integer page, Integer size, List<String> sort, Map<String, Sort.Order> sortable,
			Sort defaultSort, Sort.Order tieBreaker) {
		List<ParameterError> errors = new ArrayList<>();
		if (page != null && page < 0) {
			errors.add(new ParameterError("page", page, "must be 0 or more"));
		}
		if (size != null && (size < 1 || size > MAX_SIZE)) {
			errors.add(new ParameterError("size", size, "must be between 1 and " + MAX_SIZE));
		}
		Sort order = parseSort(sort, sortable, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParameterException(errors);
		}
		Sort effective = (order.isSorted() ? order : defaultSort).and(Sort.by(tieBreaker));
		return PageRequest.of((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE, effective);
	}

	private static Sort parseSort(List<String> sort, Map<String, Sort.Order> sortable, List<ParameterError> errors) {
		if (sort == null || sort.isEmpty()) {
			return Sort.unsorted();
		}
		List<Sort.Order> orders = new ArrayList<>();
		for (String entry : rejoin(sort, sortable.keySet())) {
			String[] parts = entry.split(",", -1);
			String key = parts[0].strip();
			Sort.Order base = sortable.get(key);
			if (base == null) {
				errors.add(new ParameterError("sort", entry, "unknown sort key '" + key + "'; use one of "
						+ String.join(", ", new java.util.TreeSet<>(sortable.keySet()))));
				continue;
			}
			if (parts.length > 2) {
				errors.add(new ParameterError("sort", entry, "must be property or property,asc|desc"));
				continue;
			}
			String direction = (parts.length == 2) ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
			switch (direction) {
				case "asc" -> orders.add(base.with(Sort.Direction.ASC));
				case "desc" -> orders.add(base.with(Sort.Direction.DESC));
				default -> errors.add(new ParameterError("sort", entry, "direction must be asc or desc"));
			}
		}
		return Sort.by(orders);
	}

	// Spring splits one "title,desc" value into ["title", "desc"] but leaves several
	// values whole: put directions back with their property. A value that follows a bare
	// sort key and is no sort key itself is that key's direction, also when it is not a
	// valid one ("title,up"), so that the error is about the direction.
	private static List<String> rejoin(List<String> values, java.util.Set<String> keys) {
		List<String> entries = new ArrayList<>();
		for (String value : values) {
			boolean direction = !keys.contains(value.strip());
			String previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			if (direction && previous != null && !previous.contains(",") && keys.contains(previous.strip())) {
				entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "," + value);
			}
			else {
				entries.add(value);
			}
		}
		return entries;
	}

}
