package io.broadsheet.reader;

import java.util.List;
import java.util.stream.Collectors;

import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.ArticleDetail.Origin;
import io.broadsheet.article.AuthorRef;

/**
 * One line of the "how this was read" panel: a field, its value, and where the value came
 * from, in words a curator can act on.
 *
 * @param field the field's name as a person reads it
 * @param value the value, {@code null} when unknown
 * @param source {@code text}, {@code override}, {@code derived} or {@code unknown}
 * @param explanation where the value came from
 */
record Provenance(String field, String value, String source, String explanation) {

	static List<Provenance> of(ArticleDetail article) {
		ArticleDetail.Provenance origins = article.provenance();
		String authors = article.authors().isEmpty() ? null
				: article.authors().stream().map(AuthorRef::name).collect(Collectors.joining(", "));
		return List.of(of("Title", article.title(), origins.title(), article.sourceFile()),
				of("Authors", authors, origins.authors(), article.sourceFile()),
				of("Published", (article.publishedDate() != null) ? article.publishedDate().toString() : null,
						origins.publishedDate(), article.sourceFile()),
				of("Publisher", article.publisher(), origins.publisher(), article.sourceFile()),
				of("Original URL", article.url(), origins.url(), article.sourceFile()));
	}

	private static Provenance of(String field, String value, Origin origin, String sourceFile) {
		if (value == null || origin == null) {
			return new Provenance(field, null, "unknown", "Not found in the text, and no curator has supplied it.");
		}
		String source = origin.source().value();
		return switch (origin.source()) {
			case TEXT -> new Provenance(field, value, source, (origin.line() != null)
					? "Read from line " + origin.line() + " of " + sourceFile + "." : "Read from " + sourceFile + ".");
			case OVERRIDE -> new Provenance(field, value, source,
					"Supplied by a curator, in the file's front matter or its sidecar file.");
			case DERIVED -> new Provenance(field, value, source,
					"Made from the text by a rule (a title from the first sentence, say): the text does not state it.");
		};
	}

}
