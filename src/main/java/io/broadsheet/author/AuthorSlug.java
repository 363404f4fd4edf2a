package io.broadsheet.author;

import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * The URL-safe id of an author, made from a display name: "Tigran Grigoryan" and "tigran
 * grigoryan" both give {@code tigran-grigoryan}. Accents are dropped and other scripts
 * are transliterated ("Иван Петров" gives {@code ivan-petrov}), so that a name typed
 * without them still finds its author.
 */
public final class AuthorSlug {

	/** Longest slug kept; matches the width of {@code author.id}. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	// ICU's rule-based transliterator is thread-safe once built; building it is the
	// expensive part.
	private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private AuthorSlug() {
	}

	/**
	 * Slug of a name or of a slug (slugs are their own slug).
	 * @param name a display name or a slug
	 * @return the slug, empty when the name holds no letter or digit
	 */
	public static String of(String name) {
		String ascii = isAscii(name) ? name : TO_ASCII.transliterate(name);
		String slug = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		slug = slug.substring(start, end);
		return (slug.length() <= MAX_LENGTH) ? slug : slug.substring(0, MAX_LENGTH);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

}
