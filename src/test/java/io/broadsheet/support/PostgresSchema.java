package io.broadsheet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An empty schema of its own on the PostgreSQL the build gives the tests
 * ({@code spring.datasource.*} system properties, set by {@code -Ppostgres}), for tests
 * that start replicas of the application against one database. {@link #close()} drops it.
 */
public final class PostgresSchema implements AutoCloseable {

	private final String name;

	private final String url;

	private final String username;

	private final String password;

	private PostgresSchema(String name, String url, String username, String password) {
		this.name = name;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	/**
	 * Creates the schema anew, or skips the calling test when the build gives it no
	 * PostgreSQL.
	 * @param name the schema's name, one per test class
	 * @param test the test's name, for the message that says why it was skipped
	 * @return the empty schema
	 * @throws SQLException when the database refuses
	 */
	public static PostgresSchema createOrSkip(String name, String test) throws SQLException {
		String url = System.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			String reason = test + " skipped: it needs PostgreSQL. Start one with .ci/postgres.sh and run "
					+ "./mvnw verify -Ppostgres";
			// Failsafe counts a skipped test but does not print why.
			System.out.println(reason);
			assumeTrue(false, reason);
		}
		PostgresSchema schema = new PostgresSchema(name, url, System.getProperty("spring.datasource.username", ""),
				System.getProperty("spring.datasource.password", ""));
		schema.execute("drop schema if exists " + name + " cascade", "create schema " + name);
		return schema;
	}

	/** The schema's name, to qualify tables in SQL. */
	public String name() {
		return this.name;
	}

	/** The JDBC URL an application uses to keep its tables in this schema. */
	public String applicationUrl() {
		return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + this.name;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	/** A connection to the database (not bound to the schema: qualify its tables). */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	/** Runs each statement in turn. */
	public void execute(String... statements) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		execute("drop schema if exists " + this.name + " cascade");
	}

}
