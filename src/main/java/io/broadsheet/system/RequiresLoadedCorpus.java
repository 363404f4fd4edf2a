package io.broadsheet.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller (or one handler method) whose answers come from the synced corpus.
 * Until this instance has a corpus to serve, that is until the first sync has finished,
 * its endpoints answer {@code 503} with {@code Retry-After} instead of an empty page that
 * a client or a cache would take for the truth. Later syncs never close it again: the
 * store keeps serving what it holds while they run.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresLoadedCorpus {

}
