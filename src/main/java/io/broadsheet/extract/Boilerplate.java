package io.broadsheet.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises lines that belong to the page around the article rather than to the article:
 * share, comment, subscribe and print prompts, widget remnants, photo captions, reading
 * times, breadcrumbs and section labels. Every check looks at one short line, so a
 * paragraph of prose is never mistaken for boilerplate because of a word it contains.
 */
final class Boilerplate {

	private static final int MAX_PROMPT = 100;

	private static final Set<String> PROMPTS = languageHeadings("leave a reply", "leave a comment", "post a comment",
			"add a comment", "add comment", "write a comment", "comments", "comment", "no comments", "show comments",
			"view comments", "load comments", "print", "print friendly, pdf & email", "print friendly",
			"print this article", "print article", "print this page", "print page", "email this page",
			"share this page", "share", "share this", "share this article", "share this story", "share this post",
			"share on facebook", "share on twitter", "share on x", "share article", "tweet", "email", "e-mail",
			"copy link", "copy", "link copied", "like", "follow", "subscribe", "subscribe now", "sign up", "sign in",
			"log in", "login", "register", "menu", "search", "close", "sponsored content", "continue reading",
			"read more", "read also", "see also", "related", "related articles", "related posts", "related stories",
			"related news", "more from this author", "more stories", "recommended", "recommended for you",
			"you may also like", "you might also like", "most read", "most popular", "popular", "trending",
			"latest news", "top stories", "loading", "back to top", "scroll to top", "skip to content",
			"skip to main content", "cookie settings", "accept cookies", "teilen", "drucken", "kommentare",
			"kommentar schreiben", "mehr zum thema", "lesen sie auch", "weitere artikel", "partager", "imprimer",
			"commentaires", "laisser un commentaire", "lire aussi", "à lire aussi", "compartir", "imprimir",
			"comentarios", "deja un comentario", "dejar un comentario", "lee también", "leer más", "condividi",
			"stampa", "commenti", "leggi anche", "compartilhar", "comentários", "leia também", "поделиться", "печать",
			"распечатать", "комментарии", "оставить комментарий", "читайте также", "подписаться", "главное",
			"новости партнеров");

	// The related-articles headings of every language file, which stand on a line of
	// their own as these prompts do ("Читайте також", "Xem thêm", "相关阅读"). Not the
	// comments headings: a page's "réagir" over its first paragraph is no end of the
	// page's furniture above it, and as a prompt it moved the article's start below.
	private static Set<String> languageHeadings(String... prompts) {
		Set<String> all = new HashSet<>(Arrays.asList(prompts));
		all.addAll(Languages.words(Languages.RELATED_HEADINGS, Languages.SHARE_PROMPTS, Languages.COMMENTS_CLOSED,
				Languages.SHARE_TARGETS, Languages.ADS_LABELS));
		return Set.copyOf(all);
	}

	// "Etiketler: İzmir, ulaşım", "Тагови: …": every language file's tags labels, with
	// the colon that makes the line a label's and no sentence's.
	private static String[] withTagsLabels(String... prefixes) {
		return Stream.concat(Arrays.stream(prefixes), withColon(Languages.TAGS_LABELS)).toArray(String[]::new);
	}

	// A share button's words are furniture inside the article too ("Paylaş", "分享"), as
	// an advertisement's label is ("Anzeige", "REKLAMA"): the text goes on under them.
	private static String[] withSharePrompts(String... prompts) {
		return Stream
			.of(Arrays.stream(prompts), Languages.values(Languages.SHARE_PROMPTS).stream(),
					Languages.values(Languages.ADS_LABELS).stream())
			.flatMap((words) -> words)
			.toArray(String[]::new);
	}

	// A teaser inside the text: a related-articles heading, a colon and another story's
	// headline ("Lee también: …", "Baca juga: …", "関連記事：…"), in every language file.
	// A pipe stands for the colon too ("ALSO READ | PMC to install smart meters …"), as
	// South Asian papers set the label.
	private static final String[] PROMO_LABELS = Stream
		.concat(withColon(Languages.RELATED_HEADINGS),
				Languages.values(Languages.RELATED_HEADINGS).stream().map((label) -> label + " |"))
		.toArray(String[]::new);

	// A teaser's label that is a plain word before its colon ("MORE: Council delays the
	// vote"): a teaser's only when a headline follows, which ends no sentence; "More: the
	// council also voted to …" is a sentence of the text.
	private static final Prefixes TEASER_PREFIXES = Prefixes
		.of(withColon(Languages.TEASER_LABELS).toArray(String[]::new));

	// The key's labels of every language file, each followed by its colon as pages set
	// it: glued, after a space, full-width, or a script's own (OWN_COLONS: "អានបន្ថែម៖",
	// "Կարդա նաև՝ …", "ተጨማሪ ያንብቡ፦ …"), so that a file lists a label once, without
	// its mark (blind34's Amharic teaser kept: its file wrote the label bare). A label
	// its file writes with its own mark is read as written: one of those, or the spaced
	// dash Burmese sets after its labels ("ဒါလည်း ဖတ်ပါ -"), which no other language
	// sets after these labels.
	private static Stream<String> withColon(String key) {
		return Languages.values(key)
			.stream()
			.flatMap((label) -> hasOwnMark(label) ? Stream.of(label)
					: Stream.concat(Stream.of(label + ":", label + " :", label + "："),
							OWN_COLONS.chars().mapToObj((colon) -> label + (char) colon)));
	}

	private static boolean hasOwnMark(String label) {
		return !label.isEmpty() && OWN_COLONS.indexOf(label.charAt(label.length() - 1)) >= 0 || label.endsWith(" -");
	}

	private static final Prefixes PROMPT_PREFIXES = Prefixes.of(withTagsLabels("share this", "share on ", "share via",
			"follow us", "follow our", "subscribe to", "subscribe for", "sign up for", "sign up to", "click here",
			"read more:", "read more at", "read also:", "also read:", "see also:", "related:", "related articles:",
			"related reading:", "tags:", "tagged:", "tagged with", "topics:", "filed under", "categories:", "category:",
			"posted in", "join our", "join us on", "download the app", "download our app", "get the latest",
			"don't miss", "don’t miss", "you may also like", "more on this", "more from", "comments (", "comment (",
			"advertisement", "sponsored:", "like this", "like loading", "support our", "support us", "donate",
			"become a member", "if you liked this", "if you enjoyed this", "to continue reading", "this content is",
			"cookie", "we use cookies", "all rights reserved", "lesen sie auch:", "mehr zum thema:", "folgen sie uns",
			"abonnieren sie", "jetzt abonnieren", "schlagworte:", "themen:", "lire aussi :", "lire aussi:",
			"suivez-nous", "abonnez-vous", "mots-clés", "mots clés", "lea también:", "lee también:", "leer más:",
			"síguenos", "suscríbete", "etiquetas:", "temas:", "leggi anche:", "seguici", "iscriviti", "leia também:",
			"siga-nos", "читайте также:", "читайте также ", "подписывайтесь", "подпишитесь", "теги:", "метки:", "темы:",
			"смотрите также", "источник фото", "this article is more than", "this article is over",
			"explore more on these topics", "reuse this content", "this post may contain", "this article may contain",
			"this page may contain", "your email address will not be published", "required fields are marked",
			"most viewed", "more on this story", "related topics", "view all comments", "sign up to",
			"get our newsletter", "hier klicken", "klicken sie hier", "cliquez ici", "haga clic aquí", "clicca qui",
			"schreib einen kommentar", "schreibe einen kommentar", "close this search", "click to share",
			"click to email", "click to print", "skip to", "jump to navigation", "jump to content", "jump to main",
			"skip navigation", "direkt zum inhalt", "zum hauptinhalt", "springe zum", "springe direkt",
			"zur navigation", "zur hauptnavigation", "aller au contenu", "passer au contenu", "aller au menu",
			"ir al contenido", "saltar al contenido", "vai al contenuto", "salta al contenuto", "ir para o conteúdo",
			"pular para o conteúdo", "naar de inhoud", "przejdź do treści", "перейти к содержанию",
			"перейти к основному"));

	private static final Prefixes PROMO_PREFIXES = Prefixes.of(PROMO_LABELS);

	// Prompts that sit inside an article (a teaser link, a newsletter box) rather than
	// opening the page furniture below it.
	private static final String[] INLINE_PROMPTS = withSharePrompts("read more:", "read also:", "also read:",
			"see also:", "related:", "subscribe", "sign up", "sign in", "log in", "login", "register", "follow us",
			"follow our", "click here", "join our", "join us", "download", "get the latest", "don't miss", "don’t miss",
			"support our", "support us", "donate", "become a member", "loading", "menu", "search", "close",
			"continue reading", "to continue reading", "lesen sie auch:", "lire aussi", "à lire aussi", "lea también",
			"lee también", "leer más:", "leggi anche:", "leia também:", "читайте также:", "читайте также ",
			"подписывайтесь", "подпишитесь", "abonnieren", "abonnez-vous", "suscríbete", "iscriviti", "print",
			"drucken", "imprimer", "imprimir", "печать", "share", "teilen", "partager", "compartir", "condividi",
			"compartilhar", "поделиться", "cookie", "we use cookies", "back to top", "scroll to top", "click to share",
			"click to email", "click to print", "skip to", "jump to navigation", "jump to content", "jump to main");

	private static final Prefixes CAPTION_STARTS = withCaptionLabels("photo", "photos", "image", "images", "picture",
			"pictured", "foto", "fotos", "bild", "фото", "illustration", "illustrative", "cover photo",
			"featured image", "header image", "main image", "credit", "photo credit", "image credit", "image source",
			"video", "file photo", "archive photo", "photograph", "caption", "crédit", "crédito", "légende",
			// the same labels in other languages: "… Fotoğraf: İzmir Büyükşehir
			// Belediyesi"
			"fotoğraf", "φωτογραφία", "צילום", "ảnh", "फोटो", "фотография", "світлина", "zdjęcie", "kuva", "사진");

	// The photo labels of every language file ("عکس", "تصوير"), with the ones above.
	private static Prefixes withCaptionLabels(String... labels) {
		return Prefixes.of(Stream.concat(Arrays.stream(labels), Languages.values(Languages.CAPTION_LABELS).stream())
			.toArray(String[]::new));
	}

	private static final String[] CAPTION_MARKS = { "getty images", "shutterstock", "ap photo", "afp photo", "reuters/",
			"/reuters", "/ reuters", "/afp", "/ afp", "epa-efe", "(photo:", "(photo by", "(image:", "photo:", "фото:",
			"foto:", "bild:", "image:", "© reuters", "© afp", "© ap", "(photo", "(фото", "(foto", "photo credit",
			"image credit", "via getty", "imago images", "dpa/", "/dpa", "sputnik/", "/ sputnik", "тасс/", "/ тасс",
			"ria novosti/", "wikimedia commons", "unsplash", "pexels" };

	private static final Set<String> SECTION_LABELS = Set.of("news", "opinion", "opinions", "analysis", "commentary",
			"comment", "politics", "world", "economy", "business", "region", "regions", "society", "culture", "sport",
			"sports", "blog", "blogs", "editorial", "op-ed", "oped", "interview", "interviews", "feature", "features",
			"home", "latest", "breaking", "breaking news", "exclusive", "explainer", "long read", "in depth",
			"in-depth", "video", "photo", "photos", "gallery", "world news", "local news", "top news", "main news",
			"international", "europe", "asia", "middle east", "africa", "americas", "caucasus", "south caucasus",
			"russia", "security", "defense", "defence", "diplomacy", "energy", "geopolitics", "meinung", "politik",
			"wirtschaft", "nachrichten", "kommentar", "analyse", "ausland", "inland", "welt", "gesellschaft", "kultur",
			"politique", "économie", "actualités", "monde", "société", "tribune", "éditorial", "opinión", "política",
			"economía", "noticias", "mundo", "análisis", "internacional", "sociedad", "cultura", "opinione", "politica",
			"economia", "notizie", "esteri", "mondo", "новости", "политика", "экономика", "мнение", "мнения",
			"аналитика", "общество", "в мире", "мир", "культура", "интервью", "колонка", "blog post", "article",
			"articles", "commentaries", "insights", "perspectives", "expert comment", "expert opinion", "research",
			"publications", "press release", "press releases", "report", "reports", "brief", "briefs", "policy brief",
			"policy briefs", "podcast", "podcasts", "events", "newsletter", "magazine", "review", "essay", "essays",
			"column", "columns", "columnists", "story", "stories", "updates", "live", "live updates",
			"from the print edition", "premium", "free", "sponsored", "partner content");

	private static final Set<String> COMMENTS_HEADINGS = Languages.words(Languages.COMMENTS_HEADINGS);

	private static final Set<String> RELATED_HEADINGS = Languages.words(Languages.RELATED_HEADINGS);

	private static final Set<String> HOME_WORDS = Set.of("home", "homepage", "start", "startseite", "accueil", "inicio",
			"portada", "главная", "главная страница", "news", "index");

	private Boilerplate() {
	}

	/**
	 * Whether the line is page furniture wherever it stands: a prompt, a caption, a
	 * widget remnant, a reading time, a bare link or an editor's credit.
	 */
	static boolean isNoise(String line) {
		if (line.length() > MAX_NOISE) {
			return false;
		}
		return isNoise(line, Texts.key(line));
	}

	/** The same verdict for a block, from the key it has folded already. */
	static boolean isNoise(Paragraph block) {
		String line = block.text();
		return line.length() <= MAX_NOISE && isNoise(line, block.key(), block);
	}

	private static boolean isNoise(String line, String key) {
		return isNoise(line, key, null);
	}

	// The block's prompt and caption verdicts, when the line is a block's, are kept on
	// it: the reader's header and tail checks, the aside check and the headline finder
	// ask them again.
	private static boolean isNoise(String line, String key, Paragraph block) {
		return ((block != null) ? block.isPrompt() : isPrompt(line, key))
				|| ((block != null) ? block.isCaption() : isCaption(line, key)) || isWidgetRemnant(line, key)
				|| isReadingTime(line, key) || isBareLink(line) || isCopyrightNotice(line, key)
				|| line.length() <= 120 && BylineDetector.isEditorKey(key);
	}

	private static final Set<String> COPYRIGHT_WORDS = Languages.words(Languages.NOTES_COPYRIGHT_WORDS);

