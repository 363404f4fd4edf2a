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
 * Gives every test application context an empty schema of its own when the tests run on
 * PostgreSQL ({@code ./mvnw verify -Ppostgres}), dropped when the context closes. On H2
 * each {@code @DataJpaTest} gets a new embedded database; without this, on one shared
 * PostgreSQL database a test that empties the store would empty it under the
 * {@code @SpringBootTest} context too, and counts would depend on the order the classes
 * ran in. With it, tests see the same clean state on both databases and need not know
 * which one they run on. Does nothing when {@code spring.datasource.url} is not a
 * PostgreSQL one.
 */
class PostgresSchemaPerContext implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new SchemaPerContext();
	}

	// Equal to every other instance, so that it never splits the context cache.
	private record SchemaPerContext() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			String url = environment.getProperty("spring.datasource.url", "");
			if (!url.startsWith("jdbc:postgresql:")) {
				return;
			}
			String username = environment.getProperty("spring.datasource.username");
			String password = environment.getProperty("spring.datasource.password");
			String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			execute(url, username, password, "create schema " + schema);
			String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
			environment.getPropertySources()
				.addFirst(
						new MapPropertySource("postgresSchemaPerContext", Map.of("spring.datasource.url", schemaUrl)));
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					execute(url, username, password, "drop schema if exists " + schema + " cascade");
				}
			});
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
