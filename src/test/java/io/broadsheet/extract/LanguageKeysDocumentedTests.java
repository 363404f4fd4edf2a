package io.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code en.properties} is where a person adding a language learns what each key means
 * (the README says it documents every key): every key {@link Languages} reads has a
 * comment there that opens with the key's name, whether or not English gives it a value.
 */
class LanguageKeysDocumentedTests {

	@Test
	void everyKeyTheExtractorReadsIsDocumentedInTheEnglishFile() throws IOException, IllegalAccessException {
		String english;
		try (InputStream in = Languages.class.getResourceAsStream("languages/en.properties")) {
			assertThat(in).as("en.properties").isNotNull();
			english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> undocumented = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (Field field : Languages.class.getDeclaredFields()) {
			if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())
					&& Modifier.isFinal(field.getModifiers())) {
				field.setAccessible(true);
				String key = (String) field.get(null);
				if (key.startsWith(".")) {
					// A suffix (".own"), documented with the keys it is appended to.
					continue;
				}
				keys.add(key);
				// A comment line naming the key first, alone or among keys documented
				// together ("# date.ago-before / date.ago-after: …", "# date.months.1
				// …").
				boolean documented = english.lines()
					.filter((line) -> line.startsWith("# "))
					.anyMatch((line) -> line.startsWith("# " + key) || line.contains(" / " + key + ":")
							|| line.contains(" / " + key + " "));
				if (!documented) {
					undocumented.add(key);
				}
			}
		}
		assertThat(keys).as("the keys Languages declares").hasSizeGreaterThan(40);
		assertThat(undocumented).as("keys with no comment in en.properties").isEmpty();
	}

}
