package io.broadsheet.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * The {@code page}, {@code size} and {@code sort} parameters of a collection, bound as a
 * {@code @Valid @ParameterObject} (see {@link ParameterObjectResolver}). Bean Validation
 * rejects pages and sizes out of range (which Spring's own {@code Pageable} resolver
 * would silently repair); {@link #toPageable} rejects sort keys the collection does not
 * know.
 *
 * @param page the 0-based page, {@code null} for the first
 * @param size the page size, {@code null} for {@link #DEFAULT_SIZE}
 * @param sort {@code key[,asc|desc]} entries, as Spring binds them (it splits a single
 * value at commas)
 */
public record PageQuery(
		// The defaults are said in words, not as the schema's default: Swagger UI fills a
		// default into its form, and an export (format=csv) refuses page and size, so a
		// person choosing a format there got a 400 until they emptied both fields.
		@Parameter(description = "0-based page number; the first page when absent. A page past the end is empty.",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", example = "0")) @Min(value = 0,
						message = "must be 0 or more") @Nullable Integer page,
		@Parameter(
				description = "Page size, 1 to " + PageQuery.MAX_SIZE + "; " + PageQuery.DEFAULT_SIZE + " when absent.",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
						example = "20")) @Min(value = 1, message = PageQuery.SIZE_RANGE) @Max(
								value = PageQuery.MAX_SIZE, message = PageQuery.SIZE_RANGE) @Nullable Integer size,
		@Parameter(
				description = "Sort order: a sort key, optionally followed by `,asc` or `,desc`; "
						+ "the operation's description names its keys. Ties are broken by id.",
				array = @ArraySchema(schema = @Schema(type = "string"))) @Nullable List<String> sort) {

	/** Page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** Largest page a client may ask for. */
	public static final int MAX_SIZE = 100;

	static final String SIZE_RANGE = "must be between 1 and " + MAX_SIZE;

	/** The first page of the default size, in a collection's default order. */
	public static PageQuery first() {
		return new PageQuery(null, null, null);
	}

	/**
	 * The page request, in the order asked for.
	 * @param orders the orders the collection can be listed in
	 * @return the page request
	 * @throws InvalidParameterException naming the sort entries the collection does not
	 * know
	 */
	public Pageable toPageable(Orders orders) {
		return PageRequest.of((this.page != null) ? this.page : 0, (this.size != null) ? this.size : DEFAULT_SIZE,
				orders.parse(this.sort));
	}

	/**
	 * The orders a collection can be listed in.
	 *
	 * @param keys the public sort keys, each mapped to the order it stands for
	 * @param byDefault the order when no sort is given
	 * @param tieBreaker appended to every order so that pages never overlap
	 */
	public record Orders(Map<String, Sort.Order> keys, Sort byDefault, Sort.Order tieBreaker) {

		/**
		 * The order the {@code sort} entries ask for, the default when there are none.
		 * @param sort {@code key[,asc|desc]} entries, as Spring binds them
		 * @return the order, ending with the tie-breaker
		 * @throws InvalidParameterException naming each entry that is not a known key
		 * with a known direction
		 */
		public Sort parse(@Nullable List<String> sort) {
			List<ParameterError> errors = new ArrayList<>();
			List<Sort.Order> orders = new ArrayList<>();
			for (String entry : (sort != null) ? rejoin(sort) : List.<String>of()) {
				String[] parts = entry.split(",", -1);
				String key = parts[0].strip();
				Sort.Order base = this.keys.get(key);
				if (base == null) {
					errors.add(new ParameterError("sort", entry,
							"unknown sort key '" + InvalidParameterException.echoed(key) + "'; use one of "
									+ String.join(", ", new TreeSet<>(this.keys.keySet()))));
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
			if (!errors.isEmpty()) {
				throw new InvalidParameterException(errors);
			}
			return (orders.isEmpty() ? this.byDefault : Sort.by(orders)).and(Sort.by(this.tieBreaker));
		}

		// Spring splits one "title,desc" value into ["title", "desc"] but leaves several
		// values whole: put directions back with their property. A value that follows a
		// bare sort key and is no sort key itself is that key's direction, also when it
		// is not a valid one ("title,up"), so that the error is about the direction.
		private List<String> rejoin(List<String> values) {
			Set<String> known = this.keys.keySet();
			List<String> entries = new ArrayList<>();
			for (String value : values) {
				boolean direction = !known.contains(value.strip());
				String previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
				if (direction && previous != null && !previous.contains(",") && known.contains(previous.strip())) {
					entries.set(entries.size() - 1, previous + "," + value);
				}
				else {
					entries.add(value);
				}
			}
			return entries;
		}

	}

}
