/**
 * What XML 1.0 may hold: one answer for the two modules that ask. The extractor refuses a
 * curator's value that XML cannot hold, where the curator is told
 * ({@code extract.OverridesParser}); the Atom feed drops such characters from text that
 * reached it anyway, the client's query or an article stored by an earlier version
 * ({@code export.AtomFeed}). Two copies of the rule could drift apart, and a value the
 * extractor lets through that the feed then cannot write is a feed that fails.
 * <p>
 * A module of its own, not a part of either: the extractor depends on no other module and
 * the export module may not depend on the extractor. Plain Java, no Spring and no state,
 * and it depends on no other module, so that the extractor stays a leaf with one small,
 * declared dependency. Each module that uses it names it in its
 * {@code allowedDependencies}, rather than it being a Spring Modulith shared module that
 * every module may use unasked: only these two need it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.broadsheet.xml;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
