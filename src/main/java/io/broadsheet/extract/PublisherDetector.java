package io.broadsheet.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the publishing outlet or institution in the lines around an article: a sign-off
 * line that is the site's name ("News.Az"), a "Source: X" line, a copyright line, a
 * journal blurb ("Europe’s Edge is CEPA’s online journal") or a disclaimer naming an
 * institution ("... the official policy or position of MEPEI").
 */
final class PublisherDetector {

	private static final int MAX_NAME = 80;

	private static final int MAX_PARAGRAPH = 1500;

	private static final String[] SOURCE_LABELS = { "source:", "source :", "sources:", "quelle:", "quellen:", "fuente:",
			"fuentes:", "источник:", "источники:", "fonte:", "originally published by", "originally published in",
			"originally published on", "originally published at", "this article was originally published by",
			"this article was originally published in", "this article was originally published on",
			"this article first appeared in", "this article first appeared on", "this article was first published by",
			"this article was first published in", "this article was first published on", "first published in",
			"first published on", "first published by", "republished from", "reprinted from", "erschienen in",
			"zuerst erschienen in", "zuerst erschienen bei", "publié initialement par", "publicado originalmente en",
			"publicado originalmente por" };

	private static final String[] JOURNAL_WORDS = { "online journal", "journal", "magazine", "online magazine", "blog",
			"newsletter", "publication", "online publication", "platform", "review", "digital magazine",
			"policy journal", "news service", "news site", "website", "podcast", "quarterly", "commentary series" };

	// Enough on their own to make a paragraph a disclaimer.
	private static final String[] DISCLAIMER_MARKS = { "do not necessarily reflect", "does not necessarily reflect",
			"not necessarily represent", "are those of the author", "are solely those of", "the author's own",
			"the author’s own", "the authors' own", "the authors’ own", "haftungsausschluss", "geben nicht unbedingt",
			"n'engagent que", "n’engagent que", "no reflejan necesariamente", "не обязательно отражает",
			"не обязательно совпадает", "может не совпадать", "non riflettono necessariamente" };

	// A disclaimer's or disclosure's label opening the paragraph ("Disclaimer: …").
	private static final Prefixes DISCLOSURES = Prefixes
		.of(Languages.values(Languages.BOXES_DISCLOSURES).toArray(String[]::new));

	// A legal notice's phrase without a label ("for general information only", "does not
	// constitute legal advice"), found anywhere in the lower-cased paragraph.
	private static final String[] DISCLAIMER_PHRASES = Languages.values(Languages.BOXES_DISCLAIMER_PHRASES)
		.toArray(String[]::new);

	// "This article", "our website": the site's notice names its own pieces before the
	// phrase; "said", "according" tell of another's notice (review46b).
	private static final Set<String> NOTICE_SUBJECTS = Languages.words(Languages.BOXES_DISCLAIMER_SUBJECTS);

	// Disclaimer words that ordinary prose also uses; they count only beside "author".
	private static final String[] WEAK_DISCLAIMER_MARKS = { "views expressed", "opinions expressed",
			"may not represent", "do not represent" };

	private static final String[] INSTITUTION_CUES = { "policy or position of ", "policy or positions of ",
			"policies or positions of ", "views of the ", "views of ", "position of the ", "position of ",
			"positions of ", "opinion of ", "opinions of ", "official position of ", "official views of ",
			"the views of ", "die meinung der ", "die meinung des ", "la position de ", "la posición de ", "позицию ",
			"позиции " };

	private PublisherDetector() {
	}

	/**
	 * The publisher named by a sign-off line that is nothing but a site name or a
	 * copyright notice, or {@code null}.
	 */
	static String signOff(String line) {
		String text = line.strip();
		if (text.length() > MAX_NAME) {
			return null;
		}
		if (Texts.isDomainName(text)) {
			return text;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("©") || lower.startsWith("(c) ") || lower.startsWith("copyright")) {
			return copyrightHolder(text);
		}
		if ((lower.startsWith("— ") || lower.startsWith("– ") || lower.startsWith("-- ")) && text.length() < 30) {
			String name = text.substring(text.indexOf(' ') + 1).strip();
			return Texts.isDomainName(name) ? name : null;
		}
		return null;
	}

