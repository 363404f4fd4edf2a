package io.broadsheet.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.broadsheet.extract.eval.ExtractionScorer.Scores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor's quality gate on files it was not written beside, labelled before the
 * extractor ran on them, one set of floors per folder under this project's test
 * resources:
 * <ul>
 * <li>{@code multilingual-blind/}: 33 files in 22 languages in the shapes scraped pages
 * take (menus and kickers above the headline, a deck under it, wire datelines, published
 * and updated pairs, numeric dates, bylines at the end, two authors joined by the
 * language's "and", captions, teasers inside the text, tags, copyright lines and comment
 * prompts after it). Blind, round robust22 measured body F1 0.920 (precision 0.868),
 * title 0.879, authors 1.0/0.731, date accuracy 0.909; its rules reached body F1 0.952,
 * title 0.939, authors 1.0/0.75, date accuracy 0.970, date precision 1.0, and round
 * blind23's body F1 0.960 (precision 0.927) and authors recall 0.769; round title27's
 * headline over its deck, title 1.0.</li>
 * <li>{@code multilingual-blind2/}: 34 files in 25 languages, in kinds of page and
 * writers' habits the first set lacks (blog posts, press releases, a listicle, live
 * blogs, interviews, an opinion piece with a bio, breadcrumbs and reading times, dates in
 * other forms and calendars, bylines of two or three names, tags and share lines in every
 * language). Blind, round blind23 measured body F1 0.945 (precision 0.896), title 0.853,
 * authors 0.943/0.75, date accuracy 0.765, date precision 1.0; its rules reached body F1
 * 0.958 (precision 0.921), title 0.882, authors 0.951/0.886, date accuracy 0.882, date
 * precision 1.0; round lang24's labels of a language's own (Swahili's "Na", Tagalog's
 * "at" between two names), the Taiwanese reporter's line and the date of a page's address
 * line: authors 1.0/0.977, date accuracy 0.941; round body28's organisation and paywall
 * boxes under the text, body F1 0.967 (precision 0.936).</li>
 * <li>{@code multilingual-blind3/}: 25 whole pages in 23 languages, 10 of them not in
 * Latin script, as a scraper saves them: 30-79 lines of menus, language switchers, cookie
 * banners, tickers and breadcrumbs before the headline, captions and teasers inside the
 * text, share, tags, related articles, comments and a footer after it. Blind, round
 * lang24 measured body F1 0.820 (precision 0.838, recall 0.803), title 0.84, authors
 * 0.833/0.69, date accuracy 0.88, date precision 1.0; its rules reached authors
 * 0.923/0.828 and date accuracy 0.92, the rest unchanged; round loc26's locator (teasers
 * and credited captions between paragraphs, sentences of more scripts, Hangul's length)
 * body F1 0.922 (precision 0.921), title 0.92, and on the other two sets body F1 0.966
 * (precision 0.935) and title 0.912; round title27's headline over its deck, title 0.96;
 * round body28's photo labels of the language files (Arabic, and Hindi's with its vowel
 * signs), body F1 0.944 (precision 0.951).</li>
 * <li>{@code multilingual-blind4/}: 25 whole pages, 10 English from ten kinds of site and
 * 15 in other languages, in shapes the third set lacks: comment threads, pull quotes,
 * numbered image galleries, live-blog timestamps, bare-name bylines, two and three
 * authors, updated dates, related lists with dates, consent walls and paywall teasers.
 * Blind, round blind26 measured body F1 0.885 (precision 0.841, recall 0.934), title
 * 0.88, authors 0.935/0.829, date accuracy 1.0, date precision 1.0; round title27's
 * headline over its deck (a shape it shares with the first and third sets) raised its
 * title to 0.92, and round body27's rules (pull quotes, numbered galleries, captions
 * credited after their text, counted comments) its body F1 to 0.955 (precision 0.944,
 * recall 0.966), and the third set's body F1 to 0.939 (precision 0.943); round body28's
 * organisation and paywall boxes under the text, body F1 0.963 (precision 0.961); round
 * title54b's writer's bare name over a job, weighed as a byline under the opinion
 * column's headline, title 0.96.</li>
 * <li>{@code multilingual-blind5/}: 25 whole pages, 10 English from kinds of site the
 * others lack (wire agency, regional weekly, science magazine, company newsroom, charity
 * report, recipe feature, music review, legal news, travel piece, newsletter archive) and
 * 15 in other languages, with page-title lines, bylines before, after and below the text,
 * agency credits, Thai Buddhist-era and Persian solar dates, galleries, pull quotes,
 * paywalls, comments, cookie walls and footers. Blind, round blind27 measured body F1
 * 0.938 (precision 0.937, recall 0.939), title 0.96, authors 1.0/0.828, date accuracy
 * 0.96, date precision 1.0. No rule has been written against it yet: after rounds title27
 * and body27 merged, body F1 0.956 (precision 0.970, recall 0.942), the rest unchanged, a
 * held-out measure of body27's rules. Round body28's organisation and paywall boxes under
 * the text: body F1 0.961 (precision 0.981). Round date28's weekday of a day-first
 * language ("Thứ hai, 9/6/2025") raised its date accuracy to 1.0, the first set's to 1.0
 * and the third's to 0.96 (a Vietnamese page each). Round auth28 wrote the first rules
 * against its authors misses (signatures under the text, "Reviewed by"): authors
 * 1.0/0.931; the first set's authors recall reached 0.827 and the third set's authors
 * 0.964/0.931.</li>
 * <li>{@code multilingual-blind6/}: 13 English whole pages from kinds of site the others
 * have least of (a national long read with a most-viewed list between its paragraphs, a
 * local TV station, a match report with line-ups, an obituary, an opinion column, a
 * Q&amp;A interview, a podcast transcript, university news, a blog post with code lines,
 * a fact-check, a newsletter post, a print-version page, an "Ask the expert" forum page),
 * 6 whole pages and 6 article-shaped files in other languages; two pages without a date,
 * three without an author. Blind, round blind28 measured body F1 0.954 (precision 0.924,
 * recall 0.985), title 0.88, authors 0.95/0.792, date accuracy 0.826, date precision
 * 0.95. After rounds body28, auth28, date28 and speed28 merged (and the review's mends),
 * held out, body F1 0.957 and date accuracy 0.87, the rest unchanged. Round meta29 wrote
 * rules against its named author and date misses (no longer held out): authors
 * 0.958/0.958, date accuracy 0.913, date precision 1.0. Round head29 wrote two title
 * rules against its Arabic and obituary pages (a date line under a byline, an obituary's
 * "Published in … on …." sentence): title 0.96.</li>
 * <li>{@code multilingual-blind7/}: 13 English whole pages from kinds of site the others
 * have least of (a live blog with a key-events list, a recipe page with its card, a
 * product review with verdict and pros-and-cons boxes, a book review, a press release on
 * a wire site, a wire story reprinted by a regional paper, a county's news release, a
 * markets wrap behind a paywall, an FAQ explainer with an author box, a celebrity page
 * with a gallery, a crime brief, a 1,450-word science feature with figure captions, a
 * travel guide in list sections), 6 whole pages in cs hu el zh he ro and 6 article-shaped
 * files in da fi uk hi hr sk; two pages without a date, four without an author. Blind,
 * round blind29 measured body F1 0.908 (precision 0.914, recall 0.902), title 0.92,
 * authors 1.0/0.76, date accuracy 0.87, date precision 0.952. Round meta30 wrote rules
 * against its Finnish and Chinese bylines: authors 1.0/0.84, body 0.909. Round list30
 * wrote body rules against its lost lists and quotations (no longer held out for the
 * body); with the colon-list rule taken back after review, body F1 0.933, precision
 * 0.925. Round meta31 read the author box the walk up from the page's end stopped short
 * of: authors 1.0/0.88.</li>
 * <li>{@code multilingual-blind8/}: 13 English whole pages from kinds of site the others
 * have least of (a health explainer with a medical reviewer, a court ruling with a case
 * box, an earnings story with a data table, a TV recap behind a spoiler warning, a
 * developing story with an update stamp and a correction note, a syndicated column, an
 * events listing, a letter to the editor, an archived page under a web archive's banner,
 * a how-to in numbered steps with tips, a photo essay whose captions are its text, a
 * match preview with line-ups and odds, a 1,250-word interview in prose), 6 whole pages
 * in lt lv et sl sr ms and 6 article-shaped files in ur ta bn sw is af; two pages without
 * a date, four without an author. Blind, round blind30 measured body F1 0.904 (precision
 * 0.875, recall 0.935), title 0.88, authors 1.0/0.792, date accuracy 0.957, date
 * precision 1.0. Round meta31 wrote rules against its author misses (no longer held out
 * for authors): Slovenian's dual label and "in" kept, the how-to's author box taken back
 * after review; authors 1.0/0.875. Round head31 left the headline (and a menu over it)
 * out of the body where the body was read from the page's top: body F1 0.916 (precision
 * 0.898), and on the second set 0.974 (0.951), on the sixth 0.961 (0.932). Round meta32
 * read its events listing's weekday date under the headline (no longer held out for
 * dates) and its interview's "Words:" credit: authors 1.0/0.917, date accuracy 1.0. Round
 * box34's tables looked past (the earnings story's text under its table): body F1 0.933
 * (precision 0.916).</li>
 * <li>{@code multilingual-blind9/}: 13 English whole pages from kinds of site the others
 * have none or least of (a weather story with a forecast table, a real-estate listing, a
 * city's public-hearing notice, a science story with a study box, a wire story on an
 * aggregator dated only by its "Originally published" note, a blog post with a long
 * comment thread, a guest essay under an editor's note, a live rugby report under its
 * score line, a newsletter issue, an advice column, a timeline explainer, a news obituary
 * with a meter box, a restaurant review), 6 whole pages in az kk hr nb mr sk and 6
 * article-shaped files in gu hy ka lv lt sl; two pages without a date, two without an
 * author. Blind, round blind31 measured body F1 0.918 (precision 0.882, recall 0.956),
 * title 0.88, authors 0.95/0.731, date accuracy 0.87, date precision 0.952. Session 31's
 * merged rounds, held out: body 0.922, authors 0.955/0.808. Round meta32 wrote rules
 * against its author and date misses (no longer held out for them): a weekday date line
 * under the headline, a "More from" list's date, "Review by" and "Live commentary by";
 * authors 0.96/0.923, date accuracy 0.957, date precision 1.0. Round box32 added its
 * teasers' read-also labels and its photo labels to the language files (az kk hr sk sl,
 * hy ka mr): body F1 0.939 (precision 0.917); labels of these and other languages moved
 * the first set to 0.971, the second to 0.976, the third to 0.946, the fourth to 0.965,
 * the seventh to 0.936 and the eighth to 0.921. Round head32's bylines, date lines and
 * roles under a headline low in the header's window (on every set): body F1 0.923
 * (precision 0.893); on the seventh set 0.938 (0.934), the eighth 0.918 (0.902).</li>
 * <li>{@code multilingual-blind10/}: 13 English whole pages from kinds of site the others
 * have none or least of (a football transfer story with a deal box and an embedded post,
 * a crossword blog post whose clue lines are its text, a software release post, a
 * film-festival dispatch with a box and a star rating per film, a local business profile
 * with a sponsor line, a Q&amp;A interview in plain paragraphs under a dotted US date, a
 * court brief by "Court Reporter", a school story with a correction and a clarification
 * under it, a long read in numbered chapters, a car review with a specs box and pros and
 * cons, a book excerpt under an editor's introduction, a chess column with a game's moves
 * and a puzzle, a sponsored post), 6 whole pages in sq mk be uz eu cy and 6
 * article-shaped files in gl mt mn si km am, languages no earlier set has; two pages
 * without a date, three without an author. Blind, round blind32 measured body F1 0.88
 * (precision 0.815, recall 0.955), title 0.84, authors 0.909/0.435, date accuracy 0.696,
 * date precision 0.941. Session 32's merged rounds, held out: body 0.882 (precision
 * 0.819), authors 0.917/0.478, date accuracy 0.739, date precision 0.944. Round qa33's
 * interviews in plain paragraphs (questions and sparse answers kept as text): body F1
 * 0.892 (precision 0.819, recall 0.98). Round lang33 wrote the files of sq cy mt mn km am
 * after reading it; session 33's merged main: body F1 0.903 (precision 0.835), authors
 * 0.938/0.652, date accuracy 0.826. Session 34's detect34 (Maltese told, its "Minn"
 * byline) and month34 (Mongolian's counted month): authors 0.941/0.696, date accuracy
 * 0.87, body F1 0.906 (precision 0.841).</li>
 * <li>{@code multilingual-blind11/}: 13 English whole pages from kinds of site the others
 * have none or least of (an election-night story with results tables between its
 * paragraphs, a fashion edit with "Shop the look" boxes, a parliamentary sketch with a
 * division box, an exhibition review, a product recall whose list of models is its text,
 * a marathon report with a results box, a gardening column with a reader's question, an
 * essay in translation, a readers' editor's column over a corrections box, a
 * rocket-launch story with a launch-window box, a student paper's story by two writers
 * with class years, an auction report with a top-lots box, a livestock market report with
 * a price table), 6 whole pages in bs ga ky ne so zu and 6 article-shaped files in tg ha
 * yo te ml pa, languages no earlier set has (the held-out check of session 33's language
 * files for them); two pages without a date, two without an author. Blind, round blind33
 * measured body F1 0.882 (precision 0.845, recall 0.923), title 0.84, authors 0.846/0.44,
 * date accuracy 0.696, date precision 1.0. Session 33's merged rounds, held out (lang33's
 * files for its languages the main gain): body F1 0.913 (precision 0.885), authors
 * 0.889/0.64, date accuracy 0.739; title unchanged. Round box34, no longer held out
 * (tables parted by bars looked past, shop boxes left out): body F1 0.927 (precision
 * 0.891, recall 0.966), title 0.88. Round byline34 read its English authors' misses (a
 * role in sentence case, "X, readers' editor"; its "X reports from <Place>" was taken
 * back by the review): authors 0.947/0.72. Round month34's month forms (so tg yo): date
 * accuracy 0.87.</li>
 * <li>{@code multilingual-blind12/}: 13 English whole pages from kinds of site the others
 * have none of (a planning-committee report with a vote box and a list of conditions, a
 * charity's appeal with a donation box and a list of what a gift buys, a travel diary
 * whose day headings are its text, a school league-table story by an "Education Desk"
 * with a ranking table, a strike-ballot story with a ballot box, a science press release
 * with a journal block and a media contact, a road-closure story whose detour list is its
 * text, a book-prize shortlist, a festival line-up, a lottery winner with a pull quote,
 * an archive column in dated sections, a pet of the week with a fact box and only a
 * relative stamp, a nature diary signed under its text), 8 whole pages in my ps mt gl am
 * mn km eo and 4 article-shaped files in lo kn eu ht (my lo ps kn in a set for the first
 * time, eo ht with no language file; the Amharic page dated only in the Ethiopian
 * calendar); two pages without a date, two without an author. Blind, round blind34
 * measured body F1 0.853 (precision 0.761, recall 0.969), title 0.96, authors
 * 0.778/0.538, date accuracy 0.522, date precision 0.923. Session 34's merged rounds and
 * the review's mends, held out: body F1 0.859 (precision 0.772), date accuracy 0.565,
 * date precision 0.929; title and authors unchanged. Round head35, no longer held out
 * (the chrome between the page-title line and the headline left out): body F1 0.878
 * (precision 0.802); all of session 35's rounds, which read it: body F1 0.942 (precision
 * 0.91), authors 1.0/1.0, date accuracy 0.87 (none wrong), title 0.96.</li>
 * <li>{@code multilingual-blind13/}: 14 English whole pages from kinds of site the others
 * have none of (a wildlife sighting with only a relative stamp, a police missing-person
 * appeal with a description box, a court sentencing signed "Reporting by" under its text,
 * a food-hygiene round-up whose list of ratings is its text, a council budget explainer
 * whose questions are its subheadings, a club cricket report with a scorecard, a weather
 * warning by a "Weather Desk" with a warning box, a live-updates page under three bare
 * names, a hospital data story with a chart placeholder, a plant closure with a key-facts
 * box, a mountain rescue callout report by "admin", a data-breach story, a museum's
 * acquisition with an object box, a youth football club's match report), 6 whole pages in
 * af is bn ur ta tg (languages with a file but no whole page in a set), whole pages in es
 * (a radio station's site) and pt (a live page), article-shaped files in de fr hr; two
 * pages without a date, three without an author. Blind, round blind35 measured body F1
 * 0.87 (precision 0.813, recall 0.936), title 1.0, authors 1.0/0.815, date accuracy
 * 0.957, date precision 1.0. Session 35's merged rounds and the reviews' mends, held out:
 * body F1 0.903 (precision 0.872), authors recall 0.852; the rest unchanged.</li>
 * <li>{@code multilingual-blind14/}: 14 English whole pages from kinds of site the others
 * have none of (a rail-strike notice whose strike days are its text, a school inspection
 * report with a grades box, a phone launch "Words by" its writer with a specs box, a
 * house-price explainer with question subheadings and a regional table, an airline delay
 * "Story by" its writer with a rights box, a theatre review with a star rating, jobless
 * figures by an "Economics Desk" with a regional table, a zoo birth with only a relative
 * stamp and "Written by" under its text, a council's bin-collection changes with no
 * byline, a scam warning whose update stands before its publication, a game review with a
 * verdict box, a chief executive's resignation by two writers in two places, a racing
 * report with a result box, a library consultation signed under its text), 5 whole pages
 * in ka hy gu pa ml (languages with a file but no whole page in a set), whole pages in id
 * (a regional portal) and de (a Swiss paper), article-shaped files in sk it ko tr; two
 * pages without a date, three without an author. Blind, round blind36 measured body F1
 * 0.938 (precision 0.931, recall 0.945), title 0.96, authors 1.0/0.885, date accuracy
 * 1.0, date precision 1.0.</li>
 * <li>{@code multilingual-blind15/}: 14 English whole pages from kinds of site the others
 * have none of (a charity swim with a totaliser box, a book review with a star rating and
 * a details box, a science study with a key-findings box and a reference line, a festival
 * line-up whose headliners are its text, a road closure by a "News Team" with a
 * closure-times table, a lottery win, a Q&A interview whose questions are its text, a
 * travel piece with getting-there boxes, a planning row by three writers, a gardening
 * column with no date, an obituary with "Last modified" and a born-and-died line, an
 * appeal ruling "Analysis by" its writer, a product recall with a batch table and a
 * byline without "By", a transfer rumour with only a relative stamp), 3 whole pages in te
 * kn ha (languages with a file but no whole page in a set), whole pages in ru (a regional
 * site), zh (a Taiwanese paper), vi (the writer under the text) and es (an agency page),
 * article-shaped files in pt ja ar fr; three pages without a date, three without an
 * author. Blind, round blind37 measured body F1 0.939 (precision 0.903, recall 0.978),
 * title 1.0, authors 1.0/0.92, date accuracy 1.0, date precision 1.0.</li>
 * <li>{@code multilingual-blind16/}: 14 English whole pages from kinds of site the others
 * have none of (a cyclocross report with a result box, a retailer's administration signed
 * by a bare name over its role line, a heatwave alert by two writers in one place, a
 * charity shop's closure with only a relative stamp, a cloud outage by "X | Technology
 * Reporter" with a timeline box, a jury verdict whose counts are its text, a footbridge
 * opening dated only in its footer, an exam results day in August with a grades table, a
 * parish council row with no date and "Words:" under its text, a record-cold story "By
 * Meteorologist" its writer with a records table, an owl rescue, a museum opening on a
 * wire site signed "Reporting by" under its text, a crossword setter's retirement by a
 * "Puzzles team", an island ferry's cuts with a timetable table), 3 whole pages in ht yo
 * si (languages with a file but no whole page in a set), whole pages in ko (an agency's
 * dateline as the only byline), pt (a Brazilian portal), nl (a Flemish paper with a
 * two-digit year) and hi (an agency story with no person), article-shaped files in zh
 * (the print edition's date after the text) fr de it; two pages without a date, three
 * without an author. Blind, round blind38 measured body F1 0.942 (precision 0.912, recall
 * 0.974), title 1.0, authors 0.895/0.68, date accuracy 0.826, date precision 1.0; session
 * 38's rounds, which had not read it, body F1 0.953 and date accuracy 0.87; session 39's
 * rounds, which read it, body F1 0.98 (precision 0.961, recall 0.999), authors
 * 0.958/0.92, date accuracy 1.0.</li>
 * <li>{@code multilingual-blind17/}: 14 English whole pages from kinds of site the others
 * have none of (a pothole campaign by two writers in one place, a lighthouse restoration
 * dated only above its footer, a junior chess congress signed by a bare name over its
 * role line with an ISO date and a results table, a health board's flu-clinic notice by a
 * communications team whose clinic lines are its text, a US library's fines amnesty by "X
 * | e-mail", a flood defence scheme by three writers with "Image source," and "Image
 * caption," lines, a farm's diversification by "Words: X | Pictures: Y", a tram extension
 * consultation whose stops are its text, hospital parking charges with a price table and
 * a numeric date, reservoir levels on a wire site signed "Reporting by X; Writing by Y",
 * a meteor-shower guide "By X published …", a rugby signing on a New Zealand site, a
 * village's pub buyout with no date signed "Report by" under its text, a Christmas lights
 * switch-on with only a relative stamp and a box of timed lines), a whole page in lo (the
 * last language with a file and no whole page in a set), whole pages in sw (no person),
 * tl, fa (a Dari page dated in the Afghan solar months), ar (a Moroccan month), es (a
 * Colombian paper) and tr (a newsroom, no person), article-shaped files in pl ("oprac."
 * under the text), zh (Singapore, "文 /"), uk (only "today") and id; three pages without a
 * date, three without an author. Blind, round blind39 measured body F1 0.944 (precision
 * 0.919, recall 0.971), title 1.0, authors 0.95/0.731, date accuracy 0.864, date
 * precision 1.0; session 39's rounds, which had not read it, moved no page; session 40's
 * rounds, which read it, body F1 0.996 (precision 0.992, recall 1.0), authors
 * 0.958/0.885, date accuracy 1.0.</li>
 * <li>{@code multilingual-blind18/}: 15 English whole pages whose furniture copies the
 * dev pages' kinds and proportions (long menus, cookie lines, "Advertisement" lines,
 * share rows and counts, comment threads, link-heavy footers, and a page with almost no
 * chrome), from kinds of site the others have none of (a burst water main by a news desk,
 * a bus route's withdrawal by "X | <reporting service>" with an at-a-glance box, a dog
 * show on a blog "Posted by X on …", a tree-felling protest by a writer over a social
 * handle, a council's pool reopening dated only under its text, a fibre builder's
 * milestone by "Author:", a government agency's bird-flu zone with "From:" and
 * subheadings in the text, a fire service's warning signed "Written by" under the text, a
 * cinema's closure with only a relative stamp, a startup's round with a funding table, a
 * US wind farm "Updated" above "Published", a venue's licence review dated only in its
 * breadcrumb and signed "Story by", an egg shortage with a price table, a care home's
 * ratings table, a twinning anniversary with no date), whole pages in cy (a language with
 * a file and one earlier whole page), de, fr (a Senegalese site), es (an Argentine
 * paper), nl, vi and sv, article-shaped files in sq, zh (Hong Kong, traditional
 * characters) and ja (the writer in parentheses under the text); two pages without a
 * date, three without a person as author. Blind, round blind40 measured body F1 0.968
 * (precision 0.96, recall 0.976), title 0.96, authors 1.0/0.917, date accuracy 0.957,
 * date precision 1.0; session 40's rounds, which had not read it, body F1 0.972; session
 * 41's rounds, which read it, body F1 0.998 (precision 0.996, recall 0.999), title 1.0,
 * authors 1.0/1.0, date accuracy 1.0.</li>
 * <li>{@code multilingual-blind19/}: 15 English whole pages whose furniture again copies
 * the dev pages' kinds and proportions (long menus, a "Currently Reading" bar, cookie
 * lines, "Advertisement" lines, share rows and counts, comment threads with their own
 * dates, link-heavy footers, and small sites with little chrome), from kinds of site the
 * others have none of (a harbour's dredging plan "Published … | Updated …" on one line, a
 * rare bird on a club's blog, a housing association's repairs backlog by three names
 * without "By" with a repairs table, a theatre's reopening "Written by", a US
 * university's job cuts by "X | <role>", a football club's takeover by a bare name over a
 * handle with "Last modified:", a climbing accident "By X in <place>", a solar farm
 * objection signed "Report by" under the text and dated under its share row, a dental
 * practice by a bare name over a role line with "READ MORE:" teasers, a sinkhole on a US
 * TV station's site by a digital team, a canal trust's ISO-dated post with a list in the
 * text, a coin hoard by two writers, a chargers survey with a table, an allotment list
 * with no date, an ice rink with no byline and no date), whole pages in nb (a language
 * with a file and two earlier pages), it, pt (Portugal), ko, pl and es (a Mexican paper,
 * a bare name over "City / dd.mm.yyyy hh:mm:ss"), article-shaped files in ms (a file and
 * two earlier pages), ru, hi (a desk byline) and de (Switzerland); two pages without a
 * date, three without a person as author. Blind, round blind41 measured body F1 0.969
 * (precision 0.979, recall 0.96), title 0.92, authors 0.958/0.92, date accuracy 1.0, date
 * precision 1.0; session 41's rounds, which had not read it, authors 0.96/0.96 (a bare
 * name over its handle), every body, title and date as before; session 42's rounds, which
 * read it, body F1 0.998 (precision 0.996, recall 1.0), title 1.0, authors 1.0/1.0.</li>
 * <li>{@code multilingual-blind20/}: 15 English whole pages whose furniture again copies
 * the dev pages' kinds and proportions (long menus, cookie and "Advertisement" lines,
 * Canadian "Article content" lines, share rows, comment threads with their own dates,
 * related lists with relative stamps, footers), from kinds of site the others have none
 * of (an Australian paper's "Updated … first published …" line, an Indian paper's news
 * service desk, a Canadian chain paper's "Author of the article:" label, a Nigerian
 * WordPress paper with an excerpt repeating the first paragraph, a sailing magazine's
 * "posted <date> by X", a diocese's news page, a local radio station with a "Now Playing"
 * bar, a games site's layoffs story, a cycling campaign's undated guest post, an MP's
 * constituency site with no byline, a history society's undated newsletter signed under
 * the text, a marine charity's beach clean with a list in the text, a pet magazine's
 * story with a vet reviewer, a farming weekly with a bio, an Irish regional paper's
 * greenway), whole pages in be, uz, bs (each with one earlier file, as mk and ga), fr (a
 * sports site), zh (a mainland portal with "责任编辑"), ja, ar (a Gulf paper's "place - name"
 * byline) and nl, article-shaped files in mk and ga; two pages without a date, three
 * without a person as author. Blind, round blind42 measured body F1 0.939 (precision
 * 0.945, recall 0.933), title 0.96, authors 1.0/0.727, date accuracy 1.0, date precision
 * 1.0; session 42's rounds, which had not read it, body F1 0.943 (precision 0.937, recall
 * 0.949): an Irish page's last paragraphs under a second "Advertisement" line came back
 * with some of its chrome, so the precision floor stands under that; session 43's rounds,
 * which read it, body F1 0.979 (precision 0.972, recall 0.986), title 1.0, authors
 * 1.0/0.864 (a lead and list across a donate box, an excerpt's repeat, a © credit,
 * read-also labels in nl, uz, mk, ar, a Japanese signed paragraph, "Guest post by", a
 * Belarusian credit line, an Uzbek sign-off).</li>
 * <li>{@code multilingual-blind21/}: 15 English whole pages whose furniture copies the
 * dev pages' kinds and proportions (long menus, skip links, cookie and "Advertisement"
 * lines, boxes and teasers between paragraphs, share rows, comment threads and guestbooks
 * with their own dates, related lists with relative stamps, footers), from kinds of site
 * the others have none of (a Scottish island paper's ferry story, a tech blog's funding
 * round with only "2 days ago", an astronomy society's undated, unsigned viewing night, a
 * New Zealand site's "05:00, Dec 04 2026", a small-town weekly's obituary with no author,
 * a nonprofit newsroom's two-author investigation with a bio, a Philippine paper's "By X,
 * Correspondent", a property trade paper's deal box, a Blogger-style knitting post
 * "Posted by Rosie at 8:14 PM", a legal trade site, a Kenyan paper's "By X | Dec 4th
 * 2026", a wine magazine's vintage report, a heritage railway's "Posted in … on … by X",
 * a Singapore paper's "Published … Updated …" lines, a South African "X | News
 * Reporter"), whole pages in no, so, ne (Bikram Sambat and Gregorian on one line), az, es
 * (Argentina), de (an IT news site) and pl, article-shaped files in ky, zu ("NguX") and
 * eo; two pages without a date, two without a person as author. Blind, round blind43
 * measured body F1 0.948 (precision 0.938, recall 0.959), title 1.0, authors 0.909/0.833,
 * date accuracy 0.957, date precision 1.0; session 43's rounds, which had not read it,
 * moved none of its predictions; session 44's rounds, which read it, body F1 0.986
 * (precision 0.975, recall 0.998), authors 1.0/0.958, date accuracy 1.0 (text read across
 * a "Top stories" box and a "Mirá también:" teaser over "Publicidad", a club's and a
 * railway's short tail lines, read-also labels in ky and az, a Kyrgyz date line, Nordic
 * and Somali share words, a Somali month, a Nepali header, "Dela Paz", Zulu "Ngu-",
 * "Posted by X at <time>").</li>
 * <li>{@code multilingual-blind22/}: 15 English whole pages whose furniture copies the
 * dev pages' kinds and proportions again, from kinds of site the others have none of (a
 * Pakistani paper signed "Our Staff Reporter", a Ghanaian site's "X, Contributor", a
 * Jamaican paper's "Published:Thursday | December 3, 2026" over "X/Staff Reporter", a
 * Malaysian paper's "By NAME IN CAPITALS" and a list of districts, a personal finance
 * site's "Written by", "Edited by", "Fact checked by", a Medium-style essay, a hyperlocal
 * site's "Posted … |Updated …", an alumni magazine's profile dated only by its issue, a
 * diocese's unsigned news, a crypto site's price ticker, a shipping trade paper's "X | 02
 * December 2026", a genealogy blog with old dates in the text, an aviation site's route
 * box, a bookshop's undated staff picks, a crowdfunding update), whole pages in kk, et,
 * sq, cy ("03/12/26"), be ("Тэкст:" over "Фота:"), fr (a Senegalese site's "Rédigé par X
 * le Vendredi …") and pt (Portugal), article-shaped files in ps, uz (Cyrillic) and ga;
 * two pages without a date, two without a person as author. Blind, round blind44 measured
 * body F1 0.964 (precision 0.94, recall 0.989), title 1.0, authors 0.944/0.739, date
 * accuracy 0.87, date precision 1.0; session 44's rounds, which had not read it, one body
 * better (0.965); session 45's rounds, which read it, body F1 0.990 (precision 0.981,
 * recall 1.0), authors 1.0/1.0, date accuracy 1.0 (read-also, ad and share words of uz,
 * ga, sq, cy, kk and et, a disclosure box, a paywall prompt after a label, a thank-you
 * over a like count, "X le Vendredi 4 …", "X/Staff Reporter", "Chosen by X, bookseller",
 * "Дайындаған:", "Tuairisc:", "Gohebydd", the Pashto and Albanian dates,
 * "03/12/26").</li>
 * <li>{@code multilingual-blind23/}: 15 English whole pages whose furniture copies the
 * dev pages' kinds and proportions again, from kinds of site the others have none of (a
 * Zambian daily's "By X in Kitwe" and "X says:" comments, a Trinidad paper's name over an
 * email line, a Fijian paper's "X | Labasa", a Bangladeshi daily's "Staff Correspondent,
 * Rajbari", a Sri Lankan paper's "Friday, 4 December 2026 00:00 - - 312", a newsletter
 * platform's post, a beer magazine's "Words by" and "4th December 2026", a hockey
 * league's "Dec. 4, 2026 · 9:42 PM", a golf club's undated course news, a tribal nation
 * paper's "Story and photos by", a space site's bio, a mining trade paper, a law firm's
 * blog with a list, a transit agency's unsigned release, an undated angling report),
 * whole pages in mt, gl, mk, so, lb (a language no set had), es (Chile) and
 * article-shaped files in my, eu, ne and it (Ticino); two pages without a date, two
 * without a person as author. Blind, round blind45 measured body F1 0.967 (precision
 * 0.958, recall 0.976), title 1.0, authors 1.0/0.783, date accuracy 0.957, date precision
 * 1.0; session 45's rounds, which had not read it, authors recall 0.826 (a Nepali writer
 * over his town, once a danda-ended paragraph read as running text) and one body better
 * (0.967, precision 0.959); session 46's rounds, which read it, body F1 1.0, authors
 * 1.0/0.957, date accuracy 1.0 (read-also and ad words of it, lb, my and so, an update
 * stamp naming only a clock, text carried across an ad line and a teaser under a short
 * paragraph, "More news", "Picture by X", a legal notice without a label, "Report by X",
 * "Пишува:", "သတင်း -", a date line ending in a view count).</li>
 * <li>{@code multilingual-blind24/}: 15 English whole pages whose furniture copies the
 * dev pages' kinds and proportions again, six of them with a cookie line, from kinds of
 * site the others have none of (a US local TV station's "By X | Published … CST", a UK
 * regional paper's "By X" over "Trainee Reporter" over "15:32, 4 DEC 2026" and its
 * newsletter box, a tech blog's "by X · Dec 4, 2026, 11:20 AM EST" and "5h" comments, a
 * darts report, a Ugandan daily's "Added 4th December 2026", a Namibian paper's ISO date
 * and "Page no: 4", a Guyana paper's "Filed under", a Hong Kong paper, an undated ski
 * resort's news, an unsigned volcano update, an undated vet's blog with a list, a public
 * radio station's donate prompt and bio, a cruise news site, a Papua New Guinea paper's
 * dated comments, a board game site), whole pages in bs, ht, ky, ha, lb, no (Nynorsk, a
 * paywall prompt), pt (Mozambique) and fr (Côte d'Ivoire, "Par La Rédaction") and
 * article-shaped files in mr and mn; two pages without a date, two without a person as
 * author. Blind, round blind46 measured body F1 0.987 (precision 0.978, recall 0.995),
 * title 0.96, authors 0.909/0.87, date accuracy 1.0, date precision 1.0; session 46's
 * rounds, which had not read it, moved none of its predictions; session 47's rounds,
 * which read it, body F1 1.0, title 1.0, authors 1.0/0.957 (Nynorsk "Les òg:" and its
 * subscription prompt, "Liest och:", "Talla", a donate prompt, "Vum X", a Marathi "X |
 * नाशिक" byline no longer the title, a writer's role no second writer); session 52's,
 * authors recall 1.0 (the Hausa page detected as Hausa, its own "Daga" read).</li>
 * <li>{@code multilingual-blind25/}: 15 English whole pages with longer menus, footers
 * and more chrome between paragraphs, six pages with a cookie line, from kinds of site
 * the others have none of (a business newswire's "NEWS PROVIDED BY" and dateline, a city
 * website's unsigned "News Flash", a university newsroom with a bio, a UK motoring site,
 * a Queensland paper's "Updated … first published", a Saskatchewan paper's "Article
 * content" lines and newsletter box, a Maltese paper in English, an esports site with two
 * writers, an undated tackle shop report, an undated running club report, a pharmacy
 * magazine's paywall, an Irish local radio station, a high school sports site, a Barbados
 * paper's dated comments, an open-source project's release post), whole pages in es
 * (Uruguay, a newsletter prompt), ru (Kazakhstan), yo, tg, mg and so, article-shaped
 * files in zu, eo, xh and am (Ethiopian calendar); two pages without a date, two without
 * a person as author. Blind, round blind47 measured body F1 0.955 (precision 0.935,
 * recall 0.976), title 0.96, authors 0.913/0.808, date accuracy 0.87, date precision 1.0;
 * session 47's rounds, which had not read it, moved none of its predictions; session 48's
 * rounds, which read it, body F1 0.995 (precision 0.99), title 1.0, authors 1.0/1.0, date
 * accuracy 1.0 (the wire release's dateline paragraph and headline, "Advert", "Listen:",
 * a shop's button, the furniture words, bylines and date lines of am, xh, yo, zu, mg, so
 * and tg, a voseo newsletter box).</li>
 * <li>{@code multilingual-blind26/}: 15 English whole pages of the real-news kinds the
 * dev set is full of (a US metro daily's politics story, a wire story on a local TV
 * station's site, a tech news site, a women's hockey league's recap, a UK tabloid, an
 * Indian daily's unsigned "Express News Service" story, a Kenyan daily, a packaging trade
 * magazine, a science news site, a South African paper, a New Zealand daily, a Singapore
 * paper, a public radio station) and two undated ones (a community theatre's news, a
 * trail association's unsigned closure notice), ten with a page-title line in all, four
 * with a cookie line; whole pages in lb, xh (no blank lines), af (unsigned, dated
 * comments), pt (Mozambique), fr (Senegal, a paywall) and it (Ticino, a newsletter
 * prompt), article-shaped files in mg, pa, km and cy (undated). Blind, round blind48
 * measured body F1 0.941 (precision 0.937, recall 0.945), title 1.0, authors 1.0/0.885,
 * date accuracy 1.0, date precision 1.0; session 48's rounds, which had not read it,
 * moved none of its predictions; session 49's rounds, which read it, body F1 0.977
 * (precision 0.965, recall 0.989), authors 1.0/1.0 (the hockey recap's lead above its
 * scoring box, the tabloid's text under a "Read More" teaser, "ALSO READ |", "PHOTO |
 * FILE", the xh, mg and cy read-also labels, "by X, University of Y", mg "Avy amin'i", xh
 * "Ibhaliwe ngu-").</li>
 * <li>{@code multilingual-blind27/}: 15 English whole pages of story kinds no earlier set
 * had (a TV station's ice storm, a Nigerian paper's exchange rates with a rate list, a
 * health news site, a video-game news site, a college athletics recap under a 44-line
 * menu, a local paper's obituary page, a fact-check site, Trinidad, Ugandan and
 * Philippine papers, a food bank's undated appeal, a wildfire story, a Pakistani op-ed
 * with its bio box, a legal trade site's paywall, a weekly's police log), eleven with a
 * page-title line, six with a cookie line, twelve with text after a box or teaser; whole
 * pages in ka, is, lt, bg, es (Peru) and nl (Flanders), article-shaped files in hy, et,
 * si and lv (undated). Blind, round blind49 measured body F1 0.916 (precision 0.882,
 * recall 0.953), title 0.88, authors 0.95/0.905, date accuracy 0.913, date precision 1.0;
 * session 49's rounds, which had not read it, moved none of its predictions; session 50's
 * rounds, which read it, body F1 0.994 (precision 0.996, recall 0.991), title 1.0,
 * authors 1.0/1.0, date accuracy 0.957 (the cookie lines over short articles, the rates'
 * lead above an ad label, the capitals boxes and the line score, the hy, ka and is
 * read-also labels, an obituary's head and date, a teaser's byline over the
 * headline).</li>
 * <li>{@code multilingual-blind28/}: 15 English whole pages of story kinds no earlier set
 * had (an avalanche centre's forecast post, a Bahamian paper's conch closure, a Botswana
 * daily under another story's teaser and byline, a wedding announcement, a bakery closing
 * with dated comments, a Gibraltar paper, an aurora alert, a school district's spelling
 * bee, an Indian film site's box office under a 48-line footer, a Samoan paper's
 * centenary programme, a lifeboat station's rescue, an auction house's undated sale news
 * under a 46-line menu, a water utility's drought rules, a Mauritian cyclone warning, a
 * minor-league team's new name), eight with a page-title line, six with a cookie line,
 * seven with text after a box; whole pages in sl, sr, nb, kk, az and ur, article-shaped
 * files in ta, ml, mr and gu (undated). Blind, round blind50 measured body F1 0.974
 * (precision 0.953, recall 0.996), title 0.92, authors 0.947/0.9, date accuracy 0.957,
 * date precision 1.0; session 50's rounds, which had not read it, body F1 0.983
 * (precision 0.968), authors 1.0/0.95 (two capitals boxes, a teaser's date line, a
 * copyright line, the writer under the headline over a teaser's); session 51's rounds,
 * which read it, body F1 0.996 (precision 0.992, recall 0.999), title 1.0, authors
 * 1.0/1.0, date accuracy 1.0 (the nb head under a consent line in words no file knows,
 * the avalanche post's team line, the wedding's joined names, a US page's slashed date, a
 * role of a field after a byline's comma, a charity's line, the Urdu ad label).</li>
 * <li>{@code multilingual-blind29/}: 15 English whole pages of story kinds no earlier set
 * had (a Falklands weekly's penguin census, a Cayman site's iguana cull under another
 * story's teaser and stamp, a Cook Islands paper's cable fault, a sheriff's office's
 * police dog retiring, a bell-ringers' guild's undated news, a farm weekly's maple syrup
 * price over a 42-line footer, a whale stranding with dated comments, a blood service's
 * appeal, a naturalisation ceremony, a pantomime dame under another story's byline, a
 * shark sighting over a 41-line list, Jersey's undated and unsigned stamp issue, a
 * railway bridge strike, a ballet's children's cast under a 44-line menu, a lionfish
 * derby), nine with a page-title line (en dash, pipe, dash, and a site-first colon), six
 * with a cookie line, six with text after a box, five with a date line in numbers only;
 * whole pages in mg, xh, ps, mn, ht and sq, article-shaped files in kn, te, lo and my.
 * Blind, round blind51 measured body F1 0.987 (precision 0.992, recall 0.982), title
 * 0.96, authors 0.95/0.95, date accuracy 0.957, date precision 1.0; session 51's rounds,
 * which had not read it, body F1 0.995 (recall 0.998: the text under the stamp issue's
 * details box, read by tail51's box of label lines); session 52's rounds, which read it,
 * body F1 1.0, title 1.0, authors 1.0/1.0 (the deck over its headline, the desk credit,
 * the holder-first copyright line, the Mongolian read-also label, the Lao byline, a role
 * after a lower-case byline's comma).</li>
 * <li>{@code multilingual-blind30/}: 15 English whole pages of story kinds no earlier set
 * had (a Bermuda paper's turtle nests, an Orkney meteorite under another story's teaser
 * and stamp, a glacier's retreat with dated comments, a Cornish oyster fishery closed
 * over a 44-line footer, a sheepdog trial under a site-first colon title line, a civic
 * society's undated and unsigned clock restoration, a curling bonspiel over a 41-line
 * list, a council's storm-felled oak, a pipe band under another story's byline, a model
 * railway club's undated exhibition under a 43-line menu, a post office closing, a
 * classic regatta, a coral survey, a tortoise's birthday, a school's robotics team),
 * eight with a page-title line (en dash, pipe, dash and a site-first colon), five with a
 * cookie line, four with text after a box, seven with a date line in numbers only; whole
 * pages in af, az, be, ca, et and lt, article-shaped files in eu, ga, is and ka. Blind,
 * round blind52 measured body F1 0.988 (precision 0.976, recall 1.0), title 0.96, authors
 * 1.0/1.0, date accuracy 0.913, date precision 0.955; session 52's rounds, which had not
 * read it, body F1 0.989 (precision 0.977: the Antigua regatta's copyright line with the
 * sign after the paper's name, read by tail52's holder-first notice); session 53's
 * rounds, which read it, body F1 0.999, title 1.0, date accuracy 1.0 (the council's
 * masthead and header lines, its day-first date by its contact line's domain, the school
 * district's dashed date by its ZIP-less address, the comments under a stamp, the site
 * credit and the address block at the end).</li>
 * <li>{@code multilingual-blind31/}: 15 English whole pages of story kinds no earlier set
 * had (a hedgehog hospital full, with text after a box, a lobster season opening over a
 * 41-line footer, moose collisions under another story's teaser and byline, a truffle
 * tally, a council's tunnel breakthrough under a day-first numeric date, a violin maker
 * under a site-first colon title line, a lawn bowls title, a planetarium reopening, a
 * Roman mosaic under another story's teaser and stamp, an undated accordion festival over
 * a 41-line sponsors footer, a walrus on a slipway, a reindeer herd's calves, an undated
 * and unsigned parish quilt show, a giraffe translocation under a 43-line menu of
 * counties, a record pumpkin with dated comments), eight with a page-title line (en dash,
 * pipe, dash and a site-first colon), five with a cookie line, three with text after a
 * box, seven with a date line in numbers only; whole pages in fi, da, hu, ro, hr and ms,
 * article-shaped files in lv, mt, sl and tl. Blind, round blind53 measured body F1 0.992
 * (precision 0.987, recall 0.997), title 1.0, authors 1.0/1.0, date accuracy 0.957, date
 * precision 1.0; session 53's rounds, which had not read it, date accuracy 1.0 (the
 * council's day-first date read by meta53's day-first domain in its contact line);
 * session 54's rounds, which read it, body F1 1.0 (the newsroom's desk line under its
 * date, the reindeer page's teaser under its share line, the Hungarian and Latvian
 * read-also labels).</li>
 * <li>{@code multilingual-blind32/}: 15 English whole pages of story kinds no earlier set
 * had (a puffin census, with text after a box, a county's snowplows named by students
 * under a numeric date over its department, a platypus back in a creek, with text after a
 * box, a beaver dam under another story's teaser and byline, a district named a dark sky
 * reserve under its media team, a rowing club's undated new boat, a windpump restored
 * under a cookie line, a typewriter shop under a site-first colon title line and another
 * story's teaser and stamp, a cave-aged cheese over a 40-line footer, a wool mill with
 * dated comments, a salmon count under a day-first numeric date, a balloon pilot under a
 * 46-line menu, an undated and unsigned carousel restoration, a kelp harvest with dated
 * comments, a snail-farming cooperative under a 46-line menu and another story's teaser),
 * eight with a page-title line (en dash, pipe, dash and a site-first colon), five with a
 * cookie line, three with text after a box, nine with a date line in numbers only; whole
 * pages in cs, gl, no, bs, mk and uz, article-shaped files in eo, lb, ha and ne. Blind,
 * round blind54 measured body F1 0.985 (precision 0.986, recall 0.983), title 1.0,
 * authors 1.0/0.95, date accuracy 0.957, date precision 1.0; session 54's rounds, which
 * had not read it, body F1 0.987 (precision 0.990: the Czech read-also label
 * {@code Přečtěte si také:}, one of the labels tail54 added in every language); session
 * 55's rounds, which read it, 1.0 on every figure (the platypus page's text under its
 * box, the Karoo cookie sentence, the salmon page's section label and the council's last
 * paragraph, {@code Posted by the Trustees}, Hausa's {@code ga} date, Uzbek's
 * {@code Muallif:}).</li>
 * <li>{@code multilingual-blind33/}: 15 English whole pages of story kinds no earlier set
 * had (an undated thatched longhouse roof under a cookie line, a fire lookout's
 * volunteers under a numeric date over its office, over a 45-line footer, an ice road
 * with photo captions and dated comments, a camel cup by two writers, hot pools reopening
 * with text after a box, a tea estate under a {@code »} title line and another story's
 * teaser and stamp, a stained glass window with dated comments, a tidal pool under its
 * media office, a mural under a 42-line menu with an update note as its last paragraph,
 * an undated and unsigned stone circle survey, a black opal with an amendment note as its
 * last paragraph, mangroves under another story's teaser and byline, a steam locomotive
 * with a photo caption and dated comments, peregrines with text after a box over a
 * 40-line footer, mushroom growers under another story's teaser and stamp), eight with a
 * page-title line (en dash, pipe, dash, {@code »}, {@code ::} and a site-first colon),
 * six with a cookie line, seven with a date line in numbers only; whole pages in bg, sr,
 * kk, yo, zu and hy, article-shaped files in fa, bn, ta and th. Blind, round blind55
 * measured body F1 0.98 (precision 0.969, recall 0.991), title 0.92, authors 1.0/0.913,
 * date accuracy 1.0, date precision 1.0. Held out through session 55, one body moved
 * (better); read by session 56's rounds: 1.0 on every figure.</li>
 * <li>{@code multilingual-blind34/}: 15 English whole pages of story kinds no earlier set
 * had (church bells recast under a cookie line with a pull quote, a fish ladder under a
 * numeric date over its branch with text after a box, a cidery's old orchard under a
 * site-first colon title line and a key points box, an undated and unsigned dry stone
 * walling match under an em dash title line with text after a box, a bookmobile under a
 * numeric date over its outreach office, over a 44-line footer, a cranberry harvest with
 * a correction as its first paragraph and dated comments, an undated and unsigned hurling
 * pitch with dated comments, a rodeo arena under a 40-line menu with a reader poll
 * between paragraphs, a lavender distillery under a partner content label, a dragon boat
 * under a writer's handle, a saffron crop under a translator's line over a 41-line
 * footer, a rhino calf with a sources list, a pottery kiln under another story's teaser
 * and stamp and an ordinal date, a sled dog race as a live page, a letterpress under a
 * more than 2 years old banner), eight with a page-title line (en dash, em dash, pipe,
 * dash and a site-first colon), six with a cookie line, five with a date line in numbers
 * only; whole pages in ky, mg, nb, xh, am and ps, article-shaped files in km, ml, pa and
 * si. Blind, round blind56 measured body F1 0.984 (precision 0.972, recall 0.997), title
 * 0.96, authors 1.0/0.955, date accuracy 1.0, date precision 1.0. Held out through
 * session 56, nothing moved; read by session 57's rounds: 1.0 on every figure.</li>
 * <li>{@code multilingual-blind35/}: 15 English whole pages of story kinds no earlier set
 * had (a church's pipe organ restored with a read-more teaser, canal lock gates under a
 * staff byline with text after a box, over a 41-line footer, a glassblowing studio under
 * a words-and-photos byline with dated comments, a seed library under a listening time
 * with a list under its lead-in, a puppet theatre under a cookie line with a pull quote,
 * a tide gauge's media release under an embargo line with a day-first numeric date, an
 * undated bowling green with dated comments, seagrass replanted with text after a
 * newsletter box, an undated and unsigned morris side, a schooner wreck under a content
 * warning by two writers, a date harvest under a 39-item menu with a Hijri date beside
 * the Gregorian, a kimjang under a dotted numeric date with a note of an AI-assisted
 * translation under the text, a harp maker's apprentice, a bonsai pine moved with text
 * after a box, a forge lit again under published and updated lines), eight with a
 * page-title line (pipe, dash, en dash, em dash and a site-first colon), four with a
 * cookie line, two with a date line in numbers only; whole pages in nn, tg, mt, ht, so
 * and gu, article-shaped files in kn, lo, my and te. Blind, round blind57 measured body
 * F1 0.97 (precision 0.984, recall 0.957), title 0.96, authors 1.0/0.923, date accuracy
 * 0.957, date precision 1.0. Held out through session 57, nothing moved; read by session
 * 58's rounds: 1.0 on every figure but authors recall 0.962.</li>
 * <li>{@code multilingual-blind36/}: 15 English whole pages of story kinds no earlier set
 * had (coracle makers' apprentices under a reporting-from line, an undated sundial with
 * dated comments, a beach hut's record sale by two writers with text after a box, a lace
 * school under a name alone and a Roman-numeral date, an unsigned dovecote, a velodrome
 * with text after a key-dates box, a gondola yard under a byline with an email, a
 * community tapestry over a 41-line footer, umbrella painters with a disclosure note
 * under the text, a ropewalk under a staff byline with a list under its lead-in, a totem
 * pole under a published line, an axeman by two writers with dated comments, an undated
 * bindery with an events list, an undated and unsigned cobbler, a radio telescope under a
 * 38-item menu and a word count), eight with a page-title line (pipe, dash, en dash, em
 * dash and a site-first colon), three with a cookie line, two with a date line in numbers
 * only; whole pages in nn, km, ml, pa and si, article-shaped files in am, kn, lo, my and
 * te. Blind, round blind58 measured body F1 1.0 (precision 1.0, recall 1.0), title 1.0,
 * authors 1.0/0.917, date accuracy 0.909, date precision 1.0. Held out through session
 * 58, nothing moved; read by session 59's rounds: 1.0 on every figure.</li>
 * <li>{@code multilingual-blind37/}: 15 English whole pages of story kinds no earlier set
 * had (a tin mine's beam engine under a "Part 2 of 3" line, a neon bender under a byline
 * with a handle, a snooker hall with a "Born:" box and its byline under the first
 * paragraph, a piano tuner by two writers with a print-edition note, a surfboard shaper
 * with a photo gallery's counters between paragraphs, an undated and unsigned tide mill,
 * a seaweed co-op under a day-first numeric date with its byline under the first
 * paragraph, a toboggan run under updated and published lines and a 50-line footer, an
 * unsigned pigeon race with its results list, cricket bat makers under a byline with
 * pipes and a first-published line at the foot, a signal box signed only at its foot,
 * rickshaw pullers with a box and reader letters, an ice hotel by two writers, a
 * silversmith under an editor's note, an undated lido), fifteen with a page-title line
 * (fourteen of them not the headline), three with a cookie line; whole pages in nn, mr,
 * ur, be, cy and sv (ur's Gregorian date beside the Hijri), article-shaped files in ne,
 * ps, mk and sq. Blind, round blind59 measured body F1 0.979 (precision 0.979, recall
 * 0.979), title 1.0, authors 1.0/0.913, date accuracy 1.0, date precision 1.0. Held out
 * through session 59, nothing moved; read by session 60's rounds: 1.0 on every
 * figure.</li>
 * <li>{@code multilingual-blind38/}: 15 English whole pages of story kinds no earlier set
 * had (a wheelwright under an "Up next:" line and the headline said twice, a taxidermist
 * on a contributor page with the date glued to its time over the headline, the name glued
 * to "Contributor", a caption cut with "[+]" and a "Today In:" block between paragraphs,
 * a lock keeper with a correction appended under a later date, a saddler whose headline
 * stands only in the page-title line, a drive-in dated only "Published 3 hours ago" and
 * in its page-title line, a chimney sweep with a pull quote said again, a net mender
 * signed only in the author box, a clog maker by two writers with roles and "Story
 * continues below advertisement", a barometer restorer with a facts box, an undated and
 * unsigned repair café, a roller rink with advertisement lines, a sign painter with a
 * newsletter box and tags, a pinball arcade dated only at its foot, jeepney painters by
 * two writers and a site, a yodel club with a dates box); whole pages in nn, ky, mn, eu,
 * ga, gl and lb (ky's CLDR year-first date), article-shaped files in tg, yo and zu.
 * Blind, round blind60 measured body F1 0.98 (precision 0.968, recall 0.993), title 1.0,
 * authors 1.0/0.929, date accuracy 0.917, date precision 1.0. Held out through session
 * 60, nothing moved; read by session 61's rounds: body F1 0.989, 1.0 on every other
 * figure.</li>
 * <li>{@code multilingual-blind39/}: 15 English whole pages of story kinds no earlier set
 * had, with bodies three times as long as blind38's and interleaved with boxes, ads, pull
 * quotes, embedded posts, promos and captions (a farrier with a video block between the
 * date line and the text, locksmiths with a stock-ticker table under "Continue Reading
 * Below", a luthier under a byline with a two-digit-year date after a hyphen, a tinsmith
 * on a wire page under a name and its agency and a time-first published line said again
 * at the foot, gas lamplighters with hover-card names glued inside a paragraph, a
 * milliner by two writers with no "By", a tattoo parlour with a whole-sentence promo, an
 * undated charcoal burner with a how-to box, a lifeguard with an embedded post under "See
 * posts :", a tugboat captain by two writers with roles and a quiz box, an undated and
 * unsigned soap maker on a trust's site with donation and volunteer boxes, a perfumer
 * with questions as paragraphs, a knife sharpener dated only by an updated line, a
 * calligrapher with a gallery's counters and an explainer box, a tuk-tuk driver with a
 * related block between paragraphs); whole pages in no, bs, uz, eo, hy, ka and el,
 * article-shaped files in ha, mg and xh. Blind, round blind61 measured body F1 0.93
 * (precision 0.93, recall 0.931), title 0.92, authors 1.0/0.808, date accuracy 1.0, date
 * precision 1.0. Held out through session 61, one page better (body F1 0.931).</li>
 * </ul>
 * The floors are set just under what the rules reached (for a set no rule was written
 * against yet, just under its first, blind score).
 */
class BlindMultilingualQualityGateTests {

	private static final Map<String, Scores> SCORES = new ConcurrentHashMap<>();

	static Stream<Floors> blindSets() {
		return Stream.of(new Floors("multilingual-blind", 33, 0.99, 0.98, 0.90, 0.98, 0.99, 0.99, 0.98),
				new Floors("multilingual-blind2", 34, 0.96, 0.98, 0.99, 0.98, 0.99, 0.98, 0.97),
				new Floors("multilingual-blind3", 25, 0.95, 0.99, 0.99, 0.98, 0.99, 0.98, 0.97),
				new Floors("multilingual-blind4", 25, 0.95, 0.99, 0.94, 0.98, 0.98, 0.97, 0.97),
				new Floors("multilingual-blind5", 25, 0.95, 0.98, 0.99, 0.98, 0.99, 0.97, 0.98),
				new Floors("multilingual-blind6", 25, 0.95, 0.99, 0.95, 0.99, 0.99, 0.97, 0.96),
				new Floors("multilingual-blind7", 25, 0.91, 0.98, 0.95, 0.99, 0.95, 0.97, 0.96),
				new Floors("multilingual-blind8", 25, 0.91, 0.98, 0.95, 0.98, 0.99, 0.95, 0.95),
				new Floors("multilingual-blind9", 25, 0.91, 0.99, 0.96, 0.99, 0.99, 0.96, 0.95),
				new Floors("multilingual-blind10", 25, 0.95, 0.99, 0.86, 0.99, 0.99, 0.97, 0.94),
				new Floors("multilingual-blind11", 25, 0.99, 0.99, 0.87, 0.99, 0.99, 0.98, 0.97),
				new Floors("multilingual-blind12", 25, 0.99, 0.99, 0.99, 0.99, 0.95, 0.96, 0.94),
				new Floors("multilingual-blind13", 25, 0.99, 0.99, 0.96, 0.99, 0.99, 0.98, 0.96),
				new Floors("multilingual-blind14", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.98, 0.98),
				new Floors("multilingual-blind15", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind16", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.98),
				new Floors("multilingual-blind17", 25, 0.99, 0.96, 0.96, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind18", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind19", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind20", 25, 0.99, 0.99, 0.90, 0.99, 0.99, 0.99, 0.98),
				new Floors("multilingual-blind21", 25, 0.99, 0.99, 0.95, 0.99, 0.99, 0.99, 0.98),
				new Floors("multilingual-blind22", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind23", 25, 0.99, 0.99, 0.95, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind24", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind25", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind26", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.97, 0.96),
				new Floors("multilingual-blind27", 25, 0.99, 0.99, 0.99, 0.99, 0.95, 0.99, 0.99),
				new Floors("multilingual-blind28", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind29", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind30", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind31", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind32", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind33", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind34", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind35", 25, 0.99, 0.99, 0.96, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind36", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind37", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99),
				new Floors("multilingual-blind38", 25, 0.99, 0.99, 0.99, 0.99, 0.99, 0.98, 0.98),
				new Floors("multilingual-blind39", 25, 0.91, 0.99, 0.80, 0.99, 0.99, 0.92, 0.92));
	}

	private static Scores scores(Floors set) {
		return SCORES.computeIfAbsent(set.folder(), (folder) -> {
			try {
				Path labels = Path.of(BlindMultilingualQualityGateTests.class
					.getResource("/io/broadsheet/extract/" + folder + "/labels.json")
					.toURI());
				Scores scores = ExtractionEvaluation.of(labels.getParent()).scores();
				System.out.println("Extraction quality on " + folder + ": " + scores.scoreLine());
				return scores;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@ParameterizedTest
	@MethodSource("blindSets")
	void scoresEveryFile(Floors set) {
		assertThat(scores(set).missing()).isZero();
		assertThat(scores(set).files()).isGreaterThanOrEqualTo(set.files());
	}

	@ParameterizedTest
	@MethodSource("blindSets")
	void findsTheHeadline(Floors set) {
		assertThat(scores(set).title()).as("title exact").isGreaterThanOrEqualTo(set.title());
	}

	@ParameterizedTest
	@MethodSource("blindSets")
	void namesTheAuthorsWithoutInventingThem(Floors set) {
		assertThat(scores(set).authorsPrecision()).as("authors precision")
			.isGreaterThanOrEqualTo(set.authorsPrecision());
		assertThat(scores(set).authorsRecall()).as("authors recall").isGreaterThanOrEqualTo(set.authorsRecall());
	}

	@ParameterizedTest
	@MethodSource("blindSets")
	void datesArticlesWithoutGuessing(Floors set) {
		assertThat(scores(set).datePrecision()).as("date precision").isGreaterThanOrEqualTo(set.datePrecision());
		assertThat(scores(set).dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(set.dateAccuracy());
	}

	@ParameterizedTest
	@MethodSource("blindSets")
	void findsTheArticle(Floors set) {
		assertThat(scores(set).bodyF1()).as("body F1").isGreaterThanOrEqualTo(set.bodyF1());
		assertThat(scores(set).bodyPrecision()).as("body precision").isGreaterThanOrEqualTo(set.bodyPrecision());
	}

	/**
	 * One blind set's floors.
	 *
	 * @param folder the set's folder under {@code io/broadsheet/extract/}
	 * @param files how many labelled files it holds at least
	 * @param title exact titles
	 * @param authorsPrecision authors precision
	 * @param authorsRecall authors recall
	 * @param datePrecision right dates among the dates given
	 * @param dateAccuracy right dates among the dated labels
	 * @param bodyF1 body F1
	 * @param bodyPrecision body precision
	 */
	record Floors(String folder, int files, double title, double authorsPrecision, double authorsRecall,
			double datePrecision, double dateAccuracy, double bodyF1, double bodyPrecision) {

		@Override
		public String toString() {
			return this.folder;
		}

	}

}
