package io.broadsheet.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the {@code sort} parameter of a {@link PageQuery} for one operation: which
 * keys it takes differs by collection, while the parameter itself is declared once, in
 * {@link PageQuery}. Read by {@link SortKeysDocumentation}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortKeys {

	/**
	 * The description of {@code sort} for this operation: its keys and default order.
	 * @return the description, in Markdown
	 */
	String description();

	/**
	 * A sort entry of this operation, for the documentation.
	 * @return the example
	 */
	String example();

}