	/**
	 * Whether the line is the site's copyright notice, by how it opens: with the
	 * copyright sign and a year on the line ("© 2026 Vale Courier. All rights reserved.",
	 * "© EFE 2024. …") or a notice's phrase ("© Riproduzione riservata", no year: six
	 * lines of dev and the open sets open so, none in a label), or with a language's word
	 * for copyright before the sign or before a year and a name ("Copyright 2026 The
	 * Associated Press. All rights reserved. This material may not be …", "Copyright 2008
	 * - 2024 PT. Kabar Media"), or with its holder's name, the sign and a year ("Reef
	 * Coast News © 2026. All rights reserved."). Page furniture wherever it stands: 521
	 * lines of dev's and the open sets' labelled pages open so (the sign counted with or
	 * without a year) and the labels keep 2, both a news site's notice on a dev page. The
	 * word alone ("Copyright", "Copyright policy") is a link's, and a sentence opening
	 * with it goes on in lower case after a year ("Copyright 1998 rules still apply …").
	 */
	private static boolean isCopyrightNotice(String line, String key) {
		if (key.startsWith("\u00a9")) {
			// a year on the line makes it the site's notice ("© 2026 Vale Courier",
			// "© EFE 2024. …"), and so does a notice's phrase of the language files
			// without one ("© Riproduzione riservata", "© The Intercept. All rights
			// reserved"); the sign before a name alone is a picture's credit ("© Markus
			// Leitner"), which the caption rules read where it stands among the text:
			// read as furniture, it cut a deck and a crosshead above a picture from the
			// article
			return ReferenceDetector.hasYear(line) || holdsAny(wordsOf(key), NOTICE_PHRASES);
		}
		int sign = line.indexOf('\u00a9');
		if (sign > 0 && holdsOnlyAHolder(line, sign) && opensWithYearNotGoingOn(line, skipSpaces(line, sign + 1))) {
			// the holder's name first, the sign and the year after it ("Reef Coast
			// News © 2026. All rights reserved.", "Pinecrest Labs © 2026"): 101 lines
			// of dev and the open sets, 49 on labelled pages, none in a label's text;
			// with no year the line goes on to the word's branch ("Copyright © Neue")
			return true;
		}
		int word = 0;
		while (word < line.length() && Character.isLetter(line.charAt(word))) {
			word++;
		}
		if (word == 0 || !COPYRIGHT_WORDS.contains(key.substring(0, Math.min(word, key.length())))) {
			return false;
		}
		int at = skipSpaces(line, word);
		if (at < line.length() && line.charAt(at) == '\u00a9') {
			return true;
		}
		// the year, or the first and last years with a dash between
		int years = at;
		while (at < line.length() && (Character.isDigit(line.charAt(at))
				|| at > years && (line.charAt(at) == ' ' || line.charAt(at) == '-' || line.charAt(at) == '\u2013'))) {
			at++;
		}
		return at > years && at < line.length() && Character.isWhitespace(line.charAt(at - 1))
				&& Character.isUpperCase(line.charAt(at)) && namesAHolder(line, at);
	}

	// The most words a notice's holder takes after the year, up to its stop or bar
	// ("The Port of Spain Sentinel", "IZ Medien GmbH | …", "Alle Inhalte sind
	// urheberrechtlich geschützt"): the 22 lines of dev and the open sets that open with
	// the word, a year and a capital, all notices, take five at most.
	private static final int MAX_HOLDER_WORDS = 6;

	// Whether the words after a notice's year name its holder, a few up to a stop, a
	// bar or the line's end ("Copyright 2026 The Associated Press. All rights …"): a
	// sentence of a story about copyright goes on longer after a capital ("Copyright
	// 2030 Strategy, the office's plan published in May, sets out …", review50c).
	private static boolean namesAHolder(String line, int from) {
		return Texts.words(line.substring(from, holderEnd(line, from)), MAX_HOLDER_WORDS + 1) <= MAX_HOLDER_WORDS;
	}

	// Where a notice's holder ends: at its stop, its bar or the line's end.
	private static int holderEnd(String line, int from) {
		int end = from;
		while (end < line.length() && line.charAt(end) != '.' && line.charAt(end) != '|') {
			end++;
		}
		return end;
	}

	// Whether the words before the sign are a holder's name, a few of them, none opening
	// in lower case ("Reef Coast News", "LinkedIn", "Daily Courier Ltd"): a sentence's
	// clause before the sign ("This site ©", "registered in England. ©") has a
	// lower-case word.
	private static boolean holdsOnlyAHolder(String line, int sign) {
		String holder = line.substring(0, sign);
		int words = 0;
		for (String word : holder.split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (Character.isLowerCase(word.codePointAt(0)) || ++words > MAX_HOLDER_WORDS) {
				return false;
			}
		}
		return words > 0;
	}

	// A year at the index (or the first of two, "2013-2020") that no lower-case word goes
	// on from: a notice's year ends the line or stands before a stop, a bar or a link's
	// word ("© 2026. All rights reserved.", "© 2026 | Subscriptions", "© 2026 Contact"),
	// where a story's "Marvel © 2026 merchandise sold out" goes on as a sentence. What
	// follows is a holder's few words up to a stop or a bar, as after the word's year
	// (namesAHolder), and a stop no lower-case word goes on from: a title-case headline
	// ("Marvel © 2026 Merchandise Sold Out Within Hours Of The Launch") runs longer, and
	// a sentence quoting a notice goes on after its holder's stop ("The Beatles © 2026
	// Apple Corps Ltd. appears on the box set", review52b).
	private static boolean opensWithYearNotGoingOn(String line, int at) {
		int end = at;
		while (end < line.length() && Character.isDigit(line.charAt(end))) {
			end++;
		}
		if (end - at != 4 || !ReferenceDetector.hasYear(line.substring(at, end))) {
			return false;
		}
		int next = skipSpaces(line, end);
		if (next == line.length()) {
			return true;
		}
		if (Character.isLowerCase(line.codePointAt(next)) || !namesAHolder(line, next)) {
			return false;
		}
		// a stop before a space, not a domain's ("ukbdnews.com")
		int stop = holderEnd(line, next);
		int after = skipSpaces(line, stop + 1);
		boolean sentenceStop = after > stop + 1 && after < line.length() && line.charAt(stop) == '.';
		return !sentenceStop || !Character.isLowerCase(line.codePointAt(after));
	}

	private static int skipSpaces(String text, int from) {
		int at = from;
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
		return at;
	}

	// No check below looks at lines longer than this.
	private static final int MAX_NOISE = 300;

	// How far from a block's end its photo credit stands, and how many words it has
	// after a label.
	private static final int CREDIT_END = 60;

	private static final int CREDIT_WORDS = 6;

	// Compiled once: String.split compiles its pattern on every call.
	// The characters between the parts of a section label ("Opinion | Politics").
	private static final String LABEL_SEPARATORS = "|/,•·";

	private static final Pattern LABEL_SEPARATOR = Pattern.compile("[" + LABEL_SEPARATORS + "]");

	static boolean isPrompt(String line) {
		return line.length() <= MAX_PROMPT && isPrompt(line, Texts.key(line));
	}

	// Package-private for a caller that has the line's key (a block's).
	static boolean isPrompt(String line, String key) {
		if (line.length() > MAX_PROMPT) {
			return false;
		}
		if (PROMPTS.contains(key) || isCount(key)) {
			return true;
		}
		return (PROMPT_PREFIXES.matches(key) || isShareBar(key) || isFollowPrompt(line, key) || isShareRow(line))
				&& !reportsQuotation(line);
	}

	/**
	 * Whether the sentence opens with a quotation and goes on after it closes in lower
	 * case, as a clause that reports it does ("\"Sign up for our newsletter,\" the
	 * mayor's flyer said.", "« Abonnez-vous à notre journal », disait le tract.",
	 * "„Abonnieren Sie unseren Newsletter“, stand auf dem Flugblatt."): someone's bidding
	 * the story reports, in any language with case, not the site's prompt (box61). A
	 * prompt wholly in quotes is still the site's, and so is a quoted label over a
	 * teaser's headline in capitals ("« Lire aussi » Le titre"), and a prompt that quotes
	 * its newsletter's name and goes on with no comma between (review61c).
	 */
	static boolean reportsQuotation(String sentence) {
		String stripped = sentence.strip();
		String outside = (!stripped.isEmpty() && Texts.isOpeningQuote(stripped.charAt(0)))
				? Texts.outsideQuotes(stripped) : null;
		if (outside == null || !partsReport(stripped, Texts.quotationEnd(stripped, 0))
				&& !holdsSpeechVerb(outside.toLowerCase(Locale.ROOT))) {
			return false;
		}
		for (int i = 0; i < outside.length(); i++) {
			if (Character.isLetter(outside.charAt(i))) {
				return Character.isLowerCase(outside.charAt(i));
			}
		}
		return false;
	}

