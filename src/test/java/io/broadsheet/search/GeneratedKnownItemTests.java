package io.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.broadsheet.article.ArticleStore;
import io.broadsheet.article.FieldOrigin;
import io.broadsheet.article.IngestedArticle;
import io.broadsheet.article.StoredArticle;
import io.broadsheet.article.StoredArticlesToIndex;
import io.broadsheet.article.Traced;
import io.broadsheet.author.AuthorStore;
import io.broadsheet.extract.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known-item search on a generated corpus whose articles share one small vocabulary, so
 * that every title word and most phrases occur in many articles: only ranking tells them
 * apart.
 */
@DataJpaTest
@Tag("database")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ ArticleStore.class, AuthorStore.class, StoredArticlesToIndex.class })
class GeneratedKnownItemTests {

	private static final int ARTICLES = 600;

	private static final String[] VOCABULARY = ("minister visit talks border peace treaty region security "
			+ "economy trade energy pipeline election government parliament opposition protest army "
			+ "ceasefire negotiation sanctions alliance summit capital president agreement corridor "
			+ "railway investment crisis reform court journalist report analysis history future")
		.split(" ");

	private static final String[] PLACES = { "Armenia", "Georgia", "Azerbaijan", "Yerevan", "Tbilisi", "Baku", "Moscow",
			"Ankara", "Tehran", "Brussels" };

	@Autowired
	private ArticleStore store;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ArticlesToIndex source;

	@TempDir
	private Path indexPath;

	private ArticleIndex index;

	@AfterEach
	void emptyStore() throws IOException {
		this.index.destroy();
		this.store.delete(this.store.findAllStored().stream().map(StoredArticle::id).toList());
	}

	@Test
	void findsEachGeneratedArticleByItsTitleAndByAPhraseOfItsBody() throws IOException {
		Random random = new Random(12);
		List<IngestedArticle> contents = new ArrayList<>();
		FieldOrigin line1 = new FieldOrigin(Source.TEXT, 1);
		for (int i = 0; i < ARTICLES; i++) {
			String title = words(random, 4 + random.nextInt(5));
			StringBuilder body = new StringBuilder();
			for (int paragraph = 0; paragraph < 5; paragraph++) {
				body.append(words(random, 40 + random.nextInt(40))).append(".\n\n");
			}
			String id = String.format("gen-%04d", i);
			contents.add(new IngestedArticle(id, id + ".txt", "hash-" + id, null, new Traced<>(title, line1), List.of(),
					line1, Traced.unknown(), Traced.unknown(), Traced.unknown(), body.toString().strip(), 0, null));
		}
		for (int start = 0; start < contents.size(); start += 200) {
			this.store.store(contents.subList(start, start + 200), Instant.now());
		}
		this.index = new ArticleIndex(this.source, new IndexLocation(this.indexPath, false));
		this.index.catchUp("generated");

		KnownItemSearch.Result result = KnownItemSearch.evaluate(this.jdbc, this.index);
		System.out.println("Known-item search on a generated corpus: " + result);
		assertThat(result.titleQueries()).isGreaterThan(ARTICLES * 9 / 10);
		assertThat(result.titleMrr()).as("title MRR; misses: %s", result.misses()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.phraseTop3()).as("phrase top 3; misses: %s", result.misses()).isGreaterThanOrEqualTo(0.95);
	}

	private static String words(Random random, int count) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			words.add((random.nextInt(6) == 0) ? PLACES[random.nextInt(PLACES.length)]
					: VOCABULARY[random.nextInt(VOCABULARY.length)]);
		}
		String text = String.join(" ", words);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
