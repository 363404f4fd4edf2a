package io.broadsheet.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the connection pool Spring Boot configures in a {@link BusyPoolDataSource}, so
 * that a request waits for a busy pool instead of being told the store is down.
 */
@Configuration(proxyBeanMethods = false)
class StoreConnectionConfiguration {

	@Bean
	static BeanPostProcessor busyPoolDataSourcePostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HikariDataSource pool) ? new BusyPoolDataSource(pool) : bean;
			}

		};
	}

}
