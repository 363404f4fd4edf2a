package io.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Language knowledge as data: byline labels, date labels, prompts and the like, one
 * resource file per language ({@code languages/<ISO 639-1>.properties} beside this
 * class), loaded once into lookups the detectors share. Adding a language is adding its
 * file: every ISO 639-1 code the JDK knows is tried, so no index needs editing.
 * <p>
 * Month and weekday names are not in the files: {@link CalendarNames} takes them from the
 * JDK's CLDR locale data for every language it knows; a file lists only the spellings of
 * a month its sites write and CLDR lacks ({@link #DATE_MONTHS}).
 * <p>
 * Each key's values are the union over all languages, lower-cased: a page rarely says
 * which language it is in before it has been read, and a label of one language is almost
 * never an ordinary word at the same place in another. Where it is (Catalan's byline
 * label "Per" opens German lines, "Per Sofortüberweisung …"; Swahili's "Na" a Hawaiian
 * name, "Na Hoku Awards"; Tagalog's "at" joining two names is English's "at" before an
 * outlet), the language file lists the value under the key with {@link #OWN} appended,
 * and it applies only where the page has been read to be in that language ({@link #own}).
 */
final class Languages {

	/** Labels that introduce the author names at the start of a byline. */
	static final String BYLINE_LABELS = "byline.labels";

	/**
	 * Labels a language writes as a prefix glued to the name's capital, with no space
	 * ("NguSibusiso Mthembu", by Sibusiso Mthembu, in Zulu and Xhosa); read on every
	 * page, and under {@link #OWN} only on a page of that language.
	 */
	static final String BYLINE_PREFIXES = "byline.prefixes";

	/**
	 * The endings a language's adjectives take before a noun, under {@link #OWN} only: a
	 * bare name's title-case word so ending that the page writes in lower case with
	 * another ending is an adjective over a topic ("Olympische Winterspiele").
	 */
	static final String BYLINE_ADJECTIVE_ENDINGS = "byline.adjective-endings";

	/**
	 * Roles that follow the author names on a byline ("김민수 기자", "Иван Петров,
	 * корреспондент").
	 */
	static final String BYLINE_ROLES = "byline.roles";

	/**
	 * Roles that are verbs and end the writer's sentence, read with its full stop
	 * ("Dilnoza Rashidova tayyorladi."): a role of a noun with a full stop ("Иван Петров,
	 * корреспондент.") is a list's item or a caption as often as a signature.
	 */
	static final String BYLINE_SENTENCE_ROLES = "byline.sentence-roles";

	/**
	 * What an author box prints right after the author's name: a role ("Senior
	 * Contributor", "Redakteurin") or a link to their articles ("View More Articles").
	 */
	static final String BYLINE_BOX_MARKS = "byline.box-marks";

	/**
	 * The links to the previous and next article a blog theme sets right over its author
	 * box ("Previous article", "Vorheriger Artikel"): the name line under them is the
	 * writer's.
	 */
	static final String BYLINE_ARTICLE_LINKS = "byline.article-links";

	/**
	 * Single words naming a person's job or title ("professor", "Korrespondentin"): they
	 * make a closing sentence about a person a bio.
	 */
	static final String BIO_ROLES = "bio.roles";

	/**
	 * Verbs of saying ("said", "told"): a sentence that sets a role beside a name and
	 * goes on with one introduces a quote, not a bio.
	 */
	static final String BIO_SPEECH_VERBS = "bio.speech-verbs";

	/** Words joining two author names ("and", "und"). */
	static final String BYLINE_SEPARATORS = "byline.separators";

	/**
	 * Letters glued to the second of two author names as "and" ("ו" in Hebrew, "و" in
	 * Arabic).
	 */
	static final String BYLINE_SEPARATOR_PREFIXES = "byline.separator-prefixes";

	/**
	 * Words that make a name an outlet's or an organisation's, not a person's ("Auto
	 * Zeitung", "Agencia Reforma", "Campact-Team").
	 */
	static final String BYLINE_OUTLET_WORDS = "byline.outlet-words";

	/**
	 * Credits a writer's label may be joined to ("recipe", "photos": "Words and recipe
	 * by"); a film's or a show's ("directed by") are none.
	 */
	static final String BYLINE_JOINED_CREDITS = "byline.joined-credits";

	/** Words after which a byline names a place or outlet ("in", "für"). */
	static final String BYLINE_PLACE_WORDS = "byline.place-words";

	/**
	 * Words after which a byline of this language's labels names where the writer worked
	 * ("da", "i"), too common in other languages' names or prose to cut every byline at.
	 */
	static final String BYLINE_WRITER_PLACES = "byline.writer-places";

	/**
	 * Towns a byline names after its writer's name in a script without capitals ("كتب:
	 * محمد علي القاهرة"), where no capital tells them from a name's third word.
	 */
	static final String BYLINE_PLACES = "byline.places";

	/**
	 * What stands between a writer's name and the place they report from on a header line
	 * ("Glen Morrow reports from Carrick Mart").
	 */
	static final String BYLINE_REPORTS_FROM = "byline.reports-from";

	/**
	 * A writer's job after the name in a signature under the text ("— Gwen Harris, Local
	 * Democracy Reporter"): the journalist's own, not a quoted speaker's ("head nurse").
	 */
	static final String BYLINE_SIGNATURE_ROLES = "byline.signature-roles";

	/**
	 * What ends a news agency's dateline right before the reporters it names in brackets
	 * ("新华社南昌11月2日电（记者王晓明、李华）", "dispatch").
	 */
	static final String BYLINE_DISPATCH_MARKS = "byline.dispatch-marks";

	/**
	 * A desk's or a correspondent's credit that names no person ("নিজস্ব প্রতিবেদক", own
	 * reporter; "संवाद सहयोगी", correspondent), alone on its line or before a comma and
	 * the town it reports from: a byline's line, naming nobody.
	 */
	static final String BYLINE_DESKS = "byline.desks";

	/**
	 * A blog platform's account or section words that a footer names where a writer's
	 * given name stands ("Posted by Webmaster at 8:14 PM"): no person.
	 */
	static final String BYLINE_ACCOUNT_NAMES = "byline.account-names";

	/**
	 * An office's or a body's words that a report's label names where a writer would
	 * stand ("Report by Auditor General", "Report by Club Captain", "Report by Lifeboat
	 * Crew"): no person ({@code BylineDetector.headerReportCredit}).
	 */
	static final String BYLINE_OFFICE_WORDS = "byline.office-words";

	/**
	 * The office words that are people's surnames too ("Ben Crew", "Tom Marshal"): after
	 * a labelled name's comma, a part ending in one is the writer's job only when its
	 * first word is a role's or an office's ("Head Coach")
	 * ({@code BylineDetector.isRolePart}).
	 */
	static final String BYLINE_OFFICE_SURNAMES = "byline.office-surnames";

	/**
	 * Given names that are ordinary words too ("Mark", "Will", "Rose", "Pierre"): a page
	 * writes them in lower case in its sentences, so before an office surname after a
	 * labelled name's comma ("By Sarah Jones, Mark Ranger") they still open a second
	 * writer's name, no job ({@code BylineDetector.withoutOfficeAfterComma}).
	 */
	static final String BYLINE_GIVEN_NAME_WORDS = "byline.given-name-words";

	/**
	 * The words of an institution's name that a byline sets after the writer's name and a
	 * comma ("by Ottilie Brannagh, University of Carrowmore"): the writer's institution,
	 * no second writer ({@code BylineDetector.isInstitutionPart}).
	 */
	static final String BYLINE_INSTITUTION_WORDS = "byline.institution-words";

	/**
	 * The titles a person's name may carry before it ("Dr.", "Canon", "Mgr"): cut off, as
	 * the labels write the name ({@code PersonNames.clean}).
	 */
	static final String BYLINE_NAME_TITLES = "byline.name-titles";

	/**
	 * The forms of address before a name ("Dr.", "Mrs", "Herr", "M."): name titles cut
	 * off before one word alone too, which is then no name ({@code PersonNames.clean});
	 * the other titles stay before one word, the name as written ("Lord Smith", "Pastor
	 * Maldonado").
	 */
	static final String BYLINE_ADDRESS_TITLES = "byline.address-titles";

	/**
	 * The titles that take an article before a person's name, after a byline's label too
	 * ("By the Revd Jane Smith", "Von der Pfarrerin Anna Koch", "Par le père Jean
	 * Martin"): the article and the titles are cut off
	 * ({@code BylineDetector.withoutTitles}), and they are name titles as well. The
	 * others after an article open a place's name ("By the Canon Street Gate").
	 */
	static final String BYLINE_ARTICLE_TITLES = "byline.article-titles";

	/** Labels saying a date is the publication date. */
	static final String DATE_PUBLISHED = "date.published";

	/** Labels saying a date is a later revision. */
	static final String DATE_UPDATED = "date.updated";

	/**
	 * Labels of several words saying a date is the publication date ("News release",
	 * "Published online"), whose last word alone names something else or would make a
	 * date line a sentence.
	 */
	static final String DATE_PUBLISHED_PHRASES = "date.published-phrases";

	/** Words that make a line holding a date something else than a date line. */
	static final String DATE_NOT_PUBLICATION = "date.not-publication";

	/**
	 * Words of a place or a match where an event is held ("hall", "stadium", "vs"): a
	 * line beside the headline holding one names the event's date, not the page's
	 * ({@link DateLineDetector#detectBesideHeadline(String)}).
	 */
	static final String DATE_EVENT_PLACES = "date.event-places";

	/** Words that may stand on a date line without making it a sentence. */
	static final String DATE_FILLERS = "date.fillers";

	/**
	 * Labels of a meta line's categories ("Kategorie:", "Categories:"), before a colon:
	 * the words after one name sections, not words of a sentence.
	 */
	static final String DATE_CATEGORY_LABELS = "date.category-labels";

	/**
	 * The opening of the sentence a CMS closes a post with, naming its date first ("This
	 * entry was posted on").
	 */
	static final String DATE_POSTED_FOOTERS = "date.posted-footers";

	/**
	 * The openings of a note saying when the piece itself was published ("This article
	 * was published on", "Originally published", "Published in"), a sentence whose only
	 * date ends it ({@link DateLineDetector#publicationNote(String)}).
	 */
	static final String DATE_PUBLICATION_NOTES = "date.publication-notes";

	/** Labels of a fact box's date that is not the page's ("Joined", "Release"). */
	static final String DATE_OTHER_EVENT_LABELS = "date.other-event-labels";

	/**
	 * The time zones of a country that writes a numeric date's month first, after a clock
	 * ("6:45 PM MST", "5:42 p.m. ET"): a page that shows one reads an ambiguous
	 * "12/03/2026" month first ({@code DateLineDetector.PageOrder}).
	 */
	static final String DATE_MONTH_FIRST_ZONES = "date.month-first-zones";

	/**
	 * The postal codes of that country's states, after a town's comma and before a postal
	 * code of five figures in an address ("Cedar Falls, IA 50613"): a cue as the zones
	 * are.
	 */
	static final String DATE_MONTH_FIRST_STATES = "date.month-first-states";

	/**
	 * The web domains of countries that write a numeric date's day first, closing the
	 * host of an email or a web address on a line of the page ("media@….vic.gov.au"): a
	 * page that shows one, and no cue of the month first, reads an ambiguous "4/12/2026"
	 * day first ({@code DateLineDetector.PageOrder}).
	 */
	static final String DATE_DAY_FIRST_DOMAINS = "date.day-first-domains";

	/**
	 * The {@link #DATE_MONTH_FIRST_STATES} codes that a day-first country's addresses
	 * close with too ("12 Hay Street, Perth, WA"): a US state only before a ZIP code
	 * ({@code DateLineDetector.STATE_WITHOUT_ZIP}).
	 */
	static final String DATE_SHARED_STATE_CODES = "date.shared-state-codes";

	/** Words that count something after a number on a meta line ("1 comment"). */
	static final String DATE_COUNTED = "date.counted";

	/**
	 * The word in front of a number and its unit that makes them a time ago ("há",
	 * "vor").
	 */
	static final String DATE_AGO_BEFORE = "date.ago-before";

	/** The word after a number and its unit that makes them a time ago ("ago", "전"). */
	static final String DATE_AGO_AFTER = "date.ago-after";

	/** The units of a time ago ("hours", "h", "Stunden", "시간"). */
	static final String DATE_AGO_UNITS = "date.ago-units";

	/** First words of a "today is" header. */
	static final String DATE_TODAY = "date.today";

	/** Words right after a year that say it is one ("2024 m.", "2024. gada"). */
	static final String DATE_YEAR_WORDS = "date.year-words";

	/**
	 * Words right before a year that say it is one, after the month ("1 декабри соли
	 * 2026", "ខែវិច្ឆិកា ឆ្នាំ២០២៦").
	 */
	static final String DATE_YEAR_LABELS = "date.year-labels";

	/**
	 * Words between the day and the month that say the month follows ("3 ta' Diċembru
	 * 2026", Maltese), as "de" does in Spanish.
	 */
	static final String DATE_MONTH_LABELS = "date.month-labels";

	/**
	 * What a language writes after a day's number and a hyphen, the month next: an
	 * ordinal's ending ("3-an de decembro 2026" in Esperanto).
	 */
	static final String DATE_DAY_ENDINGS = "date.day-endings";

	/**
	 * Words right after a day's number, before the year, that say it is the day ("ኅዳር 24
	 * ቀን 2019", Amharic's "day").
	 */
	static final String DATE_DAY_WORDS = "date.day-words";

	/**
	 * What a language glues to the front of a weekday's name ("ngoLwesine", on Thursday,
	 * in Zulu and Xhosa): on a date line the word is the weekday, no word of a sentence.
	 */
	static final String DATE_WEEKDAY_PREFIXES = "date.weekday-prefixes";

	/**
	 * With the month's number (1-13) appended, the names of the Ethiopian calendar's
	 * months as Amharic pages write them ("ኅዳር", the third): read by {@link DateParser}
	 * only, before a day and a year of that calendar.
	 */
	static final String DATE_ETHIOPIC_MONTHS = "date.ethiopic-months.";

	/**
	 * The era's words after an Ethiopian year ("ዓ.ም", the year of mercy), part of the
	 * date.
	 */
	static final String DATE_ETHIOPIC_ERA = "date.ethiopic-era";

	/**
	 * With the month's number (1-12) appended, the spellings of that month a language's
	 * sites write and CLDR does not give ({@code date.months.12 = disembar} in Somali):
	 * news spellings, names of two words or more ("meán fómhair"), a month glued to the
	 * word "month" ("မတ်လ") or counted ("11-р сарын"). Read by {@link DateParser} only.
	 */
	static final String DATE_MONTHS = "date.months.";

	/**
	 * The label of a line of tags or topics under an article, before a colon ("Tags:",
	 * "Etiketler:", "Тагови:"): the line and what follows it are the page's furniture.
	 */
	static final String TAGS_LABELS = "tags.labels";

	/**
	 * A share or print button's words on a line of their own ("Paylaş", "Сподели",
	 * "分享到"): furniture, but not the end of the article (a share bar may stand inside
	 * it).
	 */
	static final String SHARE_PROMPTS = "share.prompts";

	/**
	 * A button that reads the article aloud ("Listen to this article", "Artikel anhören",
	 * "Vorlesen"), alone on its line or before the recording's length and narrator
	 * ("Listen to this story · 24 min · Narrated by …"): furniture wherever it stands
	 * ({@link Boilerplate#isListenButton(Paragraph)}).
	 */
	static final String SHARE_LISTEN = "share.listen";

	/**
	 * The networks a share button sends the article to, as the language writes them
	 * ("WhatsApp", "ВКонтакте", "LINE"): alone on its line such a name is a share button,
	 * furniture wherever it stands ({@link Boilerplate#isPrompt(String)}). A network one
	 * follows and shares no link to ("Instagram", "TikTok") is none: alone on its line it
	 * may head the text's section about it.
	 */
	static final String SHARE_TARGETS = "share.targets";

	/**
	 * The word a site prints alone on its line where an advertisement stands
	 * ("Advertisement", "Anzeige", "REKLAMA", "Annonse"): furniture wherever it stands,
	 * the text going on under it ({@link Boilerplate#isPrompt(String)}).
	 */
	static final String ADS_LABELS = "ads.labels";

	/**
	 * The social networks a share bar names, as the language writes them ("Facebook",
	 * "فيسبوك"): a line of them alone, or after a share prompt of any language, is
	 * furniture ({@link Boilerplate#isShareBar(String)}).
	 */
	static final String SHARE_NETWORKS = "share.networks";

	/**
	 * How a photo's credit ends a caption after the photographer's or the source's name,
	 * in a language that writes no label before it ("高橋健太撮影", "记者 陈晓 摄", "광주시 제공").
	 */
	static final String CAPTION_CREDIT_WORDS = "caption.credit-words";

	/**
	 * How a photo's credit opens without a label and a colon, the photographer or the
	 * source next ("… 1985 roku. Fot. Archiwum", "… (photo by Jane Roe)"): a block that
	 * ends with one is a caption, a block that opens with one a credit alone.
	 */
	static final String CAPTION_CREDIT_PHRASES = "caption.credit-phrases";

	/**
	 * A photo's label before its credit, the credit after a colon ("… افتتاح؛ عکس: علی
	 * محمدی"): the block it ends is a caption.
	 */
	static final String CAPTION_LABELS = "caption.labels";

	/**
	 * A picture's kind or a credit's word that opens a credit line, its source in
	 * capitals next ("Illustration PIXABAY.", "Capture YOUTUBE.", "Crédit DR."): no given
	 * name before a surname in capitals ({@link BylineDetector#capitalSurnameName}).
	 */
	static final String CAPTION_CREDIT_OPENERS = "caption.credit-openers";

	/**
	 * The word an organisation's box under an article opens with, its name next ("About
	 * Halvorsen Foods", "Über die Stadtwerke Freiburg"): the box is the page's, not the
	 * article's ({@link TailBoxes}).
	 */
	static final String BOXES_ABOUT = "boxes.about";

	/**
	 * How a paywall's box opens under an article's teaser ("Already a subscriber?",
	 * "Artigo exclusivo para assinantes"): it and the lines under it are the page's
	 * ({@link TailBoxes}).
	 */
	static final String BOXES_PAYWALL = "boxes.paywall";

	/**
	 * A disclosure's or a disclaimer's label ("Disclosure", "Disclaimer:"): alone on its
	 * line under an article it heads the site's note on itself, and a paragraph opening
	 * with it is that note ({@link TailBoxes}, {@link PublisherDetector#isDisclaimer}).
	 */
	static final String BOXES_DISCLOSURES = "boxes.disclosures";

	/**
	 * A site's legal notice on its pieces said without a label, anywhere in the paragraph
	 * ("This article is for general information only and does not constitute legal
	 * advice."): the paragraph is a disclaimer ({@link PublisherDetector#isDisclaimer}),
	 * and under the article the site's tail starts there.
	 */
	static final String BOXES_DISCLAIMER_PHRASES = "boxes.disclaimer-phrases";

	/**
	 * The words a site's notice names its own pieces with before a legal notice's phrase
	 * ("This article is for general information only", "The contents on our website are
	 * for informational purposes only"): without one before the phrase in its sentence,
	 * the paragraph tells of someone else's notice ("The bank said the tool's estimates
	 * were for informational purposes only"), the article's own text.
	 */
	static final String BOXES_DISCLAIMER_SUBJECTS = "boxes.disclaimer-subjects";

	/**
	 * A box's heading under an article, said to the reader ("Have your say", "Your
	 * rights", "If you go"): it and its few lines under it, the last of the page's body,
	 * are the page's service, not the article's last section
	 * ({@link TailBoxes#removeReaderBoxes}).
	 */
	static final String BOXES_READER_HEADINGS = "boxes.reader-headings";

	/**
	 * How a reader's box heading opens ("How to get a refund"): such a heading is a box's
	 * only over lines that address the reader or read {@code Label: value}
	 * ({@link TailBoxes#removeReaderBoxes}).
	 */
	static final String BOXES_READER_OPENINGS = "boxes.reader-openings";

	/**
	 * The word for "us" as a heading's second or third word, the site bidding the reader
	 * act with or for it ("Pray with us", "Help us finish 7812", "Support us"): such a
	 * heading is a box's over lines that address the reader or over an appeal
	 * ({@link TailBoxes#removeReaderBoxes}, {@link Insets#removeSignUpBoxes}).
	 */
	static final String BOXES_US_WORDS = "boxes.us-words";

	/**
	 * A box's heading under an article on what follows the news ("What happens next"): it
	 * leaves the body over a few short lines, not over a paragraph of running text
	 * ({@link TailBoxes#removeReaderBoxes}).
	 */
	static final String BOXES_OUTLOOK_HEADINGS = "boxes.outlook-headings";

	/**
	 * The heading of a box of list items that sums an article up ("Key findings", "Key
	 * points"): it and its items leave the body ({@link Insets#removeSummaryBoxes}).
	 */
	static final String BOXES_SUMMARY_HEADINGS = "boxes.summary-headings";

	/**
	 * How the heading of a box of figures between an article's paragraphs ends, or the
	 * whole of it ("By the numbers", "The share offer in numbers"): under it, lines
	 * opening with counts are the box's figures ({@link Insets#removeFigureBoxes}).
	 */
	static final String BOXES_FIGURE_HEADINGS = "boxes.figure-headings";

	/**
	 * The heading of a box of a few short sentences set between an article's paragraphs
	 * ("Did you know", "Fast facts"), its question mark or colon aside: it and its
	 * sentences leave the body ({@link Insets#removeSentenceBoxes}), which reads a
	 * heading in capitals so in any language; a question in running case needs these
	 * words, as an explainer's "What happens next?" is the text's crosshead.
	 */
	static final String BOXES_ASIDE_HEADINGS = "boxes.aside-headings";

	/** Headings above reader comments. */
	static final String COMMENTS_HEADINGS = "comments.headings";

	/**
	 * The heading of readers' letters under the text ("Letters", "Leserbriefe", "Courrier
	 * des lecteurs"): under it a single signed letter is a reader's, which leaves the
	 * body ({@code ArticleReader.headsLetters}); under a heading of other words ("The
	 * letter") it is one the story quotes.
	 */
	static final String COMMENTS_LETTERS_HEADINGS = "comments.letters-headings";

	/**
	 * The line a page prints where its comments are closed ("Comments are closed."), on a
	 * line of its own: where the article's page furniture starts.
	 */
	static final String COMMENTS_CLOSED = "comments.closed";

	/**
	 * How a line opens that asks the reader to follow someone on a social network
	 * ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."), the network's
	 * name ending its first clause ({@link Boilerplate#isFollowPrompt(String)}).
	 */
	static final String SHARE_FOLLOW = "share.follow";

	/**
	 * The words after a follow word that keep a line a follow prompt when they are in
	 * lower case ("Follow us on X"): any other lower-case word opens a sentence of the
	 * text ("Follow these steps to make your account private on Instagram.").
	 */
	static final String SHARE_FOLLOW_OBJECTS = "share.follow-objects";

	/**
	 * The button a name link's hover card ends with, written in capitals after the card's
	 * headlines ("… MORE"): saved as text, the card stands glued to the name inside the
	 * sentence ({@link Boilerplate#withoutNameCards(String)}).
	 */
	static final String LINKS_CARD_ENDS = "links.card-ends";

	/**
	 * A link to the rest of a story ("Read more", "Weiterlesen"): after other words on a
	 * line closed by an arrow, they are a listing's excerpt whose last words ran into the
	 * link ("Kommen dürfen alle Weiterlesen →"), text, not the link alone
	 * ({@link Boilerplate#isArrowLink(Paragraph)}).
	 */
	static final String LINKS_READ_ON = "links.read-on";

	/**
	 * How a reader callout's question opens, addressed to the reader ("Have a traffic
	 * tip?", "Do you have old photographs?"): an article's own question ("Who can
	 * apply?") is no callout ({@link Boilerplate#isReaderCallout(String)}).
	 */
	static final String CALLOUT_OPENERS = "callout.openers";

	/**
	 * The words a site says itself with to its readers ("us", "our"): a bidding after a
	 * reader's question is the site's prompt only when it names the site ("Send us a
	 * letter to the editor."); "Join the volunteers at the gate on Saturday." is the
	 * text's own advice ({@link Boilerplate#isReaderCallout(String)}).
	 */
	static final String CALLOUT_SITE_WORDS = "callout.site-words";

	/**
	 * How a note on the piece under an article opens ("This interview has been edited …",
	 * "The writer travelled as a guest of …"): a short line with a full stop that is no
	 * closing sentence of the text ({@link ArticleLocator#closingLinesBelow}).
	 */
	static final String NOTES_OPENERS = "notes.openers";

	/**
	 * How a note on the piece opens that closes the article under its text ("This
	 * interview has been edited for length and clarity.", "This column first appeared in
	 * …"): the body ends above it ({@link EndNotes#isEndNote(String)}). Some of these
	 * phrases open with {@link #NOTES_OPENERS}' words ("this interview"), and both lists
	 * are needed: the openers only keep a short line out of the run's closing lines,
	 * while these end the body with all under them, so they are whole phrases a sentence
	 * of the text does not open with ("This interview was her first since …").
	 */
	static final String NOTES_CLOSING = "notes.closing";

	/**
	 * How a link under the text to the whole of a document or story opens ("Read the full
	 * recall notice"): the body ends above it ({@link EndNotes#isEndNote(String)}).
	 */
	static final String NOTES_FULL_TEXT_LINKS = "notes.full-text-links";

	/**
	 * The two words of an obituary's closing line of dates, born and died ("…, born 4
	 * March 1935; died 18 November 2026"): the body ends above it
	 * ({@link EndNotes#isEndNote(String)}).
	 */
	static final String NOTES_LIFESPAN = "notes.lifespan";

	/**
	 * A language's word for copyright, which opens a copyright notice before the sign or
	 * a year ("Copyright 2026 KQTV. All rights reserved."): the line is page furniture
	 * wherever it stands ({@link Boilerplate#isNoise(String)}).
	 */
	static final String NOTES_COPYRIGHT_WORDS = "notes.copyright-words";

	/**
	 * A language's phrase for a charity's registration ("registered charity",
	 * "501(c)(3)"): a short line holding one is a charity's or a club's footer line, a
	 * strong tail marker ({@link Boilerplate#isCharityNotice(String)}).
	 */
	static final String NOTES_CHARITY_PHRASES = "notes.charity-phrases";

	/**
	 * A language's phrase of a site's footer line on who publishes it, where its company
	 * is registered and who regulates it ("a company registered in Wales", "eingetragen
	 * im Handelsregister", "свидетельство о регистрации"): a paragraph right under a
	 * sign-up box that holds one is the site's footer
	 * ({@link Boilerplate#isSiteNotice(String)}).
	 */
	static final String NOTES_PUBLISHER_PHRASES = "notes.publisher-phrases";

	/**
	 * A language's word for a browser's cookie where it writes another than "cookie"
	 * ("informasjonskapsler", "piškotki", "küpsised"), its stem as its endings leave it:
	 * a sentence holding one, or "cookie" in any language, is a cookie or consent notice
	 * ({@link Boilerplate#isConsentNotice(String)}).
	 */
	static final String NOTES_COOKIE_WORDS = "notes.cookie-words";

	/**
	 * How a site's credit for its making opens ("Website by", "Powered by"): a short line
	 * opening with one is the site's footer line, a strong tail marker
	 * ({@link Boilerplate#isSiteCredit(String)}).
	 */
	static final String NOTES_SITE_CREDITS = "notes.site-credits";

	/**
	 * A language's words for a street, as an address writes them after the street's name
	 * ("Road", "St", "Avenue"): a line of a house's number, the name and one of them is a
	 * street address alone, an organisation's footer line
	 * ({@link Boilerplate#isStreetAddress(String)}), and the street of a US address
	 * without a ZIP code that orders a numeric date ({@link Boilerplate#STREET}).
	 */
	static final String NOTES_STREET_WORDS = "notes.street-words";

	/**
	 * A heading the site prints over a standing statement of its own at the foot of its
	 * pages ("Acknowledgement of Country"): the heading and the statement under it are a
	 * strong tail marker ({@link Boilerplate#isStatementHeading(Paragraph)}).
	 */
	static final String NOTES_STATEMENT_HEADINGS = "notes.statement-headings";

	/**
	 * The labels of a media release's contact line under its text, before a colon ("Media
	 * contact: Jess Corrigan, 08 5550 1177"): with a phone number after it the line is
	 * the release's furniture ({@link Boilerplate#isContactLine(String)}).
	 */
	static final String NOTES_CONTACT_LABELS = "notes.contact-labels";

	/**
	 * How a correction of the piece opens under its text ("Correction:", "This article
	 * was amended on …"): a name signed under it signs the note, not the article.
	 */
	static final String NOTES_CORRECTIONS = "notes.corrections";

	/**
	 * How a site's prompt under an article opens, a bidding to the reader ("Share this
	 * post on social media.", "Sign up for our morning briefing.", "Klicken Sie …"): a
	 * short line with a full stop that is no closing sentence of the text
	 * ({@link ArticleLocator#closingLinesBelow}).
	 */
	static final String CLOSING_PROMPT_OPENERS = "closing.prompt-openers";

	/**
	 * How a site's question opens that asks the reader to rate the page, a feedback
	 * widget's over its answer buttons or beside them ("Was this page helpful?" / "Yes" /
	 * "No", "War dieser Artikel hilfreich?"): a strong tail marker, the body ending above
	 * it ({@link Boilerplate#isFeedbackQuestion}).
	 */
	static final String CLOSING_FEEDBACK_QUESTIONS = "closing.feedback-questions";

	/**
	 * Words, or two-word phrases, that anywhere in a short line under an article mark a
	 * site's furniture rather than the text's closing sentence: the reader addressed
	 * ("you", "your"), a newsletter, inbox or download, a privacy, cookie or terms line,
	 * a release's availability ("out now"). Articles use them too (an advice column's
	 * "you"), so they only keep a line out of the body, never put one in
	 * ({@link ArticleLocator#closingLinesBelow}).
	 */
	static final String CLOSING_FURNITURE_WORDS = "closing.furniture-words";

	/**
	 * The words of a newsletter or of the reader's inbox ("inbox", "newsletter",
	 * "nieuwsbrief"): under an article they mark a site's furniture as
	 * {@link #CLOSING_FURNITURE_WORDS} do, and a short block naming one, with a sentence
	 * that opens with one of {@link #CLOSING_PROMPT_OPENERS}, is a newsletter's sign-up
	 * prompt wherever it stands ("Get the best stories in your inbox. Sign up for our
	 * newsletter").
	 */
	static final String CLOSING_NEWSLETTER_WORDS = "closing.newsletter-words";

	/**
	 * A newsletter box's button, alone on its line right under the box's sign-up prompt
	 * ("Sign up", "Suscribirme", "Abonnieren"): it leaves with the prompt
	 * ({@link Insets#removeSignUpBoxes}); elsewhere these words are read as any line.
	 */
	static final String BOXES_SIGN_UP_BUTTONS = "boxes.sign-up-buttons";

	/**
	 * The buttons that close a reader poll under its question and answers ("Vote", "View
	 * results", "Abstimmen", "Voir les résultats"): with them the poll leaves the body
	 * ({@link Insets#removePolls}); elsewhere these words are read as any line.
	 */
	static final String BOXES_POLL_BUTTONS = "boxes.poll-buttons";

	/**
	 * How the lines a newsletter box sets under its sign-up prompt open: its consent line
	 * ("By signing up you consent …"), its thanks ("Thanks for signing up!") and its
	 * welcome note ("A welcome email is on its way."); they leave with the prompt, in a
	 * row right under it ({@link Insets#removeSignUpBoxes}).
	 */
	static final String BOXES_SIGN_UP_AFTER = "boxes.sign-up-after";

	/**
	 * A newsletter box's e-mail field, alone on its line right under the box's sign-up
	 * prompt ("Enter your email", "Ihre E-Mail-Adresse", "Votre adresse e-mail"): it
	 * leaves with the prompt ({@link Insets#removeSignUpBoxes}); a line that goes on
	 * after these words ("Your email address and postcode are all the council needs …")
	 * is read as any line.
	 */
	static final String BOXES_SIGN_UP_FIELD = "boxes.sign-up-field";

	/**
	 * The words a shop's button ends with ("Buy now", "Buy Tickets Now", "Shop here"): a
	 * shop verb's line that ends so is a button wherever it stands, never a crosshead or
	 * a list's item of the text ({@link ArticleReader}).
	 */
	static final String TEASERS_SHOP_BUTTON_ENDS = "teasers.shop-button-ends";

	/**
	 * The words a newsletter box's long consent or welcome line addresses its reader with
	 * ("By clicking Sign up, you agree …"); a long line under a prompt that holds none
	 * ("By clicking a button on the council's app, residents can …") is the text's.
	 */
	static final String BOXES_SIGN_UP_READER = "boxes.sign-up-reader";

	/**
	 * The words of a site's appeal for gifts ("donate", "donation"): a short block naming
	 * one, with a sentence that opens with one of {@link #CLOSING_PROMPT_OPENERS} or
	 * {@link #CLOSING_APPEAL_OPENERS}, is the site's appeal wherever it stands ("Local
	 * journalism needs your support. Donate to Upper Colorado Public Radio today.")
	 * ({@link Boilerplate#isSignUpPrompt}).
	 */
	static final String CLOSING_APPEAL_WORDS = "closing.appeal-words";

	/**
	 * How an appeal's bidding may open besides the prompt openers ("Support reporting
	 * like this with a donation today."): read only in a block naming one of
	 * {@link #CLOSING_APPEAL_WORDS}, as the word opens a story's sentences too ("Support
	 * for the plan grew …").
	 */
	static final String CLOSING_APPEAL_OPENERS = "closing.appeal-openers";

	/**
	 * How a story's sentence opens that looks like an appeal's bidding ("Thanks to
	 * generous donations, the shelter reopened …", "Support for the donation drive grew
	 * …"): such a sentence bids nobody ({@link Boilerplate#isSignUpPrompt}).
	 */
	static final String CLOSING_APPEAL_LOOK_ALIKES = "closing.appeal-look-alikes";

	/**
	 * What a thanks to others names when it is the site's credit to a sponsor of the page
	 * ("… for supporting this coverage"), not the story's thanks
	 * ({@link Boilerplate#isStoryAddress}).
	 */
	static final String CLOSING_SPONSOR_WORDS = "closing.sponsor-words";

	/** Headings above lists of other articles. */
	static final String RELATED_HEADINGS = "related.headings";

	/**
	 * How a heading above a list of other articles opens before it names where they come
	 * from ("More from Coastal Press Agency", "More in Politics").
	 */
	static final String RELATED_HEADING_OPENINGS = "related.heading-openings";

	/**
	 * The words a teaser list's label opens with, the list's subject after them ("More
	 * rugby union", "Related coverage"): a label only over a headline with its date
	 * ({@link TailBoxes#isTeaserListLabel}) or over three headlines in a row
	 * ({@link TailBoxes#removeTeasersUnderHeadings}).
	 */
	static final String RELATED_LIST_LABELS = "related.list-labels";

	/**
	 * The words after such a label's opening that make it the heading of the article's
	 * own list ("Latest figures", "More details"): the lines under it are the text's
	 * facts, not other stories' headlines ({@link TailBoxes#removeTeasersUnderHeadings}).
	 */
	static final String RELATED_LIST_OWN_SUBJECTS = "related.list-own-subjects";

	/**
	 * The words a teaser list's label ends with when it names the list's stories ("More
	 * community news", "Related coverage"): such a label right under the share buttons is
	 * a list's over one headline ({@link TailBoxes#removeTeasersUnderHeadings}).
	 */
	static final String RELATED_LIST_STORIES = "related.list-stories";

	/**
	 * A teaser's label inside the text, a teaser's only before its colon ("MORE: …"): the
	 * word alone is no heading over other articles, as {@link #RELATED_HEADINGS} are.
	 */
	static final String TEASER_LABELS = "teasers.labels";

	/**
	 * A label of a programme's or a video's link inside the text, a teaser's only before
	 * its colon and a headline ("Listen: Councillors debate the budget on …", "Watch
	 * live: …"): in any case, the headline after it opening with a capital and ending no
	 * sentence ({@link Boilerplate#isPromo}).
	 */
	static final String TEASER_MEDIA_LABELS = "teasers.media-labels";

	/**
	 * The verbs a shop's button opens with, a few words and no sentence ("Shop soft
	 * plastics", "Buy now", "Shop this project"): a link to the shop wherever it stands
	 * ({@link Boilerplate#isPromo}).
	 */
	static final String TEASER_SHOP_VERBS = "teasers.shop-verbs";

	/**
	 * The imperative "read" a read-also label opens with, an adverb or two after it
	 * ("Funda kwakhona: …", "Vakio ihany koa: …", "Darllenwch mwy: …"): pages word the
	 * label's adverbs anew, so the verb and up to three more words before a colon, a
	 * headline after it, are a teaser's label ({@link Boilerplate#isPromo}).
	 */
	static final String TEASER_READ_VERBS = "teasers.read-verbs";

	/**
	 * How a line opens that asks the reader to do something or tells how to use the page
	 * (consent, sign-in, subscription, a gallery's hint, a wiki's footer): never a
	 * headline.
	 */
	static final String TITLE_PROMPTS = "title.prompts";

	/**
	 * Appended to a key, the values that apply only on a page in the file's language
	 * ({@code byline.labels.own = per} in {@code ca.properties}): they are in no union of
	 * {@link #values(String)}, only in {@link #own(String, String)}.
	 */
	static final String OWN = ".own";

	/**
	 * The commonest short words of a language Lucene has no stop words for: they tell a
	 * text in it ({@link LanguageDetector}). For a language Lucene has a list for, the
	 * everyday words its list lacks, read beside it (Latvian's "kas", "tas").
	 */
	static final String STOP_WORDS = "stop-words";

	/**
	 * The languages whose texts write most of this language's {@link #STOP_WORDS} too
	 * ({@code stop-words.kin = hr, sr} in {@code bs.properties}): the detector tells them
	 * apart by the words only one of their lists holds, measures their lead over other
	 * languages only, and gives a tie to the kin named here.
	 */
	static final String STOP_WORDS_KIN = "stop-words.kin";

	/**
	 * A language of the detector whose stop words this language's texts write as often as
	 * its own do ({@code stop-words.told-from = cs} in {@code hr.properties}: "je", "na",
	 * "se", "za"): between the two, only the words one list holds and the other does not
	 * count, and a text with none of them goes to this language, so the pair is named in
	 * the file of the language such a text is more likely in ({@code de.properties} names
	 * {@code lb}).
	 */
	static final String STOP_WORDS_TOLD_FROM = "stop-words.told-from";

	private static final Map<String, Properties> FILES = load();

	private static final Map<String, List<String>> VALUES = new HashMap<>();

	private static final Map<List<String>, Set<String>> WORDS = new HashMap<>();

	private Languages() {
	}

	/** The languages that have a file, as ISO 639-1 codes. */
	static Set<String> codes() {
		return Collections.unmodifiableSet(FILES.keySet());
	}

	/**
	 * Every value of the key in every language, lower-cased, longest first (so that
	 * "written by" is tried before "by"), without repeats.
	 */
	static synchronized List<String> values(String key) {
		return VALUES.computeIfAbsent(key, Languages::collect);
	}

	/**
	 * The {@link #values(String) values} of one key or more as one set, for word lookups:
	 * made once for each set of keys, as several detectors ask for the same.
	 */
	static synchronized Set<String> words(String... keys) {
		return WORDS.computeIfAbsent(List.of(keys), Languages::union);
	}

	/** The values of the key in one language, in file order, or an empty list. */
	static List<String> values(String language, String key) {
		Properties file = FILES.get(language);
		return (file != null) ? split(file.getProperty(key)) : List.of();
	}

	/**
	 * The values of a key that apply only on a page in the given language (the key with
	 * {@link #OWN} appended, in that language's file), lower-cased, longest first, or an
	 * empty list: for a language without a file or without such values, and for
	 * {@code null}, a page whose language is not known.
	 * @param language an ISO 639-1 code, or {@code null}
	 * @param key the key, without {@link #OWN}
	 */
	static List<String> own(String language, String key) {
		Properties file = (language != null) ? FILES.get(language) : null;
		if (file == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>(new LinkedHashSet<>(split(file.getProperty(key + OWN))));
		values.sort((a, b) -> b.length() - a.length());
		return List.copyOf(values);
	}

	private static Set<String> union(List<String> keys) {
		Set<String> all = new HashSet<>();
		for (String key : keys) {
			all.addAll(values(key));
		}
		return Set.copyOf(all);
	}

	private static List<String> collect(String key) {
		Set<String> all = new LinkedHashSet<>();
		for (Properties file : FILES.values()) {
			all.addAll(split(file.getProperty(key)));
		}
		List<String> sorted = new ArrayList<>(all);
		sorted.sort((a, b) -> b.length() - a.length());
		return List.copyOf(sorted);
	}

	// A comma the file escapes is part of its value: Basque Wikipedia's see-also heading
	// "Ikus, gainera". Properties.load keeps a backslash only when the file doubles it,
	// so the file writes "ikus\\, gainera" and the loaded value holds "ikus\, gainera".
	private static final Pattern VALUE_COMMA = Pattern.compile("(?<!\\\\),");

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (String part : VALUE_COMMA.split(value)) {
			String word = part.replace("\\,", ",").strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty()) {
				values.add(word);
			}
		}
		return values;
	}

	private static Map<String, Properties> load() {
		Map<String, Properties> files = new TreeMap<>();
		for (String code : Locale.getISOLanguages()) {
			try (InputStream in = Languages.class.getResourceAsStream("languages/" + code + ".properties")) {
				if (in != null) {
					Properties properties = new Properties();
					try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
						properties.load(reader);
					}
					files.put(code, properties);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the language file for " + code, ex);
			}
		}
		return Collections.unmodifiableMap(files);
	}

}
