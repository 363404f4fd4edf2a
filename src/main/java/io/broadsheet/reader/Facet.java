package io.broadsheet.reader;

/**
 * One value a list can be narrowed to, and how many articles have it.
 *
 * @param value what goes in the URL: an author id, a period, a publisher, a language code
 * @param label what a person reads
 * @param count matching articles with this value
 */
record Facet(String value, String label, long count) {
}