	// "© 2025 The Moscow Times. All rights reserved." gives "The Moscow Times".
	private static String copyrightHolder(String text) {
		String rest = text;
		String lower = rest.toLowerCase(Locale.ROOT);
		if (lower.startsWith("copyright")) {
			rest = rest.substring("copyright".length());
		}
		rest = rest.strip();
		while (!rest.isEmpty() && (rest.charAt(0) == '©' || rest.startsWith("(c)") || rest.startsWith("(C)")
				|| Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '-' || rest.charAt(0) == '–'
				|| rest.charAt(0) == ',' || Character.isWhitespace(rest.charAt(0)))) {
			rest = (rest.startsWith("(c)") || rest.startsWith("(C)")) ? rest.substring(3) : rest.substring(1);
		}
		int end = rest.length();
		for (String stop : new String[] { ". ", ", all rights", ". all rights", " all rights", "|" }) {
			int index = rest.toLowerCase(Locale.ROOT).indexOf(stop);
			if (index > 0 && index < end) {
				end = index;
			}
		}
		return institutionName(rest.substring(0, end));
	}

	// A table's or a chart's source note names its source in a few words.
	private static final int MAX_SOURCE_NOTE = 120;

	/**
	 * Whether the line is a source note, a source label with its colon and what follows
	 * it on a short line ("Source: the exam boards", "Quelle: Statistisches Bundesamt"),
	 * whatever the source's name looks like: under a table it says where the figures come
	 * from, and no label keeps one.
	 */
	static boolean isSourceNote(String line) {
		String text = line.strip();
		if (text.length() > MAX_SOURCE_NOTE) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (String label : SOURCE_LABELS) {
			if (label.endsWith(":") && lower.startsWith(label) && text.length() > label.length()) {
				return true;
			}
		}
		return false;
	}

	/** The source named by a "Source: X" line, or {@code null}. */
	static String sourceLine(String line) {
		if (line.length() > 200) {
			return null;
		}
		String text = line.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (Boilerplate.isCaption(text)) {
			return null;
		}
		for (String label : SOURCE_LABELS) {
			if (lower.startsWith(label)) {
				String rest = text.substring(label.length()).strip();
				if (rest.startsWith(":")) {
					rest = rest.substring(1).strip();
				}
				if (rest.startsWith("http://") || rest.startsWith("https://") || rest.startsWith("www.")) {
					return host(rest);
				}
				int end = rest.length();
				for (String stop : new String[] { ". ", " on ", ", ", " (", " |" }) {
					int index = rest.indexOf(stop);
					if (index > 0 && index < end) {
						end = index;
					}
				}
				return institutionName(rest.substring(0, end));
			}
		}
		return null;
	}

