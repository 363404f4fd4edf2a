package io.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: each module declares the modules it may depend on
 * and depends on no other, nothing reaches into another module's internals, and no module
 * reads or writes another module's tables in SQL or JPQL, where the compiler cannot see
 * the dependency.
 */
class ModularityTests {

	private static final Path SOURCES = Path.of("src/main/java/io/broadsheet");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	// The word after one of these in a statement names a table (SQL) or an entity (JPQL).
	private static final Pattern TABLE_REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private final ApplicationModules modules = ApplicationModules.of(BroadsheetApplication.class);

	@Test
	void modulesDependOnlyOnTheModulesTheyDeclareAndOnlyThroughTheirApi() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresTheModulesItMayDependOn() throws ClassNotFoundException {
		for (ApplicationModule module : this.modules) {
			Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
			org.springframework.modulith.ApplicationModule declaration = packageInfo
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			assertThat(declaration).as("@ApplicationModule on %s", module.getBasePackage().getName()).isNotNull();
			assertThat(declaration.allowedDependencies())
				.as("allowedDependencies of %s", module.getIdentifier().toString())
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
		}
	}

	@Test
	void everyTableBelongsToTheModuleItIsNamedAfter() {
		Set<String> moduleNames = moduleNames();
		assertThat(tables()).isNotEmpty()
			.allSatisfy((table) -> assertThat(moduleNames).as("the module owning table %s", table)
				.contains(ownerOfTable(table)));
	}

	@Test
	void noModuleReadsOrWritesAnotherModulesTables() {
		Map<String, String> ownerByTable = new LinkedHashMap<>();
		tables().forEach((table) -> ownerByTable.put(table, ownerOfTable(table)));
		Map<String, String> ownerByEntity = entities();
		List<String> trespasses = new ArrayList<>();
		for (String module : moduleNames()) {
			for (Path file : javaFiles(SOURCES.resolve(module))) {
				for (String literal : stringLiterals(read(file))) {
					Matcher reference = TABLE_REFERENCE.matcher(literal);
					while (reference.find()) {
						String name = reference.group(1);
						String owner = ownerByTable.getOrDefault(name.toLowerCase(Locale.ROOT),
								ownerByEntity.get(name));
						if (owner != null && !owner.equals(module)) {
							trespasses.add("%s (module %s) uses %s, which module %s owns: %s"
								.formatted(SOURCES.relativize(file), module, name, owner, literal.strip()));
						}
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	@Test
	void findsTableReferencesInTextBlocksAndStringsButNotInComments() {
		List<String> literals = stringLiterals("""
				// "from author" in a comment
				/* "delete from author" in another */
				String a = "select id from author where name = 'x\\"y'";
				String b = \"\"\"
						merge into author using (select 1)
						\"\"\";
				char c = '"';
				""");
		assertThat(literals).hasSize(2);
		assertThat(literals).allSatisfy((literal) -> assertThat(TABLE_REFERENCE.matcher(literal).find()).isTrue());
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

	private Set<String> moduleNames() {
		Set<String> names = new TreeSet<>();
		this.modules.forEach((module) -> names.add(module.getIdentifier().toString()));
		return names;
	}

	// article_body belongs to article, corpus_version to corpus.
	private static String ownerOfTable(String table) {
		int separator = table.indexOf('_');
		return (separator > 0) ? table.substring(0, separator) : table;
	}

	private static Set<String> tables() {
		Set<String> tables = new TreeSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			Matcher create = CREATE_TABLE.matcher(read(migration));
			while (create.find()) {
				tables.add(create.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	// JPQL names entities: each belongs to the module its class is in.
	private static Map<String, String> entities() {
		Map<String, String> ownerByEntity = new LinkedHashMap<>();
		for (Path file : javaFiles(SOURCES)) {
			if (read(file).contains("@Entity")) {
				String entity = file.getFileName().toString().replace(".java", "");
				ownerByEntity.put(entity, SOURCES.relativize(file).getName(0).toString());
			}
		}
		return ownerByEntity;
	}

	// The contents of string literals and text blocks, skipping comments and characters.
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = endOf(source, "\n", i + 2);
			}
			else if (source.startsWith("/*", i)) {
				i = endOf(source, "*/", i + 2);
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = (end >= 0) ? end : source.length();
				literals.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				StringBuilder literal = new StringBuilder();
				i++;
				while (i < source.length() && source.charAt(i) != quote) {
					if (source.charAt(i) == '\\' && i + 1 < source.length()) {
						i++;
					}
					literal.append(source.charAt(i));
					i++;
				}
				i++;
				if (quote == '"') {
					literals.add(literal.toString());
				}
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int endOf(String source, String terminator, int from) {
		int end = source.indexOf(terminator, from);
		return (end >= 0) ? end + terminator.length() : source.length();
	}

	private static List<Path> javaFiles(Path directory) {
		return files(directory, ".java");
	}

	private static List<Path> files(Path directory, String extension) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter((file) -> file.toString().endsWith(extension)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
