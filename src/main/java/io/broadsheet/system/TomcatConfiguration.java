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
	 * Request threads sized for the cores, {@link #threadsFor(int)}, unless
	 * {@value #MAX_THREADS_PROPERTY} is set. A request does nothing but compute and read
	 * memory-mapped or cached data, so threads beyond a few per core only share the cores
	 * more thinly: with Tomcat's 200, 64 connections on two cores made 64 requests run at
	 * once and each wait for all the others (mixed long-tail load at 10k articles, p99
	 * 161 and 180 ms); with 16, the others wait their turn in Tomcat's queue and the p99
	 * halved (84 and 76 ms) for 13 % less throughput (README, Performance).
	 * @param environment where a setting of the property is looked for
	 * @return the customizer
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreads(Environment environment) {
		int threads = threadsFor(Runtime.getRuntime().availableProcessors());
		return (factory) -> {
			if (!environment.containsProperty(MAX_THREADS_PROPERTY)) {
				// Added after Spring Boot's own connector customizer, so applied after
				// it.
				factory.addConnectorCustomizers((connector) -> {
					if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
						protocol.setMaxThreads(threads);
					}
				});
			}
		};
	}

	/**
	 * Eight request threads per core, and at least 16: a request that waits (for the
	 * database when it is PostgreSQL on another machine, for a slow client's socket)
	 * leaves its core to the others, and Tomcat keeps 10 threads ready anyway, which its
	 * maximum may not be below.
	 * @param cores the cores the JVM may use
	 * @return the most requests served at once
	 */
	static int threadsFor(int cores) {
		return Math.max(16, 8 * cores);
	}

}
