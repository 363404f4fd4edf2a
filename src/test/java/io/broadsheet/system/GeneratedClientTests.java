package io.broadsheet.system;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.client.ApiClient;
import io.broadsheet.client.ApiException;
import io.broadsheet.client.api.ArticlesApi;
import io.broadsheet.client.model.ArticleDetail;
import io.broadsheet.client.model.ArticleSummary;
import io.broadsheet.client.model.AuthorRef;
import io.broadsheet.client.model.PagedModelArticleSummary;
import io.broadsheet.client.model.ParameterError;
import io.broadsheet.client.model.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A Java client generated from the committed {@code openapi.yaml} (by openapi-generator's
 * {@code native} library, in {@code generate-test-sources}) works against the running
 * application: the contract is usable as published.
 */
@BroadsheetIntegrationTest
class GeneratedClientTests {

	private static final String TITLE = "Lavrov’s Yerevan Visit: Crisis Management, Not Alliance Revival";

	@LocalServerPort
	private int port;

	private ArticlesApi articles;

	private ApiClient client;

	@BeforeEach
	void connect() {
		this.client = new ApiClient();
		this.client.updateBaseUri("http://127.0.0.1:" + this.port);
		this.articles = new ArticlesApi(this.client);
	}

	@Test
	void listsArticlesByAuthor() throws ApiException {
		PagedModelArticleSummary page = this.articles.listArticles(null, List.of("Tigran Grigoryan"), null, null, null,
				null, null, null, null, null, null);
		assertThat(page.getContent()).extracting(ArticleSummary::getTitle).containsExactly(TITLE);
		assertThat(page.getContent().get(0).getAuthors()).extracting(AuthorRef::getId)
			.containsExactly("tigran-grigoryan");
		assertThat(page.getPage().getTotalElements()).isEqualTo(1);
	}

	@Test
	void readsOneArticle() throws ApiException {
		String id = this.articles.listArticlesByAuthor("tigran-grigoryan", null, null, null)
			.getContent()
			.get(0)
			.getId();
		ArticleDetail article = this.articles.getArticle(id);
		assertThat(article.getId()).isEqualTo("000_a9e816bf096b0a86");
		assertThat(article.getTitle()).isEqualTo(TITLE);
		assertThat(article.getSourceFile()).isEqualTo("000_a9e816bf096b0a86.txt");
		assertThat(article.getBody()).startsWith("Russian Foreign Minister Sergey Lavrov");
	}

	@Test
	void readsProblemsAsDocumented() throws Exception {
		ApiException notFound = catchThrowableOfType(ApiException.class, () -> this.articles.getArticle("unknown"));
		assertThat(notFound.getCode()).isEqualTo(404);
		ProblemDetail problem = this.client.getObjectMapper()
			.readValue(notFound.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getTitle()).isEqualTo("Article not found");

		ApiException badRequest = catchThrowableOfType(ApiException.class, () -> this.articles.listArticles(null, null,
				"2025-13", null, null, null, null, null, null, null, null));
		assertThat(badRequest.getCode()).isEqualTo(400);
		ProblemDetail invalid = this.client.getObjectMapper()
			.readValue(badRequest.getResponseBody(), ProblemDetail.class);
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getErrors()).extracting(ParameterError::getParameter).containsExactly("date");
		assertThat(invalid.getErrors()).extracting(ParameterError::getRejectedValue).containsExactly("2025-13");
	}

}
