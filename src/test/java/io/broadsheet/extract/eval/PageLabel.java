package io.broadsheet.extract.eval;

import java.util.List;

/**
 * What a labelled page of an evaluation set should yield, one record of its
 * {@code labels.json}. A {@code null} means the value is not known (not that the page
 * lacks it): such a page does not count for that field.
 *
 * @param file the page's file name in the set's {@code corpus/} folder
 * @param title the headline, or {@code null}
 * @param authors the author names, or {@code null}
 * @param published the publication date as {@code YYYY-MM-DD}, or {@code null}
 * @param body the article text, or {@code null}
 */
public record PageLabel(String file, String title, List<String> authors, String published, String body) {

	/** The file name without its extension: the key of the predictions JSON. */
	public String stem() {
		int dot = this.file.lastIndexOf('.');
		return (dot >= 0) ? this.file.substring(0, dot) : this.file;
	}

}
