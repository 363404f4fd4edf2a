package io.broadsheet.system;

import org.apache.catalina.core.StandardHost;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** Spring Boot's property for the request threads, which wins when it is set. */
	static final String MAX_THREADS_PROPERTY = "server.tomcat.threads.max";

	/** Errors Tomcat answers itself come back as problem details too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Where the store is; an H2 database opened in this process has nothing to wait on.
	 */
	static final String DATASOURCE_URL_PROPERTY = "spring.datasource.url";

	/**
	 * Request threads sized for the cores and the store,
	 * {@link #threadsFor(int, boolean)}, unless {@value #MAX_THREADS_PROPERTY} is set.
	 * More threads than the work can use only share the cores more thinly: with Tomcat's
	 * 200, 64 connections on two cores made 64 requests run at once and each wait for all
	 * the others (mixed long-tail load at 10k articles, p99 161 and 180 ms); with 16, the
	 * others wait their turn in Tomcat's queue and the p99 halved (84 and 76 ms) for 13 %
	 * less throughput (README, Performance).
	 * @param environment where a setting of the property and the store's URL are looked
	 * for
	 * @return the customizer
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreads(Environment environment) {
		int threads = threadsFor(Runtime.getRuntime().availableProcessors(),
				StoreUrls.isInProcess(environment.getProperty(DATASOURCE_URL_PROPERTY)));
		return (factory) -> {
			if (!environment.containsProperty(MAX_THREADS_PROPERTY)) {
				// Added after Spring Boot's own connector customizer, so applied after
				// it.
				factory.addConnectorCustomizers((connector) -> {
					if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
						// Tomcat keeps 10 threads ready by default and refuses a maximum
						// below that.
						protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
						protocol.setMaxThreads(threads);
					}
				});
			}
		};
	}

	/**
	 * The most requests served at once. Over an H2 store opened in this process a request
	 * only computes and reads memory, so two threads per core, and at least four, keep
	 * the cores busy; the other requests wait in Tomcat's queue, which costs them no CPU.
	 * Against 16 threads on two cores, 4 cut the CPU per uncached search request by 7 to
	 * 39 % in every round of two order-swapped A/B runs (fewer requests' garbage alive at
	 * each young collection, fewer switches between them; README, Performance). Over a
	 * store behind a socket (PostgreSQL, an H2 server) a request also waits for the
	 * database, which leaves its core to the others: eight per core, and at least 16.
	 * @param cores the cores the JVM may use
	 * @param storeInProcess whether the store is an H2 database opened in this process
	 * @return the request threads
	 */
	static int threadsFor(int cores, boolean storeInProcess) {
		return storeInProcess ? Math.max(4, 2 * cores) : Math.max(16, 8 * cores);
	}

}
