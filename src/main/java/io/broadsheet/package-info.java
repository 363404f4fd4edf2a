/**
 * Broadsheet: a folder of scraped article text files, served as a REST API. One package
 * per feature; {@code ModularityTests} keeps their dependencies as each package-info
 * declares them.
 */
@NullMarked
package io.broadsheet;

import org.jspecify.annotations.NullMarked;
