package io.broadsheet.extract.eval;

import java.util.List;

/**
 * What the extractor made of one page, in the shape {@code score.py --predictions} reads.
 *
 * @param title the extracted title, or {@code null}
 * @param authors the extracted author names, never {@code null}
 * @param publishedDate the extracted date as {@code YYYY-MM-DD}, or {@code null}
 * @param body the extracted body, never {@code null}
 * @param titleSource where the title came from ({@code TEXT}, {@code DERIVED}, ...), or
 * {@code null}; not read by the scorer, used to group title errors
 */
public record Prediction(String title, List<String> authors, String publishedDate, String body, String titleSource) {

}
