package io.broadsheet.corpus.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one scraped article file into a {@link ParsedArticle}. Pure: no I/O,
 * no framework, safe to share between threads.
 * <p>
 * This is the first, deliberately plain version: a headline on the first line, a "By"
 * byline and an ISO date line near the top.
 */
public final class ArticleExtractor {

	private static final int MAX_HEADLINE_LENGTH = 200;

	private static final int DERIVED_TITLE_LENGTH = 90;

	private static final int HEADER_LINES = 6;

	private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{L}[\\p{L}.'’ -]{1,80})$");

	private static final Pattern DATE_LINE = Pattern
		.compile("(?i)^(?:date|published)?\\s*(\\d{4}-\\d{2}-\\d{2})\\b.{0,40}$");

	/**
	 * Extracts one article.
	 * @param content the file's bytes
	 * @param sidecar the bytes of a curator's sidecar YAML file, or {@code null}
	 * @return the parsed article, never {@code null}
	 */
	public ParsedArticle extract(byte[] content, byte[] sidecar) {
		String text = decode(content);
		List<String> lines = Arrays.asList(text.split("\n", -1));
		Extracted<String> title = null;
		Extracted<List<String>> authors = null;
		Extracted<LocalDate> published = null;
		List<String> bodyLines = new ArrayList<>();
		int headerSeen = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				bodyLines.add("");
				continue;
			}
			boolean inHeader = headerSeen++ < HEADER_LINES;
			if (inHeader && authors == null) {
				Matcher byline = BYLINE.matcher(line);
				if (byline.matches()) {
					authors = Extracted.fromText(List.of(byline.group(1).strip()), i + 1);
					continue;
				}
			}
			if (inHeader && published == null) {
				Matcher date = DATE_LINE.matcher(line);
				if (date.matches()) {
					try {
						published = Extracted.fromText(LocalDate.parse(date.group(1)), i + 1);
						continue;
					}
					catch (DateTimeParseException ex) {
						// not a real date: keep the line as text
					}
				}
			}
			if (headerSeen == 1 && isHeadline(line)) {
				title = Extracted.fromText(line, i + 1);
				continue;
			}
			bodyLines.add(line);
		}
		String body = String.join("\n\n", paragraphs(bodyLines));
		if (title == null && !body.isEmpty()) {
			title = Extracted.derived(deriveTitle(body));
		}
		return new ParsedArticle(title, authors, published, null, null, body, List.of());
	}

	private static boolean isHeadline(String line) {
		return line.length() <= MAX_HEADLINE_LENGTH && !line.matches(".*[.!?:;,]$");
	}

	private static List<String> paragraphs(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : lines) {
			if (!line.isEmpty()) {
				paragraphs.add(line);
			}
		}
		return paragraphs;
	}

	private static String deriveTitle(String body) {
		String first = body.split("\n", 2)[0];
		int end = first.indexOf(". ");
		String sentence = (end > 0) ? first.substring(0, end) : first;
		if (sentence.length() <= DERIVED_TITLE_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', DERIVED_TITLE_LENGTH);
		return sentence.substring(0, (cut > 0) ? cut : DERIVED_TITLE_LENGTH) + "…";
	}

	private static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, Charset.forName("windows-1252"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
	}

}
