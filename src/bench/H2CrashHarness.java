import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Whether an H2 file store recovers from a SIGKILL with every transaction whole. Run by
 * src/bench/h2-crash.sh, which kills the writer and checks the store after each kill.
 * <p>
 * {@code write DB}: writes batches like the corpus sync, each one transaction: BATCH
 * articles (two secondary indexes besides the primary key) and their bodies (REPEAT × 30
 * characters), and now and then first deletes an earlier batch as an update does; prints
 * "committed N" after each commit, until killed.
 * <p>
 * {@code check DB}: prints OK when the table counts, each index walked in its own order,
 * and the bodies agree and every stored batch is whole; BROKEN with the counts otherwise
 * (rows; rows via the newest-first index, the title index, the primary key; bodies;
 * bodies without article; articles without body; batches not whole); EMPTY when no table
 * survived the kill.
 */
public class H2CrashHarness {

	private static final int BATCH = Integer.getInteger("batch", 500);

	private static final int REPEAT = Integer.getInteger("repeat", 100);

	// H2's settings at open, appended to the URL (e.g. ";AUTO_COMPACT_FILL_RATE=0").
	private static final String SETTINGS = System.getProperty("settings", "");

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[1] + SETTINGS, "sa", "")) {
			if (args[0].equals("write")) {
				write(connection);
			}
			else {
				check(connection);
			}
		}
	}

	private static void write(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists article (id varchar(255) primary key, published_date date,"
					+ " title varchar(1000), batch int not null, ingested_at timestamp with time zone not null)");
			statement.execute("create index if not exists article_newest_first_idx"
					+ " on article (published_date desc nulls last, id)");
			statement.execute("create index if not exists article_title_idx on article (title asc nulls last, id)");
			statement.execute("create table if not exists article_body (article_id varchar(255) primary key"
					+ " references article (id) on delete cascade, body varchar not null)");
		}
		connection.setAutoCommit(false);
		int batch = (int) count(connection, "select coalesce(max(batch), 0) from article");
		Random random = new Random();
		String text = "Paragraph text of an article. ".repeat(REPEAT);
		PreparedStatement delete = connection.prepareStatement("delete from article where batch = ?");
		PreparedStatement article = connection
			.prepareStatement("insert into article values (?, ?, ?, ?, current_timestamp)");
		PreparedStatement body = connection.prepareStatement("insert into article_body values (?, ?)");
		while (true) {
			batch++;
			if (batch > 3 && random.nextInt(4) == 0) {
				delete.setInt(1, random.nextInt(batch - 1) + 1);
				delete.executeUpdate();
			}
			for (int i = 0; i < BATCH; i++) {
				String id = "a-" + batch + "-" + i;
				article.setString(1, id);
				article.setObject(2, LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)));
				article.setString(3, "Headline " + random.nextInt());
				article.setInt(4, batch);
				article.addBatch();
				body.setString(1, id);
				body.setString(2, text + id);
				body.addBatch();
			}
			article.executeBatch();
			body.executeBatch();
			connection.commit();
			System.out.println("committed " + batch);
		}
	}

	private static void check(Connection connection) throws SQLException {
		if (count(connection, "select count(*) from information_schema.tables where table_name = 'ARTICLE_BODY'") == 0) {
			System.out.println("EMPTY");
			return;
		}
		String[] queries = { "select count(*) from article",
				"select count(*) from (select id from article order by published_date desc nulls last, id)",
				"select count(*) from (select id from article order by title asc nulls last, id)",
				"select count(*) from (select id from article where id >= '' order by id)",
				"select count(*) from article_body",
				"select count(*) from article_body b where not exists (select 1 from article a where a.id = b.article_id)",
				"select count(*) from article a where not exists (select 1 from article_body b where b.article_id = a.id)",
				"select count(*) from (select batch from article group by batch having count(*) <> " + BATCH + ")" };
		List<Long> counts = new ArrayList<>();
		for (String query : queries) {
			try {
				counts.add(count(connection, query));
			}
			catch (SQLException ex) {
				System.out.println("ERROR " + ex.getMessage());
				counts.add(-1L);
			}
		}
		long rows = counts.get(0);
		boolean whole = counts.subList(1, 5).stream().allMatch((count) -> count == rows)
				&& counts.subList(5, 8).stream().allMatch((count) -> count == 0);
		System.out.println((whole ? "OK " : "BROKEN ") + counts);
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

}
