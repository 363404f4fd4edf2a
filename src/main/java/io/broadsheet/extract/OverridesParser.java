package io.broadsheet.extract;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

import io.broadsheet.xml.XmlCharacters;

/**
 * Reads curator overrides from YAML. The YAML is only composed into a node tree, never
 * constructed into objects, so no type, tag or timestamp resolution can surprise: every
 * value is read as the text the curator wrote. Whatever is wrong is reported as a warning
 * and skipped; nothing here throws.
 */
final class OverridesParser {

	private static final int MAX_YAML = 64 * 1024;

	private static final int MAX_VALUE = 2000;

	private static final int MAX_AUTHORS = 50;

	static final Set<String> KEYS = Set.of("title", "authors", "publishedDate", "publisher", "url");

	private OverridesParser() {
	}

	/**
	 * Parses one YAML document of overrides.
	 * @param yaml the YAML text
	 * @param where how to name the YAML in warnings ("front matter", "sidecar file")
	 * @param warnings where to add warnings
	 * @return the overrides, {@link Overrides#NONE} when there are none usable
	 */
	static Overrides parse(String yaml, String where, List<String> warnings) {
		if (yaml.isBlank()) {
			return Overrides.NONE;
		}
		if (yaml.length() > MAX_YAML) {
			warnings.add("The " + where + " is larger than " + (MAX_YAML / 1024) + " KB and was ignored.");
			return Overrides.NONE;
		}
		Node root;
		try {
			root = yaml().compose(new StringReader(yaml));
		}
		catch (YAMLException | IllegalArgumentException | IllegalStateException ex) {
			warnings.add("The " + where + " is not valid YAML and was ignored: " + describe(ex));
			return Overrides.NONE;
		}
		catch (StackOverflowError ex) {
			warnings.add("The " + where + " is nested too deeply and was ignored.");
			return Overrides.NONE;
		}
		if (root == null) {
			return Overrides.NONE;
		}
		if (!(root instanceof MappingNode)) {
			warnings.add("The " + where + " must be a set of 'key: value' lines (" + String.join(", ", sortedKeys())
					+ "); it was ignored.");
			return Overrides.NONE;
		}
		return read((MappingNode) root, where, warnings);
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(10);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(10);
		options.setCodePointLimit(MAX_YAML);
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options);
	}

	private static Overrides read(MappingNode mapping, String where, List<String> warnings) {
		String title = null;
		List<String> authors = null;
		LocalDate publishedDate = null;
		String publisher = null;
		String url = null;
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			Node value = tuple.getValueNode();
			if (key == null) {
				warnings.add("The " + where + " has a key that is not plain text; it was ignored.");
				continue;
			}
			switch (key) {
				case "title":
					title = text(value, key, where, warnings);
					break;
				case "authors":
					authors = authors(value, where, warnings);
					break;
				case "publishedDate":
					publishedDate = date(value, where, warnings);
					break;
				case "publisher":
					publisher = text(value, key, where, warnings);
					break;
				case "url":
					url = url(value, where, warnings);
					break;
				default:
					warnings.add("The " + where + " has an unknown key '" + Texts.truncate(key, 40)
							+ "'; known keys are " + String.join(", ", sortedKeys()) + ".");
			}
		}
		return new Overrides(title, authors, publishedDate, publisher, url);
	}

	private static String text(Node node, String key, String where, List<String> warnings) {
		String value = scalar(node);
		if (value == null) {
			if (!isNull(node)) {
				warnings.add("The " + where + " gives '" + key + "' a list or map instead of text; it was ignored.");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			return null;
		}
		if (stripped.length() > MAX_VALUE) {
			warnings.add("The " + where + " gives '" + key + "' a value longer than " + MAX_VALUE
					+ " characters; it was ignored.");
			return null;
		}
		int illegal = firstCharacterXmlCannotHold(stripped);
		if (illegal >= 0) {
			warnings.add("The " + where + " gives '" + key + "' a value holding " + describe(stripped, illegal)
					+ ", which XML cannot hold; it was ignored.");
			return null;
		}
		return stripped;
	}

	private static List<String> authors(Node node, String where, List<String> warnings) {
		List<String> authors = new ArrayList<>();
		if (node instanceof ScalarNode) {
			String single = text(node, "authors", where, warnings);
			if (single != null) {
				authors.add(single);
			}
		}
		else if (node instanceof SequenceNode) {
			for (Node item : ((SequenceNode) node).getValue()) {
				String name = scalar(item);
				int illegal = (name != null) ? firstCharacterXmlCannotHold(name) : -1;
				if (name == null || name.isBlank()) {
					warnings.add("The " + where + " lists an author that is not a name; it was ignored.");
				}
				else if (illegal >= 0) {
					warnings.add("The " + where + " lists under 'authors' a name holding " + describe(name, illegal)
							+ ", which XML cannot hold; it was ignored.");
				}
				else if (authors.size() < MAX_AUTHORS && !authors.contains(name.strip())) {
					authors.add(Texts.truncate(name.strip(), 200));
				}
			}
		}
		else {
			warnings.add("The " + where + " gives 'authors' a map instead of a list of names; it was ignored.");
		}
		return authors.isEmpty() ? null : List.copyOf(authors);
	}

	private static LocalDate date(Node node, String where, List<String> warnings) {
		String value = text(node, "publishedDate", where, warnings);
		if (value == null) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < 1000 || date.getYear() > 9999) {
				throw new DateTimeParseException("out of range", value, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			warnings.add("The " + where + " gives 'publishedDate' the value '" + Texts.truncate(value, 40)
					+ "', which is not a date in the form YYYY-MM-DD; it was ignored.");
			return null;
		}
	}

	private static String url(Node node, String where, List<String> warnings) {
		String value = text(node, "url", where, warnings);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return value;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below
		}
		warnings.add("The " + where + " gives 'url' the value '" + Texts.truncate(value, 80)
				+ "', which is not an http(s) address; it was ignored.");
		return null;
	}

	// The index of the first character XML 1.0 cannot hold, or -1. The decoder drops them
	// from the files' text, but a YAML escape spells one ("\x01", "\uFFFE") in a
	// curator's value: JSON would carry it and every Atom feed holding the article could
	// not, so the value is refused here, where the curator is told, rather than quietly
	// cut at the feed. The rule is the feed's own (XmlCharacters), so what passes here
	// the feed writes whole.
	private static int firstCharacterXmlCannotHold(String value) {
		return XmlCharacters.firstIllegal(value);
	}

	// "U+0007 at character 6": what the curator looks for in the value.
	private static String describe(String value, int index) {
		return String.format(Locale.ROOT, "U+%04X at character %d", (int) value.charAt(index), index + 1);
	}

	private static String scalar(Node node) {
		if (node instanceof ScalarNode && !isNull(node)) {
			return ((ScalarNode) node).getValue();
		}
		return null;
	}

	// Plain "~", "null" or nothing: the curator left the field empty.
	private static boolean isNull(Node node) {
		if (!(node instanceof ScalarNode)) {
			return false;
		}
		ScalarNode scalar = (ScalarNode) node;
		if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
			return false;
		}
		String value = scalar.getValue();
		return value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null");
	}

	private static List<String> sortedKeys() {
		return List.of("title", "authors", "publishedDate", "publisher", "url");
	}

	private static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		String firstLines = message.strip().replace('\n', ' ').replaceAll(" {2,}", " ");
		return Texts.truncate(firstLines, 200);
	}

}