	// Whether a comma, or the quotation's own question or exclamation mark, parts the
	// quotation closing at {@code close} from what follows, as from a clause that
	// reports it (", the flyer said", "», disait le tract", "“, stand auf dem
	// Flugblatt"); without one, a verb of saying must report it ("\"Hydrate\" was his
	// favourite word, she said."). A prompt goes on from its quoted name without one
	// ("\"Best of the week\" is our newsletter: sign up here", "«Lo mejor de la
	// semana» en tu correo") (review61c).
	private static boolean partsReport(String text, int close) {
		int before = close - 1;
		while (before > 0 && Character.isWhitespace(text.charAt(before))) {
			before--;
		}
		int after = close + 1;
		while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
			after++;
		}
		return ",?!".indexOf(text.charAt(before)) >= 0 || after < text.length() && text.charAt(after) == ',';
	}

	// How the languages' feedback widgets ask the reader to rate the page ("was this page
	// helpful", "war dieser artikel hilfreich").
	private static final Prefixes FEEDBACK_QUESTIONS = Prefixes
		.of(Languages.values(Languages.CLOSING_FEEDBACK_QUESTIONS).toArray(new String[0]));

	/**
	 * Whether the block is a feedback widget's question, its answer buttons under it or
	 * beside it ("Was this page helpful?" over "Yes" and "No", "Is this page useful? Yes
	 * No" on one line, "War dieser Artikel hilfreich?"): a language's question opening
	 * it, a question mark on the line and nothing after the mark but the answers. Under
	 * the text's last paragraph, with no strong marker under it, it closed the body's
	 * last sentence: the lines under it left as a site's trailing lines, the question
	 * stayed (blind33's NZ release). No label of dev or the open sets ends its text with
	 * a question, and none keeps such a line (tail56). A tail marker, not a prompt: as
	 * the locator's furniture it cut a list of the article's short lines over it from the
	 * run.
	 */
	static boolean isFeedbackQuestion(Paragraph block) {
		String text = block.text();
		if (text.length() > MAX_PROMPT) {
			return false;
		}
		// the files write the question without Spanish's opening mark, which a page may
		// leave out ("Te resultó útil esta información?"): read past where it stands
		String key = block.key();
		int opening = Texts.openingMarkLength(key);
		if (!FEEDBACK_QUESTIONS.matches((opening > 0) ? key.substring(opening) : key)) {
			return false;
		}
		int mark = firstQuestionMark(text);
		if (mark < 0) {
			return false;
		}
		// After the question only the widget's answers, on its line or none ("Yes No",
		// "Yes (48) No (2)"): a text's own question goes on with its answer, a sentence
		// ("Was this helpful to the fleet? Skippers say it was not, …", "Was this
		// helpful? Hardly."), and stays (review56f).
		String answers = text.substring(mark + 1);
		return Texts.words(answers, MAX_ANSWER_WORDS) <= MAX_ANSWER_WORDS && !Texts.closesSentence(answers);
	}

	// How many words a feedback widget's answers take beside its question on one line.
	private static final int MAX_ANSWER_WORDS = 4;

	// Where the text's first question mark of any script stands, or -1.
	private static int firstQuestionMark(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Texts.isQuestionMark(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	// The share prompts of every language file ("share", "compartir", "分享").
	private static final Set<String> SHARE_WORDS = Languages.words(Languages.SHARE_PROMPTS);

	// The gap a row of buttons leaves between them, where a sentence has one space.
	private static final Pattern BUTTON_GAP = Pattern.compile("\\s{2,}");

	// A share row names a few buttons.
	private static final int MAX_ROW_BUTTONS = 6;

	// A share button before a network's name ("Compartir en Facebook") has a few words.
	private static final int MAX_NETWORK_BUTTON_WORDS = 3;

	/**
	 * Whether the line is a row of buttons two spaces or more apart that opens with a
	 * share prompt of some language: "Share", "Tweet" and "Email"; "Share" and "Save";
	 * "分享" and "收藏"; "Share" and "Comment (12)"; "Compartir en Facebook", "Compartir en
	 * X" and "WhatsApp". The other buttons are prompts, networks or single words (a
	 * bookmark's "Save", "收藏"): a sentence opening with the word after a doubled space
	 * ("Share" and "your views below.") goes on in words no button has.
	 * @param line the line
	 */
	static boolean isShareRow(String line) {
		if (line.indexOf("  ") < 0) {
			return false;
		}
		String[] buttons = BUTTON_GAP.split(line.strip());
		if (buttons.length < 2 || buttons.length > MAX_ROW_BUTTONS || !isShareButton(Texts.key(buttons[0]))) {
			return false;
		}
		for (int b = 1; b < buttons.length; b++) {
			String key = Texts.key(buttons[b]);
			if (!isShareButton(key) && !isPrompt(buttons[b], key) && !NETWORKS.contains(key)
					&& (Texts.words(key, 1) != 1 || Texts.endsWithSentencePunctuation(buttons[b]))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the block is a share prompt of some language alone on its line ("Share",
	 * "Teilen", "Compartir en X") or a row or bar of share buttons ("Share Tweet Email",
	 * "Facebook | X | WhatsApp").
	 */
	static boolean isShareLine(Paragraph block) {
		return block.text().length() <= MAX_PROMPT
				&& (isShareButton(block.key()) || isShareRow(block.text()) || isShareBar(block.key()));
	}

	// A share prompt alone, or before a network's name ("Compartir en X", "Share on
	// Facebook").
	private static boolean isShareButton(String key) {
		if (SHARE_WORDS.contains(key)) {
			return true;
		}
		int space = key.indexOf(' ');
		return space > 0 && SHARE_WORDS.contains(key.substring(0, space)) && endsWithNetwork(key)
				&& Texts.words(key, MAX_NETWORK_BUTTON_WORDS) <= MAX_NETWORK_BUTTON_WORDS;
	}

	private static final Prefixes FOLLOW = Prefixes.openings(Languages.SHARE_FOLLOW);

	// The follow prompt's first clause is short ("Follow Victor Davis Hanson on
	// Twitter").
	private static final int MAX_FOLLOW_WORDS = 12;

	/**
	 * Whether the line asks the reader to follow someone on a social network: it opens
	 * with a follow word of some language file and its first clause ends with a network's
	 * name ("Follow me on Twitter or LinkedIn. Check out my website.", "Like us on
	 * Facebook", "Follow Farid Haddad on Mastodon: @farid@…"). A sentence that opens with
	 * the word and names a network elsewhere ("Follow the money, Facebook's founder
	 * said.") goes on after the name. A how-to's sentence ("Follow these steps to make
	 * your account private on Instagram.", "Follow the same steps to lock down your
	 * Facebook.") has a lower-case word after the follow word and its optional "the",
	 * where a prompt has a name or one of the language's words for whom and where ("us",
	 * "me", "on").
	 * @param line the line
	 * @param key the line's {@link Texts#key(String) key}
	 */
	static boolean isFollowPrompt(String line, String key) {
		String follow = (key.length() <= MAX_PROMPT) ? FOLLOW.find(key) : null;
		if (follow == null || opensSentenceAfter(line.strip(), follow)) {
			return false;
		}
		int end = 0;
		while (end < key.length() && ".!?:;".indexOf(key.charAt(end)) < 0) {
			end++;
		}
		String clause = key.substring(0, end).strip();
		if (Texts.words(clause, MAX_FOLLOW_WORDS + 1) > MAX_FOLLOW_WORDS) {
			return false;
		}
		String last = clause.substring(clause.lastIndexOf(' ') + 1);
		return !last.equals("x") && NETWORKS.contains(last);
	}

	private static final Set<String> FOLLOW_OBJECTS = Languages.words(Languages.SHARE_FOLLOW_OBJECTS);

	private static final Pattern WORD_GAPS = Pattern.compile("\\s+");

	private static final Pattern TRAILING_MARKS = Pattern.compile("\\P{L}+$");

	// Whether the word after the line's follow word (and a "the" after it) is in lower
	// case in the line and no follow object: the line is a sentence of the text.
	private static boolean opensSentenceAfter(String line, String follow) {
		int next = Texts.words(follow, MAX_FOLLOW_WORDS);
		String[] words = WORD_GAPS.split(line, next + 3);
		if (next < words.length - 1 && words[next].equals("the")) {
			next++;
		}
		if (next >= words.length || words[next].isEmpty()) {
			return false;
		}
		String word = words[next];
		return Character.isLowerCase(word.codePointAt(0))
				&& !FOLLOW_OBJECTS.contains(TRAILING_MARKS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
	}

	// The networks of a share bar, in every language file's spellings.
	private static final Set<String> NETWORKS = Languages.words(Languages.SHARE_NETWORKS);

	// The characters the networks' names end with, and the longest name's length.
	private static final String NETWORK_ENDS = Texts.lastCharacters(NETWORKS);

	private static final int LONGEST_NETWORK = NETWORKS.stream().mapToInt(String::length).max().orElse(0);

	// The separators between a share bar's networks ("Facebook | X", "Facebook · X",
	// "Facebook Twitter LinkedIn").
	private static final Pattern NETWORK_SEPARATOR = Pattern.compile("[\\s|·•,/]+");

	// After a label, commas part a sentence's list ("Most used apps: TikTok, YouTube,
	// Instagram"), not a bar's networks.
	private static final Pattern LABELLED_NETWORK_SEPARATOR = Pattern.compile("[\\s|·•/]+");

	// The share bar's label, of a few words, before the networks.
	private static final int MAX_SHARE_LABEL_WORDS = 4;

	/**
	 * Whether the line is a share bar: the names of two social networks or more alone
	 * ("Facebook | X | WhatsApp", "فيسبوك تويتر"), or two or more after a short label of
	 * any language and its colon or dash ("Aqsam: Facebook | X", "မျှဝေရန် - Facebook |
	 * Telegram", "ចែករំលែក៖ Facebook | Telegram"). A share prompt of a language without a
	 * file is told by the networks it names; a sentence naming networks ("Facebook, X and
	 * Reddit all fell") has words that are no network's, a crosshead one network's name
	 * alone ("TikTok" over its paragraph), a list after a label commas ("Most used apps:
	 * TikTok, YouTube, Instagram").
	 */
	static boolean isShareBar(String key) {
		if (key.length() > MAX_PROMPT || !endsWithNetwork(key)) {
			return false;
		}
		int label = labelEnd(key);
		String networks = (label < 0) ? key : key.substring(label).strip();
		if (label >= 0 && Texts.words(key.substring(0, label), MAX_SHARE_LABEL_WORDS + 1) > MAX_SHARE_LABEL_WORDS) {
			return false;
		}
		String[] names = ((label < 0) ? NETWORK_SEPARATOR : LABELLED_NETWORK_SEPARATOR).split(networks);
		if (names.length < 2) {
			return false;
		}
		for (String name : names) {
			if (!NETWORKS.contains(name)) {
				return false;
			}
		}
		return true;
	}

	// Whether the key's last word, after its last space or separator, is a network's
	// name. Most lines end with no network's name, and most are told so by their last
	// character, or by a last word longer than any name, before a word is cut out.
	private static boolean endsWithNetwork(String key) {
		int end = key.length();
		if (end == 0 || NETWORK_ENDS.indexOf(key.charAt(end - 1)) < 0) {
			return false;
		}
		int start = end;
		while (start > 0 && !Character.isWhitespace(key.charAt(start - 1))
				&& "|·•,/".indexOf(key.charAt(start - 1)) < 0) {
			if (end - start == LONGEST_NETWORK) {
				return false;
			}
			start--;
		}
		return NETWORKS.contains(key.substring(start));
	}

	// Where a share bar's label ends: after its colon (of any script) or its dash, or -1.
	private static int labelEnd(String key) {
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c == ':' || c == '\uff1a' || c == '\u1361' || c == '\u1366' || c == '\u17d6') {
				return i + 1;
			}
			if ((c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && key.charAt(i - 1) == ' ') {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * Whether the line is a prompt that opens the page furniture after an article
	 * ("Related articles", "Leave a reply", "Tags: ..."), so that what follows it is no
	 * longer article text. Teasers, newsletter boxes, share and print buttons inside an
	 * article ("Read more: ...", "Subscribe to our newsletter", "Share this article",
	 * "Print this page") are prompts but do not end it: a one-line last paragraph after a
	 * share bar is still the article's. A block's prompt verdict is kept on it: the noise
	 * check and the reader's header asked it already.
	 */
	static boolean endsArticle(Paragraph block) {
		if (!block.isPrompt()) {
			return false;
		}
		String key = block.key();
		// A share bar stands inside the article as a share prompt does.
		if (!PROMPTS.contains(key) && isShareBar(key)) {
			return false;
		}
		for (String inline : INLINE_PROMPTS) {
			if (key.startsWith(inline) && (inline.endsWith(":") || inline.endsWith(" ")
					|| key.length() == inline.length() || !Character.isLetter(key.charAt(inline.length())))) {
				return false;
			}
		}
		return true;
	}

	// A reader callout is a line or two.
	private static final int MAX_CALLOUT = 240;

	// Its question is short ("Have a traffic tip?", "Got a gardening question?").
	private static final int MAX_CALLOUT_QUESTION_WORDS = 12;

	private static final Prefixes CALLOUT_OPENERS = Prefixes.openings(Languages.CALLOUT_OPENERS);

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/**
	 * Whether the block is a call to the readers under the article: a short question to
	 * them that opens it, and an email address after it to send the answer to ("Have a
	 * traffic tip? Email traffic@…", "Do you have old photographs of Dunwell? Send them
	 * to archive@…"). Told by its marks, in any language: a question opening the block
	 * (not inside a quotation, whose speaker goes on in lower case) and an address in a
	 * sentence after it. An article's sentence that names an address ("Residents can send
	 * comments to planning@… until 12 January.") asks nothing, and its own question ("Who
	 * can apply? Any registered charity … can write to grants@…") asks no reader: the
	 * question opens with one of a language's words to the reader ("Have", "Got", "Do
	 * you"). Instead of an address, a bidding may follow the question, opening as a
	 * site's prompt does and naming the site ("Have something to say? Send us a letter to
	 * the editor.", "Want more deals? Join our newsletter."); an answer the text gives
	 * after its own question ("Have a question about the city? Reply to this email …", a
	 * newsletter's) opens otherwise.
	 */
	static boolean isReaderCallout(String text) {
		if (text.length() > MAX_CALLOUT || text.indexOf('?') < 0 && text.indexOf('\u061f') < 0
				|| !Character.isLetter(text.codePointAt(0))) {
			return false;
		}
		int question = -1;
		for (int i = 0; i < text.length() && question < 0; i++) {
			char c = text.charAt(i);
			if (c == '.' || c == '!' || c == '\n') {
				return false;
			}
			question = (c == '?' || c == '\u061f') ? i : -1;
		}
		if (question < 0
				|| Texts.words(text.substring(0, question), MAX_CALLOUT_QUESTION_WORDS + 1) > MAX_CALLOUT_QUESTION_WORDS
				|| !CALLOUT_OPENERS.matches(Texts.key(text.substring(0, question + 1)))) {
			return false;
		}
		String after = text.substring(question + 1).strip();
		return !after.isEmpty() && !Character.isLowerCase(after.codePointAt(0))
				&& (after.indexOf('@') >= 0 && EMAIL_ADDRESS.matcher(after).find()
						|| PROMPT_OPENERS.matches(Texts.key(after)) && namesTheSite(after));
	}

	private static final Set<String> CALLOUT_SITE_WORDS = Languages.words(Languages.CALLOUT_SITE_WORDS);

	// Whether a bidding names the site ("Send us …", "Join our newsletter."): the text's
	// own advice after a question bids the reader to a third party's place or thing
	// ("Want to help? Join the volunteers at the gate on Saturday.", review50a).
	private static boolean namesTheSite(String bidding) {
		String lower = bidding.toLowerCase(Locale.ROOT);
		return Texts.holdsWord(lower, (start, end) -> CALLOUT_SITE_WORDS.contains(lower.substring(start, end)));
	}

	// A contact line is a sentence or two.
	private static final int MAX_CONTACT = 300;

	// The words before a handle that ends a contact line ("Country diary is on Twitter
	// at @CountryDiary"): a handle alone is a post's or a reply's.
	private static final int MIN_WORDS_BEFORE_HANDLE = 3;

	/**
	 * Whether the block is a contact line under the article: it ends with an e-mail
	 * address or a handle, nothing after it but a full stop ("Megan Toller covers higher
	 * education for the Courier. Email: mtoller@…", "Contact Maya Okafor at mokafor@….",
	 * a reporter's address alone under a Korean story). Told by its last word, in any
	 * language. An article's sentence that names an address says more after it ("…
	 * (althausa@…)." in brackets, "… to planning@… until 12 January."), and an embedded
	 * post's line ends with its date ("— Name (@handle) November 1, 2019"). Without an
	 * address, a release's labelled contact line with a phone number (see
	 * {@link #isLabelledPhoneContact}).
	 */
	static boolean isContactLine(String text) {
		if (text.length() > MAX_CONTACT || text.indexOf('\n') >= 0) {
			return false;
		}
		if (text.indexOf('@') < 0) {
			return isLabelledPhoneContact(text);
		}
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '.') {
			end--;
		}
		int start = text.lastIndexOf(' ', end - 1) + 1;
		if (start >= end) {
			return false;
		}
		String last = text.substring(start, end);
		if (last.charAt(0) == '@') {
			return last.length() > 2 && isWordRun(last, 1)
					&& Texts.words(text.substring(0, start), MIN_WORDS_BEFORE_HANDLE) >= MIN_WORDS_BEFORE_HANDLE
					&& !isStorySentence(text, start);
		}
		return EMAIL_ADDRESS.matcher(last).matches() && !isStorySentence(text, start);
	}

	private static final Prefixes CONTACT_LABELS = Prefixes.of(Languages.values(Languages.NOTES_CONTACT_LABELS)
		.stream()
		.flatMap((label) -> Stream.of(label + ":", label + " :"))
		.toArray(String[]::new));

	/**
	 * A media release's contact line with a phone number and no address: a contact label
	 * and its colon open it (notes.contact-labels: "Media contact: Jess Corrigan, 08 5550
	 * 1177", "Pressekontakt: …"), a phone number as {@link HeadlineFinder#hasPhoneNumber}
	 * reads one follows. A sentence of the text that names whom to call ("Anyone with
	 * information should contact Sue on 01234 567890.") opens with no label's colon, and
	 * one that does ("Contact: the hall opens at 10 and places can be booked on 0800 …
	 * .", "Kontakt: Wer … gesehen hat, kann sich unter 0761 … melden.") ends as a
	 * sentence does, where a contact line ends in its number (review58b).
	 */
	private static boolean isLabelledPhoneContact(String text) {
		// the number and the ending first: most lines are never lowercased for the labels
		return HeadlineFinder.hasPhoneNumber(text) && !Texts.endsWithSentencePunctuation(text)
				&& CONTACT_LABELS.find(text.toLowerCase(Locale.ROOT)) != null;
	}

	// The words of one sentence that make it the story's own, not a contact line.
	private static final int MIN_STORY_SENTENCE_WORDS = 12;

	/**
	 * Whether the text before the address is one sentence of many words with no label's
	 * colon before the address: the story's last sentence that tells its readers whom to
	 * write to ("Anyone who saw the break-in is asked to contact Detective Constable Sam
	 * Hill at sam.hill@….", "… can be booked by emailing events@…."). A contact line is a
	 * few words ("Contact Maya Okafor at …"), a note of two sentences or more ("X covers
	 * education. Email: …") or a label's ("E-Mail: …").
	 */
	private static boolean isStorySentence(String text, int address) {
		int end = address;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end == 0 || text.charAt(end - 1) == ':') {
			return false;
		}
		for (int i = 0; i + 1 < end; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) {
				return false;
			}
		}
		return Texts.words(text.substring(0, end), MIN_STORY_SENTENCE_WORDS) >= MIN_STORY_SENTENCE_WORDS;
	}

	// Whether the text holds only letters, digits and underscores from the index on.
	private static boolean isWordRun(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '_') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the line opens with one of a language's words to the reader ("You can view
	 * …", "Have a look …", "Want more?"), as a site's prompt under an article does and a
	 * news story's closing sentence does not.
	 */
	static boolean addressesReader(String text) {
		return CALLOUT_OPENERS.matches(Texts.key(text));
	}

	private static final Prefixes NOTE_OPENERS = Prefixes.openings(Languages.NOTES_OPENERS);

	private static final Prefixes PROMPT_OPENERS = Prefixes.openings(Languages.CLOSING_PROMPT_OPENERS);

	private static final List<String> NEWSLETTER_WORDS = spaced(Languages.CLOSING_NEWSLETTER_WORDS);

	// The newsletter phrases' longest words, each once ("newsletter", "mailing",
	// "correo"): a key without one holds no phrase. The longest, not the first: "tu" of
	// "tu correo" is inside most Spanish keys and would let every one through.
	private static final String[] NEWSLETTER_MARK_WORDS = NEWSLETTER_WORDS.stream()
		.map(Boilerplate::longestWord)
		.distinct()
		.toArray(String[]::new);

	private static String longestWord(String phrase) {
		String longest = "";
		for (String word : phrase.strip().split(" ")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}

	private static final List<String> FURNITURE_WORDS = Stream
		.concat(spaced(Languages.CLOSING_FURNITURE_WORDS).stream(), NEWSLETTER_WORDS.stream())
		.toList();

	// A key's phrases, a space before and after each, to be found among a line's words.
	private static List<String> spaced(String key) {
		return Languages.values(key).stream().map((phrase) -> " " + phrase + " ").toList();
	}

	/**
	 * Whether a short line reads as a site's furniture by its words, in a language's
	 * words: it opens with a bidding to the reader ("Share this post …", "Sign up for …",
	 * "Teile diesen Beitrag …") or holds, anywhere, a word of the reader addressed, of a
	 * newsletter, a privacy or terms notice or a release's availability ("If you're
	 * curious, you can read our Privacy Notice.", "The album is out now on …"). The line
	 * is read as its words alone, so that a comma or a dash neither hides a phrase nor
	 * makes one.
	 */
	static boolean readsAsSiteFurniture(String text) {
		String words = wordsOf(Texts.key(text));
		if (PROMPT_OPENERS.matches(words.substring(1))) {
			return true;
		}
		return holdsAny(words, FURNITURE_WORDS);
	}

	// The furniture phrases of more than one word: a notice's ("uses cookies", "terms
	// and conditions", "all rights reserved"), not the reader's pronouns.
	private static final List<String> NOTICE_PHRASES = FURNITURE_WORDS.stream()
		.filter((phrase) -> phrase.strip().indexOf(' ') > 0)
		.toList();

	/**
	 * Whether a line holds a phrase of a site's notice (a privacy, cookie or terms
	 * notice, a rights line, a release's availability), in a language's words: "This site
	 * uses cookies to improve …", where a reader's "you" alone tells nothing.
	 */
	static boolean holdsNoticePhrase(String text) {
		return holdsAny(wordsOf(Texts.key(text)), NOTICE_PHRASES);
	}

	// A cookie banner or a privacy dialog is a sentence or a few.
	private static final int MAX_COOKIE_NOTICE = 1000;

	/**
	 * Whether the block is a cookie banner or a privacy dialog, the commonest furniture
	 * in long sentences: it names "cookie", the word for it in most languages that use
	 * the Latin script. Read on every block of a page (the locator's), so only that word:
	 * a language's own word for it is a bakery's too ("galetes", "kakor", "бисквитки").
	 */
	static boolean isCookieNotice(String text) {
		if (text.length() >= MAX_COOKIE_NOTICE) {
			return false;
		}
		// In place, ignoring case: no lower-cased copy of every block, and only where a
		// "c" or a "C" stands (String.indexOf is the JDK's fast search).
		return hasCookieAt(text, 'c') || hasCookieAt(text, 'C');
	}

	private static boolean hasCookieAt(String text, char first) {
		for (int i = text.indexOf(first); i >= 0 && i + 6 <= text.length(); i = text.indexOf(first, i + 1)) {
			// the "o" first, in place: an English page has a "c" in most words
			if ((text.charAt(i + 1) | 0x20) == 'o' && text.regionMatches(true, i, "cookie", 0, 6)) {
				return true;
			}
		}
		return false;
	}

	// The languages' own words for a browser's cookie, stems read inside a line's key
	// ("küpsis" in "küpsiseid", "piškot" in "piškotke").
	private static final String[] COOKIE_WORDS = Languages.values(Languages.NOTES_COOKIE_WORDS).toArray(String[]::new);

	/**
	 * Whether the line is a cookie or consent notice in any language: a
	 * {@link #isCookieNotice(String) cookie notice}, or a line naming a browser's cookie
	 * in a language's own word (notes.cookie-words: "Vi bruker informasjonskapsler …",
	 * "Spletna stran uporablja piškotke …"). For a line above the headline, where a
	 * sentence naming one is the site's notice: a bakery's story stands under its
	 * headline.
	 */
	static boolean isConsentNotice(String text) {
		if (isCookieNotice(text)) {
			return true;
		}
		if (text.length() >= MAX_COOKIE_NOTICE) {
			return false;
		}
		return Texts.containsAny(Texts.key(text), COOKIE_WORDS);
	}

	// A language's phrases for a charity's registration, as a line's words read them
	// ("501(c)(3)" as " 501 c 3 ").
	private static final List<String> CHARITY_PHRASES = phrasesOf(Languages.NOTES_CHARITY_PHRASES);

	// A key's phrases as a line's words read them, to be found with holdsAny.
	private static List<String> phrasesOf(String key) {
		return Languages.values(key).stream().map((phrase) -> wordsOf(Texts.key(phrase))).toList();
	}

	// A charity's registration is a line or two ("Harbourside Food Network is a
	// registered 501(c)(3) nonprofit. Gifts are tax-deductible …", 130 characters).
	private static final int MAX_CHARITY_NOTICE = 160;

	/**
	 * Whether the line is a charity's registration, the footer line of a charity's or a
	 * club's site ("Hebden Players is a registered charity.", "Porthcawl Lifeboat Station
	 * is part of a registered charity in England, Wales and Scotland", "Registered
	 * charity no. 1109876", "Harvest Table Food Bank is a 501(c)(3) nonprofit."), by a
	 * language's phrase for it: 17 lines of dev's and the open sets' labelled pages hold
	 * one and the labels keep none. Read as a tail marker only, and there only under a
	 * short line (ArticleReader's {@code isCharityFooterLine}): the walk up from the
	 * page's end meets a story's last paragraph about a charity ("The hospice is a
	 * 501(c)(3) nonprofit, so …") first, right under the text's other paragraphs.
	 */
	static boolean isCharityNotice(String text) {
		return text.length() <= MAX_CHARITY_NOTICE && holdsAny(wordsOf(Texts.key(text)), CHARITY_PHRASES);
	}

	// A language's phrases for a site's publisher, its company's registration or its
	// regulator, as a line's words read them.
	private static final List<String> PUBLISHER_PHRASES = phrasesOf(Languages.NOTES_PUBLISHER_PHRASES);

	// A footer's notice is a sentence or two.
	private static final int MAX_SITE_NOTICE = 300;

	/**
	 * Whether the paragraph is a site's own notice, a footer's sentence about the site
	 * and not the article's: who publishes it and where its company is registered ("The
	 * Valley Courier is published by Valley Media Ltd, a company registered in Wales …",
	 * "Der Talbote erscheint im Verlag Talmedien GmbH, eingetragen im Handelsregister
	 * …"), its regulator, a rights, privacy or terms notice ("Tous droits réservés. …")
	 * or a charity's registration, by a language's phrase for one. Asked of the
	 * paragraphs right under a sign-up box (foot59): an article that goes on under its
	 * box goes on with its own sentences.
	 */
	static boolean isSiteNotice(String text) {
		if (text.length() > MAX_SITE_NOTICE) {
			return false;
		}
		String words = wordsOf(Texts.key(text));
		return holdsAny(words, PUBLISHER_PHRASES) || holdsAny(words, SITE_NOTICE_PHRASES)
				|| holdsAny(words, CHARITY_PHRASES);
	}

	// The notice phrases without a newsletter's ("tu correo", "mailing list"): the line
	// under a sign-up box that names the reader's inbox is the box's own ("Recibí cada
	// mañana las noticias … en tu correo."), and the text may go on under it.
	private static final List<String> SITE_NOTICE_PHRASES = NOTICE_PHRASES.stream()
		.filter((phrase) -> !NEWSLETTER_WORDS.contains(phrase))
		.toList();

	private static final Prefixes SITE_CREDITS = Prefixes.openings(Languages.NOTES_SITE_CREDITS);

	// A site's credit names its maker in a few words ("Powered by BLOX Content Management
	// System from TownNews.com.", 61 characters, the longest of dev and the open sets).
	private static final int MAX_SITE_CREDIT = 70;

	/**
	 * Whether the line is a site's credit for its making, its footer line ("Website by a
	 * club member", "Site by a volunteer", "Powered by WordPress", "Designed by Studio
	 * Nine"), by how a language opens one: 30 lines of dev and the open sets open so and
	 * the labels keep none. One line, no sentence after the credit: a story's sentence
	 * that opens so ("Designed by Giles Gilbert Scott in 1924, the box …") goes on past
	 * the name with a clause. Read as a tail marker only, and there not in a list the
	 * text promises with its colon (a fact box's "The organ at a glance:" over "Designed
	 * by Wilhelm Sauer", review53c).
	 */
	static boolean isSiteCredit(String text) {
		if (text.length() > MAX_SITE_CREDIT || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0) {
			return false;
		}
		return text.indexOf(". ") < 0 && SITE_CREDITS.matches(Texts.key(text));
	}

	/**
	 * A street as an address writes it, "1000 W. Prairie Road", "600 4th Avenue": a
	 * house's number, a compass point, up to four capitalised or numbered words and a
	 * street's word (notes.street-words), as a pattern's text. The country a page's
	 * address shows is read from it too ({@code DateLineDetector}).
	 */
	static final String STREET = "\\d{1,5}[A-Za-z]? (?:[NSEW]\\.? )?"
			+ "(?:(?:\\p{Lu}[\\p{L}'.-]*|\\d{1,3}(?:st|nd|rd|th)) ){0,4}(?:"
			+ alternatives(Languages.values(Languages.NOTES_STREET_WORDS)
				.stream()
				.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
				.toList())
			+ ")\\.?";

	// "1000 W. Prairie Road", "2930 S. Yale Ave., Tulsa, OK": a street, then the town,
	// state and code after commas, if any.
	private static final Pattern STREET_ADDRESS = Pattern.compile(STREET + "(?:, [\\p{L}\\d .'-]{1,40}){0,3}");

	// An address alone on its line is short: the longest of the 19 street lines of dev
	// and the open sets has 45 characters ("1002 West First Street, Cedar Falls, IA
	// 50613", read53); a line over 70 is a sentence's worth.
	private static final int MAX_STREET_ADDRESS = 70;

	/**
	 * Whether the line is a street address alone, an organisation's footer under the
	 * article ("1000 W. Prairie Road", "1002 West First Street, Cedar Falls, IA 50613"):
	 * 19 lines of dev's and the open sets' labelled pages are one and the labels keep
	 * none. A story names an address inside its sentences. Read as a tail marker only.
	 */
	static boolean isStreetAddress(String text) {
		return text.length() <= MAX_STREET_ADDRESS && !text.isEmpty() && Character.isDigit(text.charAt(0))
				&& STREET_ADDRESS.matcher(text).matches();
	}

	private static boolean holdsAny(String words, List<String> phrases) {
		for (String phrase : phrases) {
			if (words.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

	// A sign-up prompt is a line or two.
	private static final int MAX_SIGN_UP = 300;

	// Where a sentence ends inside a block: its mark, a space and the next one's start.
	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");

	/**
	 * Whether the block is a newsletter's sign-up prompt, wherever it stands: a line or
	 * two that names a newsletter or the reader's inbox and has a sentence opening with a
	 * bidding to the reader ("Get the biggest court stories straight to your inbox. Sign
	 * up to our free newsletter here.", "Want more science stories in your inbox?
	 * Subscribe to our weekly newsletter.", "Thank you for reading. Get local news in
	 * your inbox."). Both are asked: a story's sentence about a newsletter bids nobody
	 * ("The council's newsletter goes to 4,000 homes."), and a bidding without one is a
	 * petition's or a reader callout's ("Sign the petition at …"), which the text may
	 * report. A site's appeal for gifts is read the same way: a line or two that names a
	 * donation and has a sentence of the site's opening with a bidding ("Support local
	 * journalism. Donate to Valley Public Radio today.", "Support reporting like this
	 * with a donation today."); a story's sentence about donations bids nobody ("The
	 * family asks that donations be made to …"), and a bidding that names no donation
	 * ("Please give what you can today.") is a charity's own appeal text.
	 */
	static boolean isSignUpPrompt(String text) {
		return text.length() <= MAX_SIGN_UP && isSignUpPrompt(text, Texts.key(text));
	}

	// As isSignUpPrompt(String), for a block: its own key, folded once, stands for the
	// text's (asked of every block of the body, whose keys other checks folded already).
	static boolean isSignUpPrompt(Paragraph block) {
		return block.text().length() <= MAX_SIGN_UP && isSignUpPrompt(block.text(), block.key());
	}

	private static boolean isSignUpPrompt(String text, String key) {
		// A phrase among the key's words has its longest word in the key itself: a key
		// that holds none of them is let go before its words are read out (asked of
		// every block of the body, most of which name no newsletter).
		boolean newsletter = Texts.containsAny(key, NEWSLETTER_MARK_WORDS) && holdsAny(wordsOf(key), NEWSLETTER_WORDS);
		boolean appeal = !newsletter && Texts.containsAny(key, APPEAL_WORDS)
				&& holdsAny(wordsOf(key), SPACED_APPEAL_WORDS) && !holdsSpeechVerb(key);
		if (!newsletter && !appeal) {
			return false;
		}
		for (String sentence : SENTENCE_BREAK.split(text)) {
			String words = wordsOf(Texts.key(sentence));
			if (words.length() > 1
					&& (PROMPT_OPENERS.matches(words.substring(1))
							|| appeal && APPEAL_OPENERS.matches(words.substring(1)))
					&& !reportsQuotation(sentence)
					&& (!appeal || opensWithLetter(sentence) && lookAlikeOpening(words) == null)) {
				return true;
			}
		}
		return false;
	}

	// The words of a site's appeal for gifts ("donate", "donation"), each matched whole
	// among a block's words.
	private static final String[] APPEAL_WORDS = Languages.values(Languages.CLOSING_APPEAL_WORDS)
		.toArray(String[]::new);

	private static final List<String> SPACED_APPEAL_WORDS = spaced(Languages.CLOSING_APPEAL_WORDS);

	// How an appeal's bidding may open besides a prompt's openers ("Support reporting
	// like this with a donation today.").
	private static final Prefixes APPEAL_OPENERS = Prefixes.openings(Languages.CLOSING_APPEAL_OPENERS);

	// A story's sentence that opens as a bidding does ("Thanks to generous donations, the
	// shelter reopened", "Support for the donation drive grew", "Get well cards and
	// donations poured in"): no appeal. The one set of them the appeal, reportsSomeone
	// and thanksOthers ask (lookAlikeOpening).
	private static final Prefixes APPEAL_LOOK_ALIKES = Prefixes.openings(Languages.CLOSING_APPEAL_LOOK_ALIKES);

	// A block with a verb of saying reports someone's appeal ("Please give what you can,
	// she said."): the story's, not the site's.
	private static boolean holdsSpeechVerb(String key) {
		return BioDetector.holdsSpeechVerb(key, 0, key.length());
	}

	/**
	 * Whether a line said to the reader is a story's, not the site's: it holds a verb of
	 * saying ("Please explain why …, one supporter said.") or opens as a story's sentence
	 * that only looks like a bidding ("Thanks to generous donations, the family …").
	 */
	static boolean reportsSomeone(String line) {
		String key = Texts.key(line);
		String words = wordsOf(key);
		return holdsSpeechVerb(key) || lookAlikeOpening(words) != null;
	}

	// A sponsor's credit among a thanks's words ("… for supporting this coverage").
	private static final List<String> SPONSOR_WORDS = spaced(Languages.CLOSING_SPONSOR_WORDS);

	// Where a sentence's clauses part: a bidding may open a later one ("If you
	// enjoyed this story, share it with a friend.").
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2013\u2014]\\s*");

	/**
	 * Whether a line that reads as the site's by its words is the text's own thanks or
	 * invitation (blind59: "Thank you to everyone who gave money, time and tea.", "If you
	 * have never swum outdoors in winter, come and watch first."): one sentence whose
	 * thanks go to others (closing.appeal-look-alikes, the opening's "you" no reader) or
	 * whose reader is only its pronoun, not opening it, with no clause that opens with a
	 * site's bidding ("…, share it with a friend", "Thanks for reading"), no word of the
	 * site's own ("Follow us", "our newsletter"), no newsletter, appeal or notice. The
	 * caller asks an invitation to name a word of the text above it, as the story's own
	 * terms do.
	 */
	static boolean isStoryAddress(String text) {
		String stripped = text.strip();
		// a bidding in a later clause ("If you enjoyed this story, share it with a
		// friend.")
		// makes any sentence the site's
		if (SENTENCE_BREAK.split(stripped).length > 1 || namesTheSite(stripped) || holdsNoticePhrase(stripped)
				|| isSignUpPrompt(stripped) || bidsInClause(stripped, 1)) {
			return false;
		}
		String words = wordsOf(Texts.key(stripped));
		String opening = lookAlikeOpening(words);
		if (opening != null) {
			// a thanks to a sponsor of the page is the site's credit (review60d)
			String thanked = words.substring(opening.length() - 1);
			return !holdsAny(thanked, FURNITURE_WORDS) && !holdsAny(thanked, SPONSOR_WORDS);
		}
		// the reader as the sentence's subject ("Vous pouvez écouter les cloches …", "You
		// can hear …") is the site's prompt; an invitation opens otherwise ("If you …")
		String first = words.substring(0, words.indexOf(' ', 1) + 1);
		return !PROMPT_OPENERS.matches(words.substring(1)) && !FURNITURE_WORDS.contains(first);
	}

	/**
	 * Whether the line opens as a story's sentence that only looks like a bidding
	 * (closing.appeal-look-alikes: "Thank you to everyone who …", "Thanks to the
	 * volunteers …"): a thanks to others, said of the story's people, not to the reader.
	 */
	static boolean thanksOthers(String text) {
		return lookAlikeOpening(wordsOf(Texts.key(text))) != null;
	}

	// The look-alike opening the words start with, spaced as the words read it, or
	// null: isStoryAddress reads what a thanks says after it.
	private static String lookAlikeOpening(String words) {
		String opening = (words.length() > 1) ? APPEAL_LOOK_ALIKES.find(words.substring(1)) : null;
		return (opening != null) ? " " + opening : null;
	}

	// Whether a clause of the sentence, from the given one on, opens with a bidding.
	private static boolean bidsInClause(String sentence, int from) {
		String[] clauses = CLAUSE_BREAK.split(sentence);
		for (int i = from; i < clauses.length; i++) {
			String words = wordsOf(Texts.key(clauses[i]));
			if (words.length() > 1 && PROMPT_OPENERS.matches(words.substring(1))) {
				return true;
			}
		}
		return false;
	}

	// An appeal's bidding is the site's own sentence: one that opens with a quote mark
	// ("“Donate what you can,” she said.") is someone's words the text reports.
	private static boolean opensWithLetter(String sentence) {
		String stripped = sentence.strip();
		return !stripped.isEmpty() && Character.isLetter(stripped.codePointAt(0));
	}

	/**
	 * Whether the block is the heading of a newsletter's sign-up box, a newsletter word
	 * alone on its line ("Newsletter"), as it stands over the prompt.
	 */
	static boolean isNewsletterHeading(Paragraph block) {
		return block.text().length() <= MAX_PROMPT && NEWSLETTER_WORDS.contains(" " + block.key() + " ");
	}

	// A newsletter box's buttons of every language file ("sign up", "suscribirme").
	private static final Set<String> SIGN_UP_BUTTONS = Languages.words(Languages.BOXES_SIGN_UP_BUTTONS);

	/**
	 * Whether the block is a newsletter box's button alone on its line ("Sign up",
	 * "Suscribirme"), as it stands right under the box's sign-up prompt.
	 */
	static boolean isSignUpButton(Paragraph block) {
		return block.text().length() <= MAX_PROMPT && SIGN_UP_BUTTONS.contains(block.key());
	}

	private static final Prefixes SIGN_UP_OPENINGS = Prefixes.openings(Languages.BOXES_SIGN_UP_BUTTONS);

	/**
	 * Whether the block opens with a newsletter box's button words and goes on ("Sign up
	 * to receive daily headline news from …"): asked only of a line already left out as a
	 * prompt, whose box's lines may follow it.
	 */
	static boolean opensWithSignUpButton(Paragraph block) {
		return block.text().length() <= MAX_SIGN_UP && SIGN_UP_OPENINGS.matches(block.key());
	}

	private static final Prefixes SIGN_UP_BOX_LINES = Prefixes
		.of(Languages.values(Languages.BOXES_SIGN_UP_AFTER).toArray(String[]::new));

	/**
	 * Whether the block opens as a newsletter box's consent line, thanks or welcome note
	 * do ("By signing up you consent …", "Thanks for signing up!", "A welcome email is on
	 * its way."), or is its e-mail field ("Enter your email"), in the language files'
	 * words: asked only of the lines right under a sign-up prompt.
	 */
	static boolean isSignUpBoxLine(Paragraph block) {
		if (block.text().length() > MAX_SIGN_UP) {
			return false;
		}
		String key = block.key();
		if (SIGN_UP_FIELDS.contains(key)) {
			return true;
		}
		String opening = SIGN_UP_BOX_LINES.find(key);
		return opening != null
				&& (key.length() == opening.length() || !Character.isLetter(key.charAt(opening.length())))
				&& (Texts.words(key, MAX_BOX_NOTE_WORDS + 1) <= MAX_BOX_NOTE_WORDS
						|| holdsAny(wordsOf(key.substring(opening.length())), SIGN_UP_READER_WORDS));
	}

	// A box's e-mail field alone on its line, of every language file ("enter your
	// email").
	private static final Set<String> SIGN_UP_FIELDS = Languages.words(Languages.BOXES_SIGN_UP_FIELD);

	// How many words a box's thanks or welcome note holds when it names no reader
	// ("Thanks for signing up!", "A welcome email is on its way.").
	private static final int MAX_BOX_NOTE_WORDS = 8;

	// The words a box's longer line addresses its reader with after its opening ("thank
	// you" is the opening's), spaced as wordsOf spaces a key's words.
	private static final List<String> SIGN_UP_READER_WORDS = spaced(Languages.BOXES_SIGN_UP_READER);

	// The language files' words for "us" as a bidding heading's object.
	private static final Set<String> US_WORDS = Languages.words(Languages.BOXES_US_WORDS);

	// A bidding heading has a few words: the verb, perhaps a preposition, "us", what for.
	private static final int MAX_US_HEADING_WORDS = 5;

	/**
	 * Whether the line is a short heading of the site bidding the reader act with or for
	 * it ("Pray with us", "Help us finish 7812", "Support us"): two to five words, no
	 * sentence's end, the second or third the language's "us" as written in lower case or
	 * with a capital ("About Us"), not in capitals (the country's "US": "Alibaba thinks
	 * US businesses …"). Asked only of a box's heading at the body's end or over an
	 * appeal.
	 */
	static boolean isUsHeading(String line) {
		String text = line.strip();
		if (text.length() > MAX_PROMPT || text.indexOf('\n') >= 0 || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		String[] words = text.split(" ");
		if (words.length < 2 || words.length > MAX_US_HEADING_WORDS) {
			return false;
		}
		for (int w = 1; w < Math.min(3, words.length); w++) {
			String word = words[w];
			if (US_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !(word.length() > 1
					&& word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT)))) {
				return true;
			}
		}
		return false;
	}

	// A link to a list's every entry: a few words, no sentence ("View all (23)", "See
	// all 12 photos", "View all results").
	private static final List<String> SHOW_ALL_LINKS = List.of("view all", "see all", "show all");

	private static final int MAX_SHOW_ALL_WORDS = 5;

	/**
	 * Whether the line is a link to the whole of a list, a gallery or a set of results
	 * ("View all (23)", "See all 12 photos"), which pages set between or under the
	 * paragraphs: a few words that open with "view all", "see all" or "show all", no
	 * sentence ("See all the candidates' answers below." is the text's).
	 */
	static boolean isShowAllLink(Paragraph block) {
		// Most blocks are told by the key's first character, without folding the key:
		// the reader asks this of every block, and no other check needs a long one's.
		int first = Texts.foldedFirst(block.text());
		for (String link : SHOW_ALL_LINKS) {
			if (first != link.charAt(0)) {
				continue;
			}
			String key = block.key();
			if (key.startsWith(link)
					&& (key.length() == link.length() || !Character.isLetterOrDigit(key.charAt(link.length()))
							&& !key.startsWith(link + " the ") && !Texts.endsWithSentencePunctuation(block.text())
							&& Texts.words(block.text(), MAX_SHOW_ALL_WORDS + 1) <= MAX_SHOW_ALL_WORDS)) {
				return true;
			}
		}
		return false;
	}

	// A link's few words before its arrow ("See the full list →", "Mehr Artikel von X
	// →"); a paragraph that ends with a "read on" arrow is a listing's excerpt.
	private static final int MAX_ARROW_LINK_WORDS = 8;

	/**
	 * Whether the line is a link that points on with a right arrow at its end ("See the
	 * full list →", "Join the conversation →", "Weiterlesen →"), in any language: a few
	 * words and the arrow, no sentence before it. No label of dev or the open sets keeps
	 * such a line; between paragraphs it closes a box the text goes on under.
	 */
	static boolean isArrowLink(Paragraph block) {
		String text = block.text().strip();
		if (text.length() < 2 || text.charAt(text.length() - 1) != '\u2192') {
			return false;
		}
		String before = text.substring(0, text.length() - 1).strip();
		return !before.isEmpty() && !Texts.endsWithSentencePunctuation(before)
				&& Texts.words(before, MAX_ARROW_LINK_WORDS + 1) <= MAX_ARROW_LINK_WORDS && !isTextBeforeArrow(before);
	}

	// The links to a story's rest ("read more", "weiterlesen"), longest first.
	private static final List<String> READ_ON_LINKS = Languages.values(Languages.LINKS_READ_ON);

	/**
	 * Whether the words before a line's closing arrow are the text's, not a link's: a
	 * route or a timeline, whose arrows chain ("Hafen → Altstadt → Campus →"); a step of
	 * a list, after its number or a label's colon ("1. Register online →", "Schritt 1:
	 * Antrag stellen →"); a listing's excerpt whose last words ran into its read-on link,
	 * a lower-case word right before the link's capital ("Kommen dürfen alle Weiterlesen
	 * →"). None of dev's or the open sets' 46 lines closed by an arrow has a second
	 * arrow, a list's number or a colon within eight words (review50a).
	 */
	private static boolean isTextBeforeArrow(String before) {
		if (before.indexOf('\u2192') >= 0 || before.indexOf(':') >= 0 || before.indexOf('\uff1a') >= 0
				|| Character.isDigit(before.charAt(0))) {
			return true;
		}
		for (String link : READ_ON_LINKS) {
			int at = before.length() - link.length();
			if (at >= 2 && before.regionMatches(true, at, link, 0, link.length()) && before.charAt(at - 1) == ' '
					&& Character.isUpperCase(before.codePointAt(at)) && opensInLowerCase(before, at - 1)) {
				return true;
			}
		}
		return false;
	}

	// Whether the word that ends at {@code end} opens in lower case ("alle", not "Hier"
	// nor "Jetzt", a link's own first word).
	private static boolean opensInLowerCase(String text, int end) {
		int start = text.lastIndexOf(' ', end - 1) + 1;
		return start < end && Character.isLowerCase(text.codePointAt(start));
	}

	// The read-aloud buttons of every language file ("listen to this article",
	// "vorlesen").
	private static final Set<String> LISTEN_BUTTONS = Languages.words(Languages.SHARE_LISTEN);

	// What sets a listen button's length and narrator apart from it ("Listen to this
	// article · 3 min").
	private static final Pattern BUTTON_PARTS = Pattern.compile("\\s+[·|•]\\s+");

	// The length and the narrator after the button are a few words each.
	private static final int MAX_LISTEN_PART_WORDS = 4;

	/**
	 * Whether the line is a button that reads the article aloud, of some language
	 * ("Artikel anhören", "Listen to this article · 3 min", "▶ Listen to this story · 24
	 * min · Narrated by Tom Ashby"): the button's words alone, or before parts of a few
	 * words set apart by a spaced middle dot, bar or bullet, no sentence's end. A
	 * sentence about listening ("Listen to the full interview on our podcast.") is none.
	 */
	static boolean isListenButton(Paragraph block) {
		String text = block.text();
		if (text.length() > MAX_PROMPT || Texts.endsWithSentencePunctuation(text)) {
			return false;
		}
		String[] parts = BUTTON_PARTS.split(block.key());
		if (!LISTEN_BUTTONS.contains(withoutPlayMark(parts[0]))) {
			return false;
		}
		for (int i = 1; i < parts.length; i++) {
			if (Texts.words(parts[i], MAX_LISTEN_PART_WORDS + 1) > MAX_LISTEN_PART_WORDS) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the block is a listen button's word alone ("Listen", "Vorlesen"), no play
	 * mark and no length beside it: the one shape a one-word crosshead of the text shares
	 * with the button.
	 */
	static boolean isListenWord(Paragraph block) {
		return LISTEN_BUTTONS.contains(block.key());
	}

	// A play mark before the button's words ("▶ Listen", "🔊 Vorlesen").
	private static String withoutPlayMark(String key) {
		int start = 0;
		while (start < key.length() && !Character.isLetter(key.charAt(start))) {
			start++;
		}
		return key.substring(start);
	}

	// The key's words, one space before, between and after them: letters, digits and the
	// marks inside words ("you're", "abonnez-vous"), any other character a break.
	private static String wordsOf(String key) {
		StringBuilder words = new StringBuilder(key.length() + 2).append(' ');
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			boolean inWord = Character.isLetterOrDigit(c) || c == '\'' || c == '-'
					|| Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
			if (inWord) {
				words.append(c);
			}
			else if (words.charAt(words.length() - 1) != ' ') {
				words.append(' ');
			}
		}
		if (words.charAt(words.length() - 1) != ' ') {
			words.append(' ');
		}
		return words.toString();
	}

	/**
	 * Whether the line opens as a note on the piece does ("This interview has been edited
	 * for length.", "The writer travelled as a guest of …"), in a language's words.
	 */
	static boolean isNoteOnPiece(String text) {
		return NOTE_OPENERS.matches(Texts.key(text));
	}

	/**
	 * Whether the block is a teaser of another story inside the article: a
	 * related-articles heading of some language, a colon and a headline ("Lee también:
	 * …", "Baca juga: …", "関連記事：…"), not the text's own sentence opening with the
	 * heading's words ("À voir aussi : la chapelle …, et le musée de la baie."). Read
	 * after the article is located, as a prompt would weigh against the text around it
	 * there.
	 */
	static boolean isPromo(Paragraph block) {
		String text = block.text();
		return text.length() <= MAX_PROMO
				&& (PROMO_PREFIXES.matches(block.key()) && !continuesAsSentence(text) || isShopButton(block)
						|| (TEASER_PREFIXES.matches(block.key()) && isTeaserHeadlineAfterLabel(text)
								|| AD_TEASER_PREFIXES.matches(block.key()) && opensHeadlineAfterColon(text)
								|| isMediaTeaserLine(block) || READ_VERBS.matches(block.key()) && isReadAlsoLabel(text))
								&& !Texts.endsWithSentencePunctuation(text));
	}

	/**
	 * Whether the block is a programme's or a video's teaser ({@link #isPromo}'s media
	 * label, its colon and a headline: "Listen: Councillors debate the budget on Leitrim
	 * Today"), the line the reader asks whether a column's list of such labels holds it.
	 */
	static boolean isMediaTeaser(Paragraph block) {
		return block.text().length() <= MAX_PROMO && isMediaTeaserLine(block)
				&& !Texts.endsWithSentencePunctuation(block.text());
	}

	// A media label, its colon and a headline; not an info line whose words after the
	// colon hold a comma ("Watch: Netflix, from Friday", a review's where and when), nor
	// a reported sentence with a verb of saying ("Listen: He said the bridge was safe",
	// a crosshead quoting someone). No teaser of any set holds either.
	private static boolean isMediaTeaserLine(Paragraph block) {
		String text = block.text();
		if (!MEDIA_TEASER_PREFIXES.matches(block.key()) || !opensHeadlineAfterColon(text)) {
			return false;
		}
		String key = block.key();
		int colon = key.indexOf(':');
		if (colon < 0) {
			return true;
		}
		// the comma after a name or two ("Netflix, from Friday", "BBC Two, 9pm"), the
		// verb of saying after a pronoun or an article ("He said …"): a headline's comma
		// ("Protesters clash with police, dozens injured") and its verb ("Mayor says …")
		// come later, after a noun
		int comma = key.indexOf(',', colon);
		boolean info = comma >= 0 && Texts.words(key.substring(colon + 1, comma), MAX_INFO_WORDS + 1) <= MAX_INFO_WORDS;
		return !info
				&& !(opensWithStopWord(key, colon + 1) && BioDetector.holdsSpeechVerb(key, colon + 1, key.length()));
	}

	// How many words a review's info line holds before its comma ("Netflix", "BBC Two").
	private static final int MAX_INFO_WORDS = 2;

	// Whether the first word from the index is a stop word of some language.
	private static boolean opensWithStopWord(String key, int from) {
		int start = from;
		while (start < key.length() && !Character.isLetter(key.charAt(start))) {
			start++;
		}
		return StopWords.isStopWordAt(key, start);
	}

	/**
	 * A media teaser's label, the key before its colon ("watch", "listen"), or the whole
	 * key when it has none.
	 */
	static String mediaLabel(Paragraph block) {
		String key = block.key();
		int colon = key.indexOf(':');
		return (colon < 0) ? key : key.substring(0, colon).strip();
	}

	// The imperative "read" of every language file, a read-also label's first word.
	private static final Prefixes READ_VERBS = Prefixes.openings(Languages.TEASER_READ_VERBS);

	// The verb and up to three adverbs ("Vakio ihany koa"); a sentence's clause before a
	// colon is longer.
	private static final int MAX_READ_LABEL_WORDS = 4;

	// A read-also label of the verb and an adverb or two, no figure, before its colon,
	// and a headline after it ("Funda kwakhona: Abongikazi abatsha baqeshiwe"). Every
	// such line of dev and the open sets is a teaser; the verb alone before the colon is
	// the language file's heading already, or a book's recommendation ("Read: …").
	private static boolean isReadAlsoLabel(String text) {
		int colon = labelColon(text);
		if (colon <= 0) {
			return false;
		}
		String label = text.substring(0, colon);
		int words = Texts.words(label, MAX_READ_LABEL_WORDS + 1);
		return words >= 2 && words <= MAX_READ_LABEL_WORDS && !Texts.hasDigit(label) && !namesAfterVerb(label)
				&& opensHeadlineAfterColon(text);
	}

	// "Soma Das: Chef of the Year", "Leia Moreno: …", "Baca Ridge Farm: …": a capital
	// after the verb makes it a name's first word, a crosshead's or a speaker's label;
	// a read-also label's adverb is lower-case ("Funda kwakhona", "Leggi anche"), and a
	// title-cased one a language file lists ("Baca Juga:") is a teaser already
	// (review49a).
	private static boolean namesAfterVerb(String label) {
		int space = label.indexOf(' ');
		while (space >= 0 && space + 1 < label.length() && label.charAt(space + 1) == ' ') {
			space++;
		}
		return space >= 0 && space + 1 < label.length() && Character.isUpperCase(label.codePointAt(space + 1));
	}

	// An advertisement's label of every language file before its colon, a sponsor's
	// teaser when a headline follows ("Sponsored content: How flexible leases are
	// changing the regions", "Anzeige: Herausforderungen meistern mit …").
	private static final Prefixes AD_TEASER_PREFIXES = Prefixes
		.of(withColon(Languages.ADS_LABELS).toArray(String[]::new));

	// A programme's or a video's label before its colon, a teaser when a headline
	// follows ("Listen: Councillors debate the budget on Leitrim Today", "WATCH:
	// Firefighters pull kayakers from the creek"); "Listen: the council has voted." is
	// a sentence.
	private static final Prefixes MEDIA_TEASER_PREFIXES = Prefixes
		.of(withColon(Languages.TEASER_MEDIA_LABELS).toArray(String[]::new));

	private static final int MAX_PROMO = 200;

	private static final Prefixes SHOP_VERBS = Prefixes.openings(Languages.TEASER_SHOP_VERBS);

	// A shop's button: the verb and what to buy.
	private static final int MAX_SHOP_BUTTON_WORDS = 4;

	private static final int MAX_SHOP_BUTTON = 40;

	// A shop's button between the paragraphs or under them, a shop verb and a few words
	// ("Shop soft plastics", "Buy now"): no figure, no sentence's end; no label of any
	// set keeps one. "Buy 2 get 1 free" and "Shop owners say …" are the text's.
	private static final Set<String> SHOP_BUTTON_ENDS = Languages.words(Languages.TEASERS_SHOP_BUTTON_ENDS);

	/**
	 * Whether a shop verb's line ends with a button's word of some language file ("Buy
	 * now", "Buy Tickets Now"): a button wherever it stands.
	 */
	static boolean endsWithShopButtonWord(Paragraph block) {
		String key = block.key();
		int end = key.length();
		while (end > 0 && !Character.isLetter(key.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(key.charAt(start - 1))) {
			start--;
		}
		return start > 0 && SHOP_BUTTON_ENDS.contains(key.substring(start, end));
	}

	static boolean isShopButton(Paragraph block) {
		String text = block.text();
		return text.length() <= MAX_SHOP_BUTTON && SHOP_VERBS.matches(block.key()) && !Texts.hasDigit(text)
				&& Texts.words(text, MAX_SHOP_BUTTON_WORDS) <= MAX_SHOP_BUTTON_WORDS
				&& !Texts.endsWithSentencePunctuation(text);
	}

	// A teaser's label is set in capitals and the headline after it opens with a capital
	// letter ("MORE: Council delays the vote"): "More: 42 per cent" is a survey's answer,
	// "More: vegetables, beans and whole grains" a line of advice, both the article's.
	private static boolean isTeaserHeadlineAfterLabel(String text) {
		int colon = labelColon(text);
		if (colon <= 0) {
			return false;
		}
		String label = text.substring(0, colon).strip();
		return label.equals(label.toUpperCase(Locale.ROOT)) && opensHeadlineAfterColon(text);
	}

	// The marks a language file's labels take for their colon (see withColon): the
	// Armenian "՝" ("Կարդա նաև՝ …"), the Ethiopic preface colon "፦", the Khmer "៖".
	private static final String OWN_COLONS = "\u055d\u1366\u17d6";

	// Where a label's colon stands: the first ASCII colon, else the first full-width one
	// (Chinese and Japanese labels, "関連記事：…"), else the first of a script's own
	// marks; -1 without any.
	private static int labelColon(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			colon = text.indexOf('\uff1a');
		}
		for (int i = 0; colon < 0 && i < OWN_COLONS.length(); i++) {
			colon = text.indexOf(OWN_COLONS.charAt(i));
		}
		return colon;
	}

	// The words after a read-also label's colon open in lower case and end a sentence,
	// as no headline does: the text's own sentence opening with the label's words ("À
	// voir aussi : la chapelle Saint-Aubert, … et le musée de la baie.", "Confira
	// também: os horários de cada ponto estão no site da prefeitura."). None of the 347
	// lines of dev and the open sets opening with a label and its colon has both
	// (review54a).
	private static boolean continuesAsSentence(String text) {
		String after = afterLabelColon(text);
		return !after.isEmpty()
				&& (Texts.isCasedLowerCase(after.charAt(0)) && Texts.closesSentence(after) || endsWithFullStop(after));
	}

	// A question, an exclamation or an ellipsis closes a headline too ("Czytaj także:
	// Nowe zasady segregacji odpadów. Co się zmieni?", "Baca juga: Sederet Kebiasaan …").
	private static final String HEADLINE_STOPS = "?!…؟？！";

	// A full stop closes the text's own sentence after a label's words whatever its first
	// letter: a capital ("Bu barədə daha geniş: Nazir Əliyev bildirib ki, … açılacaq.")
	// or a letter of a script without capitals, where the case tells nothing ("اسی بارے
	// میں: وزیر اعلیٰ نے کہا کہ … ہوگا۔", "같이 보기: …"). None of the 404 teaser lines of
	// dev and the open sets with words after a label's colon ends with one (review55b).
	private static boolean endsWithFullStop(String after) {
		int end = Texts.lastIndexBefore(after, Texts.SENTENCE_CLOSERS);
		if (end < 0) {
			return false;
		}
		char last = Texts.lastBeforeClosers(after);
		boolean ellipsis = last == '.' && end > 0 && after.charAt(end - 1) == '.';
		return !ellipsis && HEADLINE_STOPS.indexOf(last) < 0 && Texts.isStop(last, Texts.FULL_STOPS);
	}

	// The words after the label's colon open with a capital letter, as a headline does.
	private static boolean opensHeadlineAfterColon(String text) {
		String after = afterLabelColon(text);
		return !after.isEmpty() && Character.isUpperCase(after.codePointAt(0));
	}

	// The words after a label's colon, stripped: empty without a colon after a label.
	private static String afterLabelColon(String text) {
		int colon = labelColon(text);
		return (colon <= 0) ? "" : text.substring(colon + 1).strip();
	}

	// An advertisement's label alone on its line, in every language file's words.
	private static final Set<String> ADS = Languages.words(Languages.ADS_LABELS);

	/**
	 * Whether the block is an advertisement's label alone on its line ("Advertisement",
	 * "Anzeige", "REKLAMA", "Annonse"), where an ad slot stands in the page: a prompt,
	 * left out of the body wherever it stands, and between two paragraphs no end of the
	 * text ({@code ArticleLocator}).
	 */
	static boolean isAdLabel(Paragraph block) {
		return block.text().length() <= MAX_NOISE && ADS.contains(block.key());
	}

	/**
	 * Whether the block stands inside an article without being part of it: a teaser of
	 * another story ({@link #isPromo}) or a photo's caption with its credit. Pages set
	 * both between two paragraphs, so the text goes on below them; the body leaves them
	 * out (see {@code ArticleReader}).
	 */
	static boolean isAside(Paragraph block) {
		String text = block.text();
		if (text.length() > MAX_NOISE) {
			return false;
		}
		if (block.isPromo()) {
			return true;
		}
		// A caption with its credit, not a credit alone ("Photo: Jane Roe", "(Image:
		// © NASA)"): a credit alone stands under its caption's text, the block above it,
		// which would then join the article. The block's caption and credit verdicts
		// first: kept on the block, they let most blocks go before the credit phrases of
		// every language are compared with the key.
		return (block.isCaption() || block.endsWithAnyCredit()) && !isCreditAlone(text, block.key());
	}

	/**
	 * Whether the key is a caption's label of some language file and nothing more
	 * ("photo", "foto", "image"), as it stands before a credit's pipe ("PHOTO | FILE").
	 */
	static boolean isCaptionLabel(String key) {
		String label = CAPTION_STARTS.find(key);
		return label != null && label.length() == key.length();
	}

	/**
	 * Whether the block is a photo's credit alone on its line, a label or a credit phrase
	 * of some language and the name after it ("Photo: Jane Roe/The Ledger", "Picture:
	 * Wildlife Trust", "(Foto: Archiv)", "Fot. Archiwum"): the credit of the caption on
	 * the line above or under it, not a caption itself: a broadcaster's caption label
	 * opens the caption ("Image caption The crew in 1939"), whose label is a photo
	 * label's too (review56g).
	 */
	static boolean isCreditAlone(Paragraph block) {
		String text = block.text();
		return text.length() <= MAX_NOISE && (block.isCaption() || block.endsWithAnyCredit())
				&& isCreditAlone(text, block.key()) && !opensWithCaptionLabel(text);
	}

	private static boolean isCreditAlone(String text, String key) {
		if (text.startsWith("(")) {
			return true;
		}
		for (String phrase : CREDIT_PHRASES) {
			if (key.startsWith(phrase)) {
				return true;
			}
		}
		String label = CAPTION_STARTS.find(key);
		return label != null && (key.length() == label.length() || !Character.isLetter(key.charAt(label.length())));
	}

	// A credit that names no label before a colon: "… 1985 roku. Fot. Archiwum",
	// "… Soko la Feri. Picha na Maktaba", "… (photo by Jane Roe)", the phrases of every
	// language file; each is matched with the space after it, so "fot." is no "fotograf".
	private static final String[] CREDIT_PHRASES = Languages.values(Languages.CAPTION_CREDIT_PHRASES)
		.stream()
		.map((phrase) -> phrase + " ")
		.toArray(String[]::new);

	// The first words of the credit phrases ("fot.", "photo", "picha"), without one that
	// holds another ("photos" holds "photo"): an end that holds none of them holds no
	// phrase, and skips the backward searches for each.
	private static final String[] CREDIT_PHRASE_WORDS = creditPhraseWords();

	private static String[] creditPhraseWords() {
		List<String> words = Arrays.stream(CREDIT_PHRASES)
			.map((phrase) -> phrase.substring(0, phrase.indexOf(' ')))
			.distinct()
			.toList();
		return words.stream()
			.filter((word) -> words.stream().noneMatch((other) -> !other.equals(word) && word.contains(other)))
			.toArray(String[]::new);
	}

	/**
	 * Whether the block ends with a photo's credit: with a label or a credit mark
	 * ({@link #endsWithCredit}), or as a last sentence that is a credit without a colon,
	 * a credit phrase of some language ({@code Fot.}, {@code Picha na}, {@code Photo by})
	 * opening it and a few words after that, which end it without a full stop; or, in a
	 * short block, a few words after a copyright sign ({@code … at dawn. © Jane Roe}).
	 * Its end is lower-cased once: the locator and the reader ask of every short block.
	 */
	static boolean endsWithAnyCredit(String text) {
		String end = creditEnd(text);
		return end != null && (endsWithCreditIn(end, text) || endsWithCreditPhraseIn(end)
				|| text.length() <= MAX_NOISE && endsWithCopyrightCredit(end));
	}

	// The block's last characters, where its credit would stand, lower-cased and
	// stripped; null when they are blank or end a sentence, which no credit does. That
	// last mark is read on the text itself first: most blocks end a sentence, and then
	// need no lower-cased copy (lower-casing makes no full stop, no mark and no space).
	private static String creditEnd(String text) {
		int from = Math.max(0, text.length() - CREDIT_END);
		int last = text.length() - 1;
		while (last >= from && Character.isWhitespace(text.charAt(last))) {
			last--;
		}
		if (last < from || text.charAt(last) == '.' || text.charAt(last) == '!' || text.charAt(last) == '?') {
			return null;
		}
		return text.substring(from).toLowerCase(Locale.ROOT).strip();
	}

	// The credit without a colon, in the block's lower-cased end (creditEnd).
	private static boolean endsWithCreditPhraseIn(String end) {
		// Most ends hold none of the phrases' first words, and skip the backward search
		// for each phrase (String.lastIndexOf reads character by character; its forward
		// search is the JDK's fast one).
		if (!Texts.containsAny(end, CREDIT_PHRASE_WORDS)) {
			return false;
		}
		for (String phrase : CREDIT_PHRASES) {
			int at = end.lastIndexOf(phrase);
			if (at < 0 || at > 0 && !(end.charAt(at - 1) == ' ' || end.charAt(at - 1) == '(')) {
				continue;
			}
			boolean opensSentence = at == 0 || end.charAt(at - 1) == '('
					|| at >= 2 && (end.charAt(at - 2) == '.' || end.charAt(at - 2) == '!' || end.charAt(at - 2) == '?');
			String after = end.substring(at + phrase.length());
			if (opensSentence && Texts.words(after, CREDIT_WORDS + 1) <= CREDIT_WORDS) {
				return true;
			}
		}
		return false;
	}

	// "12 comments", "3 Kommentare", "1.2K shares", "3,400 views"
	private static boolean isCount(String key) {
		int space = key.indexOf(' ');
		if (space <= 0 || space > 6 || !isCountNumber(key, space)) {
			return false;
		}
		String rest = key.substring(space + 1);
		return rest.equals("comments") || rest.equals("comment") || rest.equals("shares") || rest.equals("views")
				|| rest.equals("kommentare") || rest.equals("commentaires") || rest.equals("comentarios")
				|| rest.equals("комментариев") || rest.equals("комментария") || rest.equals("просмотров")
				|| rest.equals("likes") || rest.equals("reactions");
	}

	// A count before its space: digits, perhaps with a decimal or thousands mark between
	// them and a "k" or "m" for thousands or millions after them, as share counters
	// round ("1.2k", "3,400", "12k").
	static boolean isCountNumber(String key, int end) {
		int digitsEnd = (key.charAt(end - 1) == 'k' || key.charAt(end - 1) == 'm') ? end - 1 : end;
		if (digitsEnd == 0 || !Character.isDigit(key.charAt(0)) || !Character.isDigit(key.charAt(digitsEnd - 1))) {
			return false;
		}
		for (int i = 1; i < digitsEnd - 1; i++) {
			char c = key.charAt(i);
			if (!Character.isDigit(c) && !((c == '.' || c == ',') && Character.isDigit(key.charAt(i - 1)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a block of any length ends with a photo's credit, as a caption does and a
	 * paragraph of the article does not: a credit mark among its last characters
	 * ({@code … on November 19, 2019. Jaafar Ashtiyeh / AFP}, {@code (Joshua
	 * Roberts/Reuters)}, {@code (NASA via AP, File)}), or a caption label and a few words
	 * after it that end it ({@code … the first spacewalk. Credit: ESA}).
	 */
	static boolean endsWithCredit(String text) {
		// A sentence's end, whatever the words before it, is no credit (creditEnd). Its
		// last mark only, not Texts.endsWithSentencePunctuation: that looks through a
		// closing bracket, which ends many a credit ("(Jane Roe/Reuters)"), and takes a
		// label's colon.
		String end = creditEnd(text);
		return end != null && endsWithCreditIn(end, text);
	}

	// The credit in the block's lower-cased end (creditEnd); the text itself for the
	// case of a label glued to the caption's last word (gluedLabel).
	private static boolean endsWithCreditIn(String end, String text) {
		if (end.endsWith("via ap)") || end.contains("via ap, file)")) {
			return true;
		}
		if (mayHoldCredit(end)) {
			for (String mark : CAPTION_MARKS) {
				if (end.contains(mark)) {
					return true;
				}
			}
		}
		int colon = end.lastIndexOf(':');
		if (colon <= 0) {
			return false;
		}
		String after = end.substring(colon + 1);
		if (Texts.words(after, CREDIT_WORDS + 1) > CREDIT_WORDS || after.indexOf('.') >= 0) {
			return false;
		}
		int label = colon;
		// "फोटो": a label's vowel signs are marks, not letters
		while (label > 0 && DateParser.isWordChar(end.charAt(label - 1))) {
			label--;
		}
		String word = end.substring(label, colon);
		return word.equals(CAPTION_STARTS.find(word)) || gluedLabel(end, label, colon, text);
	}

	// A label glued to the caption's last word, where the page lost the break between
	// them ("… sought treatmentCredit: EPA", "… Hafen 1962Foto: dpa"): a label's
	// capital after a lower-case letter or a digit, in the text itself (the end is
	// lower-cased). A sentence of words before it, as a caption is: "UniCredit:" after
	// a date alone is a bank's name heading a news item.
	private static boolean gluedLabel(String end, int label, int colon, String text) {
		if (Texts.words(end.substring(0, label), 2) < 2) {
			return false;
		}
		String stripped = text.strip();
		int shift = stripped.length() - end.length();
		if (shift < 0 || stripped.charAt(colon + shift) != ':') {
			return false;
		}
		for (int at = label + 1; at < colon; at++) {
			char before = stripped.charAt(at - 1 + shift);
			if (Character.isUpperCase(stripped.charAt(at + shift))
					&& (Character.isLowerCase(before) || Character.isDigit(before))) {
				String glued = end.substring(at, colon);
				if (glued.equals(CAPTION_STARTS.find(glued))) {
					return true;
				}
			}
		}
		return false;
	}

	// A photo's credit after its caption, opened by the copyright sign ("… at dawn. ©
	// Lucas Ferrand / Southern Ocean Race", "… (v.l.). © IMAGO", "… teil © BMFSFJ"): text
	// before the sign, a few words after it and no sentence's end among them. The sign
	// stands apart from the words on one side at least: between two letters it is a
	// mis-decoded letter ("AndrÃ©s"), and so it is after an "Ã" (lower-cased here),
	// whatever follows: a page of UTF-8 read as Latin-1 spells every "é" so, and a
	// word's last one leaves the sign apart ("a dÃ©clarÃ© ce matin :", review43a). A
	// line that opens with the sign is a credit alone or a copyright line, not read here.
	private static boolean endsWithCopyrightCredit(String end) {
		int sign = end.lastIndexOf('\u00a9');
		if (sign <= 0 || end.charAt(sign - 1) == '\u00e3' || sign + 1 < end.length()
				&& Character.isLetter(end.charAt(sign - 1)) && Character.isLetter(end.charAt(sign + 1))) {
			return false;
		}
		String after = end.substring(sign + 1);
		return after.indexOf(". ") < 0 && Texts.hasLetter(after)
				&& Texts.words(after, CREDIT_WORDS + 1) <= CREDIT_WORDS;
	}

	// After the Armenian comma a credit names the photographer in a few words; a
	// sentence about a photograph goes on with a clause and ends with the full stop
	// ("Լուսանկարը՝ արված 1926-ին, պատկերում է …։").
	private static boolean isArmenianCredit(String after) {
		return after.indexOf('\u0589') < 0 && after.indexOf(',') < 0
				&& Texts.words(after, CREDIT_WORDS + 1) <= CREDIT_WORDS;
	}

	/**
	 * Whether the line is a photo caption or credit. Names in captions are not authors
	 * and caption lines are not titles.
	 */
	static boolean isCaption(String line) {
		return line.length() <= MAX_NOISE && isCaption(line, Texts.key(line));
	}

	// The key keeps inner punctuation, so "(photo:" and "reuters/" still show in it.
	// Package-private for a caller that has the line's key (a block's).
	static boolean isCaption(String line, String lower) {
		if (line.length() > MAX_NOISE) {
			return false;
		}
		String start = CAPTION_STARTS.find(lower);
		if (start != null && lower.length() > start.length()) {
			String after = lower.substring(start.length()).stripLeading();
			// Armenian sets its comma where a label's colon stands ("Լուսանկարը՝ …")
			if (after.startsWith(":") || after.startsWith("\u055d") && isArmenianCredit(after.substring(1))
					|| after.startsWith("’s source") || after.startsWith("'s source") || after.startsWith("source")
					|| after.startsWith("by ") || after.startsWith("credit") || after.startsWith("courtesy")
					|| after.startsWith("©") || after.startsWith("/") || after.startsWith("(") || after.startsWith("–")
					|| after.startsWith("—") || after.startsWith("- ") || after.startsWith("|")) {
				return true;
			}
		}
		if (opensWithCaptionLabel(line)) {
			return true;
		}
		if (line.length() > 200 || !mayHoldCredit(lower)) {
			return false;
		}
		for (String mark : CAPTION_MARKS) {
			if (lower.contains(mark)) {
				return true;
			}
		}
		return false;
	}

	// A broadcaster's label before the caption itself, with a comma, a space or nothing
	// between ("Image caption, Work on the storage area …", "Media captionDrone footage
	// shows …"): the caption opens with a capital or a figure, where a sentence about
	// captions goes on in lower case ("Image captions help readers who …").
	private static boolean opensWithCaptionLabel(String line) {
		for (String label : CAPTION_LINE_LABELS) {
			int at = label.length();
			if (line.length() > at + 1 && line.regionMatches(true, 0, label, 0, at)) {
				if (line.charAt(at) == ',' || line.charAt(at) == ':') {
					at++;
				}
				while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
					at++;
				}
				return at < line.length()
						&& (Character.isUpperCase(line.codePointAt(at)) || Character.isDigit(line.codePointAt(at)));
			}
		}
		return false;
	}

	private static final String[] CAPTION_LINE_LABELS = { "image caption", "media caption" };

	// Every caption mark holds one of these; most lines hold none and skip the search.
	private static boolean mayHoldCredit(String lower) {
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == ':' || c == '/' || c == '(' || c == '©') {
				return true;
			}
		}
		return lower.contains("getty") || lower.contains("shutterstock") || lower.contains("photo")
				|| lower.contains("imago") || lower.contains("wikimedia") || lower.contains("unsplash")
				|| lower.contains("pexels") || lower.contains("epa-efe");
	}

	/**
	 * Whether the line is what is left of a widget after text extraction ("+ ↺ − 16 px",
	 * "A A A"): short, and mostly symbols and numbers.
	 */
	static boolean isWidgetRemnant(String line) {
		return line.length() <= 60 && isWidgetRemnant(line, Texts.key(line));
	}

	private static boolean isWidgetRemnant(String line, String key) {
		if (line.length() > 60) {
			return false;
		}
		int letters = 0;
		int visible = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			visible++;
			if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (visible == 0) {
			return true;
		}
		if (letters * 10 < visible * 3) {
			return true;
		}
		// "A A A", "A- A+": font size buttons (a key longer than nine characters holds
		// more than five that are not spaces, since the key has no two spaces in a row)
		if (key.length() > 9 || key.isEmpty() || key.charAt(0) != 'a') {
			// every row of buttons starts with an "a" (a key starts with no space): the
			// other keys need no copy without their spaces
			return false;
		}
		String buttons = key.replace(" ", "");
		return buttons.equals("aaa") || buttons.equals("a-a+") || buttons.equals("a+a-") || buttons.equals("a-aa+");
	}

	/**
	 * A reading-time note: "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.".
	 */
	static boolean isReadingTime(String line) {
		return line.length() <= 40 && isReadingTime(line, Texts.key(line));
	}

	private static boolean isReadingTime(String line, String key) {
		if (line.length() > 40) {
			return false;
		}
		boolean hasNumber = false;
		for (int i = 0; i < key.length(); i++) {
			if (Character.isDigit(key.charAt(i))) {
				hasNumber = true;
				break;
			}
		}
		return hasNumber && (key.endsWith("min read") || key.endsWith("mins read") || key.endsWith("minute read")
				|| key.endsWith("minutes read") || isTimeToRead(key) || key.startsWith("reading time")
				|| key.startsWith("read time") || key.startsWith("lesezeit") || key.startsWith("temps de lecture")
				|| key.startsWith("tiempo de lectura") || key.startsWith("время чтения") || key.endsWith("min lesezeit")
				|| key.endsWith("min de lecture") || key.endsWith("min. lesezeit") || key.endsWith("min de lectura")
				|| key.endsWith("мин. чтения") || key.endsWith("мин чтения"));
	}

	// "3 mins to read", a New Zealand site's reading time: the count first, so that a
	// sentence telling how long something takes to read is none.
	private static boolean isTimeToRead(String key) {
		return !key.isEmpty() && Character.isDigit(key.charAt(0)) && (key.endsWith("min to read")
				|| key.endsWith("mins to read") || key.endsWith("minute to read") || key.endsWith("minutes to read"));
	}

	// The languages' update labels ("updated", "actualizado", "laatste update") as a
	// pattern's alternatives: a relative stamp's and a clock stamp's label.
	private static final String UPDATE_LABELS = alternatives(Languages.values(Languages.DATE_UPDATED));

	// A time before now: a number and its unit, glued or not, with the language's word
	// for "ago" in front ("há 2 horas", "vor 3 Stunden") or after ("2 hours ago", "3시간
	// 전", "3時間前"), once or more, under an update or publication label or not.
	private static final Pattern RELATIVE_STAMP = relativeStamp();

	// Longer than this, a line is a sentence that tells of a time ago, not a stamp.
	private static final int MAX_RELATIVE_STAMP = 60;

	private static Pattern relativeStamp() {
		String units = alternatives(Languages.values(Languages.DATE_AGO_UNITS));
		String ago = "(?:(?:" + alternatives(Languages.values(Languages.DATE_AGO_BEFORE)) + ")\\s*\\d+\\s*(?:" + units
				+ ")\\.?|\\d+\\s*(?:" + units + ")\\.?\\s*(?:"
				+ alternatives(Languages.values(Languages.DATE_AGO_AFTER)) + "))";
		String label = "(?:(?:" + UPDATE_LABELS + "|" + alternatives(Languages.values(Languages.DATE_PUBLISHED))
				+ ")\\s*:?\\s*)?";
		return Pattern.compile("(?:" + label + ago + "[\\s,·|•]*)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	// The words as alternatives of a pattern, longest first ("hours" before "h").
	private static String alternatives(List<String> words) {
		return words.stream()
			.sorted((a, b) -> b.length() - a.length())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	/**
	 * A stamp of a time before now on a line of its own, which names no date: "2 days
	 * ago", "Updated: 3 hours ago", "Atualizado há 2 horas", "vor 2 Stunden", "3시간 전". A
	 * sentence that tells of a time ago ("Two days ago, the council voted …") is none.
	 * @param line the line
	 * @return whether the line is only such a stamp
	 */
	static boolean isRelativeStamp(String line) {
		String stripped = line.strip();
		return stripped.length() <= MAX_RELATIVE_STAMP && RELATIVE_STAMP.matcher(stripped).matches();
	}

	// An update's stamp that names a clock and no day: the language's update word, its
	// fillers ("at", "ás", "um", "h", "p.m.", a zone) and one clock time. A word ends
	// where no letter or digit follows, so a run of fillers is read one way only.
	private static final Pattern CLOCK_STAMP = clockStamp();

	private static Pattern clockStamp() {
		String fillers = "(?:(?:" + alternatives(Languages.values(Languages.DATE_FILLERS))
				+ ")(?![\\p{L}\\p{N}])\\.?\\s*)*";
		String label = "(?:" + UPDATE_LABELS + ")(?![\\p{L}\\p{N}])\\s*:?\\s*";
		return Pattern.compile(fillers + label + fillers + "[0-2]?\\d[:.h][0-5]\\d\\s*" + fillers,
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	// The update word and a dotted number alone ("Update 2.15", "Updated 1.45"): a
	// release's number as often as a clock, so no stamp without a filler or a colon.
	private static final Pattern BARE_DOTTED_STAMP = Pattern
		.compile("(?:" + UPDATE_LABELS + ")\\s+[0-2]?\\d\\.[0-5]\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * An update's stamp on a line of its own that names a clock time and no date:
	 * "Updated at 1:23 p.m.", "Actualizado ás 21:10 h", "Laatste update: 12:40". No date
	 * parser reads it, so it is no date line; the labels of every set leave it out of the
	 * text, above it or under it. "Updated at 1:23 p.m. the council said …" is none.
	 * @param line the line
	 * @return whether the line is only such a stamp
	 */
	static boolean isClockStamp(String line) {
		String stripped = line.strip();
		return stripped.length() <= MAX_RELATIVE_STAMP && CLOCK_STAMP.matcher(stripped).matches()
				&& !BARE_DOTTED_STAMP.matcher(stripped).matches();
	}

	static boolean isBareLink(String line) {
		if (line.indexOf(' ') >= 0) {
			return false;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.");
	}

	/**
	 * Whether the block is a heading above readers' comments, of some language, with or
	 * without its count ("Comments", "3 Kommentare", "Comments (12)").
	 */
	static boolean isCommentsHeading(Paragraph block) {
		return block.text().length() <= 40 && COMMENTS_HEADINGS.contains(withoutCount(block.key()));
	}

	private static final Set<String> STATEMENT_HEADINGS = Languages.words(Languages.NOTES_STATEMENT_HEADINGS);

	/**
	 * Whether the block is a heading alone on its line over a standing statement of the
	 * site's ("Acknowledgement of Country" over "The council acknowledges the Traditional
	 * Owners of the land on which we live and work."), printed at the foot of every page.
	 */
	static boolean isStatementHeading(Paragraph block) {
		return block.text().length() <= 40 && STATEMENT_HEADINGS.contains(block.key());
	}

	private static final Set<String> TAGS_LABELS = Languages.words(Languages.TAGS_LABELS);

	/**
	 * Whether the block is a tags label alone on its line, without the colon of a line of
	 * tags ("Tags" over "Environment" and "State Parks", "Etiketler"): the tags under it
	 * are a line each. Of 56 such lines in dev's and the open sets' labelled pages the
	 * labels keep none.
	 */
	static boolean isTagsHeading(Paragraph block) {
		return block.text().length() <= 40 && TAGS_LABELS.contains(block.key());
	}

	/**
	 * Whether the block is a heading above a list of other articles, of some language
	 * ("Related stories", "Lesen Sie auch", "相关阅读"), alone on its line: the dates and
	 * bylines under it are the teasers'. How short the line must be is the caller's.
	 */
	static boolean isRelatedHeading(Paragraph block) {
		return RELATED_HEADINGS.contains(block.key());
	}

	// "12 comments", "comments (12)": the heading without its count.
	private static String withoutCount(String key) {
		int start = 0;
		while (start < key.length() && (Character.isDigit(key.charAt(start)) || key.charAt(start) == ' ')) {
			start++;
		}
		int end = key.indexOf('(', start);
		end = (end < 0) ? key.length() : end;
		while (end > start && Character.isWhitespace(key.charAt(end - 1))) {
			end--;
		}
		return key.substring(start, end);
	}

	/** A navigation trail: "Home > News > Politics", "Главная / Новости". */
	static boolean isBreadcrumb(String line) {
		if (line.length() > 150) {
			return false;
		}
		int separators = 0;
		int firstSeparator = -1;
		int longestSegment = 0;
		int segment = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '>' || c == '»' || c == '›' || c == '/' || c == '|' || c == '→' || c == '\\') {
				if (separators == 0) {
					firstSeparator = i;
				}
				separators++;
				longestSegment = Math.max(longestSegment, segment);
				segment = 0;
			}
			else {
				segment++;
			}
		}
		longestSegment = Math.max(longestSegment, segment);
		if (separators == 0 || longestSegment > 40) {
			return false;
		}
		String first = Texts.key(line.substring(0, firstSeparator));
		return HOME_WORDS.contains(first) || separators >= 2 && !Texts.endsWithSentencePunctuation(line);
	}

	/** A section name shown above a headline ("Opinion", "Politik", "Аналитика"). */
	static boolean isSectionLabel(String line) {
		return line.length() <= 40 && isSectionLabel(line, Texts.key(line));
	}

	/** The same verdict, from the line's {@link Texts#key(String) key}. */
	static boolean isSectionLabel(String line, String key) {
		if (line.length() > 40) {
			return false;
		}
		if (SECTION_LABELS.contains(key)) {
			return true;
		}
		if (!hasLabelSeparator(key)) {
			// the split would give the key alone, no label: most lines
			return false;
		}
		// "Opinion | Politics", "Analysis / South Caucasus"
		for (String part : LABEL_SEPARATOR.split(key)) {
			if (!SECTION_LABELS.contains(part.strip())) {
				return false;
			}
		}
		return key.contains("|") || key.contains("/") || key.contains("•") || key.contains("·");
	}

	// Whether the key holds a character LABEL_SEPARATOR splits at.
	private static boolean hasLabelSeparator(String key) {
		for (int i = 0; i < key.length(); i++) {
			if (LABEL_SEPARATORS.indexOf(key.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	// The buttons a name link's hover card ends with, in capitals and after a space
	// (" MORE").
	private static final List<String> CARD_ENDS = Languages.values(Languages.LINKS_CARD_ENDS)
		.stream()
		.map((word) -> " " + word.toUpperCase(Locale.ROOT))
		.toList();

	// A hover card's full name and few headlines are no longer than this.
	private static final int MAX_CARD = 1000;

	// The name a card is glued to has two words at least and so many at most.
	private static final int MAX_CARD_NAME_WORDS = 4;

	/**
	 * The paragraph without the hover cards of the name links in it: a site that shows a
	 * person's card over a name's link saves it as text glued to the name, the full name
	 * first, then the card's headlines and its button ("… Gov. Jane RoeJane Mary
	 * RoeHeadline one Headline two MORE (R) said …"). A card stands where a name of two
	 * to four capitalised words ends in a small letter glued to the name's own first
	 * word, and runs to the first button of {@code links.card-ends} in capitals within
	 * {@value #MAX_CARD} characters; the name stays, the rest goes ("… Gov. Jane Roe (R)
	 * said …"). A word glued to another (a brand's "iPhone", "McDonald", two menu entries
	 * joined) repeats no name's first word, and a name glued to its repeat with no button
	 * after it stays as it is. Only a small letter glued to a capital is read further.
	 * @param text a paragraph of the body
	 * @return the paragraph without its name cards, or the same string when it has none
	 */
	static String withoutNameCards(String text) {
		if (CARD_ENDS.isEmpty()) {
			return text;
		}
		StringBuilder out = null;
		int copied = 0;
		// Where each button stands next, found once and looked for again only past it:
		// one pass over the block however many glued names it holds. Made at the first.
		int[] buttons = null;
		for (int i = 1; i < text.length(); i++) {
			if (!Character.isUpperCase(text.charAt(i)) || !Character.isLowerCase(text.charAt(i - 1))
					|| !repeatsName(text, i) || !closesFullName(text, i)) {
				continue;
			}
			if (buttons == null) {
				buttons = new int[CARD_ENDS.size()];
				Arrays.fill(buttons, Integer.MIN_VALUE);
			}
			int end = cardButtonEnd(text, i, buttons);
			if (end > i) {
				if (out == null) {
					out = new StringBuilder(text.length());
				}
				out.append(text, copied, i);
				copied = end;
				i = end;
			}
		}
		return (out != null) ? out.append(text, copied, text.length()).toString() : text;
	}

	// Whether a capitalised name of two to four words ends at the glued capital, its
	// first word said again there and followed by a space. Each word is looked for no
	// further back than a name's word is long.
	private static boolean repeatsName(String text, int glued) {
		int start = wordStart(text, glued);
		for (int words = 1; words <= MAX_CARD_NAME_WORDS && start >= 0; words++) {
			if (!Character.isUpperCase(text.charAt(start))) {
				return false;
			}
			if (words >= 2) {
				int first = text.indexOf(' ', start) - start;
				if (glued + first < text.length() && text.charAt(glued + first) == ' '
						&& text.regionMatches(start, text, glued, first)) {
					return true;
				}
			}
			start = (start >= 2 && text.charAt(start - 1) == ' ') ? wordStart(text, start - 1) : -1;
		}
		return false;
	}

	// Whether the card's full name, from the glued capital on, ends within a name's words
	// with the glued word's head (the name's last word) glued in turn to the card's first
	// headline or followed by its button: "WhitfieldDana Marie WhitfieldLawmakers …",
	// "CostaMaria CostaCosta backs …". A sentence that goes on after the repeat ("Donald
	// McDonald said …", "Anna LeeAnna Lee, Tom Hart …", "John SmithJohn is a …") has no
	// card.
	private static boolean closesFullName(String text, int glued) {
		int head = wordStart(text, glued);
		int length = glued - head;
		int at = glued;
		for (int words = 0; words <= MAX_CARD_NAME_WORDS && at < text.length(); words++) {
			int after = at + length;
			if (after < text.length() && text.regionMatches(at, text, head, length)
					&& (Character.isUpperCase(text.charAt(after)) || isButtonAt(text, after))) {
				return true;
			}
			int space = at;
			while (space < text.length() && space - at <= MAX_NAME_WORD && text.charAt(space) != ' ') {
				space++;
			}
			if (space >= text.length() || text.charAt(space) != ' ') {
				return false;
			}
			at = space + 1;
		}
		return false;
	}

	private static boolean isButtonAt(String text, int at) {
		for (String button : CARD_ENDS) {
			if (text.startsWith(button, at) && !goesOn(text, at + button.length())) {
				return true;
			}
		}
		return false;
	}

	// Whether a letter or a digit stands at the index, so a button's word read before it
	// goes on there (" MOREOVER" is no " MORE").
	private static boolean goesOn(String text, int at) {
		return at < text.length() && Character.isLetterOrDigit(text.charAt(at));
	}

	// A name's word is no longer than this.
	private static final int MAX_NAME_WORD = 30;

	// Where the word that ends before the index starts, the space before it looked for
	// within a name's word's length (the text's start counts), or -1.
	private static int wordStart(String text, int end) {
		for (int i = end - 1; i >= 0 && i >= end - MAX_NAME_WORD; i--) {
			if (text.charAt(i) == ' ') {
				return i + 1;
			}
			if (i == 0) {
				return 0;
			}
		}
		return -1;
	}

	// The index after the card's button, the first within reach, or -1; each button's
	// next place is kept between calls and looked for again only once passed.
	private static int cardButtonEnd(String text, int from, int[] buttons) {
		int limit = Math.min(text.length(), from + MAX_CARD);
		int end = -1;
		for (int b = 0; b < buttons.length; b++) {
			String button = CARD_ENDS.get(b);
			if (buttons[b] != -1 && buttons[b] < from) {
				buttons[b] = nextButton(text, button, from);
			}
			int after = buttons[b] + button.length();
			if (buttons[b] >= 0 && after <= limit && (end < 0 || after < end)) {
				end = after;
			}
		}
		return end;
	}

	// The next place of the button that no letter or digit goes on from (" MORE", not
	// " MOREOVER"), or -1.
	private static int nextButton(String text, String button, int from) {
		int at = text.indexOf(button, from);
		while (at >= 0 && goesOn(text, at + button.length())) {
			at = text.indexOf(button, at + 1);
		}
		return at;
	}

}
