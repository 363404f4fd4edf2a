package io.broadsheet.corpus;

import java.net.http.HttpResponse;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.StatementCounter;
import io.broadsheet.support.LoopbackHttp;
import io.broadsheet.system.CorpusChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers are computed once per corpus revision: a repeated request neither queries the
 * store nor opens a transaction, and a new revision (the end of a sync) makes the next
 * request query again.
 */
@BroadsheetIntegrationTest
@Tag("database")
class AnswerCachingTests {

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private CorpusRevision revision;

	@Autowired
	private StatementCounter statements;

	@ParameterizedTest
	@ValueSource(strings = { "/articles?author=Tigran%20Grigoryan&size=7&sort=title",
			"/articles?date=2025&size=7&sort=title", "/articles/002_62ce8fa616d42fc4",
			"/authors?size=7&sort=articleCount,desc", "/dates?granularity=day" })
	void aRepeatedRequestIsAnsweredWithoutTheStoreUntilTheNextRevision(String path) throws Exception {
		renewRevision();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statements.reset();
		HttpResponse<String> first = get(path);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(this.statements.count()).as("statements of the first request").isPositive();

		statistics.clear();
		this.statements.reset();
		HttpResponse<String> repeated = get(path);
		assertThat(repeated.body()).isEqualTo(first.body());
		assertThat(repeated.headers().firstValue("X-Total-Count"))
			.isEqualTo(first.headers().firstValue("X-Total-Count"));
		assertThat(this.statements.count()).as("statements of the repeated request").isZero();
		assertThat(statistics.getSessionOpenCount()).as("sessions opened by the repeated request").isZero();

		renewRevision();
		this.statements.reset();
		assertThat(get(path).body()).isEqualTo(first.body());
		assertThat(this.statements.count()).as("statements after a new revision").isPositive();
	}

	// What the end of a sync does; the same version, so that other tests' validators
	// hold.
	private void renewRevision() {
		CorpusChanged current = this.revision.current();
		this.revision.update(current.version(), current.changedAt());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return LoopbackHttp.get(this.port, path);
	}

}