	private static String host(String url) {
		String candidate = url.split("\\s", 2)[0];
		if (candidate.startsWith("www.")) {
			candidate = "https://" + candidate;
		}
		try {
			String host = URI.create(candidate).getHost();
			if (host == null) {
				return null;
			}
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The owner named by a journal blurb ("X is CEPA’s online journal ...", "X is a
	 * publication of Y", "X is published by Y"), or {@code null}.
	 */
	static String journalBlurb(String paragraph) {
		if (paragraph.length() > MAX_PARAGRAPH) {
			return null;
		}
		String lower = paragraph.toLowerCase(Locale.ROOT);
		int is = lower.indexOf(" is ");
		if (is < 0 || is > 80) {
			return null;
		}
		String after = paragraph.substring(is + 4);
		String afterLower = lower.substring(is + 4);
		// "X is Y’s online journal"
		int possessive = indexOfPossessive(after);
		if (possessive > 0 && possessive <= MAX_NAME) {
			String rest = afterLower.substring(possessive + 2).stripLeading();
			for (String word : JOURNAL_WORDS) {
				if (rest.startsWith(word)) {
					return institutionName(after.substring(0, possessive));
				}
			}
		}
		for (String cue : new String[] { "a publication of ", "published by ", "the journal of ", "a journal of ",
				"the blog of ", "a blog of ", "the magazine of ", "a project of ", "an initiative of ",
				"the online journal of ", "a platform of " }) {
			int index = afterLower.indexOf(cue);
			if (index >= 0 && index < 60) {
				return institutionName(untilBreak(after.substring(index + cue.length())));
			}
		}
		return null;
	}

	private static int indexOfPossessive(String text) {
		int limit = Math.min(text.length() - 1, MAX_NAME + 2);
		for (int i = 1; i < limit; i++) {
			char c = text.charAt(i);
			if ((c == '’' || c == '\'') && text.charAt(i + 1) == 's'
					&& (i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2)))) {
				return i;
			}
			if (c == '.' || c == ',') {
				return -1;
			}
		}
		return -1;
	}

	// A label's word ends the line or stands before a mark ("Disclosure: I own shares
	// in …", "Disclaimer — …"); a sentence that opens with the word goes on with
	// another ("Disclosures filed on Friday show …"), the article's own paragraph.
	private static boolean isLabelAlone(String lower, int end) {
		int i = end;
		while (i < lower.length() && lower.charAt(i) == ' ') {
			i++;
		}
		return i == lower.length() || !Character.isLetterOrDigit(lower.charAt(i));
	}

	/** Whether the paragraph is a disclaimer about whose views the text expresses. */
	static boolean isDisclaimer(String paragraph) {
		if (paragraph.length() > MAX_PARAGRAPH) {
			return false;
		}
		String lower = paragraph.toLowerCase(Locale.ROOT);
		String label = DISCLOSURES.find(lower);
		if (label != null && isLabelAlone(lower, label.length())) {
			return true;
		}
		if (Texts.containsAny(lower, DISCLAIMER_MARKS)) {
			return true;
		}
		for (String phrase : DISCLAIMER_PHRASES) {
			int at = lower.indexOf(phrase);
			if (at >= 0 && isOwnNotice(lower, at)) {
				return true;
			}
		}
		return lower.contains("author") && Texts.containsAny(lower, WEAK_DISCLAIMER_MARKS);
	}

	// Whether the sentence holding a legal notice's phrase at {@code at} is the site's
	// own notice: a word naming its pieces before the phrase ("This article is for
	// general information only"), and no verb of saying ("The bank said the tool's
	// estimates were for informational purposes only": the text tells of another's).
	private static boolean isOwnNotice(String lower, int at) {
		int from = Math.max(Math.max(lower.lastIndexOf(". ", at), lower.lastIndexOf("? ", at)),
				lower.lastIndexOf("! ", at)) + 1;
		Texts.WordTest subject = (start, end) -> NOTICE_SUBJECTS.contains(lower.substring(start, end));
		return Texts.holdsWord(lower, from, at, subject) && !BioDetector.holdsSpeechVerb(lower, from, at);
	}

	/**
	 * The institution a disclaimer names as the one whose views the text need not
	 * reflect, or {@code null}.
	 */
	static String disclaimerInstitution(String paragraph) {
		if (!isDisclaimer(paragraph)) {
			return null;
		}
		String lower = paragraph.toLowerCase(Locale.ROOT);
		for (String cue : INSTITUTION_CUES) {
			int index = lower.indexOf(cue);
			while (index >= 0) {
				String name = institutionName(untilBreak(paragraph.substring(index + cue.length())));
				if (name != null) {
					return name;
				}
				index = lower.indexOf(cue, index + 1);
			}
		}
		return null;
	}

	private static String untilBreak(String text) {
		int end = Math.min(text.length(), MAX_NAME + 1);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == ',' || c == ';' || c == '(' || c == ')' || c == '!' || c == '?') {
				return text.substring(0, i);
			}
			if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
				return text.substring(0, i);
			}
		}
		return text.substring(0, end);
	}

	/**
	 * Cleans a candidate institution name; {@code null} unless it is a short proper name
	 * (starts with a capital or is a domain, no sentence words).
	 */
	static String institutionName(String candidate) {
		if (candidate == null) {
			return null;
		}
		String name = candidate.strip();
		if (name.toLowerCase(Locale.ROOT).startsWith("the ") && name.length() > 4
				&& Character.isUpperCase(name.charAt(4))) {
			name = name.substring(4);
		}
		while (!name.isEmpty() && ".,;:\"“”«»".indexOf(name.charAt(name.length() - 1)) >= 0) {
			name = name.substring(0, name.length() - 1).strip();
		}
		if (name.isEmpty() || name.length() > MAX_NAME
				|| !Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))) {
			return null;
		}
		int words = Texts.words(name, 12);
		if (words > 10) {
			return null;
		}
		String lower = " " + name.toLowerCase(Locale.ROOT) + " ";
		for (String verb : new String[] { " is ", " are ", " was ", " were ", " has ", " have ", " said ", " will ",
				" not ", " any ", " all ", " our ", " their ", " his ", " her ", " they ", " we " }) {
			if (lower.contains(verb)) {
				return null;
			}
		}
		return name;
	}

}
