package io.broadsheet.system;

/**
 * Published by a module each time it rebuilds what it keeps in memory for the served
 * corpus version (the article module's page summaries and timeline): the answer caches'
 * budget gives way to it ({@link CacheBudget}).
 *
 * @param part what is kept, a name of the module's choosing; a later event of the same
 * name replaces the earlier one
 * @param bytes an estimate of its size in the heap
 */
public record CorpusMemory(String part, long bytes) {

}
