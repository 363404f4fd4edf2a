/**
 * Cross-cutting web plumbing every module may use: problem answers, parameter errors,
 * paging parameters, OpenAPI, caching, Tomcat and security headers. Depends on no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.broadsheet.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
