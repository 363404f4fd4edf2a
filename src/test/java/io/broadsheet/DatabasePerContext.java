package io.broadsheet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a store of its own: an empty schema when the tests
 * run on PostgreSQL ({@code ./mvnw verify -Ppostgres}), dropped when the context closes,
 * and an in-memory H2 database of its own name otherwise ({@code @DataJpaTest} already
 * gets a new embedded one). Without this, contexts with different corpora (the bundled
 * one, {@code HostileCorpusTests}' folder) would sync one shared store in turn, and what
 * a test sees would depend on the order the classes ran in. Does nothing for other URLs
 * (a file-mode H2 store a test chose on purpose).
 */
class DatabasePerContext implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new SchemaPerContext();
	}

	private static final String H2_MEMORY = "jdbc:h2:mem:";

	// Equal to every other instance, so that it never splits the context cache.
	private record SchemaPerContext() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			String url = environment.getProperty("spring.datasource.url", "");
			if (url.startsWith(H2_MEMORY)) {
				// jdbc:h2:mem:<name>;<settings>: another name, the same settings.
				int settings = url.indexOf(';');
				useUrl(environment, H2_MEMORY + uniqueName() + ((settings >= 0) ? url.substring(settings) : ""));
				return;
			}
			if (!url.startsWith("jdbc:postgresql:")) {
				return;
			}
			String username = environment.getProperty("spring.datasource.username");
			String password = environment.getProperty("spring.datasource.password");
			String schema = uniqueName();
			execute(url, username, password, "create schema " + schema);
			useUrl(environment, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					execute(url, username, password, "drop schema if exists " + schema + " cascade");
				}
			});
		}

		private static String uniqueName() {
			return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		}

		private static void useUrl(ConfigurableEnvironment environment, String url) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("databasePerContext", Map.of("spring.datasource.url", url)));
		}

		private static void execute(String url, String username, String password, String sql) {
			try (Connection connection = DriverManager.getConnection(url, username, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
			}
		}

	}

}
